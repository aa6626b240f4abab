/// Durability of both caches against real processes: a writer killed at varied moments leaves a
/// readable cache holding every batch (trackers and other objects) it reported committed, and two writers
/// at once lose nothing.
/// The writer is this test executable itself, started with `--cache-writer` (see Main.fs).
module Toggl.Core.Tests.DurabilityTests

open System
open System.Diagnostics
open System.IO
open System.Reflection
open System.Threading
open Expecto
open Toggl.Core
open Toggl.Core.Tests.CacheFixtures

/// The kind's name on the child's command line.
let private kindName (kind: CacheKind) =
    match kind with
    | Json -> "json"
    | Sqlite -> "sqlite"

/// The path a child is given: the folder for the JSON cache, the database file for SQLite.
let private cachePath (kind: CacheKind) (folder: string) =
    match kind with
    | Json -> folder
    | Sqlite -> cacheFile Sqlite folder

let private openAt (kind: CacheKind) (path: string) =
    match kind with
    | Json -> new JsonFileCache(path, None) :> ITrackerCache
    | Sqlite -> new SqliteCache(path, None) :> ITrackerCache

/// How many trackers batch `n` writes: it varies so that kills land in writes of varied lengths.
let private batchSize (batch: int) = (batch % 7) * 20 + 1

/// The trackers of batch `batch` of a writer whose ids start at `firstId`, deterministic so the parent
/// knows exactly what each logged batch holds. Tracker `firstId` itself is rewritten by every batch.
let private batchTrackers (firstId: int64) (batch: int) =
    let shared =
        { tracker firstId 0.0 with
            Description = Some $"batch {batch}"
        }

    shared
    :: [
        for j in 0 .. batchSize batch - 1 ->
            { tracker (firstId + int64 batch * 1000L + int64 j) (float batch) with
                Description = Some $"batch {batch} entry {j} — é😀 \"123\""
                Tags = [ "durable"; string batch ]
            }
    ]

/// The objects batch `batch` of a writer commits after its trackers: one project of its own, a tag
/// (`firstId`) renamed by every batch, and the projects' sync instant in scope `firstId`.
let private batchResources (firstId: int64) (batch: int) =
    {
        Upserts =
            [
                { ResourceCacheSuite.resource ResourceKind.Project (firstId + int64 batch) $"batch {batch} — é😀" with
                    Json = $"{{\"batch\":{batch},\"padding\":\"{String('x', (batch % 7) * 200)}\"}}"
                }
                ResourceCacheSuite.resource ResourceKind.Tag firstId $"batch {batch}"
            ]
        Deletes = []
        Synced = [ ResourceKind.Project, firstId, epoch.AddSeconds(float batch) ]
    }

/// Entry point of the writer process: `<kind> <path> <log> [firstId] [batches] [wait]`. Commits batches
/// 1, 2, ... (forever when `batches` is 0), each as a commit of trackers then one of other objects, and
/// appends each batch number to the log only after both commits returned, then prints it, so the parent
/// knows it committed. With `wait`, it prints "ready" once the
/// cache is open and starts when a line arrives on its input (so two writers start together).
let childMain (args: string array) =
    match args with
    | [| kind; path; log |]
    | [| kind; path; log; _ |]
    | [| kind; path; log; _; _ |]
    | [| kind; path; log; _; _; _ |] ->
        let firstId = if args.Length > 3 then int64 args[3] else 1L
        let batches = if args.Length > 4 then int args[4] else 0
        let wait = args.Length > 5 && args[5] = "wait"

        let kind =
            match kind with
            | "json" -> Json
            | _ -> Sqlite

        Console.Out.WriteLine "opening"
        Console.Out.Flush()
        use cache = openAt kind path

        if wait then
            Console.Out.WriteLine "ready"
            Console.Out.Flush()
            Console.In.ReadLine() |> ignore

        let mutable batch = 1
        let mutable exitCode = 0

        while exitCode = 0 && (batches = 0 || batch <= batches) do
            let change =
                { CacheChange.upsert (batchTrackers firstId batch) with
                    SyncCursor = Some(epoch.AddSeconds(float batch))
                }

            match
                cache.Commit(change, CancellationToken.None).GetAwaiter().GetResult()
                |> Result.bind (fun () ->
                    cache
                        .CommitResources(batchResources firstId batch, CancellationToken.None)
                        .GetAwaiter()
                        .GetResult())
            with
            | Ok() ->
                File.AppendAllText(log, $"{batch}\n")
                Console.Out.WriteLine(string batch)
                Console.Out.Flush()
                batch <- batch + 1
            | Error error ->
                eprintfn "batch %d failed: %s" batch (TogglError.message error)
                exitCode <- 1

        exitCode
    | _ ->
        eprintfn "usage: --cache-writer <json|sqlite> <path> <log> [firstId] [batches]"
        2

