namespace Toggl.Core

open System

/// The summary reports (`summary/time_entries`, `projects/summary`, docs/toggl-api.md §9; the Python library's
/// SummaryReportEndpoint).
[<RequireQualifiedAccess>]
module SummaryReports =

    /// `summary/time_entries`: groups and sub-groups.
    let search (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<SummaryReport> =
        ReportPlans.summary endpoint body

    /// `projects/summary`: every project's tracked time between the days.
    let projects
        (endpoint: TrackerEndpoint)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ProjectSummary list> =
        ReportPlans.projectSummaries endpoint startDate endDate

    /// `projects/{id}/summary`: one project's tracked time between the days.
    let project
        (endpoint: TrackerEndpoint)
        (projectId: int64)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ProjectSummary> =
        ReportPlans.projectSummary endpoint projectId startDate endDate

    /// The report as a file (`summary/time_entries.csv|pdf|xlsx`).
    let export (endpoint: TrackerEndpoint) (body: ReportBody) (format: ReportFormat) : TogglCall<ReportFile> =
        ReportPlans.export endpoint ReportKind.Summary body format
