namespace Toggl.Core

/// A page of projects: its request and its decoder, pure.
[<RequireQualifiedAccess>]
module internal ProjectPage =

    /// Toggl's largest page (docs/toggl-api.md §8.4: `per_page` default 151, max 200): fewer requests from the hourly quota.
    [<Literal>]
    let PageSize = ResourceRequests.PageSize

    /// More pages than this (40,000 projects) means the server ignores `page`: stop rather than loop.
    [<Literal>]
    let MaxPages = 200

    /// Decodes one project: the one project decoder, `ResourceDecoders.project`.
    let decoder: Decoder<TogglProject> = ResourceDecoders.project

    /// Decodes a page of projects; Toggl's `null` for "none" is an empty page.
    let decodePage (text: string) : Result<TogglProject list, DecodeError> = ResourceJson.decodeProjects text

    /// The request for one page (pages count from 1).
    let request (workspaceId: int64) (page: int) : HttpRequest =
        {
            Method = HttpMethod.Get
            Path = $"workspaces/{workspaceId}/projects"
            Query = $"page={page}&per_page={PageSize}"
            Body = None
        }
