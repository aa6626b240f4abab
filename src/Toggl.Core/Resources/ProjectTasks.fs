namespace Toggl.Core

/// Tasks of the endpoint's workspace's projects.
[<RequireQualifiedAccess>]
module ProjectTasks =

    /// Tasks matching the filter; from the cache when synced within `MaxAge` and not `refresh`. The listing
    /// without a filter replaces the cached tasks of the workspace and marks them synced.
    let list (endpoint: TrackerEndpoint) (filter: TaskFilter) (refresh: bool) : TogglCall<TogglTask list> =
        TogglCall.over endpoint (fun context ->
            let request = ResourceRequest.TaskList(context.WorkspaceId, filter, 1)

            ResourcePlans.list
                context
                refresh
                ResourceKind.Task
                request
                (ResourceShape.Pages(ResourceKind.Task, request))
                (filter = ResourceBody.allTasks)
                (Pick.task >> Option.filter (ResourceRules.matchesTask filter)))

    /// One task; 404 → `None` unless `ReRaise`.
    let get
        (endpoint: TrackerEndpoint)
        (projectId: int64)
        (taskId: int64)
        (refresh: bool)
        : TogglCall<TogglTask option> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.get
                context
                refresh
                ResourceKind.Task
                taskId
                (ResourceRequest.Task(context.WorkspaceId, projectId, taskId))
                (ResourcePlans.notFound ResourceKind.Task taskId)
                (Pick.task >> Option.filter (fun task -> task.ProjectId = projectId)))

    /// Creates a task in a project. Unanswered, the project's tasks are listed to look for it: found, it is
    /// the result; not listed, the error; the listing fails too, `OutcomeUnknown`.
    let create (endpoint: TrackerEndpoint) (projectId: int64) (body: TaskBody) : TogglCall<TogglTask> =
        TogglCall.over endpoint (fun context ->
            let ofProject =
                { ResourceBody.allTasks with
                    ProjectId = Some projectId
                }

            ResourcePlans.create
                context
                (ResourcePlans.lookup
                    context
                    ResourceKind.Task
                    body.Name
                    (Some projectId)
                    (Some(ResourceRequest.TaskList(context.WorkspaceId, ofProject, 1))))
                (ResourceRequest.TaskCreate(context.WorkspaceId, projectId, body))
                Pick.task)

    /// Updates a task.
    let update (endpoint: TrackerEndpoint) (projectId: int64) (taskId: int64) (body: TaskBody) : TogglCall<TogglTask> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Task
                (ResourceRequest.TaskUpdate(context.WorkspaceId, projectId, taskId, body))
                Pick.task)

    /// Deletes a task; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (projectId: int64) (taskId: int64) : TogglCall<unit> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.delete
                context
                ResourceKind.Task
                taskId
                (ResourceRequest.TaskDelete(context.WorkspaceId, projectId, taskId)))
