namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging.Abstractions

/// The tracker operations of the Python library's TrackerEndpoint: current, collect, get, add, edit, bulk edit,
/// delete, stop, plus `sync`, the quota-saving path. Each reads what it needs from the cache, compiles its
/// plan (`TrackerPlans`, pure) and runs it (`PlanRunner`); `Plan` prints the same plans. Every function
/// returns a `Result`; none throws for an expected failure.
[<RequireQualifiedAccess>]
module Trackers =

    /// How far back a sync cursor overlaps the previous sync (`TrackerRules.syncOverlap`).
    let internal syncOverlap = TrackerRules.syncOverlap

    /// A cursor older than this is not trusted (`TrackerRules.maxCursorAge`).
    let internal maxCursorAge = TrackerRules.maxCursorAge

    /// The sync cursor that marks a cache as not to be trusted (`TrackerRules.invalidCursor`). Promised: a
    /// cache's `SyncCursor` at or before it means "never synced" (the façade's `LastSync` reads it so).
    let invalidCursor = TrackerRules.invalidCursor

    /// The whole window Toggl lets `GET /me/time_entries` read (`TrackerRules.fullWindow`).
    let internal fullWindow (now: DateTimeOffset) = TrackerRules.fullWindow now

    /// The cache queries equivalent to a collect filter (`TrackerRules.queriesOf`).
    let internal queriesOf (filter: CollectFilter) : TogglQuery list = TrackerRules.queriesOf filter

    /// An endpoint sending through `sender` (the HTTP interpreter), with no cache, tolerant statuses, the
    /// system clock, no logging and no maximum cache age.
    let over (workspaceId: int64) (sender: ISend) =
        {
            WorkspaceId = workspaceId
            Send = sender
            Cache = None
            Clock = TimeProvider.System
            ReRaise = false
            Logger = NullLogger.Instance
            MaxAge = None
        }

    /// An endpoint sending through a function, with no cache, tolerant statuses, the system clock and no logging.
    let create (workspaceId: int64) (send: Send) = over workspaceId (Send.ofFunction send)

    /// The running tracker, or `None`. With `refresh = false` a synced cache answers without a request
    /// (synced first when it is older than the endpoint's `MaxAge`).
    let current
        (endpoint: TrackerEndpoint)
        (refresh: bool)
        (ct: CancellationToken)
        : Task<Result<TogglTracker option, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.current (PlanContext.ofEndpoint endpoint) refresh) ct

    /// Trackers matching the filter, newest start first. With `refresh = false` a synced cache answers
    /// without a request (synced first when older than `MaxAge`); otherwise Toggl answers and the cache is updated.
    let collect
        (endpoint: TrackerEndpoint)
        (filter: CollectFilter)
        (refresh: bool)
        (ct: CancellationToken)
        : Task<Result<TogglTracker list, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.collect (PlanContext.ofEndpoint endpoint) filter refresh) ct

    /// One tracker by id; `None` when Toggl answers 404 (unless `ReRaise`). With `refresh = false` a cached
    /// copy answers without a request.
    let get
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (refresh: bool)
        (ct: CancellationToken)
        : Task<Result<TogglTracker option, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.get (PlanContext.ofEndpoint endpoint) trackerId refresh) ct

    /// Creates a tracker. No start means now; no stop and no duration means a running tracker.
    /// A create is never retried; when it fails without an answer, one listing checks whether it was applied;
    /// when that listing fails too, the error is `OutcomeUnknown`: Toggl may have created it.
    let add
        (endpoint: TrackerEndpoint)
        (body: TrackerBody)
        (ct: CancellationToken)
        : Task<Result<TogglTracker, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.add (PlanContext.ofEndpoint endpoint) body) ct

    /// Changes the fields the body sets, and only those.
    let edit
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (body: TrackerBody)
        (meta: bool)
        (ct: CancellationToken)
        : Task<Result<TogglTracker, TogglError>> =
        PlanRunner.runOperation
            endpoint
            None
            (TrackerPlans.edit (PlanContext.ofEndpoint endpoint) trackerId body meta)
            ct

    /// Applies one body to many trackers, in requests of at most 100 ids. Toggl applies it per entry
    /// (docs/toggl-api.md §6.6); the successes are applied to the cache locally, without a request per entry. If a later
    /// chunk fails, the ids it held are reported as failures with the error, so nothing done is lost.
    /// No ids: nothing to do, no request. Cancelled between chunks: `Cancelled` (the chunks done are cached).
    let bulkEdit
        (endpoint: TrackerEndpoint)
        (trackerIds: int64 list)
        (body: TrackerBody)
        (progress: IProgress<int> option)
        (ct: CancellationToken)
        : Task<Result<Edits, TogglError>> =
        PlanRunner.runOperation
            endpoint
            progress
            (TrackerPlans.bulkEdit (PlanContext.ofEndpoint endpoint) trackerIds body)
            ct

    /// Deletes a tracker. A 404 is fine (already gone) unless `ReRaise`; the cache forgets it either way.
    /// When the delete fails without an answer, one GET checks: 404 means it was deleted (success); an
    /// entry means it was not (the error); a failing GET leaves the outcome unknown (the error, and the
    /// cache no longer trusted).
    let delete (endpoint: TrackerEndpoint) (trackerId: int64) (ct: CancellationToken) : Task<Result<unit, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.delete (PlanContext.ofEndpoint endpoint) trackerId) ct

    /// Stops a running tracker. `None` when it was already stopped (409), unless `ReRaise`; a cached copy
    /// that still claims to run is then corrected. A 409 to a retry after an unanswered attempt is our own
    /// stop (applied, then answered 5xx or not at all): success, with Toggl's copy from one GET.
    let stop
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (ct: CancellationToken)
        : Task<Result<TogglTracker option, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.stop (PlanContext.ofEndpoint endpoint) trackerId) ct

    /// Brings the cache up to date in one request: `since=<cursor>` returns every change, deletions included
    /// (docs/toggl-api.md §6.1). Without a cursor, Toggl's whole window is loaded. The next cursor is Toggl's
    /// clock (the answer's `Date`) less the overlap. Needs a cache.
    let sync (endpoint: TrackerEndpoint) (ct: CancellationToken) : Task<Result<SyncResult, TogglError>> =
        PlanRunner.runOperation endpoint None (TrackerPlans.sync (PlanContext.ofEndpoint endpoint)) ct
