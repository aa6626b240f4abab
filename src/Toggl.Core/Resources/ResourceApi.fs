namespace Toggl.Core

#nowarn "1182"

// CONTRACT STUB (branch i11-contract): the public signatures of issue 11's core. Every body below is a
// placeholder to be replaced by the real plan; nothing here may reach main as it is.

open System
open System.Threading
open System.Threading.Tasks

/// An operation on Toggl's objects as a value: `TogglCall.run` runs its plan, `TogglCall.plan` prints it
/// (the dry run) — the same plan either way.
type TogglCall<'T> =
    internal
        {
            Endpoint: TrackerEndpoint
            Operation: Result<Operation<'T>, TogglError>
        }

/// Running and printing calls.
[<RequireQualifiedAccess>]
module TogglCall =

    /// Reads what the call needs from the cache, compiles its plan, and runs it.
    let run (call: TogglCall<'T>) (cancellationToken: CancellationToken) : Task<Result<'T, TogglError>> =
        PlanRunner.runOperation call.Endpoint None call.Operation cancellationToken

    /// The call's plan, printed (sends nothing, changes nothing).
    let plan (call: TogglCall<'T>) (cancellationToken: CancellationToken) : Task<Result<PrintedPlan, TogglError>> =
        Plan.ofOperation call.Endpoint call.Operation cancellationToken

    let internal pending (endpoint: TrackerEndpoint) : TogglCall<'T> =
        {
            Endpoint = endpoint
            Operation = Error(TogglError.Validation(ValidationError.InvalidArgument("call", "not built yet")))
        }

/// How a sync of every object went.
[<RequireQualifiedAccess>]
type SyncRoute =
    /// Nothing was due (every kind synced within the endpoint's `MaxAge`): no request.
    | Fresh
    /// One `GET /me?with_related_data=true` (the user bucket).
    | Related
    /// One listing per kind, on the workspace bucket (`since` where Toggl takes it).
    | PerResource

/// What a sync of every object did.
type ResourceSyncResult =
    {
        /// Which way it went.
        Route: SyncRoute
        /// Requests sent.
        Requests: int
        /// Objects new or changed against what the cache held.
        Upserted: int
        /// Objects removed (deleted on Toggl).
        Deleted: int
    }

/// The signed-in user: `GET /me`, `/me/logged`, `PUT /me`, `/me/quota` (the Python library's UserEndpoint).
[<RequireQualifiedAccess>]
module Me =
    /// The user; from the cache when synced within `MaxAge` and not `refresh`.
    let get (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglMe> = TogglCall.pending endpoint
    /// Whether the credentials are good: 200 → true, 403 → false (Toggl's answer to bad credentials).
    let logged (endpoint: TrackerEndpoint) : TogglCall<bool> = TogglCall.pending endpoint
    /// Updates the user.
    let update (endpoint: TrackerEndpoint) (body: MeBody) : TogglCall<TogglMe> = TogglCall.pending endpoint
    /// The user's quota buckets.
    let quota (endpoint: TrackerEndpoint) : TogglCall<QuotaBucket list> = TogglCall.pending endpoint
    /// The user's default workspace: from the cached user, else one `GET /me`, cached (asked once, remembered).
    let defaultWorkspace (endpoint: TrackerEndpoint) : TogglCall<int64> = TogglCall.pending endpoint

/// Workspaces (the Python library's WorkspaceEndpoint).
[<RequireQualifiedAccess>]
module Workspaces =
    /// The user's workspaces.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglWorkspace list> = TogglCall.pending endpoint

    /// One workspace; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (workspaceId: int64) (refresh: bool) : TogglCall<TogglWorkspace option> =
        TogglCall.pending endpoint

    /// Creates a workspace in an organization.
    let create (endpoint: TrackerEndpoint) (organizationId: int64) (body: WorkspaceBody) : TogglCall<TogglWorkspace> =
        TogglCall.pending endpoint

    /// Updates a workspace.
    let update (endpoint: TrackerEndpoint) (workspaceId: int64) (body: WorkspaceBody) : TogglCall<TogglWorkspace> =
        TogglCall.pending endpoint

    /// A workspace's statistics.
    let statistics (endpoint: TrackerEndpoint) (workspaceId: int64) : TogglCall<WorkspaceStatistics> =
        TogglCall.pending endpoint

    /// What a workspace requires of time entries.
    let constraints (endpoint: TrackerEndpoint) (workspaceId: int64) : TogglCall<TimeEntryConstraints> =
        TogglCall.pending endpoint

/// Organizations (the Python library's OrganizationEndpoint).
[<RequireQualifiedAccess>]
module Organizations =
    /// The user's organizations.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglOrganization list> =
        TogglCall.pending endpoint

    /// One organization; 403 and 404 → `None` unless `ReRaise` (as the Python library).
    let get (endpoint: TrackerEndpoint) (organizationId: int64) (refresh: bool) : TogglCall<TogglOrganization option> =
        TogglCall.pending endpoint

    /// Creates an organization with its first workspace.
    let create (endpoint: TrackerEndpoint) (name: string) (workspaceName: string) : TogglCall<CreatedOrganization> =
        TogglCall.pending endpoint

    /// Renames an organization.
    let update
        (endpoint: TrackerEndpoint)
        (organizationId: int64)
        (body: OrganizationBody)
        : TogglCall<TogglOrganization> =
        TogglCall.pending endpoint

    /// Leaves an organization (deletes it when the user is its last member).
    let leave (endpoint: TrackerEndpoint) (organizationId: int64) : TogglCall<unit> = TogglCall.pending endpoint

/// Projects of the endpoint's workspace (the Python library's ProjectEndpoint).
[<RequireQualifiedAccess>]
module Projects =
    /// Projects matching the filter, every page; from the cache when synced within `MaxAge` and not `refresh`.
    let list (endpoint: TrackerEndpoint) (filter: ProjectFilter) (refresh: bool) : TogglCall<TogglProject list> =
        TogglCall.pending endpoint

    /// One project; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (projectId: int64) (refresh: bool) : TogglCall<TogglProject option> =
        TogglCall.pending endpoint

    /// Creates a project.
    let create (endpoint: TrackerEndpoint) (body: ProjectBody) : TogglCall<TogglProject> = TogglCall.pending endpoint

    /// Updates a project.
    let update (endpoint: TrackerEndpoint) (projectId: int64) (body: ProjectBody) : TogglCall<TogglProject> =
        TogglCall.pending endpoint

    /// Deletes a project; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (projectId: int64) : TogglCall<unit> = TogglCall.pending endpoint

/// Tasks of the endpoint's workspace's projects.
[<RequireQualifiedAccess>]
module ProjectTasks =
    /// Tasks matching the filter; from the cache when synced within `MaxAge` and not `refresh`.
    let list (endpoint: TrackerEndpoint) (filter: TaskFilter) (refresh: bool) : TogglCall<TogglTask list> =
        TogglCall.pending endpoint

    /// One task; 404 → `None` unless `ReRaise`.
    let get
        (endpoint: TrackerEndpoint)
        (projectId: int64)
        (taskId: int64)
        (refresh: bool)
        : TogglCall<TogglTask option> =
        TogglCall.pending endpoint

    /// Creates a task in a project.
    let create (endpoint: TrackerEndpoint) (projectId: int64) (body: TaskBody) : TogglCall<TogglTask> =
        TogglCall.pending endpoint

    /// Updates a task.
    let update (endpoint: TrackerEndpoint) (projectId: int64) (taskId: int64) (body: TaskBody) : TogglCall<TogglTask> =
        TogglCall.pending endpoint

    /// Deletes a task; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (projectId: int64) (taskId: int64) : TogglCall<unit> =
        TogglCall.pending endpoint

/// Tags of the endpoint's workspace (the Python library's TagEndpoint).
[<RequireQualifiedAccess>]
module Tags =
    /// Every tag; from the cache when synced within `MaxAge` and not `refresh`.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglTag list> = TogglCall.pending endpoint
    /// Creates a tag.
    let create (endpoint: TrackerEndpoint) (name: string) : TogglCall<TogglTag> = TogglCall.pending endpoint

    /// Renames a tag.
    let rename (endpoint: TrackerEndpoint) (tagId: int64) (name: string) : TogglCall<TogglTag> =
        TogglCall.pending endpoint

    /// Deletes a tag; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (tagId: int64) : TogglCall<unit> = TogglCall.pending endpoint

/// Clients of the endpoint's workspace (the Python library's ClientEndpoint).
[<RequireQualifiedAccess>]
module Clients =
    /// Clients matching the filter; from the cache when synced within `MaxAge` and not `refresh`.
    let list (endpoint: TrackerEndpoint) (filter: ClientFilter) (refresh: bool) : TogglCall<TogglClient list> =
        TogglCall.pending endpoint

    /// One client; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (clientId: int64) (refresh: bool) : TogglCall<TogglClient option> =
        TogglCall.pending endpoint

    /// Creates a client.
    let create (endpoint: TrackerEndpoint) (body: ClientBody) : TogglCall<TogglClient> = TogglCall.pending endpoint

    /// Updates a client.
    let update (endpoint: TrackerEndpoint) (clientId: int64) (body: ClientBody) : TogglCall<TogglClient> =
        TogglCall.pending endpoint

    /// Archives a client and its projects; answers the ids of the projects archived.
    let archive (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<int64 list> = TogglCall.pending endpoint
    /// Restores an archived client.
    let restore (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<TogglClient> = TogglCall.pending endpoint
    /// Deletes a client; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<unit> = TogglCall.pending endpoint

/// Syncing every object (user, workspaces, organizations, projects, tasks, tags, clients) with the fewest requests.
[<RequireQualifiedAccess>]
module ResourceSync =
    /// Syncs what is due; chooses between one related-data request and per-kind listings (docs/architecture.md).
    let all (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<ResourceSyncResult> = TogglCall.pending endpoint
