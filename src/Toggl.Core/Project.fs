namespace Toggl.Core

open System.Text.Json

/// A page of projects: its request and its decoder, pure.
[<RequireQualifiedAccess>]
module internal ProjectPage =

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
                        WorkspaceId = 0L
                        Name = name
                        ClientId = clientId |> Option.orElse legacyClientId
                        Color = color
                        Active = active |> Option.defaultValue true
                        IsPrivate = false
                        Billable = None
                        Template = false
                        EstimatedHours = None
                        ActualSeconds = None
                        Rate = None
                        Currency = None
                        StartDate = None
                        EndDate = None
                        At = None
                        ServerDeletedAt = None
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
