namespace Toggl.Core

/// The weekly report (`weekly/time_entries`, docs/toggl-api.md §9; the Python library's WeeklyReportEndpoint).
[<RequireQualifiedAccess>]
module WeeklyReports =

    /// `weekly/time_entries`: a row per user and project, seven days each.
    let search (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<WeeklyRow list> =
        ReportPlans.weekly endpoint body

    /// The report as a file (`weekly/time_entries.csv|pdf`).
    let export (endpoint: TrackerEndpoint) (body: ReportBody) (format: ReportFormat) : TogglCall<ReportFile> =
        ReportPlans.export endpoint ReportKind.Weekly body format
