namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// One batch of changes to the cached objects (not time entries), committed atomically: all of it or none.
type ResourceChange =
    {
        /// Objects to insert or replace (by kind and id).
        Upserts: CachedResource list
        /// Objects to remove, by kind and id.
        Deletes: (ResourceKind * int64) list
        /// When each listed kind was synced, per scope (a workspace's id; 0 for the user's own kinds).
        Synced: (ResourceKind * int64 * DateTimeOffset) list
    }

/// Functions on resource changes.
[<RequireQualifiedAccess>]
module ResourceChange =

    /// A batch that changes nothing.
    let empty =
        {
            Upserts = []
            Deletes = []
            Synced = []
        }

/// The cache of Toggl's objects besides time entries: every kind in one store, next to the trackers.
/// Reads apply the same expiry as the trackers' (`ITrackerCache.ExpireAfter`).
type IResourceCache =

    /// The cached objects of one kind matching every query (an empty list matches all), by name then id.
    /// Names compare without regard to case, in queries (`Text` on `Name`) and in this order
    /// (`QueryEval` has the rules).
    abstract LoadResources:
        kind: ResourceKind * queries: ResourceQuery list * cancellationToken: CancellationToken ->
            Task<Result<CachedResource list, TogglError>>

    /// Applies a batch atomically: its upserts, then its deletes (an object both upserted and deleted is
    /// gone), then its sync instants. A batch holding an object without a name or JSON is refused whole.
    abstract CommitResources:
        change: ResourceChange * cancellationToken: CancellationToken -> Task<Result<unit, TogglError>>

    /// When a kind was last synced in a scope (a workspace's id; 0 for the user's own kinds), if ever.
    abstract ResourceSynced:
        kind: ResourceKind * scope: int64 * cancellationToken: CancellationToken ->
            Task<Result<DateTimeOffset option, TogglError>>
