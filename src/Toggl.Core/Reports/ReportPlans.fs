namespace Toggl.Core

open System

/// The report calls as plans (docs/toggl-api.md §9): one request each, a detailed report's pages followed while
/// Toggl sends `X-Next-*`. Reports are never cached: the cache is not read (the archive is, in `ArchivePlans`).
[<RequireQualifiedAccess>]
module internal ReportPlans =

    /// The step sending a report request.
    let send (request: ReportRequest) (answer: ReportAnswer) =
        Step.Send
            {
                Request = ReportRequests.toHttp request
                OnAnswer = OnAnswer.Report answer
                OnFailure = OnFailure.Fail
            }

    /// The report outcome of a one-step plan.
    let private single (outcomes: Outcome list) (pick: ReportOutcome -> 'T option) =
        outcomes
        |> List.tryPick (fun o ->
            match o with
            | Outcome.Report report -> pick report
            | _ -> None)
        |> function
            | Some value -> Ok value
            | None ->
                Error(
                    TogglError.Decode
                        {
                            Path = "$"
                            Message = "the report gave no answer"
                        }
                )

    /// A call of one report request, its body validated first (a typed error names the field, nothing is sent).
    let private call
        (endpoint: TrackerEndpoint)
        (validated: Result<ReportRequest, ValidationError>)
        (answer: ReportRequest -> ReportAnswer)
        (pick: ReportOutcome -> 'T option)
        : TogglCall<'T> =
        TogglCall.over endpoint (fun _ ->
            validated
            |> Result.mapError TogglError.Validation
            |> Result.map (fun request ->
                {
                    Reads = []
                    Compile =
                        fun answers ->
                            Ok
                                {
                                    Answers = answers
                                    Steps = [ send request (answer request) ]
                                    Finish = fun outcomes -> single outcomes pick
                                }
                }))

    let private withBody (endpoint: TrackerEndpoint) (body: ReportBody) (make: int64 -> ReportBody -> ReportRequest) =
        ReportRequests.validate body |> Result.map (make endpoint.WorkspaceId)

    /// Every page of the detailed report.
    let detailedAll (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<DetailedRow list> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Detailed(wid, b, None)))
            ReportAnswer.AllPages
            (function
             | ReportOutcome.Rows(rows, _) -> Some rows
             | _ -> None)

    /// One page of the detailed report.
    let detailedPage
        (endpoint: TrackerEndpoint)
        (body: ReportBody)
        (cursor: ReportCursor option)
        : TogglCall<DetailedPage> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Detailed(wid, b, cursor)))
            (fun _ -> ReportAnswer.Page)
            (function
             | ReportOutcome.Page page -> Some page
             | _ -> None)

    /// The detailed report's totals.
    let totals (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<ReportTotals> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Totals(wid, b)))
            (fun _ -> ReportAnswer.Totals)
            (function
             | ReportOutcome.Totals totals -> Some totals
             | _ -> None)

    /// An export: a detailed CSV follows its pages (appended under one header); PDF and XLSX are one request.
    let export
        (endpoint: TrackerEndpoint)
        (kind: ReportKind)
        (body: ReportBody)
        (format: ReportFormat)
        : TogglCall<ReportFile> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Export(wid, kind, b, format, None)))
            (fun request ->
                match kind, format with
                | ReportKind.Detailed, ReportFormat.Csv -> ReportAnswer.File(format, Some request)
                | _ -> ReportAnswer.File(format, None))
            (function
             | ReportOutcome.File file -> Some file
             | _ -> None)

    /// The summary report.
    let summary (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<SummaryReport> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Summary(wid, b)))
            (fun _ -> ReportAnswer.Summary)
            (function
             | ReportOutcome.Summary summary -> Some summary
             | _ -> None)

    /// Every project's summary.
    let projectSummaries
        (endpoint: TrackerEndpoint)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ProjectSummary list> =
        call
            endpoint
            (ReportRequests.validateDays startDate endDate
             |> Result.map (fun (s, e) -> ReportRequest.ProjectSummaries(endpoint.WorkspaceId, s, e)))
            (fun _ -> ReportAnswer.ProjectSummaries)
            (function
             | ReportOutcome.ProjectSummaries summaries -> Some summaries
             | _ -> None)

    /// One project's summary.
    let projectSummary
        (endpoint: TrackerEndpoint)
        (projectId: int64)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ProjectSummary> =
        let validated =
            if projectId <= 0L then
                Error(ValidationError.InvalidArgument("project_id", "ids are positive"))
            else
                ReportRequests.validateDays startDate endDate
                |> Result.map (fun (s, e) -> ReportRequest.ProjectSummary(endpoint.WorkspaceId, projectId, s, e))

        call endpoint validated (fun _ -> ReportAnswer.ProjectSummary) (function
            | ReportOutcome.ProjectSummary summary ->
                Some
                    { summary with
                        ProjectId = summary.ProjectId |> Option.orElse (Some projectId)
                    }
            | _ -> None)

    /// The weekly report.
    let weekly (endpoint: TrackerEndpoint) (body: ReportBody) : TogglCall<WeeklyRow list> =
        call
            endpoint
            (withBody endpoint body (fun wid b -> ReportRequest.Weekly(wid, b)))
            (fun _ -> ReportAnswer.Weekly)
            (function
             | ReportOutcome.Weekly rows -> Some rows
             | _ -> None)
