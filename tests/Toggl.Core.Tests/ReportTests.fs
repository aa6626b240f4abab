/// Reports v3 in the core against the in-process sandbox: bodies, pages, exports, the 402, the archive, and the
/// local report against Toggl's (the differential test).
module Toggl.Core.Tests.ReportTests

open System
open System.IO
open System.Net.Http
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Extensions.Time.Testing
open Toggl.Core
open Toggl.Sandbox

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failtestf "expected success, got %s" (TogglError.message error)

let private run (call: TogglCall<'T>) =
    task {
        let! result = TogglCall.run call ct
        return orFail result
    }

/// Keeps the bytes of every answer as they came off the wire (to compare an export with what the server sent).
type private Recording(inner: HttpMessageHandler) =
    inherit DelegatingHandler(inner)
    member val Bodies = Collections.Concurrent.ConcurrentQueue<byte[]>()

    override this.SendAsync(request: HttpRequestMessage, token: CancellationToken) : Task<HttpResponseMessage> =
        let sending = base.SendAsync(request, token)

        task {
            let! (response: HttpResponseMessage) = sending
            let! bytes = response.Content.ReadAsByteArrayAsync(token)
            this.Bodies.Enqueue bytes
            let copy = new ByteArrayContent(bytes)

            for KeyValue(name: string, values: string seq) in response.Content.Headers do
                copy.Headers.TryAddWithoutValidation(name, values) |> ignore

            response.Content <- copy
            return response
        }

type private Fixture =
    {
        Sandbox: TogglSandbox
        Endpoint: TrackerEndpoint
        Clock: FakeTimeProvider
        Recording: Recording
    }

    member f.Reports =
        f.Sandbox.RequestLog
        |> Seq.filter (fun r -> r.Path.StartsWith("/reports/api/v3/", StringComparison.Ordinal))
        |> List.ofSeq

    member f.Count = f.Sandbox.RequestLog.Count

type private CacheKind =
    | NoCache
    | JsonFile
    | Sqlite

/// The sandbox's clock: 2026-03-02, so Toggl's window starts 2025-12-03 and 2025 is mostly archive.
let private now = DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)

let private withSandbox (options: FakeTimeProvider -> SandboxOptions) (kind: CacheKind) (body: Fixture -> Task<unit>) =
    task {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-reports-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore
        let clock = FakeTimeProvider(now)
        let! sandbox = TogglSandbox.StartAsync(options clock)
        let recording = new Recording(new SocketsHttpHandler())
        let client = new HttpClient(recording)
        let auth = BasicAuth.ApiToken sandbox.ApiToken |> orFail

        let http =
            HttpInterpreter.create
                { HttpSettings.create auth with
                    BaseAddress = sandbox.BaseAddress
                    HttpClient = Some client
                    BaseDelay = TimeSpan.FromMilliseconds 1.
                    MaxDelay = TimeSpan.FromMilliseconds 5.
                }
            |> orFail

        let cache: ITrackerCache option =
            match kind with
            | NoCache -> None
            | JsonFile -> Some(new JsonFileCache(Path.Combine(folder, "json"), None))
            | Sqlite -> Some(new SqliteCache(Path.Combine(folder, "cache.sqlite"), None))

        let endpoint =
            { Trackers.over sandbox.WorkspaceId http with
                Cache = cache
                Clock = clock
            }

        try
            do!
                body
                    {
                        Sandbox = sandbox
                        Endpoint = endpoint
                        Clock = clock
                        Recording = recording
                    }
        finally
            cache |> Option.iter (fun c -> c.Dispose())
            http.Dispose()
            client.Dispose()
            sandbox.DisposeAsync().AsTask().Wait()

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

let private plain (clock: FakeTimeProvider) = SandboxOptions(TimeProvider = clock)

let private day (y: int) (m: int) (d: int) = DateOnly(y, m, d)

/// `count` entries of 10 minutes, one every half hour from 2025-06-01 09:00 UTC (10,000 end in December).
let private addEntries (sandbox: TogglSandbox) (count: int) =
    let first = DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero)

    for i in 0 .. count - 1 do
        let start = first.AddMinutes(30. * float i)

        sandbox.AddTimeEntry(start, Nullable(start.AddMinutes 10.), $"entry {i}")
        |> ignore

let private entryCount (rows: DetailedRow list) =
    rows |> List.sumBy (fun r -> r.TimeEntries.Length)

// ---- bodies ---------------------------------------------------------------------------------------------------

let private genIds =
    Gen.oneof
        [
            Gen.constant None
            Gen.constant (Some IdFilter.empty)
            Gen.constant (Some IdFilter.without)
            Gen.map2
                (fun ids without ->
                    Some
                        {
                            Ids = ids |> List.map (fun (PositiveInt i) -> int64 i)
                            Without = without
                        })
                (Gen.listOf (ArbMap.defaults.ArbFor<PositiveInt>().Generator))
                (Gen.elements [ true; false ])
        ]

