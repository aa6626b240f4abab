module Toggl.Bench.RequestsBench

open System
open System.IO
open System.Threading
open Toggl.Core
open Toggl.Sandbox

// Requests per tracker operation, counted by the sandbox's request log: with a cold cache (empty, never
// synced), a warm cache (the same call made once before), and after a sync. The headline figure of a Toggl
// client under 2025's hourly quotas (30–600 requests per hour).

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failwith (TogglError.message error)

/// What the Python toggl-api-wrapper 2.2.0 sends for the same call (docs/python-reference.md), as text.
let private python =
    [
        "current (refresh=false)", "1 (+1 per cached running entry)"
        "current (refresh=true)", "1 (+1 per cached running entry)"
        "collect range (refresh=false)", "0 (cache, even when empty) or 1"
        "get (refresh=false)", "0 if cached, else 1"
        "add", "1 (+ up to 3 retries of the POST on 5xx)"
        "edit", "1"
        "bulk edit 250", "3"
        "stop", "1"
        "delete", "1"
        "sync", "n/a (no sync)"
    ]

type private State =
    | Cold
    | Warm
    | Synced

let private measure (state: State) (operation: string) =
    let folder =
        Path.Combine(Path.GetTempPath(), "togglfun-requests-" + Guid.NewGuid().ToString("N"))

    Directory.CreateDirectory folder |> ignore
    let sandbox = TogglSandbox.StartAsync(SandboxOptions()).Result

    use _stop =
        { new IDisposable with
            member _.Dispose() = sandbox.DisposeAsync().AsTask().Wait()
        }

    let auth = BasicAuth.ApiToken sandbox.ApiToken |> orFail

    use http =
        HttpInterpreter.create
            { HttpSettings.create auth with
                BaseAddress = sandbox.BaseAddress
            }
        |> orFail

    use cache = new SqliteCache(Path.Combine(folder, "cache.sqlite"), None)

    let endpoint =
        { Trackers.over sandbox.WorkspaceId http with
            Cache = Some(cache :> ITrackerCache)
        }

    let seeded =
        [
            for day in 1..20 do
                for hour in 0..3 do
                    let start = sandbox.Now.AddDays(-float day).AddHours(float hour)
                    sandbox.AddTimeEntry(start, Nullable(start.AddMinutes 50.), $"Work {day}.{hour}", tags = [ "seed" ])
        ]

    let running =
        sandbox.AddTimeEntry(sandbox.Now.AddMinutes(-20.), description = "Running")

    let today = DateOnly.FromDateTime sandbox.Now.UtcDateTime

    let week =
        { CollectFilter.none with
            StartDate = Some(DateBound.Day(today.AddDays -7))
            EndDate = Some(DateBound.Day(today.AddDays 1))
        }

    let operations: (string * (unit -> unit)) list =
        [
            "current (refresh=false)", (fun () -> Trackers.current endpoint false ct |> _.Result |> orFail |> ignore)
            "current (refresh=true)", (fun () -> Trackers.current endpoint true ct |> _.Result |> orFail |> ignore)
            "collect range (refresh=false)",
            (fun () -> Trackers.collect endpoint week false ct |> _.Result |> orFail |> ignore)
            "get (refresh=false)",
            (fun () -> Trackers.get endpoint seeded.Head.Id false ct |> _.Result |> orFail |> ignore)
            "add",
            (fun () ->
                Trackers.add
                    endpoint
                    { TrackerBody.empty with
                        Description = Field.Set "Bench"
                        Start = Field.Set(sandbox.Now.AddHours -30.)
                        Duration = Field.Set 60L
                    }
                    ct
                |> _.Result
                |> orFail
                |> ignore)
            "edit",
            (fun () ->
                Trackers.edit
                    endpoint
                    seeded[1].Id
                    { TrackerBody.empty with
                        Billable = Field.Set true
                    }
                    false
                    ct
                |> _.Result
                |> orFail
                |> ignore)
            "bulk edit 250",
            (fun () ->
                let base' = sandbox.Now.AddDays -25.

                let extra =
                    [
                        for i in 1..170 ->
                            let start = base'.AddMinutes(float i)
                            sandbox.AddTimeEntry(start, Nullable(start.AddSeconds 30.), $"Bulk {i}").Id
                    ]

                let ids = (seeded |> List.map (fun t -> t.Id)) @ extra

                Trackers.bulkEdit
                    endpoint
                    ids
                    { TrackerBody.empty with
                        Tags = Field.Set [ "reviewed" ]
                        TagAction = Some TagAction.Add
                    }
                    None
                    ct
                |> _.Result
                |> orFail
                |> ignore)
            "stop", (fun () -> Trackers.stop endpoint running.Id ct |> _.Result |> orFail |> ignore)
            "delete", (fun () -> Trackers.delete endpoint seeded[2].Id ct |> _.Result |> orFail |> ignore)
            "sync", (fun () -> Trackers.sync endpoint ct |> _.Result |> orFail |> ignore)
        ]

    let run name =
        operations |> List.find (fun (n, _) -> n = name) |> snd <| ()

    match state with
    | Cold -> ()
    | Warm -> run operation
    | Synced -> run "sync"

    sandbox.ClearRequestLog()
    run operation
    let count = sandbox.RequestLog.Count

    try
        Directory.Delete(folder, true)
    with _ ->
        ()

    count

/// Prints the requests-per-operation table.
let run (_args: string list) =
    printfn "Requests per operation (SQLite cache, in-process sandbox; counted from the sandbox's request log)."
    printfn "Cold: empty cache. Warm: the same call made once before. After sync: one sync made before."
    printfn "| operation | cold cache | warm cache | after sync | Python toggl-api-wrapper |"
    printfn "|---|---:|---:|---:|---|"

    for name, pythonCount in python do
        printfn
            "| %s | %d | %d | %d | %s |"
            name
            (measure Cold name)
            (measure Warm name)
            (measure Synced name)
            pythonCount
