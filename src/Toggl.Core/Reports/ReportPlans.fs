namespace Toggl.Core

open System

/// Which report an export is of.
[<RequireQualifiedAccess>]
type internal ReportKind =
    | Detailed
    | Summary
    | Weekly

/// The plans of the report calls.
[<RequireQualifiedAccess>]
module internal ReportPlans =

    let private todo () : TogglCall<'T> =
        {
            Endpoint = Unchecked.defaultof<_>
            Progress = None
            Operation =
                fun () -> Error(TogglError.Validation(ValidationError.InvalidArgument("report", "not implemented yet")))
        }

    let detailedAll (_endpoint: TrackerEndpoint) (_body: ReportBody) : TogglCall<DetailedRow list> = todo ()

    let detailedPage
        (_endpoint: TrackerEndpoint)
        (_body: ReportBody)
        (_cursor: ReportCursor option)
        : TogglCall<DetailedPage> =
        todo ()

    let totals (_endpoint: TrackerEndpoint) (_body: ReportBody) : TogglCall<ReportTotals> = todo ()

    let export
        (_endpoint: TrackerEndpoint)
        (_kind: ReportKind)
        (_body: ReportBody)
        (_format: ReportFormat)
        : TogglCall<ReportFile> =
        todo ()

    let summary (_endpoint: TrackerEndpoint) (_body: ReportBody) : TogglCall<SummaryReport> = todo ()

    let projectSummaries (_endpoint: TrackerEndpoint) (_s: DateOnly) (_e: DateOnly) : TogglCall<ProjectSummary list> =
        todo ()

    let projectSummary
        (_endpoint: TrackerEndpoint)
        (_p: int64)
        (_s: DateOnly)
        (_e: DateOnly)
        : TogglCall<ProjectSummary> =
        todo ()

    let weekly (_endpoint: TrackerEndpoint) (_body: ReportBody) : TogglCall<WeeklyRow list> = todo ()

/// The plans of the archive.
[<RequireQualifiedAccess>]
module internal ArchivePlans =

    let private todo () : TogglCall<'T> =
        {
            Endpoint = Unchecked.defaultof<_>
            Progress = None
            Operation =
                fun () ->
                    Error(TogglError.Validation(ValidationError.InvalidArgument("archive", "not implemented yet")))
        }

    let fetch (_endpoint: TrackerEndpoint) (_f: DateOnly) (_l: DateOnly) : TogglCall<ArchiveFetch> = todo ()

    let range
        (_endpoint: TrackerEndpoint)
        (_zone: TimeZoneInfo)
        (_s: DateOnly)
        (_e: DateOnly)
        : TogglCall<ArchivedRange> =
        todo ()

/// The pure computation of local reports.
[<RequireQualifiedAccess>]
module internal LocalReportRules =

    let compute
        (by: LocalGrouping)
        (_zone: TimeZoneInfo)
        (_names: ReportNames)
        (_now: DateTimeOffset)
        (_trackers: TogglTracker seq)
        =
        {
            By = by
            Rows = []
            TotalSeconds = 0L
            Entries = 0
        }