/// Starts this test executable as a cache writer (through `dotnet` when the tests run as a dll).
let private startWriter (kind: CacheKind) (path: string) (log: string) (firstId: int64) (batches: int) (wait: bool) =
    let self =
        match Environment.ProcessPath with
        | null -> failtest "the test process has no executable path"
        | path -> path

    let info =
        ProcessStartInfo(
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        )

    match Path.GetFileNameWithoutExtension self with
    | "dotnet" ->
        info.FileName <- self
        info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location)
    | _ -> info.FileName <- self

    let mode = if wait then "wait" else "go"

    for arg in
        [
            "--cache-writer"
            kindName kind
            path
            log
            string firstId
            string batches
            mode
        ] do
        info.ArgumentList.Add arg

    match Process.Start info with
    | null -> failtest "could not start the writer process"
    | child -> child

/// Batch numbers the log records; a last line cut off by the kill is not counted.
let private loggedBatches (log: string) =
    if File.Exists log then
        let text = File.ReadAllText log
        let complete = text.Substring(0, text.LastIndexOf '\n' + 1)

        complete.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        |> Array.map int
        |> List.ofArray
    else
        []

/// Checks the cache holds every tracker of every logged batch of a writer, exactly as written.
let private expectBatches (loaded: Map<int64, TogglTracker>) (firstId: int64) (batches: int list) (context: string) =
    for batch in batches do
        for expected in List.tail (batchTrackers firstId batch) do
            match loaded.TryFind expected.Id with
            | Some actual -> Expect.equal actual expected $"{context}: tracker {expected.Id} of batch {batch}"
            | None ->
                failtestf "%s: batch %d was logged as committed, but tracker %d is missing" context batch expected.Id

    match batches with
    | [] -> ()
    | _ ->
        // The shared tracker is rewritten by every batch: it holds the last logged one or a later one.
        let last = List.max batches

        match loaded.TryFind firstId |> Option.bind (fun t -> t.Description) with
        | Some description ->
            let written = int (description.Substring "batch ".Length)
            Expect.isGreaterThanOrEqual written last $"{context}: the shared tracker is at batch {last} or later"
        | None -> failtestf "%s: the shared tracker %d is missing" context firstId

/// Checks the cache holds every object of every logged batch of a writer, exactly as written.
let private expectResourceBatches (cache: ITrackerCache) (firstId: int64) (batches: int list) (context: string) =
    let projects =
        ResourceCacheSuite.loadResources cache ResourceKind.Project []
        |> List.map (fun r -> r.Id, r)
        |> Map.ofList

    for batch in batches do
        let expected = (batchResources firstId batch).Upserts.Head

        match projects.TryFind expected.Id with
        | Some actual -> Expect.equal actual expected $"{context}: project {expected.Id} of batch {batch}"
        | None -> failtestf "%s: batch %d was logged as committed, but project %d is missing" context batch expected.Id

    match batches with
    | [] -> ()
    | _ ->
        // The tag and the sync instant are rewritten by every batch: the last logged one or a later one.
        let last = List.max batches

        let tag =
            ResourceCacheSuite.loadResources
                cache
                ResourceKind.Tag
                [
                    ResourceCacheSuite.rq ResourceField.Id Comparison.Equal (QueryValue.Int firstId)
                ]

        match tag with
        | [ tag ] ->
            Expect.isGreaterThanOrEqual
                (int (tag.Name.Substring "batch ".Length))
                last
                $"{context}: the tag is at batch {last} or later"
        | other -> failtestf "%s: expected the shared tag %d, found %A" context firstId other

        match ResourceCacheSuite.synced cache ResourceKind.Project firstId with
        | Some at ->
            Expect.isGreaterThanOrEqual at (epoch.AddSeconds(float last)) $"{context}: synced at batch {last} or later"
        | None -> failtestf "%s: the sync instant of scope %d is missing" context firstId