let private genOpt (gen: Gen<'T>) =
    Gen.oneof [ Gen.constant None; Gen.map Some gen ]

let private genBody =
    gen {
        let! users = genIds
        let! projects = genIds
        let! tags = genIds
        let! description = genOpt (Gen.elements [ ""; "design"; "ünïcode \"quoted\"" ])
        let! billable = genOpt (Gen.elements [ true; false ])
        let! minimum = genOpt (Gen.choose (0, 3600) |> Gen.map int64)
        let! rounding = genOpt (Gen.elements ReportBody.roundingMinutes)
        let! grouping = genOpt (Gen.elements [ SummaryGrouping.Projects; SummaryGrouping.Clients ])
        let! page = genOpt (Gen.choose (1, 1000))
        let! start = genOpt (Gen.constant (day 2025 1 1))
        let! hide = genOpt (Gen.elements [ true; false ])

        return
            { ReportBody.empty with
                StartDate = start
                UserIds = users
                ProjectIds = projects
                TagIds = tags
                Description = description
                Billable = billable
                MinDurationSeconds = minimum
                RoundingMinutes = rounding
                Grouping = grouping
                PageSize = page
                HideAmounts = hide
            }
    }

/// The keys a body sends: exactly those of the fields set.
let private expectedKeys (body: ReportBody) =
    [
        if body.StartDate.IsSome then
            "start_date"
        if body.UserIds.IsSome then
            "user_ids"
        if body.ProjectIds.IsSome then
            "project_ids"
        if body.TagIds.IsSome then
            "tag_ids"
        if body.Description.IsSome then
            "description"
        if body.Billable.IsSome then
            "billable"
        if body.MinDurationSeconds.IsSome then
            "min_duration_seconds"
        if body.RoundingMinutes.IsSome then
            "rounding_minutes"
        if body.Grouping.IsSome then
            "grouping"
        if body.PageSize.IsSome then
            "page_size"
        if body.HideAmounts.IsSome then
            "hide_amounts"
    ]
    |> Set.ofList

let private idsOf (element: JsonElement) =
    [
        for item in element.EnumerateArray() ->
            if item.ValueKind = JsonValueKind.Null then
                None
            else
                Some(item.GetInt64())
    ]

let private bodyTests =
    testList
        "report bodies"
        [
            testProperty "a body sends only the fields the caller set; id filters as [ids…] with null for Without"
            <| Prop.forAll (Arb.fromGen genBody) (fun body ->
                let text = ReportRequests.bodyText body None
                use document = JsonDocument.Parse text
                let root = document.RootElement
                let keys = root.EnumerateObject() |> Seq.map (fun p -> p.Name) |> Set.ofSeq

                let idsRoundTrip (name: string) (filter: IdFilter option) =
                    match filter with
                    | None -> true
                    | Some filter ->
                        let expected =
                            (filter.Ids |> List.map Some) @ (if filter.Without then [ None ] else [])

                        idsOf (root.GetProperty name) = expected

                keys = expectedKeys body
                && idsRoundTrip "user_ids" body.UserIds
                && idsRoundTrip "project_ids" body.ProjectIds
                && idsRoundTrip "tag_ids" body.TagIds)

            test "[] and [null] are different bodies: no filter, and without" {
                let empty =
                    ReportRequests.bodyText
                        { ReportBody.empty with
                            ProjectIds = Some IdFilter.empty
                        }
                        None

                let without =
                    ReportRequests.bodyText
                        { ReportBody.empty with
                            ProjectIds = Some IdFilter.without
                        }
                        None

                Expect.equal empty """{"project_ids":[]}""" "[] sent"
                Expect.equal without """{"project_ids":[null]}""" "[null] sent"
                Expect.equal (ReportRequests.bodyText ReportBody.empty None) "{}" "nothing set, nothing sent"
            }

            test "the cursor goes into the body as first_id, first_row_number, first_timestamp" {
                let cursor =
                    {
                        FirstId = Some 7L
                        FirstRowNumber = Some 51L
                        FirstTimestamp = Some 1700000000L
                    }

                let text = ReportRequests.bodyText ReportBody.empty (Some cursor)
                Expect.equal text """{"first_id":7,"first_row_number":51,"first_timestamp":1700000000}""" "cursor"
            }

            test "validation names the field: end before start, rounding minutes, page size, negative durations, ids" {
                let check (body: ReportBody) (parameter: string) =
                    match ReportRequests.validate body with
                    | Error error ->
                        Expect.equal (ValidationError.parameter error) parameter (ValidationError.message error)
                    | Ok _ -> failtestf "expected %s to be refused" parameter

                check (ReportBody.between (day 2025 2 1) (day 2025 1 1)) "end_date"

                check
                    { ReportBody.empty with
                        RoundingMinutes = Some 7
                    }
                    "rounding_minutes"

                check
                    { ReportBody.empty with
                        Rounding = Some 2
                    }
                    "rounding"

                check
                    { ReportBody.empty with
                        PageSize = Some 0
                    }
                    "page_size"

                check
                    { ReportBody.empty with
                        PageSize = Some(ReportBody.MaxPageSize + 1)
                    }
                    "page_size"

                check
                    { ReportBody.empty with
                        MinDurationSeconds = Some -1L
                    }
                    "min_duration_seconds"

                check
                    { ReportBody.empty with
                        MaxDurationSeconds = Some -1L
                    }
                    "max_duration_seconds"

                check
                    { ReportBody.empty with
                        MinDurationSeconds = Some 10L
                        MaxDurationSeconds = Some 5L
                    }
                    "max_duration_seconds"

                check
                    { ReportBody.empty with
                        ProjectIds = Some(IdFilter.ofIds [ 0L ])
                    }
                    "project_ids"

                Expect.isOk (ReportRequests.validate (ReportBody.between (day 2025 1 1) (day 2025 1 1))) "one day"
            }

            test "the Reports base sits beside the Track base, on the same host (Toggl's, a proxy's, the sandbox's)" {
                Expect.equal
                    (BaseAddress.reports HttpSettings.defaultBaseAddress)
                    (Uri "https://api.track.toggl.com/reports/api/v3/")
                    "Toggl"

                Expect.equal
                    (BaseAddress.reports (Uri "http://127.0.0.1:5123/api/v9/"))
                    (Uri "http://127.0.0.1:5123/reports/api/v3/")
                    "sandbox"

                Expect.equal
                    (BaseAddress.reports (Uri "https://proxy.example/toggl/api/v9/"))
                    (Uri "https://proxy.example/toggl/reports/api/v3/")
                    "a proxy's prefix"
            }

            test "402: a feature the plan lacks is FeatureNotEnabled; a spent quota, or no text, stays QuotaExhausted" {
                let headers remaining =
                    { ResponseHeaders.none with
                        QuotaRemaining = remaining
                        QuotaResetsIn = Some(TimeSpan.FromSeconds 600.)
                    }

                let feature = "\"Workspace needs to have this feature enabled\""

                match HttpStatus.toError 402 (headers (Some 20)) feature with
                | TogglError.FeatureNotEnabled message ->
                    Expect.equal message "Workspace needs to have this feature enabled" "Toggl's text"
                | other -> failtestf "expected FeatureNotEnabled, got %s" (TogglError.message other)

                Expect.equal (TogglError.status (TogglError.FeatureNotEnabled "x")) (Some 402) "its status"

                for remaining, body in [ Some 0, feature; Some 20, ""; None, "\"You have hit your hourly limit\"" ] do
                    match HttpStatus.toError 402 (headers remaining) body with
                    | TogglError.QuotaExhausted _ -> ()
                    | other ->
                        failtestf "expected QuotaExhausted for %A, got %s" (remaining, body) (TogglError.message other)
            }

            test "a report request prints as a Reports path and is a file only for exports" {
                let request =
                    ReportRequests.toHttp (
                        ReportRequest.Export(1L, ReportKind.Summary, ReportBody.empty, ReportFormat.Pdf, None)
                    )

                Expect.equal (string request) "POST reports/api/v3/workspace/1/summary/time_entries.pdf {}" "printed"
                Expect.isTrue request.IsFile "an export is a file"

                Expect.isFalse
                    (ReportRequests.toHttp (ReportRequest.Summary(1L, ReportBody.empty))).IsFile
                    "a summary is JSON"
            }
        ]

// ---- the sandbox ------------------------------------------------------------------------------------------------

let private june = ReportBody.between (day 2025 6 1) (day 2026 2 28)

let private pagination (count: int) =
    testTask $"the detailed report over {count} rows: every page, one request a page, progress per page" {
        do!
            withSandbox plain NoCache (fun f ->
                task {
                    addEntries f.Sandbox count
                    f.Sandbox.ClearRequestLog()
                    let pages = Collections.Generic.List<int>()

                    let progress =
                        { new IProgress<int> with
                            member _.Report n = pages.Add n
                        }

                    let! rows = run (DetailedReports.search f.Endpoint june |> TogglCall.withProgress progress)

                    let expectedPages = max 1 ((count + 49) / 50)
                    Expect.equal (entryCount rows) count "every entry"

                    Expect.equal
                        (rows |> List.collect (fun r -> r.TimeEntries) |> List.distinctBy (fun e -> e.Id)).Length
                        count
                        "no entry twice"

                    Expect.equal f.Reports.Length expectedPages "one request a page"
                    Expect.equal (List.ofSeq pages) [ 1..expectedPages ] "progress after each page"
                })
    }

let private sandboxTests =
    testList
        "reports against the sandbox"
        [
            yield! [ 0; 1; 50; 51; 10_000 ] |> List.map pagination

            testTask "the printed plan: page 1, then the next page while X-Next-* come" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            let! plan = TogglCall.plan (DetailedReports.search f.Endpoint june) ct
                            let plan = orFail plan

                            Expect.equal
                                (plan.Requests |> List.map string)
                                [
                                    "POST reports/api/v3/workspace/"
                                    + string f.Sandbox.WorkspaceId
                                    + "/search/time_entries {\"start_date\":\"2025-06-01\",\"end_date\":\"2026-02-28\"}"
                                ]
                                "page 1"

                            Expect.stringContains (string plan) "X-Next-ID" "the follow-up pages"
                            Expect.stringContains (string plan) "first_row_number" "from the cursor"
                            Expect.equal f.Count 0 "a dry run sends nothing"
                        })
            }

            testTask "single pages: the cursor out of one page is the cursor into the next; none after the last" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            addEntries f.Sandbox 51
                            let! first = run (DetailedReports.page f.Endpoint june None)
                            Expect.equal (entryCount first.Rows) 50 "a full page"
                            Expect.isSome first.Next "more to come"
                            let! second = run (DetailedReports.page f.Endpoint june first.Next)
                            Expect.equal (entryCount second.Rows) 1 "the rest"
                            Expect.isNone second.Next "the last page"

                            let ids =
                                (first.Rows @ second.Rows)
                                |> List.collect (fun r -> r.TimeEntries)
                                |> List.map (fun e -> e.Id)

                            Expect.equal (List.distinct ids).Length 51 "no entry twice"
                        })
            }

            testTask "project_ids [] is no filter, [null] is the entries without a project" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            let project = f.Sandbox.AddProject("Alpha")
                            let at = DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero)

                            f.Sandbox.AddTimeEntry(at, Nullable(at.AddHours 1.), "with", Nullable project.Id)
                            |> ignore

                            f.Sandbox.AddTimeEntry(at.AddHours 2., Nullable(at.AddHours 3.), "without")
                            |> ignore

                            let! all =
                                run (
                                    DetailedReports.search
                                        f.Endpoint
                                        { june with
                                            ProjectIds = Some IdFilter.empty
                                        }
                                )

                            let! without =
                                run (
                                    DetailedReports.search
                                        f.Endpoint
                                        { june with
                                            ProjectIds = Some IdFilter.without
                                        }
                                )

                            let! alpha =
                                run (
                                    DetailedReports.search
                                        f.Endpoint
                                        { june with
                                            ProjectIds = Some(IdFilter.ofIds [ project.Id ])
                                        }
                                )

                            Expect.equal (entryCount all) 2 "[]: every entry"
                            Expect.equal (without |> List.map (fun r -> r.Description)) [ Some "without" ] "[null]"
                            Expect.equal (alpha |> List.map (fun r -> r.ProjectId)) [ Some project.Id ] "[id]"
                        })
            }

            testTask "a refused body sends nothing and names the field" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            let! result =
                                TogglCall.run
                                    (DetailedReports.search f.Endpoint { june with RoundingMinutes = Some 7 })
                                    ct

                            match result with
                            | Error(TogglError.Validation error) ->
                                Expect.equal (ValidationError.parameter error) "rounding_minutes" "named"
                            | other -> failtestf "expected a validation error, got %A" other

                            Expect.equal f.Count 0 "nothing sent"
                        })
            }

            testTask "totals, summary, project summaries and weekly agree with the detailed rows" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            let alpha = f.Sandbox.AddProject("Alpha")
                            let at = DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero)

                            f.Sandbox.AddTimeEntry(at, Nullable(at.AddMinutes 90.), "a", Nullable alpha.Id)
                            |> ignore

                            f.Sandbox.AddTimeEntry(at.AddDays 1., Nullable(at.AddDays(1.).AddMinutes 20.), "b")
                            |> ignore

                            let body = ReportBody.between (day 2025 7 1) (day 2025 7 7)

                            let! totals = run (DetailedReports.totals f.Endpoint body)

                            let! summary =
                                run (
                                    SummaryReports.search
                                        f.Endpoint
                                        { body with
                                            Grouping = Some SummaryGrouping.Projects
                                        }
                                )

                            let! projects = run (SummaryReports.projects f.Endpoint (day 2025 7 1) (day 2025 7 7))
                            let! one = run (SummaryReports.project f.Endpoint alpha.Id (day 2025 7 1) (day 2025 7 7))
                            let! weekly = run (WeeklyReports.search f.Endpoint body)

                            Expect.equal totals.Seconds (110L * 60L) "totals"

                            Expect.equal
                                (summary.Groups
                                 |> List.sumBy (fun g -> g.SubGroups |> List.sumBy (fun s -> s.Seconds)))
                                (110L * 60L)
                                "summary"

                            Expect.equal
                                (summary.Groups
                                 |> List.filter (fun g -> g.Id = Some alpha.Id)
                                 |> List.sumBy (fun g -> g.SubGroups |> List.sumBy (fun s -> s.Seconds)))
                                (90L * 60L)
                                "Alpha in the summary"

                            Expect.equal
                                (projects
                                 |> List.filter (fun p -> p.ProjectId = Some alpha.Id)
                                 |> List.sumBy (fun p -> p.TrackedSeconds))
                                (90L * 60L)
                                "projects/summary"

                            Expect.equal one.TrackedSeconds (90L * 60L) "projects/{id}/summary"
                            Expect.equal one.ProjectId (Some alpha.Id) "the project asked"

                            Expect.equal (weekly |> List.sumBy (fun r -> List.sum r.Seconds)) (110L * 60L) "weekly"

                            Expect.isTrue (weekly |> List.forall (fun r -> r.Seconds.Length = 7)) "seven days a row"
                        })
            }

            testTask "a CSV export is one header and every row; a PDF is the server's bytes" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            addEntries f.Sandbox 51
                            f.Sandbox.ClearRequestLog()
                            let! csv = run (DetailedReports.export f.Endpoint june ReportFormat.Csv)
                            // The pages the server asks for (X-Next-*), one request each.
                            Expect.equal f.Reports.Length csv.Requests "one request a page"

                            // Read back with CsvHelper: one header, then a record per entry.
                            use parser = global.CsvHelper.CsvReader.Create(csv.Bytes)
                            let mutable records = 0

                            while parser.Read() do
                                records <- records + 1

                            let header = List.ofSeq parser.Headers
                            Expect.isGreaterThan header.Length 1 "a header"
                            Expect.equal records 51 "a record per entry (the header once)"

                            f.Recording.Bodies.Clear()
                            let! pdf = run (SummaryReports.export f.Endpoint june ReportFormat.Pdf)
                            let sent = f.Recording.Bodies |> Seq.last
                            Expect.equal (Text.Encoding.ASCII.GetString(pdf.Bytes, 0, 5)) "%PDF-" "a PDF"
                            Expect.isTrue (pdf.Bytes = sent) "the bytes the server sent, not a text round trip"
                            use stream = new MemoryStream(pdf.Bytes)

                            use document =
                                PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import)

                            Expect.isGreaterThan document.PageCount 0 "PDFsharp opens it"
                        })
            }

            testTask "an XLSX export is a workbook (a zip), as sent; weekly has none: Toggl's 404 as an error" {
                do!
                    withSandbox plain NoCache (fun f ->
                        task {
                            addEntries f.Sandbox 3
                            let! xlsx = run (SummaryReports.export f.Endpoint june ReportFormat.Xlsx)
                            Expect.equal (Text.Encoding.ASCII.GetString(xlsx.Bytes, 0, 2)) "PK" "a zip container"
                            let! weekly = TogglCall.run (WeeklyReports.export f.Endpoint june ReportFormat.Xlsx) ct

                            match weekly with
                            | Error(TogglError.NotFound _) -> ()
                            | Error other -> failtestf "expected 404, got %s" (TogglError.message other)
                            | Ok _ -> failtest "expected 404"
                        })
            }

            testTask "402 'Workspace needs to have this feature enabled' is FeatureNotEnabled, sent once, not the quota" {
                do!
                    withSandbox
                        (fun clock -> SandboxOptions(TimeProvider = clock, PaidReports = SandboxReports.Summary))
                        NoCache
                        (fun f ->
                            task {
                                let! result = TogglCall.run (SummaryReports.search f.Endpoint june) ct

                                match result with
                                | Error(TogglError.FeatureNotEnabled message) ->
                                    Expect.stringContains message "feature" "Toggl's text"
                                | Error other ->
                                    failtestf "expected FeatureNotEnabled, got %s" (TogglError.message other)
                                | Ok _ -> failtest "expected FeatureNotEnabled, got an answer"

                                Expect.equal f.Reports.Length 1 "never retried"
                                // Requests are left: the next (free) report goes.
                                let! rows = TogglCall.run (DetailedReports.search f.Endpoint june) ct
                                Expect.isOk rows "the quota gate stayed open"
                            })
            }
        ]

