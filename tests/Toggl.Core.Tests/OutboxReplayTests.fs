/// The outbox against the in-process sandbox over loopback HTTP, with a real SQLite cache: writes queued while
/// Toggl cannot be reached (a closed port) or the quota is spent, shown by the cache at once, replayed later
/// exactly once; a create whose answer was lost found by the listing, not sent again; a change made on
/// "another device" meanwhile reported as a conflict, not overwritten.
module Toggl.Core.Tests.OutboxReplayTests

open System
open System.IO
open System.Net
open System.Net.Sockets
open System.Threading
open System.Threading.Tasks
open Expecto
open Microsoft.Extensions.Time.Testing
open Toggl.Core
open Toggl.Sandbox

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failtestf "expected success, got %s" (TogglError.message error)

/// A loopback port nothing listens on: connections to it are refused, as with no network.
let closedPort () =
    let listener = new TcpListener(IPAddress.Loopback, 0)
    listener.Start()
    let port = (listener.LocalEndpoint :?> IPEndPoint).Port
    listener.Stop()
    port

/// Settings with millisecond backoff (retries take no noticeable time on the real clock).
let settingsAt (baseAddress: Uri) (token: string) (clock: TimeProvider) =
    let auth = BasicAuth.ApiToken token |> orFail

    { HttpSettings.create auth with
        BaseAddress = baseAddress
        BaseDelay = TimeSpan.FromMilliseconds 1.
        MaxDelay = TimeSpan.FromMilliseconds 5.
        TimeProvider = clock
    }

/// The sandbox on a fake clock, an online endpoint and an offline one (a closed port) sharing one SQLite cache,
/// and another device's endpoint (no cache) with the same token.
type OutboxFixture =
    {
        Sandbox: TogglSandbox
        Clock: FakeTimeProvider
        Cache: SqliteCache
        Online: TrackerEndpoint
        Offline: TrackerEndpoint
        Phone: TrackerEndpoint
    }

    /// The sandbox's entries with this description.
    member f.Entries(description: string) =
        f.Sandbox.TimeEntries
        |> Seq.filter (fun e -> e.Description = description)
        |> List.ofSeq

    /// The sandbox's entry with this id (a failed test when it has none).
    member f.Entry(trackerId: int64) : SandboxTimeEntry =
        match f.Sandbox.GetTimeEntry trackerId with
        | null -> failtestf "the sandbox has no entry %d" trackerId
        | entry -> entry

    /// Requests the sandbox received with this method.
    member f.Requests(method: string) =
        f.Sandbox.RequestLog |> Seq.filter (fun r -> r.Method = method) |> Seq.length

