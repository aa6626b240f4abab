namespace Toggl.Core

open System

/// The pure rules of plans on Toggl's objects: scopes, freshness, paging, deleted objects, cached filters.
[<RequireQualifiedAccess>]
module internal ResourceRules =

    /// The scope of the user's own kinds (the user, workspaces, organizations) in sync instants.
    [<Literal>]
    let UserScope = 0L

    /// Toggl's largest page, asked for by every paged listing (`ResourceRequests.PageSize`).
    [<Literal>]
    let PageSize = ResourceRequests.PageSize

    /// More pages than this (40,000 objects) means the server ignores `page`: stop rather than loop.
    [<Literal>]
    let MaxPages = 200

    /// How far back a `since` listing overlaps the previous sync: a change Toggl stamped just before the
    /// previous answer but listed just after it is not missed.
    let syncOverlap = TimeSpan.FromMinutes 1.0

    /// Whether a kind belongs to the user (synced in `UserScope`) rather than to a workspace.
    let isUserKind (kind: ResourceKind) =
        match kind with
        | ResourceKind.Me
        | ResourceKind.Workspace
        | ResourceKind.Organization -> true
        | ResourceKind.Project
        | ResourceKind.Task
        | ResourceKind.Tag
        | ResourceKind.Client -> false

    /// The scope a kind is synced in for an endpoint's workspace.
    let scopeOf (workspaceId: int64) (kind: ResourceKind) =
        if isUserKind kind then UserScope else workspaceId

    /// Every kind, the user's first.
    let allKinds =
        [
            ResourceKind.Me
            ResourceKind.Workspace
            ResourceKind.Organization
            ResourceKind.Project
            ResourceKind.Task
            ResourceKind.Tag
            ResourceKind.Client
        ]

    /// When a kind was synced in a scope, from the cache's answers.
    let syncedAt (answers: CacheAnswers) (kind: ResourceKind) (scope: int64) =
        answers.ResourceSyncs |> Map.tryFind (kind, scope)

    /// Whether a sync at `synced` lets the cache answer at `now`: synced at all, and within `maxAge` when
    /// there is one (a sync "in the future" means the clock went back: not trusted).
    let isFresh (maxAge: TimeSpan option) (now: DateTimeOffset) (synced: DateTimeOffset option) =
        match synced, maxAge with
        | None, _ -> false
        | Some _, None -> true
        | Some at, Some age -> at <= now && now - at <= age

    /// The cache answers a read of a kind: a cache, not `refresh`, and the kind synced fresh in its scope.
    let cacheAnswers (context: PlanContext) (answers: CacheAnswers) (refresh: bool) (kind: ResourceKind) =
        answers.HasCache
        && not refresh
        && isFresh context.MaxAge context.Now (syncedAt answers kind (scopeOf context.WorkspaceId kind))

    /// Whether Toggl says the object was deleted (`since` listings return deleted projects and tasks).
    let isDeleted (resource: TogglResource) =
        match resource with
        | TogglResource.Project project -> project.ServerDeletedAt.IsSome
        | TogglResource.Task task -> task.ServerDeletedAt.IsSome
        | TogglResource.Tag tag -> tag.DeletedAt.IsSome
        | TogglResource.Organization organization -> organization.ServerDeletedAt.IsSome
        | TogglResource.Me _
        | TogglResource.Workspace _
        | TogglResource.Client _ -> false

    /// The request of the next page of a paged listing.
    let nextPage (request: ResourceRequest) : ResourceRequest option =
        match request with
        | ResourceRequest.ProjectList(workspaceId, filter, page) when page < MaxPages ->
            Some(ResourceRequest.ProjectList(workspaceId, filter, page + 1))
        | ResourceRequest.TaskList(workspaceId, filter, page) when page < MaxPages ->
            Some(ResourceRequest.TaskList(workspaceId, filter, page + 1))
        | _ -> None

    let private contains (part: string option) (name: string) =
        part
        |> Option.forall (fun part -> name.Contains(part, StringComparison.OrdinalIgnoreCase))

    /// Whether a cached project matches a filter (as Toggl's listing would).
    let matchesProject (filter: ProjectFilter) (project: TogglProject) =
        filter.Active |> Option.forall (fun active -> project.Active = active)
        && filter.Since
           |> Option.forall (fun since -> project.At |> Option.forall (fun at -> at >= since))
        && (filter.ClientIds.IsEmpty
            || project.ClientId |> Option.exists (fun id -> List.contains id filter.ClientIds))
        && contains filter.Name project.Name
        && filter.Billable
           |> Option.forall (fun billable -> (project.Billable |> Option.defaultValue false) = billable)

    /// Whether a cached task matches a filter.
    let matchesTask (filter: TaskFilter) (task: TogglTask) =
        filter.ProjectId |> Option.forall (fun id -> task.ProjectId = id)
        && filter.Active |> Option.forall (fun active -> task.Active = active)
        && filter.Since
           |> Option.forall (fun since -> task.At |> Option.forall (fun at -> at >= since))

    /// Whether a cached client matches a filter.
    let matchesClient (filter: ClientFilter) (client: TogglClient) =
        (match filter.Status with
         | ClientStatus.Both -> true
         | ClientStatus.Active -> not client.Archived
         | ClientStatus.Archived -> client.Archived)
        && contains filter.Name client.Name

    /// The cache query of one workspace's objects.
    let inWorkspace (workspaceId: int64) : ResourceQuery list =
        [
            {
                Key = ResourceField.WorkspaceId
                Value = QueryValue.Int workspaceId
                Comparison = Comparison.Equal
            }
        ]

    /// The cache query of one object.
    let byId (id: int64) : ResourceQuery list =
        [
            {
                Key = ResourceField.Id
                Value = QueryValue.Int id
                Comparison = Comparison.Equal
            }
        ]
