namespace Toggl.Core

open System
open Microsoft.Extensions.Logging

/// The Python library's TrackerEndpoint as a value: where requests go, which cache answers, and the tolerance rule.
type TrackerEndpoint =
    {
        /// The workspace the trackers belong to.
        WorkspaceId: int64
        /// How requests are sent (the HTTP interpreter).
        Send: ISend
        /// The cache answering non-refresh reads, if any.
        Cache: ITrackerCache option
        /// The clock (the default start of `add`, the sync cursor when Toggl's answer has no date, date validation).
        Clock: TimeProvider
        /// `false`: tolerated statuses (404 on get and delete, 409 on stop, 404/405 on current) become "none";
        /// `true`: they are errors.
        ReRaise: bool
        /// Where the endpoint tells what it does (never credentials: it never sees them).
        Logger: ILogger
        /// How old the last sync may be for the cache to answer a non-refresh `current` or `collect`: an
        /// older (or missing) sync is done first, in the same plan. `None`: any synced cache answers.
        MaxAge: TimeSpan option
    }

/// What a sync did.
type SyncResult =
    {
        /// `true` when there was no usable cursor and Toggl's whole window was loaded.
        Full: bool
        /// Trackers new or changed against what the cache held (the overlap read again is not counted).
        Upserted: int
        /// Trackers the cache held that were removed (deleted on Toggl).
        Deleted: int
        /// The cursor stored for the next sync.
        Cursor: DateTimeOffset
    }