// ---- the archive ------------------------------------------------------------------------------------------------

let private archiveTests (kind: CacheKind) =
    testList
        $"the archive ({kind})"
        [
            testTask
                "a year from the cache and the archive: months fetched once, 0 requests the second time; a sync leaves them" {
                do!
                    withSandbox plain kind (fun f ->
                        task {
                            let project = f.Sandbox.AddProject("Alpha")
                            // An entry a week for 52 weeks, the last ones inside Toggl's window.
                            let first = DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero)

                            for week in 0..51 do
                                let start = first.AddDays(7. * float week)

                                f.Sandbox.AddTimeEntry(
                                    start,
                                    Nullable(start.AddMinutes 30.),
                                    $"w{week}",
                                    Nullable project.Id,
                                    [ "red" ]
                                )
                                |> ignore

                            let! _ = Trackers.sync f.Endpoint ct
                            let! _ = run (Tags.list f.Endpoint true)
                            f.Sandbox.ClearRequestLog()

                            let call = Archive.range f.Endpoint TimeZoneInfo.Utc (day 2025 3 1) (day 2026 3 1)
                            let! printed = TogglCall.plan call ct
                            let printed = orFail printed
                            // Window starts 2025-12-03: March to December 2025 come from the archive.
                            Expect.equal printed.Requests.Length 10 "the plan fetches the ten missing months"

                            let! cold = run call
                            Expect.equal cold.Trackers.Length 52 "every entry, once"
                            Expect.equal cold.Fetched.Length 10 "ten months"
                            Expect.equal f.Reports.Length cold.Requests "one request a page"

                            Expect.isTrue
                                (cold.Trackers
                                 |> List.forall (fun t -> t.Tags = [ "red" ] && t.ProjectId = Some project.Id))
                                "tags by name from the cached tags, the project"

                            f.Sandbox.ClearRequestLog()
                            let! warm = run call
                            Expect.equal f.Count 0 "0 requests the second time"

                            Expect.equal
                                (warm.Trackers |> List.map (fun t -> t.Id))
                                (cold.Trackers |> List.map (fun t -> t.Id))
                                "the same entries"

                            // A sync (even a full load) does not touch the archive.
                            let! _ = Trackers.sync f.Endpoint ct
                            let! again = run call
                            Expect.equal again.Trackers.Length 52 "still every entry"

                            // A re-fetch of one month is one explicit call: its pages.
                            f.Sandbox.ClearRequestLog()
                            let! refetched = run (Archive.fetch f.Endpoint (day 2025 6 1) (day 2025 6 1))
                            Expect.equal refetched.Months [ day 2025 6 1 ] "June"
                            Expect.equal f.Reports.Length 1 "one page"
                            Expect.equal refetched.Entries 5 "June 2025 has five Mondays"
                        })
            }
        ]