/// The fixture. `retries`: the online interpreter runs on the real clock, so that retries (which wait on its
/// clock) go on; otherwise on the fake clock, so that its quota figures are the sandbox's.
let withOutboxClock (retries: bool) (options: FakeTimeProvider -> SandboxOptions) (body: OutboxFixture -> Task<unit>) =
    task {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-outbox-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore
        let clock = FakeTimeProvider(DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
        let! sandbox = TogglSandbox.StartAsync(options clock)
        // The sandbox's interpreter runs on the fake clock (its quota figures then match the sandbox's); the
        // offline one on the real clock, so its retries against the closed port are not waiting for the fake one.
        let onlineClock: TimeProvider = if retries then TimeProvider.System else clock

        let online =
            HttpInterpreter.create (settingsAt sandbox.BaseAddress sandbox.ApiToken onlineClock)
            |> orFail

        let phone =
            HttpInterpreter.create (settingsAt sandbox.BaseAddress sandbox.ApiToken clock)
            |> orFail

        let offline =
            HttpInterpreter.create (
                settingsAt (Uri($"http://127.0.0.1:{closedPort ()}/api/v9/")) sandbox.ApiToken TimeProvider.System
            )
            |> orFail

        let cache = new SqliteCache(Path.Combine(folder, "cache.sqlite"), None)

        let endpointOver (http: TogglHttp) (withCache: bool) =
            { Trackers.over sandbox.WorkspaceId http with
                Cache = (if withCache then Some(cache :> ITrackerCache) else None)
                Clock = clock
            }

        try
            do!
                body
                    {
                        Sandbox = sandbox
                        Clock = clock
                        Cache = cache
                        Online = endpointOver online true
                        Offline = endpointOver offline true
                        Phone = endpointOver phone false
                    }
        finally
            (cache :> IDisposable).Dispose()
            online.Dispose()
            phone.Dispose()
            offline.Dispose()
            sandbox.DisposeAsync().AsTask().Wait()

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

let withOutbox options body = withOutboxClock false options body

let private described (description: string) (start: DateTimeOffset) (minutes: float) =
    { TrackerBody.empty with
        Description = Field.Set description
        Start = Field.Set start
        Stop =
            (if minutes > 0.0 then
                 Field.Set(start.AddMinutes minutes)
             else
                 Field.Unset)
    }

let private queued (written: Result<Written<'T>, TogglError>) =
    match written with
    | Ok(Written.Queued(optimistic, notice)) -> optimistic, notice
    | Ok(Written.Sent _) -> failtest "expected the write to be queued, it was sent"
    | Error error -> failtestf "expected the write to be queued, got %s" (TogglError.message error)

let private cached (f: OutboxFixture) (trackerId: int64) =
    task {
        let! found = (f.Cache :> ITrackerCache).Find(trackerId, ct)
        return orFail found
    }

let private sentCount (results: ReplayResult list) =
    results
    |> List.sumBy (fun r ->
        match r with
        | ReplayResult.Sent _ -> 1
        | _ -> 0)

let tests =
    testList
        "OutboxReplayTests"
        [
            testTask "offline: start, edit and stop are queued and shown at once; online, one create is sent" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -30.0
                            let! added = Outbox.add f.Offline (described "train" start 0.0) ct
                            let created, notice = queued added
                            Expect.isLessThan created.Id 0L "a local id"
                            Expect.isTrue (TogglTracker.isRunning created) "it runs"
                            Expect.equal notice.Pending 1 "one item waits"

                            match notice.Reason with
                            | Some(TogglError.Unreachable _) -> ()
                            | other -> failtestf "queued because Toggl could not be reached, got %A" other

                            let! shown = cached f created.Id
                            Expect.equal shown (Some created) "the cache shows the local entry at once"

                            let! edited =
                                Outbox.edit
                                    f.Offline
                                    created.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "train to Ghent"
                                    }
                                    ct

                            let edited, _ = queued edited
                            Expect.equal edited.Description (Some "train to Ghent") "the edit is shown"
                            f.Clock.Advance(TimeSpan.FromMinutes 10.0)
                            let! stopped = Outbox.stop f.Offline created.Id ct

                            match stopped with
                            | Ok(Written.Queued(Some stopped, notice)) ->
                                Expect.equal stopped.Stop (Some(f.Clock.GetUtcNow())) "stopped now, in the cache"
                                Expect.equal notice.Pending 3 "three items wait"
                            | other -> failtestf "expected a queued stop, got %A" other

                            let! plan = Outbox.plan f.Online ct
                            let plan = orFail plan
                            Expect.equal plan.Queued.Length 3 "three plans as queued"
                            Expect.equal plan.Compacted.Length 1 "one after compaction"

                            Expect.equal
                                (plan.Compacted |> List.map fst)
                                [ plan.Queued |> List.map fst ]
                                "the compacted create stands for all three items"

                            Expect.equal f.Sandbox.RequestLog.Count 0 "the dry run sent nothing"

                            let! results = Outbox.replay f.Online None ct
                            let results = orFail results
                            Expect.equal (sentCount results) 1 "one request sent a write"
                            Expect.equal (f.Requests "POST") 1 "one create"
                            Expect.equal (f.Requests "PUT" + f.Requests "PATCH") 0 "no edit, no stop"
                            let entries = f.Entries "train to Ghent"
                            Expect.equal entries.Length 1 "Toggl holds it once"
                            let entry = entries.Head

                            Expect.equal
                                (entry.Stop |> Option.ofNullable)
                                (Some(f.Clock.GetUtcNow()))
                                "stopped when the user stopped it"

                            Expect.equal entry.Start start "started when the user started it"
                            let! gone = cached f created.Id
                            Expect.isNone gone "the local row left the cache"
                            let! real = cached f entry.Id
                            Expect.isSome real "the real entry is cached"
                            let! realId = Outbox.realId f.Online created.Id ct
                            Expect.equal (orFail realId) (Some entry.Id) "the local id maps to the real one"
                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 0 "the outbox is empty"
                        })
            }

            testTask "a spent hourly quota: replay stops when none is left, and sends the rest after the reset" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock, HourlyQuota = true)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -5.0

                            for i in 1..5 do
                                let! added =
                                    Outbox.add f.Offline (described $"q{i}" (start.AddMinutes(float (i * 30))) 20.0) ct

                                queued added |> ignore

                            // 27 of the hour's 30 requests spent elsewhere: 3 are left.
                            for _ in 1..27 do
                                let! _ = Trackers.current f.Phone true ct
                                ()

                            f.Sandbox.ClearRequestLog()
                            let! results = Outbox.replay f.Online None ct
                            let results = orFail results
                            Expect.equal f.Sandbox.RequestLog.Count 3 "the listing and two creates: no request refused"
                            Expect.equal (sentCount results) 2 "two sent"

                            match results |> List.last with
                            | ReplayResult.StillQueued(items, TogglError.QuotaExhausted _, Some resetsAt) ->
                                Expect.equal items.Length 3 "the rest stays queued"
                                Expect.isGreaterThan resetsAt (f.Clock.GetUtcNow()) "with the reset time"
                            | other -> failtestf "expected the rest still queued for the quota, got %A" other

                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 3 "three wait"

                            f.Clock.Advance(TimeSpan.FromHours 1.0)
                            let! results = Outbox.replay f.Online None ct
                            Expect.equal (sentCount (orFail results)) 3 "the rest sent after the reset"

                            for i in 1..5 do
                                Expect.equal (f.Entries $"q{i}").Length 1 $"q{i} is on Toggl once"

                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 0 "the outbox is empty"
                        })
            }

            testTask "a 402 mid-replay stops there and keeps the rest queued" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -5.0

                            for i in 1..4 do
                                let! added =
                                    Outbox.add f.Offline (described $"p{i}" (start.AddMinutes(float (i * 30))) 20.0) ct

                                queued added |> ignore

                            // The second create meets a spent quota.
                            let first = f.Sandbox.Faults.Next(1, Fault.Delay TimeSpan.Zero, "POST")
                            f.Sandbox.Faults.Next(1, Fault.QuotaExhausted, "POST") |> ignore
                            let! results = Outbox.replay f.Online None ct
                            let results = orFail results
                            Expect.equal first.Hits 1 "the first create went through"
                            Expect.equal (sentCount results) 1 "one sent"
                            Expect.equal (f.Requests "POST") 2 "no create after the 402"

                            match results |> List.last with
                            | ReplayResult.StillQueued(items, TogglError.QuotaExhausted _, _) ->
                                Expect.equal items.Length 3 "the refused one and the two after it"
                            | other -> failtestf "expected the rest still queued, got %A" other

                            let! items = Outbox.items f.Online ct

                            Expect.equal
                                (orFail items |> List.map (fun i -> i.State))
                                [ OutboxState.Queued; OutboxState.Queued; OutboxState.Queued ]
                                "queued, not sending"
                        })
            }

            testTask "a create whose answer and recovery were lost stays unknown; the listing finds it, not sent again" {
                do!
                    withOutboxClock true (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -40.0
                            // The create is applied, its answer lost; every listing fails too.
                            f.Sandbox.Faults.Next(1, Fault.AbortConnection true, "POST") |> ignore
                            let listings = f.Sandbox.Faults.Always(Fault.AbortConnection false, "GET")
                            let! added = Outbox.add f.Online (described "lost answer" start 15.0) ct
                            let created, notice = queued added

                            match notice.Reason with
                            | Some(TogglError.OutcomeUnknown _) -> ()
                            | other -> failtestf "expected an unknown outcome, got %A" other

                            let! items = Outbox.items f.Online ct

                            Expect.equal
                                (orFail items |> List.map (fun i -> i.State))
                                [ OutboxState.Unknown ]
                                "unknown"

                            Expect.equal (f.Entries "lost answer").Length 1 "Toggl created it"

                            f.Sandbox.Faults.Remove listings
                            f.Sandbox.ClearRequestLog()
                            let! results = Outbox.replay f.Online None ct

                            match orFail results with
                            | [ ReplayResult.AlreadyDone(_, Some tracker) ] ->
                                Expect.equal tracker.Id (f.Entries "lost answer").Head.Id "found by the listing"
                            | other -> failtestf "expected it settled as already done, got %A" other

                            Expect.equal (f.Requests "POST") 0 "not sent again"
                            Expect.equal (f.Entries "lost answer").Length 1 "Toggl holds it once"
                            let! gone = cached f created.Id
                            Expect.isNone gone "the local row left the cache"
                        })
            }

            testTask "an unknown create is looked for back to before its attempt, however long the attempt took" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -40.0
                            // Toggl applied the create when the attempt began; its retries and recovery took
                            // ten minutes before the write was queued as unknown.
                            f.Sandbox.AddTimeEntry(start, Nullable(start.AddMinutes 15.0), "slow attempt")
                            |> ignore

                            f.Clock.Advance(TimeSpan.FromMinutes 10.0)
                            let! added = Outbox.add f.Offline (described "slow attempt" start 15.0) ct
                            let _, notice = queued added

                            let! marked =
                                OutboxStore.transact f.Cache "test" ct (fun db transaction _ _ ->
                                    OutboxStore.setState db transaction notice.Items OutboxState.Unknown None None
                                    Ok())

                            orFail marked
                            let! results = Outbox.replay f.Online None ct

                            match orFail results with
                            | [ ReplayResult.AlreadyDone _ ] -> ()
                            | other -> failtestf "expected it found, got %A" other

                            Expect.equal (f.Requests "POST") 0 "not sent again"
                            Expect.equal (f.Entries "slow attempt").Length 1 "Toggl holds it once"
                        })
            }

            testTask "an item left sending whose create reached Toggl is found by the listing, not resent" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -40.0
                            let! added = Outbox.add f.Offline (described "killed mid-send" start 15.0) ct
                            let _, notice = queued added

                            // Killed after its request reached Toggl: marked sending, applied on Toggl.
                            let! marked =
                                OutboxStore.transact f.Cache "test" ct (fun db transaction _ _ ->
                                    OutboxStore.setState db transaction notice.Items OutboxState.Sending None None
                                    Ok())

                            orFail marked

                            f.Sandbox.AddTimeEntry(start, Nullable(start.AddMinutes 15.0), "killed mid-send")
                            |> ignore

                            let! results = Outbox.replay f.Online None ct

                            match orFail results with
                            | [ ReplayResult.AlreadyDone _ ] -> ()
                            | other -> failtestf "expected it settled as already done, got %A" other

                            Expect.equal (f.Requests "POST") 0 "not sent again"
                            Expect.equal (f.Entries "killed mid-send").Length 1 "Toggl holds it once"
                        })
            }

            testTask "an edit made on a phone meanwhile is a conflict, not overwritten; keep mine sends it" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -2.0

                            let seeded =
                                f.Sandbox.AddTimeEntry(
                                    start,
                                    Nullable(start.AddHours 1.0),
                                    "meeting",
                                    billable = false
                                )

                            let! _ = Trackers.sync f.Online ct
                            f.Clock.Advance(TimeSpan.FromMinutes 1.0)

                            let! mine =
                                Outbox.edit
                                    f.Offline
                                    seeded.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "meeting (laptop)"
                                        Billable = Field.Set true
                                    }
                                    ct

                            queued mine |> ignore
                            f.Clock.Advance(TimeSpan.FromMinutes 1.0)

                            let! theirs =
                                Trackers.edit
                                    f.Phone
                                    seeded.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "meeting (phone)"
                                    }
                                    false
                                    ct

                            orFail theirs |> ignore
                            f.Sandbox.ClearRequestLog()
                            let! results = Outbox.replay f.Online None ct

                            match orFail results with
                            | [ ReplayResult.Conflicted conflict ] ->
                                Expect.equal conflict.Conflicting [ TrackerField.Description ] "both changed it"

                                Expect.equal
                                    conflict.MergedAutomatically
                                    [ TrackerField.Billable ]
                                    "only I changed billable"

                                Expect.equal conflict.Theirs.Description (Some "meeting (phone)") "theirs kept"
                                Expect.equal conflict.Mine.Description (Some "meeting (laptop)") "mine kept"
                            | other -> failtestf "expected a conflict, got %A" other

                            Expect.equal (f.Requests "PUT") 0 "nothing overwritten"
                            Expect.equal (f.Entry seeded.Id).Description "meeting (phone)" "theirs on Toggl"
                            let! conflicts = Outbox.conflicts f.Online ct
                            let conflict = orFail conflicts |> List.exactlyOne

                            let! refused = Outbox.resolve f.Online conflict.Item.Seq (Resolution.Merge Map.empty) ct

                            match refused with
                            | Error(TogglError.Validation(ValidationError.InvalidArgument("resolution", message))) ->
                                Expect.stringContains message "description" "names the field to choose"
                            | other -> failtestf "an incomplete merge is refused, got %A" other

                            let! resolved =
                                Outbox.resolve
                                    f.Online
                                    conflict.Item.Seq
                                    (Resolution.Merge(Map.ofList [ TrackerField.Description, ConflictSide.Theirs ]))
                                    ct

                            orFail resolved
                            let! results = Outbox.replay f.Online None ct
                            Expect.equal (sentCount (orFail results)) 1 "the merge sent"
                            let entry = f.Entry seeded.Id
                            Expect.equal entry.Description "meeting (phone)" "their description"
                            Expect.isTrue entry.Billable "my billable"
                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 0 "the outbox is empty"
                        })
            }

            testTask "a full sync keeps the local entries of queued creates (Toggl cannot list what it never got)" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -20.0
                            let! added = Outbox.add f.Offline (described "waiting" start 10.0) ct
                            let created, _ = queued added
                            // No cursor yet: the sync loads Toggl's whole window, the truth for cached entries in it.
                            let! synced = Trackers.sync f.Online ct
                            Expect.isTrue (orFail synced).Full "a full load"
                            let! shown = cached f created.Id
                            Expect.equal shown (Some created) "the local entry is still shown"
                        })
            }

            testTask "a sync bringing Toggl's copy of an entry keeps showing the change waiting for it" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -2.0
                            let seeded = f.Sandbox.AddTimeEntry(start, Nullable(start.AddHours 1.0), "standup")
                            let! _ = Trackers.sync f.Online ct
                            f.Clock.Advance(TimeSpan.FromMinutes 2.0)

                            let! mine =
                                Outbox.edit
                                    f.Offline
                                    seeded.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "standup (laptop)"
                                    }
                                    ct

                            queued mine |> ignore

                            let! theirs =
                                Trackers.edit
                                    f.Phone
                                    seeded.Id
                                    { TrackerBody.empty with
                                        Billable = Field.Set true
                                    }
                                    false
                                    ct

                            orFail theirs |> ignore
                            f.Clock.Advance(TimeSpan.FromMinutes 2.0)
                            let! synced = Trackers.sync f.Online ct
                            Expect.isGreaterThan (orFail synced).Upserted 0 "the sync brought Toggl's copy"
                            let! shown = cached f seeded.Id
                            let shown = shown |> Option.defaultWith (fun () -> failtest "the entry is cached")
                            Expect.equal shown.Description (Some "standup (laptop)") "my waiting change is shown"
                            Expect.isTrue shown.Billable "their change is shown too"
                        })
            }

            testTask
                "dropping an item undoes its change in the cache at once; dropping a local create drops what follows it" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -2.0
                            let seeded = f.Sandbox.AddTimeEntry(start, Nullable(start.AddHours 1.0), "review")
                            let! _ = Trackers.sync f.Online ct
                            let! before = cached f seeded.Id

                            let! edited =
                                Outbox.edit
                                    f.Offline
                                    seeded.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "review (offline)"
                                    }
                                    ct

                            let _, editNotice = queued edited
                            let! added = Outbox.add f.Offline (described "scratch" start 5.0) ct
                            let created, _ = queued added

                            let! renamed =
                                Outbox.edit
                                    f.Offline
                                    created.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "scratch 2"
                                    }
                                    ct

                            queued renamed |> ignore
                            let! dropped = Outbox.drop f.Online editNotice.Items.Head ct
                            Expect.equal (orFail dropped) editNotice.Items "the edit dropped"
                            let! after = cached f seeded.Id
                            Expect.equal after before "the cache shows the copy before the edit again"
                            let! items = Outbox.items f.Online ct
                            let createSeq = (orFail items).Head.Seq
                            let! dropped = Outbox.drop f.Online createSeq ct
                            Expect.equal (orFail dropped).Length 2 "the create and the edit of its entry"
                            let! gone = cached f created.Id
                            Expect.isNone gone "the local entry left the cache"
                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 0 "nothing waits"
                            let! missing = Outbox.drop f.Online createSeq ct

                            match missing with
                            | Error(TogglError.Validation(ValidationError.InvalidArgument("seq", _))) -> ()
                            | other -> failtestf "dropping an item that is not there is a typed error, got %A" other
                        })
            }

            testTask "a write Toggl refuses at replay is kept as refused with Toggl's reason; the others are sent" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddHours -3.0

                            for i in 1..2 do
                                let! added =
                                    Outbox.add f.Offline (described $"r{i}" (start.AddMinutes(float (i * 30))) 20.0) ct

                                queued added |> ignore

                            f.Sandbox.Faults.Next(1, Fault.Status 400, "POST") |> ignore
                            let! results = Outbox.replay f.Online None ct

                            match orFail results with
                            | [ ReplayResult.Refused(_, TogglError.BadRequest(400, _)); ReplayResult.Sent _ ] -> ()
                            | other -> failtestf "expected the first refused and the second sent, got %A" other

                            let! items = Outbox.items f.Online ct

                            match orFail items with
                            | [ item ] ->
                                Expect.equal item.State OutboxState.Refused "kept as refused"
                                Expect.isSome item.Reason "with Toggl's reason"
                            | other -> failtestf "expected one refused item, got %A" other

                            Expect.equal (f.Entries "r2").Length 1 "the other was sent"
                        })
            }

            testTask "the JSON file cache has no outbox: a typed error naming the cache" {
                let folder =
                    Path.Combine(Path.GetTempPath(), "togglfun-outbox-json-" + Guid.NewGuid().ToString("N"))

                let cache = new JsonFileCache(folder, None)

                let endpoint =
                    { Trackers.create 1L (fun _ _ -> failwith "no request is sent") with
                        Cache = Some(cache :> ITrackerCache)
                    }

                let! result = Outbox.add endpoint (described "x" DateTimeOffset.UnixEpoch 1.0) ct

                match result with
                | Error(TogglError.Validation(ValidationError.InvalidArgument("cache", message))) ->
                    Expect.stringContains message "SQLite" "says which cache it needs"
                | other -> failtestf "expected a typed error, got %A" other

                (cache :> IDisposable).Dispose()

                try
                    Directory.Delete(folder, true)
                with _ ->
                    ()
            }

            testTask "two replays at once (two processes) send a queued create once" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -30.0
                            let! added = Outbox.add f.Offline (described "race" start 20.0) ct
                            queued added |> ignore
                            // The other process: its own connection to Toggl and its own handle on the cache file.
                            use other = new SqliteCache(f.Cache.Path, None)

                            use otherHttp =
                                HttpInterpreter.create (settingsAt f.Sandbox.BaseAddress f.Sandbox.ApiToken f.Clock)
                                |> orFail

                            let otherProcess =
                                { f.Online with
                                    Send = otherHttp
                                    Cache = Some(other :> ITrackerCache)
                                }

                            let! both =
                                Task.WhenAll([| Outbox.replay f.Online None ct; Outbox.replay otherProcess None ct |])

                            for result in both do
                                orFail result |> ignore

                            Expect.equal (f.Entries "race").Length 1 "Toggl holds the entry once"
                            Expect.equal (f.Requests "POST") 1 "one create sent"
                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 0 "the outbox is empty"
                        })
            }

            testTask
                "an unanswered stop of a cached running entry is queued, though its failed recheck forgot the entry" {
                do!
                    withOutboxClock true (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let! started =
                                Trackers.add
                                    f.Online
                                    (described "running" (f.Clock.GetUtcNow().AddMinutes -20.0) 0.0)
                                    ct

                            let started = orFail started
                            // Toggl stops answering: the stop and the GET that rechecks it are both dropped.
                            f.Sandbox.Faults.Always(Fault.AbortConnection false, "PATCH") |> ignore
                            f.Sandbox.Faults.Always(Fault.AbortConnection false, "GET") |> ignore
                            let! stopped = Outbox.stop f.Online started.Id ct

                            match stopped with
                            | Ok(Written.Queued _) -> ()
                            | Ok _ -> failtest "expected the stop to be queued, it was sent"
                            | Error error ->
                                failtestf "expected the stop to be queued, got %s" (TogglError.message error)

                            let! count = Outbox.count f.Online ct
                            Expect.equal (orFail count) 1 "the stop waits in the outbox"
                            let! shown = cached f started.Id

                            Expect.isTrue
                                (shown |> Option.exists (fun t -> not (TogglTracker.isRunning t)))
                                "the cache shows it stopped again"
                        })
            }
        ]
