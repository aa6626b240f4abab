namespace Toggl.Core

/// The printed lines of a report answer's rule (`OnAnswer.Report`).
[<RequireQualifiedAccess>]
module internal ReportLines =

    let private line kind text request =
        {
            Kind = kind
            Text = text
            Request = request
        }

    /// "while X-Next-* present: the next page": the follow-up of a paged detailed report.
    let private nextPages (first: ReportRequest) =
        line
            PlannedStepKind.FollowUp
            ("  then, while Toggl sends X-Next-ID/X-Next-Row-Number/X-Next-Timestamp: the next page, "
             + ((ReportRequests.toHttp first).Method.Name)
             + " "
             + ((ReportRequests.toHttp first).Path)
             + " with first_id/first_row_number/first_timestamp from them (one request a page)")
            None

    /// The lines of an answer's rule.
    let answer (answer: ReportAnswer) : PlannedStep list =
        match answer with
        | ReportAnswer.AllPages first -> [ nextPages first ]
        | ReportAnswer.File(_, Some first) ->
            [
                nextPages first
                line PlannedStepKind.FollowUp "  the pages' CSV rows appended (one header)" None
            ]
        | ReportAnswer.Archive(first, commit) ->
            let month =
                commit.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)

            [
                nextPages first
                line
                    PlannedStepKind.CacheCommit
                    $"  then cache: the entries stored archived for {month}, replacing that month's"
                    None
            ]
        | ReportAnswer.Page
        | ReportAnswer.Totals
        | ReportAnswer.Summary
        | ReportAnswer.ProjectSummaries
        | ReportAnswer.ProjectSummary
        | ReportAnswer.Weekly
        | ReportAnswer.File(_, None) -> []