let private archiveMigration =
    test "SQLite: a database of schema version 2 keeps its trackers and gains the archive" {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-archive-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore
        let file = Path.Combine(folder, "cache.sqlite")

        try
            do
                use db =
                    new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False")

                db.Open()
                use command = db.CreateCommand()

                let statements =
                    SqliteSchema.migrations
                    |> List.filter (fun (v, _) -> v <= 2)
                    |> List.collect snd

                command.CommandText <-
                    String.Join(";\n", statements)
                    + ";\nCREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);"
                    + "INSERT INTO trackers (id, workspace_id, description, start, stop, duration, project_id, task_id, tags, tag_ids, billable, user_id, at, server_deleted_at, cached_at) "
                    + $"VALUES (1, 7, 'kept', {now.UtcTicks}, {now.AddHours(1.0).UtcTicks}, 3600, NULL, NULL, '[]', '[]', 0, 3, {now.UtcTicks}, NULL, {now.UtcTicks});"

                command.ExecuteNonQuery() |> ignore

            use cache = new SqliteCache(file, None)
            let cache = cache :> ITrackerCache
            let kept = cache.Load(ct).Result |> orFail
            Expect.equal (kept |> List.map (fun t -> t.Id)) [ 1L ] "the tracker is kept"

            let archived =
                { kept.Head with
                    Id = 2L
                    Start = now.AddYears -1
                    Stop = Some(now.AddYears(-1).AddHours 1.)
                }

            cache.StoreArchive(day 2025 3 1, [ archived ], ct).Result |> orFail
            Expect.equal (cache.ArchivedMonths(ct).Result |> orFail) [ day 2025 3 1 ] "the month is archived"
            Expect.equal (cache.LoadArchived(day 2025 1 1, day 2025 12 1, ct).Result |> orFail) [ archived ] "read back"

            Expect.equal
                (cache.Load(ct).Result |> orFail |> List.map (fun t -> t.Id))
                [ 1L ]
                "apart from the synced entries"
        finally
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools()

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

let private archiveWithoutCache =
    testTask "the archive needs a cache: a typed error, nothing sent" {
        do!
            withSandbox plain NoCache (fun f ->
                task {
                    let! result =
                        TogglCall.run (Archive.range f.Endpoint TimeZoneInfo.Utc (day 2025 1 1) (day 2025 2 1)) ct

                    match result with
                    | Error(TogglError.Validation ValidationError.NoCache) -> ()
                    | other -> failtestf "expected NoCache, got %A" other

                    Expect.equal f.Count 0 "nothing sent"
                })
    }

// ---- local reports ----------------------------------------------------------------------------------------------

let private names =
    {
        Projects = Map [ 1L, "Alpha"; 2L, "Beta" ]
        ProjectClients = Map [ 1L, 10L ]
        Clients = Map [ 10L, "Acme" ]
        Tags = Map [ 100L, "red"; 101L, "blue" ]
    }

let private genTracker =
    gen {
        let! id = Gen.choose (1, 1_000_000)
        let! minutes = Gen.choose (0, 60 * 24 * 400)
        let! seconds = Gen.choose (0, 5 * 3600)
        let! project = Gen.elements [ None; Some 1L; Some 2L; Some 3L ]
        let! tags = Gen.subListOf [ 100L; 101L ]
        let! description = Gen.elements [ None; Some ""; Some "design"; Some "code" ]

        let start =
            DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(float minutes)

        return
            {
                Id = int64 id
                WorkspaceId = 1L
                Description = description
                Start = start
                Stop = Some(start.AddSeconds(float seconds))
                Duration = int64 seconds
                ProjectId = project
                TaskId = None
                Tags = tags |> List.map (fun t -> names.Tags[t])
                TagIds = tags
                Billable = false
                UserId = 1L
                At = start
                ServerDeletedAt = None
            }
    }

let private localTests =
    let zone = TimeZoneInfo.FindSystemTimeZoneById "Europe/Helsinki"

    testList
        "local reports"
        [
            for by in
                [
                    LocalGrouping.Project
                    LocalGrouping.Client
                    LocalGrouping.Description
                    LocalGrouping.Day
                    LocalGrouping.Week
                    LocalGrouping.Month
                ] do
                testProperty $"by %A{by}: the groups partition the entries and their seconds sum to the total"
                <| Prop.forAll (Arb.fromGen (Gen.listOf genTracker)) (fun trackers ->
                    let report = LocalReports.compute by zone names now trackers

                    report.Rows |> List.sumBy (fun r -> r.Seconds) = report.TotalSeconds
                    && report.Rows |> List.sumBy (fun r -> r.Entries) = trackers.Length
                    && report.TotalSeconds = (trackers |> List.sumBy (fun t -> t.Duration)))

            testProperty "by tag: an entry counts once per tag, untagged ones under (no tag)"
            <| Prop.forAll (Arb.fromGen (Gen.listOf genTracker)) (fun trackers ->
                let report = LocalReports.compute LocalGrouping.TagName zone names now trackers

                let expected =
                    trackers |> List.sumBy (fun t -> t.Duration * int64 (max 1 t.TagIds.Length))

                report.Rows |> List.sumBy (fun r -> r.Seconds) = expected)

            test "days are the user's: 23:30 UTC on Jan 1 is Jan 2 in Helsinki" {
                let start = DateTimeOffset(2025, 1, 1, 23, 30, 0, TimeSpan.Zero)

                let tracker =
                    {
                        Id = 1L
                        WorkspaceId = 1L
                        Description = None
                        Start = start
                        Stop = Some(start.AddMinutes 10.)
                        Duration = 600L
                        ProjectId = None
                        TaskId = None
                        Tags = []
                        TagIds = []
                        Billable = false
                        UserId = 1L
                        At = start
                        ServerDeletedAt = None
                    }

                let report = LocalReports.compute LocalGrouping.Day zone names now [ tracker ]
                Expect.equal (report.Rows |> List.map (fun r -> r.Key)) [ "2025-01-02" ] "Helsinki's day"

                let byProject =
                    LocalReports.compute LocalGrouping.Project zone names now [ tracker ]

                Expect.equal (byProject.Rows |> List.map (fun r -> r.Key)) [ LocalReports.NoProject ] "no project"
            }
        ]

// ---- the differential test ----------------------------------------------------------------------------------------

let private differential =
    testTask
        "differential: the local report (cache + archive) and Toggl's agree to the second per project, client and tag" {
        do!
            withSandbox plain Sqlite (fun f ->
                task {
                    let acme = f.Sandbox.AddClient("Acme")
                    let alpha = f.Sandbox.AddProject("Alpha", Nullable acme.Id)
                    let beta = f.Sandbox.AddProject("Beta")
                    let random = Random(12)
                    let projects = [| Nullable alpha.Id; Nullable beta.Id; Nullable() |]
                    let tagSets = [| []; [ "red" ]; [ "blue" ]; [ "red"; "blue" ] |]
                    let first = DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero)

                    for i in 0..299 do
                        // Across ten months, half of them inside Toggl's window's reach or near its edge.
                        let start = first.AddMinutes(float (random.Next(0, 60 * 24 * 290)))
                        let length = float (random.Next(1, 4 * 3600))

                        f.Sandbox.AddTimeEntry(
                            start,
                            Nullable(start.AddSeconds length),
                            $"e{i}",
                            projects[random.Next projects.Length],
                            tagSets[random.Next tagSets.Length]
                        )
                        |> ignore

                    let! _ = Trackers.sync f.Endpoint ct
                    let! _ = run (Tags.list f.Endpoint true)
                    let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                    let! _ = run (Clients.list f.Endpoint ResourceBody.allClients true)
                    let startDate, endDate = day 2025 5 1, day 2026 3 1
                    let! range = run (Archive.range f.Endpoint TimeZoneInfo.Utc startDate endDate)
                    Expect.equal range.Trackers.Length 300 "every entry from the cache and the archive"

                    let localNames =
                        {
                            Projects = Map [ alpha.Id, "Alpha"; beta.Id, "Beta" ]
                            ProjectClients = Map [ alpha.Id, acme.Id ]
                            Clients = Map [ acme.Id, "Acme" ]
                            Tags = f.Sandbox.Tags |> Seq.map (fun t -> t.Id, t.Name) |> Map.ofSeq
                        }

                    let local by =
                        (LocalReports.compute by TimeZoneInfo.Utc localNames now range.Trackers).Rows
                        |> List.map (fun r -> r.Id, r.Seconds)
                        |> Map.ofList

                    let body = ReportBody.between startDate endDate

                    let summed grouping =
                        task {
                            let! summary =
                                run (SummaryReports.search f.Endpoint { body with Grouping = Some grouping })

                            return
                                summary.Groups
                                |> List.map (fun g -> g.Id, g.SubGroups |> List.sumBy (fun s -> s.Seconds))
                                |> Map.ofList
                        }

                    let! byProject = summed SummaryGrouping.Projects
                    let! byClient = summed SummaryGrouping.Clients
                    let! rows = run (DetailedReports.search f.Endpoint body)

                    let byTag =
                        rows
                        |> List.collect (fun r ->
                            let seconds = r.TimeEntries |> List.sumBy (fun e -> e.Seconds)

                            match r.TagIds with
                            | [] -> [ None, seconds ]
                            | ids -> ids |> List.map (fun id -> Some id, seconds))
                        |> List.groupBy fst
                        |> List.map (fun (id, items) -> id, items |> List.sumBy snd)
                        |> Map.ofList

                    Expect.equal (local LocalGrouping.Project) byProject "per project"
                    Expect.equal (local LocalGrouping.Client) byClient "per client"
                    Expect.equal (local LocalGrouping.TagName) byTag "per tag"
                })
    }

