namespace Toggl.Core

/// Workspaces (the Python library's WorkspaceEndpoint).
[<RequireQualifiedAccess>]
module Workspaces =

    /// The user's workspaces.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglWorkspace list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.list
                context
                refresh
                ResourceKind.Workspace
                ResourceRequest.WorkspaceList
                (ResourceShape.Many ResourceKind.Workspace)
                true
                Pick.workspace)

    /// One workspace; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (workspaceId: int64) (refresh: bool) : TogglCall<TogglWorkspace option> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.get
                context
                refresh
                ResourceKind.Workspace
                workspaceId
                (ResourceRequest.Workspace workspaceId)
                (ResourcePlans.notFound ResourceKind.Workspace workspaceId)
                Pick.workspace)

    /// Creates a workspace in an organization. Unanswered, its outcome is unknown (`OutcomeUnknown`): no
    /// listing tells reliably whether Toggl created it.
    let create (endpoint: TrackerEndpoint) (organizationId: int64) (body: WorkspaceBody) : TogglCall<TogglWorkspace> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.create
                context
                (ResourcePlans.lookup context ResourceKind.Workspace body.Name None None)
                (ResourceRequest.WorkspaceCreate(organizationId, body))
                Pick.workspace)

    /// Updates a workspace.
    let update (endpoint: TrackerEndpoint) (workspaceId: int64) (body: WorkspaceBody) : TogglCall<TogglWorkspace> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Workspace
                (ResourceRequest.WorkspaceUpdate(workspaceId, body))
                Pick.workspace)

    /// A workspace's statistics.
    let statistics (endpoint: TrackerEndpoint) (workspaceId: int64) : TogglCall<WorkspaceStatistics> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.answer
                context
                (ResourceRequest.WorkspaceStatistics workspaceId)
                ResourceShape.Statistics
                OnFailure.Fail
                (fun o ->
                    match o with
                    | Outcome.Statistics statistics -> Some statistics
                    | _ -> None))

    /// What a workspace requires of time entries.
    let constraints (endpoint: TrackerEndpoint) (workspaceId: int64) : TogglCall<TimeEntryConstraints> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.answer
                context
                (ResourceRequest.WorkspaceConstraints workspaceId)
                ResourceShape.Constraints
                OnFailure.Fail
                (fun o ->
                    match o with
                    | Outcome.Constraints constraints -> Some constraints
                    | _ -> None))