/// Kills a writer `kills` times at varied moments, each time checking the cache on reopening.
let private killedWriters (kind: CacheKind) (kills: int) =
    testCase $"{kind}: a writer killed {kills} times mid-write leaves every logged batch readable" (fun () ->
        use folder = new TempFolder()
        let path = cachePath kind folder.Path
        let mutable runs = []

        for run in 0 .. kills - 1 do
            let firstId = int64 (run + 1) * 1_000_000L
            let log = Path.Combine(folder.Path, $"run{run}.log")
            use child = startWriter kind path log firstId 0 false
            // Varied moments: while opening (every fourth run), or after 1 to 11 committed batches.
            let waitFor = if run % 4 = 0 then 0 else (run * 5) % 11 + 1
            let mutable seen = 0
            let mutable line = child.StandardOutput.ReadLine()

            while not (isNull line) && seen < waitFor do
                if line <> "opening" then
                    seen <- seen + 1

                if seen < waitFor then
                    line <- child.StandardOutput.ReadLine()

            if isNull line then
                failtestf "the writer stopped by itself: %s" (child.StandardError.ReadToEnd())

            child.Kill()
            child.WaitForExit()
            runs <- (firstId, loggedBatches log) :: runs

            use cache = openAt kind path
            let loaded = load cache |> List.map (fun t -> t.Id, t) |> Map.ofList

            for firstId, batches in runs do
                expectBatches loaded firstId batches $"after kill {run + 1}"
                expectResourceBatches cache firstId batches $"after kill {run + 1}"

            Expect.isEmpty (Directory.GetFiles(folder.Path, "*.corrupt")) "no file was ever found corrupt"

        let committed = runs |> List.sumBy (fun (_, batches) -> List.length batches)
        Expect.isGreaterThan committed kills "the writers committed batches between kills")

/// Two writers of different ids on the same cache at once: afterwards the cache holds all of both.
let private concurrentWriters (kind: CacheKind) =
    testCase $"{kind}: two processes writing the same cache at once lose nothing" (fun () ->
        use folder = new TempFolder()
        let path = cachePath kind folder.Path
        let batches = 60

        let writers =
            [ 1L; 2L ]
            |> List.map (fun n ->
                let log = Path.Combine(folder.Path, $"writer{n}.log")
                n * 1_000_000L, log, startWriter kind path log (n * 1_000_000L) batches true)

        // Both open the cache, then start together, so their commits interleave.
        for _, _, child in writers do
            while child.StandardOutput.ReadLine()
                  |> Option.ofObj
                  |> Option.exists (fun line -> line <> "ready") do
                ()

        for _, _, child in writers do
            child.StandardInput.WriteLine "go"
            child.StandardInput.Flush()

        for _, _, child in writers do
            let errors = child.StandardError.ReadToEndAsync()
            child.StandardOutput.ReadToEnd() |> ignore
            child.WaitForExit()
            Expect.equal child.ExitCode 0 $"the writer succeeded: {errors.Result}"
            child.Dispose()

        use cache = openAt kind path
        let loaded = load cache |> List.map (fun t -> t.Id, t) |> Map.ofList

        for firstId, log, _ in writers do
            Expect.equal (loggedBatches log) [ 1..batches ] "every batch was logged"
            expectBatches loaded firstId [ 1..batches ] $"writer {firstId}"
            expectResourceBatches cache firstId [ 1..batches ] $"writer {firstId}"

        let expectedCount =
            2 * (1 + List.sum [ for batch in 1..batches -> batchSize batch ])

        Expect.equal loaded.Count expectedCount "nothing else, nothing lost")

let tests =
    testList
        "DurabilityTests"
        [
            for kind in kinds do
                killedWriters kind 20
                concurrentWriters kind
        ]