// ---- the measure --------------------------------------------------------------------------------------------------

let private measure =
    testTask
        "measure: requests for hours by project over the last 12 months, cold and warm, against report requests every time" {
        do!
            withSandbox plain Sqlite (fun f ->
                task {
                    let project = f.Sandbox.AddProject("Alpha")
                    let first = DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero)

                    // Two entries a working day for a year: about 520 entries.
                    for dayIndex in 0..364 do
                        let date = first.AddDays(float dayIndex)

                        if date.DayOfWeek <> DayOfWeek.Saturday && date.DayOfWeek <> DayOfWeek.Sunday then
                            for slot in 0..1 do
                                let start = date.AddHours(float (slot * 3))

                                f.Sandbox.AddTimeEntry(start, Nullable(start.AddHours 2.), "work", Nullable project.Id)
                                |> ignore

                    let! _ = Trackers.sync f.Endpoint ct
                    let! _ = run (Tags.list f.Endpoint true)
                    let startDate, endDate = day 2025 3 2, day 2026 3 1

                    let names =
                        {
                            Projects = Map [ project.Id, "Alpha" ]
                            ProjectClients = Map.empty
                            Clients = Map.empty
                            Tags = Map.empty
                        }

                    let hours () =
                        task {
                            f.Sandbox.ClearRequestLog()
                            let watch = Diagnostics.Stopwatch.StartNew()
                            let! range = run (Archive.range f.Endpoint TimeZoneInfo.Utc startDate endDate)

                            let report =
                                LocalReports.compute LocalGrouping.Project TimeZoneInfo.Utc names now range.Trackers

                            return f.Count, watch.Elapsed, report
                        }

                    let! coldRequests, coldTime, cold = hours ()
                    let! warmRequests, warmTime, warm = hours ()

                    // The Python library's only ways: a summary request, or the detailed pages, every time.
                    f.Sandbox.ClearRequestLog()

                    let! _ =
                        run (
                            SummaryReports.search
                                f.Endpoint
                                { ReportBody.between startDate endDate with
                                    Grouping = Some SummaryGrouping.Projects
                                }
                        )

                    let summaryRequests = f.Count
                    f.Sandbox.ClearRequestLog()
                    let! rows = run (DetailedReports.search f.Endpoint (ReportBody.between startDate endDate))
                    let detailedRequests = f.Count

                    printfn
                        "MEASURE hours by project, 12 months, %d entries: cold %d requests (%.0f ms), warm %d requests (%.0f ms); Python library every time: 1 summary request or %d detailed pages"
                        (entryCount rows)
                        coldRequests
                        coldTime.TotalMilliseconds
                        warmRequests
                        warmTime.TotalMilliseconds
                        detailedRequests

                    Expect.equal warmRequests 0 "warm: 0 requests"
                    Expect.equal summaryRequests 1 "one summary request"
                    Expect.equal warm.TotalSeconds cold.TotalSeconds "the same hours"
                    Expect.equal cold.TotalSeconds (int64 (entryCount rows) * 7200L) "every entry's two hours"
                })
    }

