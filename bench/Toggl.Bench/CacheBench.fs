/// Cache benchmark: both caches at 5,000, 10,000 and 100,000 trackers, next to the Python library's JSON
/// cache measured at 5,000 (docs/python-reference.md bug 7). Prints figures; asserts nothing.
module Toggl.Bench.CacheBench

open System
open System.Diagnostics
open System.IO
open System.Threading
open Toggl.Core

/// The Python library's JSON cache at 5,000 trackers, in seconds (issue 4).
let private python =
    [ "first save", 1.08; "re-save", 2.42; "load", 0.11; "query", 0.12 ]

/// The speed-up each figure must reach at 5,000 trackers (issue 4).
let private targets =
    [ "first save", 50.0; "re-save", 50.0; "load", 10.0; "query", 100.0 ]

let private epoch = DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)

/// One tracker every 30 minutes, realistic fields: a 50-hour range holds 100 of them.
let private trackers (count: int) =
    [
        for i in 0 .. count - 1 ->
            let start = epoch.AddMinutes(30.0 * float i)

            {
                Id = 4_000_000_000L + int64 i
                WorkspaceId = 1234567L
                Description = Some $"Working on ticket #{i % 977} — review and fixes"
                Start = start
                Stop = Some(start.AddMinutes 25.0)
                Duration = 1500L
                ProjectId =
                    if i % 3 = 0 then
                        None
                    else
                        Some(200_000_000L + int64 (i % 17))
                TaskId = None
                Tags = if i % 2 = 0 then [ "dev"; "review" ] else [ "meeting" ]
                TagIds = if i % 2 = 0 then [ 111L; 222L ] else [ 333L ]
                Billable = i % 5 = 0
                UserId = 9876543L
                At = start.AddMinutes 26.0
                ServerDeletedAt = None
            }
    ]

