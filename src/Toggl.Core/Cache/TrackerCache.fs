namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// One batch of changes to a cache, committed atomically: all of it or none of it.
type CacheChange =
    {
        /// Trackers to insert or replace (by id).
        Upserts: TogglTracker list
        /// Ids of trackers to remove.
        Deletes: int64 list
        /// The new incremental-sync cursor, if this batch moves it.
        SyncCursor: DateTimeOffset option
    }

/// Functions on cache changes.
[<RequireQualifiedAccess>]
module CacheChange =

    /// A batch that changes nothing.
    let empty =
        {
            Upserts = []
            Deletes = []
            SyncCursor = None
        }

    /// A batch that inserts or replaces these trackers.
    let upsert trackers = { empty with Upserts = trackers }

    /// A batch that removes these ids.
    let delete ids = { empty with Deletes = ids }

/// The archive in a trackers' cache: entries older than Toggl's 3-month window, fetched through the detailed
/// report month by month and stored apart from the synced entries (marked archived), so a `since` sync, a full
/// load of the window and the expiry never touch them.
type IArchiveCache =
    /// The months archived (their first days), oldest first.
    abstract ArchivedMonths: cancellationToken: CancellationToken -> Task<Result<DateOnly list, TogglError>>

    /// The archived entries of the months from `firstMonth` to `lastMonth` (first days), newest start first.
    abstract LoadArchived:
        firstMonth: DateOnly * lastMonth: DateOnly * cancellationToken: CancellationToken ->
            Task<Result<TogglTracker list, TogglError>>

    /// Stores a month's entries archived, replacing what the archive held for that month (atomically), and
    /// records the month as archived.
    abstract StoreArchive:
        month: DateOnly * trackers: TogglTracker list * cancellationToken: CancellationToken ->
            Task<Result<unit, TogglError>>

/// A cache of trackers on disk. Every read applies the expiry (`ExpireAfter`): an entry cached longer
/// ago than that is invisible, and a read never returns it. Implementations: `JsonFileCache`, `SqliteCache`.
type ITrackerCache =
    inherit IDisposable
    inherit IResourceCache
    inherit IArchiveCache

    /// How long a cached tracker stays visible after it was written; `None` keeps it forever.
    abstract ExpireAfter: TimeSpan option

    /// Every visible tracker, newest start first, then highest id (Toggl's list order, docs/toggl-api.md §7.8).
    abstract Load: cancellationToken: CancellationToken -> Task<Result<TogglTracker list, TogglError>>

    /// One tracker by id, if cached and not expired.
    abstract Find:
        trackerId: int64 * cancellationToken: CancellationToken -> Task<Result<TogglTracker option, TogglError>>

    /// Trackers matching every query (an empty list matches all), in `Load`'s order.
    abstract Query:
        queries: TogglQuery list * cancellationToken: CancellationToken -> Task<Result<TogglTracker list, TogglError>>

    /// Applies a batch atomically.
    abstract Commit: change: CacheChange * cancellationToken: CancellationToken -> Task<Result<unit, TogglError>>

    /// The incremental-sync cursor stored by the last sync, if any.
    abstract SyncCursor: cancellationToken: CancellationToken -> Task<Result<DateTimeOffset option, TogglError>>
