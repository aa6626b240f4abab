namespace Toggl.Core

open System

/// What a local report groups time by.
[<RequireQualifiedAccess>]
type LocalGrouping =
    /// By project; entries without one go to `LocalReport.NoProject`.
    | Project
    /// By the project's client; entries without one go to `LocalReport.NoClient`.
    | Client
    /// By tag name (`TagName`, not `Tag` or `Tags`: every F# union has a `Tag` number and a `Tags` class, which C# could
    /// not tell from such a case): an entry counts under each of its tags, untagged ones under `LocalReport.NoTag`.
    | TagName
    /// By description; entries without one go to `LocalReport.NoDescription`.
    | Description
    /// By the day of the entry's start in the user's time zone (`yyyy-MM-dd`).
    | Day
    /// By the ISO week of the entry's start in the user's time zone (`yyyy-Www`).
    | Week
    /// By the month of the entry's start in the user's time zone (`yyyy-MM`).
    | Month

/// The names a local report shows for ids: from the cached projects, clients and tags.
type ReportNames =
    {
        /// Project names by id.
        Projects: Map<int64, string>
        /// The client of each project that has one.
        ProjectClients: Map<int64, int64>
        /// Client names by id.
        Clients: Map<int64, string>
        /// Tag names by id.
        Tags: Map<int64, string>
    }

/// One group of a local report.
type LocalReportRow =
    {
        /// The group's label: a name, a day, a week, a month or a description.
        Key: string
        /// The project's, client's or tag's id, when the group is one (none: "without").
        Id: int64 option
        /// Seconds tracked in the group.
        Seconds: int64
        /// Entries in the group.
        Entries: int
    }

/// A report computed from cached entries (no request).
type LocalReport =
    {
        /// The grouping.
        By: LocalGrouping
        /// The groups: largest first (days, weeks and months in calendar order).
        Rows: LocalReportRow list
        /// Every second tracked; with tags an entry counts once here and once per tag in the rows.
        TotalSeconds: int64
        /// How many entries.
        Entries: int
    }

/// What fetching part of the archive did.
type ArchiveFetch =
    {
        /// The months fetched (their first days).
        Months: DateOnly list
        /// Entries stored as archived.
        Entries: int
        /// Requests sent (pages).
        Requests: int
    }

/// Entries over a range of days: the cache inside Toggl's window, the archive beyond it.
type ArchivedRange =
    {
        /// The entries, newest start first.
        Trackers: TogglTracker list
        /// The months that were missing from the archive and were fetched now (none the second time).
        Fetched: DateOnly list
        /// Requests sent.
        Requests: int
    }