let private decodeThroughput =
    test "measure: decoding a 10,000-row detailed report" {
        let row (i: int) =
            $"{{\"user_id\":1,\"username\":\"me\",\"project_id\":{i % 7 + 1},\"task_id\":null,\"billable\":false,\"description\":\"entry {i}\",\"tag_ids\":[1,2],\"billable_amount_in_cents\":null,\"hourly_rate_in_cents\":null,\"currency\":\"USD\",\"row_number\":{i + 1},\"time_entries\":[{{\"id\":{i + 1},\"seconds\":600,\"start\":\"2025-06-01T09:00:00+03:00\",\"stop\":\"2025-06-01T09:10:00+03:00\",\"at\":\"2025-06-01T06:10:00+00:00\"}}]}}"

        let text = "[" + String.Join(",", Seq.init 10_000 row) + "]"
        Decode.fromString ReportJson.detailedRows text |> ignore
        let watch = Diagnostics.Stopwatch.StartNew()
        let rows = Decode.fromString ReportJson.detailedRows text
        let elapsed = watch.Elapsed

        match rows with
        | Ok rows ->
            Expect.equal rows.Length 10_000 "every row"
            Expect.equal (rows |> List.sumBy (fun r -> r.TimeEntries.Head.Seconds)) 6_000_000L "every second"

            printfn
                "MEASURE decode of a 10,000-row detailed report (%d KB): %.1f ms, %.0f rows/s"
                (text.Length / 1024)
                elapsed.TotalMilliseconds
                (10_000. / elapsed.TotalSeconds)
        | Error error -> failtestf "decode failed: %O" error
    }

let tests =
    testList
        "reports"
        [
            decodeThroughput
            bodyTests
            sandboxTests
            archiveTests JsonFile
            archiveTests Sqlite
            archiveWithoutCache
            archiveMigration
            localTests
            differential
            measure
        ]
