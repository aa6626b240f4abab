module Toggl.Core.Tests.PlanTests

open System
open System.Collections.Concurrent
open System.IO
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

/// The interpreter's sends, recorded with their bodies (the sandbox's log has no bodies).
type private Recording(inner: ISend) =
    let sent = ConcurrentQueue<HttpRequest>()
    member _.Sent = List.ofSeq sent
    member _.Clear() = sent.Clear()

    interface ISend with
        member _.Send(request, cancellationToken) =
            sent.Enqueue request
            inner.Send(request, cancellationToken)

/// What the cache holds when the operation is planned and run.
type CacheState =
    /// The endpoint has no cache.
    | NoCache
    /// A cache that was never synced.
    | Unsynced
    /// A synced cache, nothing running.
    | Synced
    /// A synced cache holding the running entry.
    | SyncedRunning

/// An operation, with ids chosen among the entries seeded for the case (by index).
type Operation =
    | Current of refresh: bool
    | CollectSince of refresh: bool
    | CollectRange of refresh: bool
    | Get of index: int * refresh: bool
    | Add of running: bool * tags: bool
    | Edit of index: int
    | BulkEdit of count: int
    | Delete of index: int
    | Stop of running: bool
    | Sync
    | Projects

/// One generated case: the cache, whether the endpoint has a maximum cache age and a clock ahead of it.
type Case =
    {
        State: CacheState
        Operation: Operation
        /// `Some minutes`: MaxAge 15 min, the client's clock this many minutes ahead of the sandbox.
        MaxAgeAhead: int option
    }

let private genCase =
    gen {
        let! state = Gen.elements [ NoCache; Unsynced; Synced; SyncedRunning ]
        let! refresh = Gen.elements [ true; false ]
        let! index = Gen.choose (0, 2)

        let! operation =
            Gen.elements
                [
                    Current refresh
                    CollectSince refresh
                    CollectRange refresh
                    Get(index, refresh)
                    Add(refresh, not refresh)
                    Edit index
                    BulkEdit index
                    Delete index
                    Stop(state = SyncedRunning || refresh)
                    Sync
                    Projects
                ]

        let! maxAgeAhead = Gen.elements [ None; None; Some 0; Some 20 ]
        // A sync needs a cache.
        let operation =
            match operation, state with
            | Sync, NoCache -> Current refresh
            | operation, _ -> operation

        return
            {
                State = state
                Operation = operation
                MaxAgeAhead = maxAgeAhead
            }
    }

/// Method, path and query as the sandbox logged them.
let private asLogged (request: HttpRequest) =
    request.Method.Name, "/api/v9/" + request.Path, (if request.Query = "" then "" else "?" + request.Query)

let private body description =
    { TrackerBody.empty with
        Description = Field.Set description
    }

