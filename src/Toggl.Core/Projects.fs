namespace Toggl.Core

open System.Threading
open System.Threading.Tasks
open System.Text.Json
open FsToolkit.ErrorHandling

/// A project of a workspace (toggl-api-v9.md §8.4): the fields a tracker's `ProjectId` is chosen by.
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

    /// Toggl's largest page (§8.4: `per_page` default 151, max 200): fewer requests from the hourly quota.
    [<Literal>]
    let PageSize = 200

    /// More pages than this (40,000 projects) means the server ignores `page`: stop rather than loop.
    [<Literal>]
    let MaxPages = 200

    /// Decodes one project, tolerating nulls, absent optional fields and unknown fields.
    let decoder: Decoder<TogglProject> =
        fun path element ->
            result {
                let! id = Decode.field "id" Decode.int64 path element
                let! name = Decode.field "name" Decode.string path element
                let! clientId = Decode.optionalField "client_id" Decode.int64 path element
                let! legacyClientId = Decode.optionalField "cid" Decode.int64 path element
                let! color = Decode.optionalField "color" Decode.string path element
                let! active = Decode.optionalField "active" Decode.bool path element

                return
                    {
                        Id = id
                        Name = name
                        ClientId = clientId |> Option.orElse legacyClientId
                        Color = color
                        Active = active |> Option.defaultValue true
                    }
            }

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
    let list (endpoint: TrackerEndpoint) (cancellationToken: CancellationToken) : Task<Result<TogglProject list, TogglError>> =
        let rec loop (page: int) (seen: Set<int64>) (found: TogglProject list) =
            taskResult {
                let! response = endpoint.Send (request endpoint.WorkspaceId page) cancellationToken
                let! projects = decodePage response.Body |> Result.mapError TogglError.Decode
                let fresh = projects |> List.filter (fun p -> not (seen.Contains p.Id))
                let found = found @ fresh
                // A short page is the last; a page with nothing new means the server ignores paging.
                if projects.Length < PageSize || fresh.IsEmpty || page >= MaxPages then
                    return found
                else
                    return! loop (page + 1) (fresh |> List.fold (fun s p -> s.Add p.Id) seen) found
            }

        loop 1 Set.empty []
