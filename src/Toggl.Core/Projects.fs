namespace Toggl.Core

open System.Threading
open System.Threading.Tasks

/// Listing a workspace's projects: the plan (`ProjectPlans.list`), run by `PlanRunner`.
[<RequireQualifiedAccess>]
module Projects =

    /// Toggl's largest page (docs/toggl-api.md §8.4: `per_page` default 151, max 200): fewer requests from the hourly quota.
    [<Literal>]
    let PageSize = ProjectPage.PageSize

    /// More pages than this (40,000 projects) means the server ignores `page`: stop rather than loop.
    [<Literal>]
    let MaxPages = ProjectPage.MaxPages

    /// Decodes one project, tolerating nulls, absent optional fields and unknown fields.
    let internal decoder: Decoder<TogglProject> = ProjectPage.decoder

    /// Decodes a page of projects; Toggl's `null` for "none" is an empty page.
    let decodePage (text: string) = ProjectPage.decodePage text

    /// The request for one page (pages count from 1).
    let request (workspaceId: int64) (page: int) : HttpRequest = ProjectPage.request workspaceId page

    /// Every project of the endpoint's workspace, page by page until a short page.
    let list
        (endpoint: TrackerEndpoint)
        (cancellationToken: CancellationToken)
        : Task<Result<TogglProject list, TogglError>> =
        PlanRunner.run endpoint None (ProjectPlans.list endpoint.WorkspaceId) cancellationToken
