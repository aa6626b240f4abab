namespace Toggl.Core

open System.Threading
open System.Threading.Tasks
open System.Text.Json

/// A project of a workspace (docs/toggl-api.md §8.4): the fields a tracker's `ProjectId` is chosen by.
type TogglProject =
    {
        /// The project's id.
        Id: int64
        /// The project's name.
        Name: string
        /// The client the project belongs to (`client_id`, legacy `cid`), if any.
        ClientId: int64 option
        /// The colour as Toggl stores it (`#rrggbb`), if any.
        Color: string option
        /// Whether the project is active (not archived); an answer without `active` is taken as active.
        Active: bool
    }

/// Listing a workspace's projects.
[<RequireQualifiedAccess>]
module Projects =

    /// Toggl's largest page (docs/toggl-api.md §8.4: `per_page` default 151, max 200): fewer requests from the hourly quota.
    [<Literal>]
    let PageSize = 200

    /// More pages than this (40,000 projects) means the server ignores `page`: stop rather than loop.
    [<Literal>]
    let MaxPages = 200

    /// Decodes one project, tolerating nulls, absent optional fields and unknown fields.
    let decoder: Decoder<TogglProject> =
        fun path element ->
            match
                Decode.field "id" Decode.int64 path element,
                Decode.field "name" Decode.string path element,
                Decode.optionalField "client_id" Decode.int64 path element,
                Decode.optionalField "cid" Decode.int64 path element,
                Decode.optionalField "color" Decode.string path element,
                Decode.optionalField "active" Decode.bool path element
            with
            | Ok id, Ok name, Ok clientId, Ok legacyClientId, Ok color, Ok active ->
                Ok
                    {
                        Id = id
                        Name = name
                        ClientId = clientId |> Option.orElse legacyClientId
                        Color = color
                        Active = active |> Option.defaultValue true
                    }
            | Error e, _, _, _, _, _
            | _, Error e, _, _, _, _
            | _, _, Error e, _, _, _
            | _, _, _, Error e, _, _
            | _, _, _, _, Error e, _
            | _, _, _, _, _, Error e -> Error e

    /// Decodes a page of projects; Toggl's `null` for "none" is an empty page.
    let decodePage (text: string) : Result<TogglProject list, DecodeError> =
        let page: Decoder<TogglProject list> =
            fun path element ->
                if element.ValueKind = JsonValueKind.Null then
                    Ok []
                else
                    Decode.list decoder path element

        Decode.fromString page text

    /// The request for one page (pages count from 1).
    let request (workspaceId: int64) (page: int) : HttpRequest =
        {
            Method = HttpMethod.Get
            Path = $"workspaces/{workspaceId}/projects"
            Query = $"page={page}&per_page={PageSize}"
            Body = None
        }

    /// Every project of the endpoint's workspace, page by page until a short page.
    let list
        (endpoint: TrackerEndpoint)
        (cancellationToken: CancellationToken)
        : Task<Result<TogglProject list, TogglError>> =
        task {
            let mutable page = 1
            let mutable seen = Set.empty
            let mutable found = []
            let mutable outcome = None

            while outcome.IsNone do
                let! response = endpoint.Send (request endpoint.WorkspaceId page) cancellationToken

                match
                    response
                    |> Result.bind (fun r -> decodePage r.Body |> Result.mapError TogglError.Decode)
                with
                | Error error -> outcome <- Some(Error error)
                | Ok projects ->
                    let fresh = projects |> List.filter (fun p -> not (Set.contains p.Id seen))
                    found <- found @ fresh
                    seen <- fresh |> List.fold (fun known p -> Set.add p.Id known) seen
                    // A short page is the last; a page with nothing new means the server ignores paging.
                    if projects.Length < PageSize || fresh.IsEmpty || page >= MaxPages then
                        outcome <- Some(Ok found)
                    else
                        page <- page + 1

            return outcome.Value
        }
