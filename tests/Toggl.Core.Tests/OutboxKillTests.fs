/// Replay is exactly once under kills: a child process replaying the outbox is killed around each of its
/// requests in turn (as DurabilityTests kills cache writers), restarted on the same SQLite file, until a
/// replay finishes; Toggl then holds each entry exactly once, as the queue says, and the outbox is empty.
/// The replayer is this test executable itself, started with `--outbox-replayer` (see Main.fs).
module Toggl.Core.Tests.OutboxKillTests

open System
open System.Diagnostics
open System.IO
open System.Reflection
open System.Threading
open Expecto
open Toggl.Core
open Toggl.Sandbox

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failtestf "expected success, got %s" (TogglError.message error)

/// Entry point of the replayer: `<base address> <token> <workspace id> <database>`. Prints `request` before
/// each request it sends (so the parent can kill it around that request), then `done` when the replay ended.
let childMain (args: string array) =
    match args with
    | [| baseAddress; token; workspaceId; database |] ->
        use cache = new SqliteCache(database, None)

        let http =
            OutboxReplayTests.settingsAt (Uri baseAddress) token TimeProvider.System
            |> HttpInterpreter.create
            |> orFail

        let announced =
            { new ISend with
                member _.Send(request, token) =
                    Console.Out.WriteLine "request"
                    Console.Out.Flush()
                    http.Send(request, token)
            }

        let endpoint =
            { Trackers.over (int64 workspaceId) announced with
                Cache = Some(cache :> ITrackerCache)
            }

        match Outbox.replay endpoint None ct |> fun t -> t.GetAwaiter().GetResult() with
        | Ok _ ->
            Console.Out.WriteLine "done"
            Console.Out.Flush()
            0
        | Error error ->
            eprintfn "replay failed: %s" (TogglError.message error)
            1
    | _ ->
        eprintfn "usage: --outbox-replayer <base address> <token> <workspace id> <database>"
        2

let private startReplayer (sandbox: TogglSandbox) (database: string) =
    let self =
        match Environment.ProcessPath with
        | null -> failtest "the test process has no executable path"
        | path -> path

    let info =
        ProcessStartInfo(RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false)

    match Path.GetFileNameWithoutExtension self with
    | "dotnet" ->
        info.FileName <- self
        info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location)
    | _ -> info.FileName <- self

    for arg in
        [
            "--outbox-replayer"
            string sandbox.BaseAddress
            sandbox.ApiToken
            string sandbox.WorkspaceId
            database
        ] do
        info.ArgumentList.Add arg

    match Process.Start info with
    | null -> failtest "could not start the replayer"
    | child -> child

/// Runs the replayer, killing it when it announces its `killAt`-th request. Whether it replayed to its end,
/// and whether it was killed.
let private replayKilledAt (sandbox: TogglSandbox) (database: string) (killAt: int) =
    use child = startReplayer sandbox database
    let errors = child.StandardError.ReadToEndAsync()
    let mutable requests = 0
    let mutable finished = false
    let mutable killed = false
    let mutable reading = true

    while reading do
        match child.StandardOutput.ReadLine() with
        | null -> reading <- false
        | "done" ->
            finished <- true
            reading <- false
        | "request" ->
            requests <- requests + 1

            if requests = killAt then
                child.Kill()
                killed <- true
                reading <- false
        | _ -> ()

    child.WaitForExit()

    if not finished && not killed then
        failtestf "the replayer stopped by itself: %s" errors.Result

    finished, killed

/// How many items the outbox holds, and what the cache holds, reopened from the file.
let private outboxAndCache (workspaceId: int64) (database: string) =
    use cache = new SqliteCache(database, None)

    let endpoint =
        { Trackers.create workspaceId (fun _ _ -> failwith "no request is sent") with
            Cache = Some(cache :> ITrackerCache)
        }

    let count = (Outbox.count endpoint ct).GetAwaiter().GetResult() |> orFail
    let cached = (cache :> ITrackerCache).Load(ct).GetAwaiter().GetResult() |> orFail
    count, cached

let private body (description: string) (start: DateTimeOffset) =
    { TrackerBody.empty with
        Description = Field.Set description
        Start = Field.Set start
        Stop = Field.Set(start.AddMinutes 25.0)
    }