let private check (what: string) (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failwithf "%s failed: %s" what (TogglError.message error)

let private await (what: string) (task: Threading.Tasks.Task<Result<'T, TogglError>>) =
    check what (task.GetAwaiter().GetResult())

/// Seconds one run of `action` takes.
let private time (action: unit -> unit) =
    let watch = Stopwatch.StartNew()
    action ()
    watch.Elapsed.TotalSeconds

/// The p50 and p99 of `runs` timings of `action`, in seconds.
let private percentiles (runs: int) (action: unit -> unit) =
    let samples = Array.init runs (fun _ -> time action) |> Array.sort

    let at (p: float) =
        samples[min (runs - 1) (int (Math.Ceiling(p * float runs)) - 1)]

    at 0.50, at 0.99

type private Figures =
    {
        Trackers: int
        Cache: string
        FirstSave: float
        Resave: float
        Load: float
        ColdLoad: float
        QueryP50: float
        QueryP99: float
        Returned: int
        FindP50: float
        Changed100: float
        FileBytes: int64
    }

let private measure (name: string) (openCache: string -> ITrackerCache) (fileOf: string -> string) (count: int) =
    let folder =
        Path.Combine(Path.GetTempPath(), "togglfun-bench", Guid.NewGuid().ToString("N"))

    Directory.CreateDirectory folder |> ignore

    try
        let all = trackers count
        let none = CancellationToken.None
        // Saves are single events, so each is the median of three: three first saves into fresh folders
        // (the last one stays for the rest), then three re-saves of everything.
        let median (samples: float list) =
            (List.sort samples)[List.length samples / 2]

        let fresh (round: int) = Path.Combine(folder, $"round{round}")

        let firstSave =
            median
                [
                    for round in 1..3 ->
                        use cache = openCache (fresh round)
                        time (fun () -> await "first save" (cache.Commit(CacheChange.upsert all, none)))
                ]

        let folder = fresh 3
        use cache = openCache folder

        let resave =
            median
                [
                    for _ in 1..3 -> time (fun () -> await "re-save" (cache.Commit(CacheChange.upsert all, none)))
                ]

        let loadRuns = if count >= 100_000 then 5 else 20

        let load, _ =
            percentiles loadRuns (fun () -> await "load" (cache.Load none) |> ignore)

        let coldLoad, _ =
            percentiles loadRuns (fun () ->
                use reopened = openCache folder
                await "cold load" (reopened.Load none) |> ignore)

        // A 50-hour range in the middle of the data: 100 trackers.
        let from = epoch.AddMinutes(30.0 * float (count / 2))

        let range =
            [
                {
                    Key = TrackerField.Start
                    Comparison = Comparison.GreaterOrEqual
                    Value = QueryValue.Instant from
                }
                {
                    Key = TrackerField.Start
                    Comparison = Comparison.Less
                    Value = QueryValue.Instant(from.AddHours 50.0)
                }
            ]

        let returned = await "query" (cache.Query(range, none)) |> List.length

        let queryP50, queryP99 =
            percentiles 300 (fun () -> await "query" (cache.Query(range, none)) |> ignore)

        let random = Random 7

        let findP50, _ =
            percentiles 1000 (fun () ->
                let id = 4_000_000_000L + int64 (random.Next count)
                await "find" (cache.Find(id, none)) |> ignore)

        // The batches are made before timing: only the commits are measured.
        let byIndex = Array.ofList all

        let batches =
            Array.init 5 (fun _ ->
                [
                    for _ in 1..100 ->
                        let tracker = byIndex[random.Next count]

                        { tracker with
                            Description = Some $"changed {random.Next()}"
                        }
                ])

        let mutable next = 0

        let changed100, _ =
            percentiles batches.Length (fun () ->
                await "commit 100 changed" (cache.Commit(CacheChange.upsert batches[next], none))
                next <- next + 1)

        {
            Trackers = count
            Cache = name
            FirstSave = firstSave
            Resave = resave
            Load = load
            ColdLoad = coldLoad
            QueryP50 = queryP50
            QueryP99 = queryP99
            Returned = returned
            FindP50 = findP50
            Changed100 = changed100
            FileBytes = FileInfo(fileOf folder).Length
        }
    finally
        try
            Directory.Delete(folder, true)
        with :? IOException ->
            ()

/// Seconds as a short human figure.
let private show (seconds: float) =
    if seconds >= 1.0 then $"%.2f{seconds} s"
    elif seconds >= 0.001 then $"%.2f{seconds * 1000.0} ms"
    else $"%.1f{seconds * 1_000_000.0} µs"

let private caches =
    [
        "JSON file",
        (fun folder -> new JsonFileCache(folder, Some(TimeSpan.FromDays 30.0)) :> ITrackerCache),
        (fun folder -> Path.Combine(folder, "trackers.json"))
        "SQLite",
        (fun folder ->
            new SqliteCache(Path.Combine(folder, "cache.sqlite"), Some(TimeSpan.FromDays 30.0)) :> ITrackerCache),
        (fun folder -> Path.Combine(folder, "cache.sqlite"))
    ]

/// Runs the cache benchmark. Arguments: `--sizes 5000,10000` to choose sizes (default 5,000, 10,000, 100,000).
let run (args: string list) =
    let sizes =
        match args |> List.skipWhile (fun a -> a <> "--sizes") with
        | _ :: list :: _ -> list.Split ',' |> Array.map int |> List.ofArray
        | _ -> [ 5_000; 10_000; 100_000 ]

    // Warm up twice: the JIT's tiered compilation promotes hot code to optimised code only after it ran
    // a while; the figures should not be start-up costs.
    for size in [ 2_000; 5_000 ] do
        for name, openCache, fileOf in caches do
            measure name openCache fileOf size |> ignore

    // The machine's state, to read the figures by: a shared machine under load gives slower wall times.
    let loadAverage =
        try
            (File.ReadAllText "/proc/loadavg").Split(' ')[0]
        with _ ->
            "unknown"

    printfn
        "Machine: %d logical cores, load average %s (1 min) before measuring."
        Environment.ProcessorCount
        loadAverage

    let figures =
        [
            for count in sizes do
                for name, openCache, fileOf in caches do
                    let f = measure name openCache fileOf count
                    eprintfn "  measured %s at %d" name count
                    f
        ]

    printfn ""
    printfn "Cache figures (load = warm object; cold = open + load; query = 50-hour start range; p50/p99 over 300 runs)"
    printfn ""

    printfn
        "| trackers | cache | first save | re-save | load | cold load | query p50 | query p99 | rows | find p50 | commit 100 changed | file |"

    printfn "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

    for f in figures do
        printfn
            "| %d | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s | %.1f MB |"
            f.Trackers
            f.Cache
            (show f.FirstSave)
            (show f.Resave)
            (show f.Load)
            (show f.ColdLoad)
            (show f.QueryP50)
            (show f.QueryP99)
            f.Returned
            (show f.FindP50)
            (show f.Changed100)
            (float f.FileBytes / 1_048_576.0)

    match figures |> List.filter (fun f -> f.Trackers = 5_000) with
    | [] -> ()
    | at5000 ->
        printfn ""

        printfn
            "At 5,000 trackers, next to the Python library's JSON cache (its load reads the file every time: compared with both our load of an open cache and a cold open + load)"

        printfn ""
        printfn "| cache | figure | Python | TogglFun | speed-up | target | met |"
        printfn "|---|---|---:|---:|---:|---:|---|"

        for f in at5000 do
            let ours =
                [
                    "first save", "first save", f.FirstSave
                    "re-save", "re-save", f.Resave
                    "load", "load (open cache)", f.Load
                    "load", "load (cold: open + load)", f.ColdLoad
                    "query", "query p50", f.QueryP50
                ]

            for figure, label, value in ours do
                let baseline = python |> List.find (fun (n, _) -> n = figure) |> snd
                let target = targets |> List.find (fun (n, _) -> n = figure) |> snd
                let speedUp = baseline / value

                printfn
                    "| %s | %s | %s | %s | %.0f× | ≥%.0f× | %s |"
                    f.Cache
                    label
                    (show baseline)
                    (show value)
                    speedUp
                    target
                    (if speedUp >= target then "yes" else "NO")

    match figures |> List.tryFind (fun f -> f.Trackers = 100_000 && f.Cache = "SQLite") with
    | Some f ->
        printfn ""

        printfn
            "SQLite at 100,000: date-range query p50 %s (target < 1 ms: %s); commit of 100 changed entries %s vs %s for all 100,000."
            (show f.QueryP50)
            (if f.QueryP50 < 0.001 then "met" else "NOT met")
            (show f.Changed100)
            (show f.Resave)
    | None -> ()
