namespace Toggl.Core

open System

/// What an archive page's rows become: trackers of the endpoint's workspace, stored archived under `Month`.
type internal ArchiveCommit =
    {
        /// The month (its first day) the rows are stored under; its earlier copy is replaced.
        Month: DateOnly
        /// Tag names by id, from the cached tags (a detailed row carries tag ids only).
        TagNames: Map<int64, string>
    }

/// What the answer to a report request is, and what follows it (docs/toggl-api.md §9).
[<RequireQualifiedAccess>]
type internal ReportAnswer =
    /// Detailed rows: while Toggl sends `X-Next-*`, the same request from that cursor, page after page.
    | AllPages of first: ReportRequest
    /// One detailed page and the next page's cursor.
    | Page
    /// `search/time_entries/totals`.
    | Totals
    /// `summary/time_entries`.
    | Summary
    /// `projects/summary`.
    | ProjectSummaries
    /// `projects/{id}/summary`.
    | ProjectSummary
    /// `weekly/time_entries`.
    | Weekly
    /// A file; a CSV of the detailed report follows `X-Next-*` (`first` given) and its pages are appended.
    | File of format: ReportFormat * follow: ReportRequest option
    /// Every page of a month's detailed report, converted to trackers and stored archived.
    | Archive of first: ReportRequest * commit: ArchiveCommit

/// What a report step gives.
[<RequireQualifiedAccess>]
type internal ReportOutcome =
    /// Every detailed row, and the requests (pages) it took.
    | Rows of DetailedRow list * requests: int
    /// One detailed page.
    | Page of DetailedPage
    /// Totals.
    | Totals of ReportTotals
    /// A summary.
    | Summary of SummaryReport
    /// Project summaries.
    | ProjectSummaries of ProjectSummary list
    /// One project's summary.
    | ProjectSummary of ProjectSummary
    /// Weekly rows.
    | Weekly of WeeklyRow list
    /// A file.
    | File of ReportFile
    /// A month archived: its first day, the entries stored and the requests (pages) it took.
    | Archived of month: DateOnly * entries: int * requests: int