let tests =
    testList
        "OutboxKillTests"
        [
            testTask "a replay killed around each of its requests and restarted sends no duplicate and loses nothing" {
                let folder =
                    Path.Combine(Path.GetTempPath(), "togglfun-outbox-kill-" + Guid.NewGuid().ToString("N"))

                Directory.CreateDirectory folder |> ignore
                let database = Path.Combine(folder, "cache.sqlite")
                let! (sandbox: TogglSandbox) = TogglSandbox.StartAsync(SandboxOptions())

                try
                    let start = sandbox.Now.AddHours -8.0
                    let kept = sandbox.AddTimeEntry(start, Nullable(start.AddMinutes 30.0), "kept")

                    let doomed =
                        sandbox.AddTimeEntry(start.AddHours 1.0, Nullable(start.AddHours 1.5), "doomed")

                    // Queue while Toggl cannot be reached: creates, an edit and a delete of local entries, an edit
                    // and a delete of real ones.
                    do!
                        task {
                            use cache = new SqliteCache(database, None)

                            use online =
                                HttpInterpreter.create (
                                    OutboxReplayTests.settingsAt
                                        sandbox.BaseAddress
                                        sandbox.ApiToken
                                        TimeProvider.System
                                )
                                |> orFail

                            use offline =
                                HttpInterpreter.create (
                                    OutboxReplayTests.settingsAt
                                        (Uri($"http://127.0.0.1:{OutboxReplayTests.closedPort ()}/api/v9/"))
                                        sandbox.ApiToken
                                        TimeProvider.System
                                )
                                |> orFail

                            let over (http: TogglHttp) =
                                { Trackers.over sandbox.WorkspaceId http with
                                    Cache = Some(cache :> ITrackerCache)
                                }

                            let! _ = Trackers.sync (over online) ct
                            let offline = over offline
                            let localIds = ResizeArray<int64>()

                            for i in 1..6 do
                                let! added = Outbox.add offline (body $"offline {i}" (start.AddHours(2.0 + float i))) ct

                                match orFail added with
                                | Written.Queued(created, _) -> localIds.Add created.Id
                                | Written.Sent _ -> failtest "nothing can be sent to a closed port"

                            let! _ =
                                Outbox.edit
                                    offline
                                    localIds[1]
                                    { TrackerBody.empty with
                                        Description = Field.Set "offline 2, renamed"
                                    }
                                    ct

                            let! _ = Outbox.delete offline localIds[2] ct

                            let! _ =
                                Outbox.edit
                                    offline
                                    kept.Id
                                    { TrackerBody.empty with
                                        Description = Field.Set "kept, renamed"
                                        Billable = Field.Set true
                                    }
                                    ct

                            let! _ = Outbox.delete offline doomed.Id ct
                            let! count = Outbox.count offline ct
                            Expect.equal (orFail count) 10 "ten writes wait"
                        }

                    sandbox.ClearRequestLog()

                    // Kill the k-th run around its k-th request, until a run replays to its end.
                    let mutable finished = false
                    let mutable run = 1
                    let mutable kills = 0

                    while not finished do
                        if run > 40 then
                            failtest "the replay never finished"

                        let ended, killed = replayKilledAt sandbox database run
                        finished <- ended

                        if killed then
                            kills <- kills + 1

                        run <- run + 1

                    Expect.isGreaterThanOrEqual kills 3 "killed around several requests"


                    let descriptions =
                        sandbox.TimeEntries
                        |> Seq.filter (fun e -> not e.IsDeleted)
                        |> Seq.map (fun e -> e.Description)
                        |> List.ofSeq
                        |> List.sort

                    Expect.equal
                        descriptions
                        ([
                            "kept, renamed"
                            "offline 1"
                            "offline 2, renamed"
                            "offline 4"
                            "offline 5"
                            "offline 6"
                         ]
                         |> List.sort)
                        "each entry once, as the queue says; the local entry created then deleted never sent"

                    Expect.isTrue
                        (sandbox.GetTimeEntry doomed.Id
                         |> Option.ofObj
                         |> Option.exists (fun e -> e.IsDeleted))
                        "the real entry deleted offline is deleted on Toggl"

                    let keptNow = sandbox.GetTimeEntry kept.Id

                    match keptNow with
                    | null -> failtest "the kept entry is on Toggl"
                    | entry -> Expect.isTrue entry.Billable "the edit reached it"

                    let count, cached = outboxAndCache sandbox.WorkspaceId database
                    Expect.equal count 0 "the outbox is empty"
                    Expect.isTrue (cached |> List.forall (fun t -> t.Id > 0L)) "no local row is left in the cache"
                finally
                    sandbox.DisposeAsync().AsTask().Wait()

                    try
                        Directory.Delete(folder, true)
                    with _ ->
                        ()
            }
        ]
