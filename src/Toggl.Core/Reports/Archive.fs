namespace Toggl.Core

open System

/// The archive: entries older than Toggl's 3-month window of `GET me/time_entries`, fetched once through the
/// detailed report (paged) and kept in the trackers' cache marked archived (a `since` sync never touches them).
[<RequireQualifiedAccess>]
module Archive =

    /// Fetches the months from `firstMonth` to `lastMonth` (any day of each) again, replacing what the archive
    /// held for them: one explicit call.
    let fetch (endpoint: TrackerEndpoint) (firstMonth: DateOnly) (lastMonth: DateOnly) : TogglCall<ArchiveFetch> =
        ArchivePlans.fetch endpoint firstMonth lastMonth

    /// The entries started between the days (the user's days, in `zone`): the cache inside Toggl's window, the
    /// archive beyond it; the months the archive lacks are fetched first (the plan shows which).
    let range
        (endpoint: TrackerEndpoint)
        (zone: TimeZoneInfo)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ArchivedRange> =
        ArchivePlans.range endpoint zone startDate endDate
