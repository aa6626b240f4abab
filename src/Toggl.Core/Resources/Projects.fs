namespace Toggl.Core

/// Projects of the endpoint's workspace (the Python library's ProjectEndpoint).
[<RequireQualifiedAccess>]
module Projects =

    /// Projects matching the filter, every page; from the cache when synced within `MaxAge` and not `refresh`.
    /// The listing without a filter replaces the cached projects of the workspace and marks them synced.
    let list (endpoint: TrackerEndpoint) (filter: ProjectFilter) (refresh: bool) : TogglCall<TogglProject list> =
        TogglCall.over endpoint (fun context ->
            let request = ResourceRequest.ProjectList(context.WorkspaceId, filter, 1)

            ResourcePlans.list
                context
                refresh
                ResourceKind.Project
                request
                (ResourceShape.Pages(ResourceKind.Project, request))
                (filter = ResourceBody.allProjects)
                (Pick.project >> Option.filter (ResourceRules.matchesProject filter)))

    /// One project; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (projectId: int64) (refresh: bool) : TogglCall<TogglProject option> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.get
                context
                refresh
                ResourceKind.Project
                projectId
                (ResourceRequest.Project(context.WorkspaceId, projectId))
                (ResourcePlans.notFound ResourceKind.Project projectId)
                Pick.project)

    /// Creates a project. Unanswered, one listing by name looks for it: found, it is the result; not listed,
    /// the error; the listing fails too, `OutcomeUnknown`.
    let create (endpoint: TrackerEndpoint) (body: ProjectBody) : TogglCall<TogglProject> =
        TogglCall.over endpoint (fun context ->
            let byName =
                { ResourceBody.allProjects with
                    Name =
                        match body.Name with
                        | Field.Set name -> Some name
                        | _ -> None
                }

            ResourcePlans.create
                context
                (ResourcePlans.lookup
                    context
                    ResourceKind.Project
                    body.Name
                    None
                    (Some(ResourceRequest.ProjectList(context.WorkspaceId, byName, 1))))
                (ResourceRequest.ProjectCreate(context.WorkspaceId, body))
                Pick.project)

    /// Updates a project.
    let update (endpoint: TrackerEndpoint) (projectId: int64) (body: ProjectBody) : TogglCall<TogglProject> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Project
                (ResourceRequest.ProjectUpdate(context.WorkspaceId, projectId, body))
                Pick.project)

    /// Deletes a project; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (projectId: int64) : TogglCall<unit> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.delete
                context
                ResourceKind.Project
                projectId
                (ResourceRequest.ProjectDelete(context.WorkspaceId, projectId)))
