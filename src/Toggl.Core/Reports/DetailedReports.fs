namespace Toggl.Core

open System

/// The detailed report (`search/time_entries`, docs/toggl-api.md §9; the Python library's DetailedReportEndpoint).
[<RequireQualifiedAccess>]
module DetailedReports =

    /// Every row, every page: page 1, then while Toggl sends `X-Next-*`, the next page from that cursor — each
    /// page one step of the plan (`TogglCall.withProgress` is told the pages fetched).
    let search (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<DetailedRow list> =
        ReportPlans.detailedAll endpoint body

    /// One page from `cursor` (`None`: the first), with the cursor of the next.
    let page (endpoint: TrackerEndpoint) (body: ReportBody) (cursor: ReportCursor option) : TogglCall<DetailedPage> =
        ReportPlans.detailedPage endpoint body cursor

    /// `search/time_entries/totals`.
    let totals (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<ReportTotals> =
        ReportPlans.totals endpoint body

    /// The report as a file (`search/time_entries.csv|pdf|xlsx`), the bytes as Toggl sent them.
    let export (endpoint: TrackerEndpoint) (body: ReportBody) (format: ReportFormat) : TogglCall<ReportFile> =
        ReportPlans.export endpoint ReportKind.Detailed body format