/// Plans and runs one case against the shared sandbox: the plan's unconditional requests are the requests
/// sent, in order, bodies included.
let private check (sandbox: TogglSandbox) (http: TogglHttp) (case: Case) =
    task {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-plan-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore

        let cache =
            match case.State with
            | NoCache -> None
            | _ -> Some(new SqliteCache(Path.Combine(folder, "cache.sqlite"), None) :> ITrackerCache)

        try
            let recording = Recording(http)

            let setup =
                { Trackers.over sandbox.WorkspaceId http with
                    Cache = cache
                }

            // Reset: nothing runs, then the case's entries.
            match sandbox.RunningTimeEntry with
            | null -> ()
            | running -> Trackers.stop setup running.Id ct |> _.Result |> orFail |> ignore

            let seeded =
                [
                    for i in 1..3 ->
                        sandbox.AddTimeEntry(
                            sandbox.Now.AddHours(-float i - 1.),
                            Nullable(sandbox.Now.AddHours(-float i)),
                            $"Seeded {i}"
                        )
                ]

            let running =
                match case.State with
                | SyncedRunning -> Some(Trackers.add setup (body "Running") ct |> _.Result |> orFail)
                | _ -> None

            match case.State with
            | Synced
            | SyncedRunning -> Trackers.sync setup ct |> _.Result |> orFail |> ignore
            | NoCache
            | Unsynced -> ()

            let clock =
                FakeTimeProvider(sandbox.Now.AddMinutes(float (defaultArg case.MaxAgeAhead 0)))

            let endpoint =
                { Trackers.over sandbox.WorkspaceId recording with
                    Cache = cache
                    Clock = clock
                    MaxAge = case.MaxAgeAhead |> Option.map (fun _ -> TimeSpan.FromMinutes 15.)
                }

            let idAt (index: int) = seeded[index].Id
            let today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)

            let range =
                { CollectFilter.none with
                    StartDate = Some(DateBound.Day(today.AddDays -2))
                    EndDate = Some(DateBound.Day(today.AddDays 1))
                }

            let since =
                { CollectFilter.none with
                    Since = Some(clock.GetUtcNow().AddHours -3.)
                }

            let addBody (runs: bool) (tags: bool) =
                { body "Added" with
                    Stop = (if runs then Field.Unset else Field.Set(clock.GetUtcNow()))
                    Start =
                        (if runs then
                             Field.Unset
                         else
                             Field.Set(clock.GetUtcNow().AddHours -1.))
                    Tags = (if tags then Field.Set [ "planned" ] else Field.Unset)
                }

            let stopId runs =
                match running with
                | Some tracker when runs -> tracker.Id
                | _ -> idAt 0

            let ignoreResult (source: Task<Result<'T, TogglError>>) =
                task {
                    let! result = source
                    return result |> Result.map ignore
                }

            let planned, run =
                match case.Operation with
                | Current refresh ->
                    Plan.current endpoint refresh ct, (fun () -> ignoreResult (Trackers.current endpoint refresh ct))
                | CollectSince refresh ->
                    Plan.collect endpoint since refresh ct,
                    (fun () -> ignoreResult (Trackers.collect endpoint since refresh ct))
                | CollectRange refresh ->
                    Plan.collect endpoint range refresh ct,
                    (fun () -> ignoreResult (Trackers.collect endpoint range refresh ct))
                | Get(index, refresh) ->
                    Plan.get endpoint (idAt index) refresh ct,
                    (fun () -> ignoreResult (Trackers.get endpoint (idAt index) refresh ct))
                | Add(runs, tags) ->
                    Plan.add endpoint (addBody runs tags) ct,
                    (fun () -> ignoreResult (Trackers.add endpoint (addBody runs tags) ct))
                | Edit index ->
                    Plan.edit endpoint (idAt index) (body "Edited") false ct,
                    (fun () -> ignoreResult (Trackers.edit endpoint (idAt index) (body "Edited") false ct))
                | BulkEdit count ->
                    let ids = seeded |> List.take count |> List.map (fun e -> e.Id)

                    Plan.bulkEdit endpoint ids (body "Bulk") ct,
                    (fun () -> ignoreResult (Trackers.bulkEdit endpoint ids (body "Bulk") None ct))
                | Delete index ->
                    Plan.delete endpoint (idAt index) ct,
                    (fun () -> ignoreResult (Trackers.delete endpoint (idAt index) ct))
                | Stop runs ->
                    Plan.stop endpoint (stopId runs) ct,
                    (fun () -> ignoreResult (Trackers.stop endpoint (stopId runs) ct))
                | Sync -> Plan.sync endpoint ct, (fun () -> ignoreResult (Trackers.sync endpoint ct))
                | Projects ->
                    TogglCall.plan (Toggl.Core.Projects.list endpoint ResourceBody.allProjects true) ct,
                    (fun () ->
                        ignoreResult (
                            TogglCall.run (Toggl.Core.Projects.list endpoint ResourceBody.allProjects true) ct
                        ))

            let! planned = planned
            let planned = orFail planned
            sandbox.ClearRequestLog()
            recording.Clear()
            let! result = run ()
            orFail result

            let logged =
                sandbox.RequestLog |> Seq.map (fun r -> r.Method, r.Path, r.Query) |> List.ofSeq

            Expect.equal
                logged
                (planned.Requests |> List.map asLogged)
                $"{case}: the sandbox got the plan's requests\n{planned}"

            Expect.equal recording.Sent planned.Requests $"{case}: the bodies sent are the plan's"
        finally
            cache |> Option.iter (fun c -> c.Dispose())

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

/// A sandbox and an HTTP interpreter pointed at it, for one test.
let private withSandbox (body: TogglSandbox -> TogglHttp -> Task<unit>) =
    task {
        let! sandbox = TogglSandbox.StartAsync(SandboxOptions())
        let auth = BasicAuth.ApiToken sandbox.ApiToken |> orFail

        let settings: HttpSettings =
            { HttpSettings.create auth with
                BaseAddress = sandbox.BaseAddress
            }

        let http = HttpInterpreter.create settings |> orFail

        try
            do! body sandbox http
        finally
            http.Dispose()
            sandbox.DisposeAsync().AsTask().Wait()
    }

/// An endpoint over the sandbox with a SQLite cache in a fresh folder and the given clock and maximum age.
let private withCachedEndpoint
    (sandbox: TogglSandbox)
    (http: TogglHttp)
    (clock: TimeProvider)
    (maxAge: TimeSpan option)
    (body: TrackerEndpoint -> Task<unit>)
    =
    task {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-plan-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore
        let cache = new SqliteCache(Path.Combine(folder, "cache.sqlite"), None)

        try
            do!
                body
                    { Trackers.over sandbox.WorkspaceId http with
                        Cache = Some(cache :> ITrackerCache)
                        Clock = clock
                        MaxAge = maxAge
                    }
        finally
            (cache :> IDisposable).Dispose()

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

let private freshness =
    testList
        "freshness and the sync cursor"
        [
            testTask
                "a sync after a change made right after the last one sees it, with the client's clock 10 minutes ahead" {
                do!
                    withSandbox (fun sandbox http ->
                        task {
                            let clock = FakeTimeProvider(sandbox.Now.AddMinutes 10.)

                            do!
                                withCachedEndpoint sandbox http clock None (fun endpoint ->
                                    task {
                                        let! first = Trackers.sync endpoint ct
                                        orFail first |> ignore

                                        let change =
                                            sandbox.AddTimeEntry(
                                                sandbox.Now.AddHours -2.,
                                                Nullable(sandbox.Now.AddHours -1.),
                                                "Made elsewhere"
                                            )

                                        let! next = Trackers.sync endpoint ct
                                        Expect.equal (orFail next).Upserted 1 "the change is synced"
                                        let! cached = Trackers.get endpoint change.Id false ct
                                        Expect.isSome (orFail cached) "and cached"
                                    })
                        })
            }

            testTask "with a MaxAge, a read of a cache synced longer ago syncs first, then the cache answers" {
                do!
                    withSandbox (fun sandbox http ->
                        task {
                            let clock = FakeTimeProvider(sandbox.Now)

                            do!
                                withCachedEndpoint sandbox http clock (Some(TimeSpan.FromMinutes 15.)) (fun endpoint ->
                                    task {
                                        let! _ = Trackers.sync endpoint ct

                                        let change =
                                            sandbox.AddTimeEntry(
                                                sandbox.Now.AddHours -2.,
                                                Nullable(sandbox.Now.AddHours -1.),
                                                "Made elsewhere"
                                            )

                                        let today = DateOnly.FromDateTime(sandbox.Now.UtcDateTime)

                                        let filter =
                                            { CollectFilter.none with
                                                StartDate = Some(DateBound.Day(today.AddDays -1))
                                                EndDate = Some(DateBound.Day(today.AddDays 1))
                                            }

                                        // Fresh: the cache answers, without the change it has not seen.
                                        clock.Advance(TimeSpan.FromMinutes 5.)
                                        sandbox.ClearRequestLog()
                                        let! fresh = Trackers.collect endpoint filter false ct
                                        Expect.equal sandbox.RequestLog.Count 0 "a fresh cache answers"

                                        Expect.isFalse
                                            (orFail fresh |> List.exists (fun t -> t.Id = change.Id))
                                            "not seen yet"

                                        // Stale: one sync, then the cache answers with the change.
                                        clock.Advance(TimeSpan.FromMinutes 15.)
                                        let! plan = Plan.collect endpoint filter false ct
                                        let! stale = Trackers.collect endpoint filter false ct
                                        Expect.equal sandbox.RequestLog.Count 1 "one request: the sync"
                                        Expect.equal (orFail plan).Requests.Length 1 "the plan says so"

                                        Expect.isTrue
                                            (orFail stale |> List.exists (fun t -> t.Id = change.Id))
                                            "the change"
                                    })
                        })
            }

            testTask
                "with a MaxAge, a read of a cache never synced syncs first; without one, Toggl answers and nothing is synced" {
                do!
                    withSandbox (fun sandbox http ->
                        task {
                            sandbox.AddTimeEntry(
                                sandbox.Now.AddHours -2.,
                                Nullable(sandbox.Now.AddHours -1.),
                                "Seeded"
                            )
                            |> ignore

                            do!
                                withCachedEndpoint sandbox http TimeProvider.System None (fun endpoint ->
                                    task {
                                        let! _ = Trackers.current endpoint false ct
                                        let! cursor = endpoint.Cache.Value.SyncCursor ct
                                        Expect.isNone (orFail cursor) "no MaxAge: not synced"
                                    })

                            do!
                                withCachedEndpoint
                                    sandbox
                                    http
                                    TimeProvider.System
                                    (Some(TimeSpan.FromMinutes 15.))
                                    (fun endpoint ->
                                        task {
                                            sandbox.ClearRequestLog()
                                            let! running = Trackers.current endpoint false ct
                                            Expect.isNone (orFail running) "nothing runs"
                                            let! cursor = endpoint.Cache.Value.SyncCursor ct
                                            Expect.isSome (orFail cursor) "synced"

                                            Expect.equal
                                                (sandbox.RequestLog |> Seq.map (fun r -> r.Path) |> List.ofSeq)
                                                [ "/api/v9/me/time_entries" ]
                                                "one request: the full sync"
                                        })
                        })
            }
        ]

/// Properties of the pure plans, with no sandbox.
let private purePlans =
    let context now maxAge hasCache =
        {
            WorkspaceId = 7L
            Now = now
            MaxAge = maxAge
            HasCache = hasCache
        }

    let now = DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)

    let compile (operation: Result<Operation<'T>, TogglError>) (answers: CacheAnswers) =
        let operation = orFail operation
        orFail (operation.Compile answers)

    let sends (plan: Plan<'T>) =
        plan.Steps
        |> List.choose (fun step ->
            match step with
            | Step.Send exchange -> Some exchange
            | _ -> None)

    testList
        "pure plans"
        [
            testProperty "a bulk edit plans one request per 100 ids; a later chunk that fails reports the ids not sent"
            <| Prop.forAll (Arb.fromGen (Gen.choose (0, 350))) (fun count ->
                let ids = [ for i in 1..count -> int64 i ]

                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "d"
                    }

                let plan =
                    compile (TrackerPlans.bulkEdit (context now None false) ids body) CacheAnswers.none

                let exchanges = sends plan
                let chunks = Request.chunk ids

                let handledOk =
                    exchanges
                    |> List.mapi (fun index exchange ->
                        match exchange.OnAnswer, exchange.OnFailure with
                        | OnAnswer.BulkEdited(_, handled), OnFailure.Fail when index = 0 ->
                            handled = (chunks |> List.take 1 |> List.sumBy List.length)
                        | OnAnswer.BulkEdited(_, handled), OnFailure.LaterChunk unsent ->
                            handled = (chunks |> List.take (index + 1) |> List.sumBy List.length)
                            && unsent = (chunks |> List.skip index |> List.concat)
                        | _ -> false)
                    |> List.forall id

                (exchanges |> List.map (fun e -> e.Request)) = Plan.requests 7L (TrackerRequest.BulkEdit(ids, body))
                && handledOk)

            testProperty "the printed plan lists the plan's requests, in order, and its follow-ups apart"
            <| Prop.forAll (Arb.fromGen (Gen.elements [ true; false ])) (fun refresh ->
                let answers =
                    { CacheAnswers.none with
                        HasCache = true
                        Cursor = Some(now.AddMinutes -30.)
                    }

                let maxAge = Some(TimeSpan.FromMinutes 15.)

                let added =
                    { TrackerBody.empty with
                        Description = Field.Set "a"
                    }

                let current =
                    compile (TrackerPlans.current (context now maxAge true) refresh) answers

                let add = compile (TrackerPlans.add (context now None true) added) answers
                let stop = compile (TrackerPlans.stop (context now None true) 5L) answers

                let agrees (plan: Plan<'T>) (printed: PrintedPlan) =
                    printed.Requests = (sends plan |> List.map (fun e -> e.Request))

                let followUps (printed: PrintedPlan) =
                    printed.Steps
                    |> List.filter (fun s -> s.Kind = PlannedStepKind.FollowUp)
                    |> List.choose (fun s -> s.Request)

                let recheck = Request.toHttp 7L (TrackerRequest.Get(5L, false))

                agrees current (PlanPrinter.print 7L false [] current)
                && agrees add (PlanPrinter.print 7L false [] add)
                && agrees stop (PlanPrinter.print 7L true [] stop)
                // The recovery listing of an add and the GET of a stop are follow-ups, never requests.
                && (followUps (PlanPrinter.print 7L false [] add)
                    |> List.exists (fun r -> r.Path = "me/time_entries" && r.Query.StartsWith "since="))
                && (followUps (PlanPrinter.print 7L true [] stop) |> List.forall ((=) recheck))
                && not (followUps (PlanPrinter.print 7L true [] stop)).IsEmpty)

            testProperty "with a MaxAge, the cache answers at once only when its last sync is younger than MaxAge"
            <| Prop.forAll (Arb.fromGen (Gen.choose (-5, 60))) (fun minutesAgo ->
                let maxAge = TimeSpan.FromMinutes 15.

                let answers =
                    { CacheAnswers.none with
                        HasCache = true
                        // The cursor is the sync's time less the overlap.
                        Cursor = Some(now.AddMinutes(-float minutesAgo) - TrackerRules.syncOverlap)
                    }

                let plan =
                    compile (TrackerPlans.current (context now (Some maxAge) true) false) answers
                // A sync up to the overlap "in the future" is clock skew between Toggl and us, not a clock gone back.
                let fresh = minutesAgo >= -1 && minutesAgo < 15

                match plan.Steps with
                | [ Step.Answer _ ] -> fresh
                | [ Step.Send sync; Step.ReadAgain _ ] -> not fresh && sync.Request.Path = "me/time_entries"
                | _ -> false)
        ]

let tests =
    testList
        "plans"
        [
            testTask "for generated operations and cache states, the plan's requests are exactly what the run sends" {
                do!
                    withSandbox (fun sandbox http ->
                        task {
                            let property =
                                Prop.forAll (Arb.fromGen genCase) (fun case ->
                                    (check sandbox http case).GetAwaiter().GetResult())

                            Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property)
                        })
            }

            testTask "a plan the cache answers sends nothing and says so" {
                do!
                    withSandbox (fun sandbox http ->
                        task {
                            let folder =
                                Path.Combine(Path.GetTempPath(), "togglfun-plan-" + Guid.NewGuid().ToString("N"))

                            Directory.CreateDirectory folder |> ignore
                            let cache = new JsonFileCache(Path.Combine(folder, "json"), None)

                            try
                                let endpoint =
                                    { Trackers.over sandbox.WorkspaceId http with
                                        Cache = Some(cache :> ITrackerCache)
                                    }

                                let! _ = Trackers.sync endpoint ct
                                sandbox.ClearRequestLog()
                                let! plan = Plan.current endpoint false ct
                                let plan = orFail plan
                                let! running = Trackers.current endpoint false ct
                                Expect.isNone (orFail running) "nothing runs"
                                Expect.isEmpty plan.Requests "no request planned"
                                Expect.equal sandbox.RequestLog.Count 0 "no request sent"

                                Expect.exists
                                    plan.Lines
                                    (fun line -> line.StartsWith "the cache answers")
                                    $"the plan names the cache's answer:\n{plan}"
                            finally
                                (cache :> IDisposable).Dispose()
                                Directory.Delete(folder, true)
                        })
            }
            freshness
            purePlans
        ]
