namespace Toggl.Core

open System
open System.Threading.Tasks

/// The rules for an answer of the Reports API (`OnAnswer.Report`), interpreted: decoding, the next pages a
/// detailed report's `X-Next-*` headers ask for, appending a CSV's pages, storing a month of the archive.
[<RequireQualifiedAccess>]
module internal ReportAnswerRules =

    open RunnerEffects

    /// The most pages one report follows: 10,000 rows at 50 a page is 200; this bounds a server that never
    /// stops sending a cursor.
    [<Literal>]
    let MaxPages = 100_000

    let private decodeBy (decoder: Decoder<'T>) (response: HttpResponse) =
        decodeWith (Decode.fromString decoder) response

    /// The answer from the first page on, every page: `each` folds a page's answer into the state; the next page
    /// is asked while the answer carries a cursor. `progress` is told the pages done after each.
    let private follow
        endpoint
        (progress: IProgress<int> option)
        (first: ReportRequest)
        (response: HttpResponse)
        (state: 'State)
        (each: 'State -> HttpResponse -> Result<'State, TogglError>)
        ct
        : Task<Result<'State * int, TogglError>> =
        task {
            let mutable answer = Ok response
            let mutable request = first
            let mutable pages = 0
            let mutable state = state
            let mutable result = None

            while result.IsNone do
                match answer |> Result.bind (fun r -> each state r |> Result.map (fun s -> r, s)) with
                | Error error -> result <- Some(Error error)
                | Ok(response, next) ->
                    state <- next
                    pages <- pages + 1
                    progress |> Option.iter (fun p -> p.Report pages)

                    match response.Next with
                    | Some cursor when pages < MaxPages ->
                        request <- ReportRequests.withCursor cursor request
                        let! sent = sendHttp endpoint (ReportRequests.toHttp request) ct
                        answer <- sent
                    | _ -> result <- Some(Ok(state, pages))

            return result.Value
        }

    /// A CSV page without its header line (every page repeats it).
    let private withoutHeader (bytes: byte[]) =
        match Array.tryFindIndex (fun b -> b = byte '\n') bytes with
        | Some newline -> bytes[newline + 1 ..]
        | None -> [||]

    let private fileBytes (response: HttpResponse) =
        match response.Bytes with
        | Some bytes -> Ok bytes
        | None ->
            Error(
                TogglError.Decode
                    {
                        Path = "$"
                        Message = "expected a file, got no bytes"
                    }
            )

    /// What an answer of the Reports API leads to.
    let answered
        endpoint
        (progress: IProgress<int> option)
        (answer: ReportAnswer)
        (response: HttpResponse)
        ct
        : Task<Result<Outcome, TogglError>> =
        let simple decoder outcome =
            Task.FromResult(decodeBy decoder response |> Result.map (outcome >> Outcome.Report))

        match answer with
        | ReportAnswer.AllPages first ->
            taskResult {
                let! rows, pages =
                    follow
                        endpoint
                        progress
                        first
                        response
                        []
                        (fun rows r -> decodeBy ReportJson.detailedRows r |> Result.map (fun page -> page :: rows))
                        ct

                return Outcome.Report(ReportOutcome.Rows(rows |> List.rev |> List.concat, pages))
            }
        | ReportAnswer.Page ->
            Task.FromResult(
                decodeBy ReportJson.detailedRows response
                |> Result.map (fun rows -> Outcome.Report(ReportOutcome.Page { Rows = rows; Next = response.Next }))
            )
        | ReportAnswer.Totals -> simple ReportJson.totals ReportOutcome.Totals
        | ReportAnswer.Summary -> simple ReportJson.summary ReportOutcome.Summary
        | ReportAnswer.ProjectSummaries -> simple ReportJson.projectSummaries ReportOutcome.ProjectSummaries
        | ReportAnswer.ProjectSummary -> simple ReportJson.projectSummary ReportOutcome.ProjectSummary
        | ReportAnswer.Weekly -> simple ReportJson.weeklyRows ReportOutcome.Weekly
        | ReportAnswer.File(format, None) ->
            Task.FromResult(
                fileBytes response
                |> Result.map (fun bytes ->
                    Outcome.Report(
                        ReportOutcome.File
                            {
                                Format = format
                                Bytes = bytes
                                Requests = 1
                            }
                    ))
            )
        | ReportAnswer.File(format, Some first) ->
            taskResult {
                let! parts, pages =
                    follow
                        endpoint
                        progress
                        first
                        response
                        []
                        (fun parts r ->
                            fileBytes r
                            |> Result.map (fun bytes ->
                                (if parts.IsEmpty then bytes else withoutHeader bytes) :: parts))
                        ct

                return
                    Outcome.Report(
                        ReportOutcome.File
                            {
                                Format = format
                                Bytes = parts |> List.rev |> Array.concat
                                Requests = pages
                            }
                    )
            }
        | ReportAnswer.Archive(first, commit) ->
            taskResult {
                let! rows, pages =
                    follow
                        endpoint
                        progress
                        first
                        response
                        []
                        (fun rows r -> decodeBy ReportJson.detailedRows r |> Result.map (fun page -> page :: rows))
                        ct

                let trackers =
                    rows
                    |> List.rev
                    |> List.concat
                    |> ArchiveRows.toTrackers endpoint.WorkspaceId commit.TagNames
                    // A grouped row may list an entry once per page boundary: one copy each.
                    |> List.distinctBy (fun t -> t.Id)

                match endpoint.Cache with
                | Some cache -> do! cache.StoreArchive(commit.Month, trackers, ct)
                | None -> ()

                return Outcome.Report(ReportOutcome.Archived(commit.Month, trackers.Length, pages))
            }
