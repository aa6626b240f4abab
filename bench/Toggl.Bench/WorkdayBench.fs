module Toggl.Bench.WorkdayBench

// Requests per user task, the headline figure for a Toggl client on hourly quotas. A scripted workday is
// run twice against the in-process sandbox: by the `toggl` tool's own command code with its synced
// cache, and through a façade endpoint without a cache, each request counted in the sandbox's log.
// Then the time `toggl current` takes from a warm cache, process start included.

open System
open System.Collections.Generic
open System.Diagnostics
open System.Globalization
open System.IO
open Spectre.Console
open Toggl
open Toggl.Cli
open Toggl.Cli.Demo
open Toggl.Cli.Infrastructure
open Toggl.Cli.Time
open Toggl.Sandbox

/// The tasks of the workday, in order, with the fewest requests each could take (a client that knows
/// everything it already read and wrote): loading the week is one listing; a switch is one create, since
/// Toggl stops the running entry itself (docs/toggl-api.md §6.4); a bulk edit of 250 entries is three PATCHes of ≤100 (docs/toggl-api.md §6.6).
let private tasks =
    [
        "load the last week", 1
        "start a timer", 1
        "switch 5 times", 5
        "stop", 1
        "list today", 0
        "show what is running", 0
        "edit one entry", 1
        "bulk-tag 250 entries", 3
        "weekly report by project", 0
    ]

let private zone = TimeZoneInfo.Local

let private iso (day: DateOnly) =
    day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

let private quiet () =
    AnsiConsole.Create(
        AnsiConsoleSettings(
            Out = AnsiConsoleOutput(TextWriter.Null),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No
        )
    )

/// A sandbox like the demo's: a realistic month plus history, 250 entries before today.
let private startSandbox (clock: TimeProvider) =
    task {
        let! sandbox = TogglSandbox.StartAsync(SandboxOptions(TimeProvider = clock, Timezone = DemoHistory.ZoneId zone))

        sandbox.SeedDemo()
        let today = TimeInput.LocalDate(clock.GetUtcNow(), zone)
        let history = DemoHistory.Extend(sandbox, zone, today, 250)
        return sandbox, today, history
    }

let private environment (sandbox: TogglSandbox) (home: string) =
    dict
        [
            "TOGGL_HOME", home
            "TOGGL_API_TOKEN", sandbox.ApiToken
            "TOGGL_WORKSPACE_ID", string sandbox.WorkspaceId
            "TOGGL_BASE_URL", sandbox.BaseAddress.AbsoluteUri
        ]

let private newHome () =
    let home =
        Path.Combine(Path.GetTempPath(), "togglfun-bench-" + Guid.NewGuid().ToString("N"))

    Directory.CreateDirectory home |> ignore
    home

/// Requests the sandbox logs while `work` runs.
let private counted (sandbox: TogglSandbox) (work: unit -> Threading.Tasks.Task) =
    task {
        let before = sandbox.RequestLog.Count
        do! work ()
        return sandbox.RequestLog.Count - before
    }

/// The workday through the tool's command code (TogglCli.RunAsync), as a person types it.
let private withTool () =
    task {
        let clock = DemoClock.StartingToday(TimeProvider.System, zone)
        let! (sandbox: TogglSandbox), today, (history: DateRange) = startSandbox clock

        use _ =
            { new IDisposable with
                member _.Dispose() = sandbox.DisposeAsync().AsTask().Wait()
            }

        let home = newHome ()
        let env = environment sandbox home

        let context =
            CliContext(
                Out = quiet (),
                Error = quiet (),
                Environment =
                    (fun name ->
                        match env.TryGetValue name with
                        | true, v -> v
                        | _ -> null),
                Clock = clock,
                TimeZone = zone,
                IsTerminal = false
            )

        let toggl (args: string list) () =
            task {
                let! code = TogglCli.RunAsync(List.toArray args, context)

                if code <> 0 then
                    failwithf "toggl %s exited with %d" (String.Join(" ", args)) code
            }
            :> Threading.Tasks.Task

        let week = [ "--from"; iso (today.AddDays -6); "--to"; iso today ]
        let counts = List<int>()

        let run steps =
            task {
                let mutable total = 0

                for step in steps do
                    let! n = counted sandbox step
                    total <- total + n

                counts.Add total
            }

        do! run [ toggl ("list" :: week) ]
        do! run [ toggl [ "start"; "Standup"; "--project"; "Website Redesign" ] ]
        do! run [ for i in 1..5 -> toggl [ "start"; $"Task {i}"; "--project"; "Mobile App" ] ]
        do! run [ toggl [ "stop" ] ]
        do! run [ toggl [ "list"; "--today" ] ]
        do! run [ toggl [ "current" ] ]
        let standup = sandbox.TimeEntries |> Seq.find (fun e -> e.Description = "Standup")
        do! run [ toggl [ "edit"; string standup.Id; "--description"; "Stand-up meeting" ] ]

        do!
            run
                [
                    toggl
                        [
                            "bulk-edit"
                            "--from"
                            iso history.From
                            "--to"
                            iso history.To
                            "--add-tags"
                            "invoiced"
                        ]
                ]

        do! run [ toggl ("report" :: "--by" :: "project" :: week) ]
        Directory.Delete(home, true)
        return List.ofSeq counts
    }

/// The same workday through a façade endpoint without a cache: every read asks Toggl.
let private withoutCache () =
    task {
        let clock = DemoClock.StartingToday(TimeProvider.System, zone)
        let! (sandbox: TogglSandbox), today, (history: DateRange) = startSandbox clock

        use _ =
            { new IDisposable with
                member _.Dispose() = sandbox.DisposeAsync().AsTask().Wait()
            }

        use trackers =
            new TrackerEndpoint(
                sandbox.WorkspaceId,
                BasicAuth.FromApiToken sandbox.ApiToken,
                options = TogglClientOptions(BaseAddress = sandbox.BaseAddress, TimeProvider = clock)
            )

        let weekStart = TimeInput.StartOfDay(today.AddDays -6, zone)
        let tomorrow = TimeInput.StartOfDay(today.AddDays 1, zone)
        let! projects = trackers.ProjectsAsync()

        let projectId name =
            (projects |> Seq.find (fun p -> p.Name = name)).Id

        let counts = List<int>()

        let step (work: unit -> Threading.Tasks.Task) =
            task {
                let! n = counted sandbox work
                counts.Add n
            }

        // Names for the listing need the projects (the tool keeps them; this client asks each time).
        do!
            step (fun () ->
                task {
                    let! _ = trackers.CollectAsync(startDate = weekStart, endDate = tomorrow)
                    let! _ = trackers.ProjectsAsync()
                    ()
                })

        let mutable standupId = 0L

        do!
            step (fun () ->
                task {
                    let! t =
                        trackers.AddAsync(
                            TrackerBody(Description = "Standup", ProjectId = projectId "Website Redesign")
                        )

                    standupId <- t.Id
                })

        do!
            step (fun () ->
                task {
                    for i in 1..5 do
                        let! _ =
                            trackers.AddAsync(
                                TrackerBody(Description = $"Task {i}", ProjectId = projectId "Mobile App")
                            )

                        ()
                })

        do!
            step (fun () ->
                task {
                    let! running = trackers.CurrentAsync()
                    let! _ = trackers.StopAsync(running |> Option.ofObj |> Option.map _.Id |> Option.defaultValue 0L)
                    ()
                })

        do!
            step (fun () ->
                task {
                    let! _ = trackers.CollectAsync(startDate = TimeInput.StartOfDay(today, zone), endDate = tomorrow)
                    let! _ = trackers.ProjectsAsync()
                    ()
                })

        do!
            step (fun () ->
                task {
                    let! _ = trackers.CurrentAsync()
                    ()
                })

        do!
            step (fun () ->
                task {
                    let! _ = trackers.EditAsync(standupId, TrackerBody(Description = "Stand-up meeting"))
                    ()
                })

        do!
            step (fun () ->
                task {
                    let! inRange =
                        trackers.CollectAsync(startDate = history.StartIn zone, endDate = history.EndIn zone)

                    let! _ =
                        trackers.BulkEditAsync(
                            inRange |> Seq.map (fun t -> t.Id),
                            TrackerBody(Tags = [| "invoiced" |], TagAction = TagAction.Add)
                        )

                    ()
                })

        do!
            step (fun () ->
                task {
                    let! _ = trackers.CollectAsync(startDate = weekStart, endDate = tomorrow)
                    let! _ = trackers.ProjectsAsync()
                    ()
                })

        return List.ofSeq counts
    }

/// `toggl current` from a warm cache, as separate processes: process start, runtime start, reading the
/// cache and printing. The sandbox's log shows it sent nothing.
let private currentFromWarmCache (runs: int) =
    task {
        let! sandbox = TogglSandbox.StartAsync(SandboxOptions(Timezone = DemoHistory.ZoneId zone))

        use _ =
            { new IDisposable with
                member _.Dispose() = sandbox.DisposeAsync().AsTask().Wait()
            }

        sandbox.SeedDemo()
        let home = newHome ()
        let env = environment sandbox home

        let context =
            CliContext(
                Out = quiet (),
                Error = quiet (),
                Environment =
                    (fun name ->
                        match env.TryGetValue name with
                        | true, v -> v
                        | _ -> null),
                TimeZone = zone
            )

        let! _ = TogglCli.RunAsync([| "start"; "Benchmarking" |], context)
        let! _ = TogglCli.RunAsync([| "sync" |], context)
        let folder = Path.GetDirectoryName(typeof<CliContext>.Assembly.Location) |> nonNull

        let apphost =
            Path.Combine(
                folder,
                (if OperatingSystem.IsWindows() then
                     "Toggl.Cli.exe"
                 else
                     "Toggl.Cli")
            )

        let start () =
            let info =
                if File.Exists apphost then
                    ProcessStartInfo(apphost, [ "current" ])
                else
                    ProcessStartInfo("dotnet", [ Path.Combine(folder, "Toggl.Cli.dll"); "current" ])

            info.RedirectStandardOutput <- true
            info.UseShellExecute <- false

            for KeyValue(name, value) in env do
                info.Environment[name] <- value

            info

        let before = sandbox.RequestLog.Count
        let times = List<float>()

        for _ in 0..runs do
            let watch = Stopwatch.StartNew()
            use proc = Process.Start(start ()) |> nonNull
            let output = proc.StandardOutput.ReadToEnd()
            proc.WaitForExit()
            watch.Stop()

            if proc.ExitCode <> 0 || not (output.Contains "Benchmarking") then
                failwithf "toggl current failed (%d): %s" proc.ExitCode output

            times.Add watch.Elapsed.TotalMilliseconds

        let requests = sandbox.RequestLog.Count - before
        Directory.Delete(home, true)
        // The first run warms the disk cache of the runtime's files; it is left out.
        let sorted = times |> Seq.skip 1 |> Seq.sort |> Array.ofSeq

        let pct (p: float) =
            sorted[min (sorted.Length - 1) (int (Math.Ceiling(p * float sorted.Length)) - 1)]

        return
            pct 0.5,
            pct 0.9,
            sorted[0],
            requests,
            (if File.Exists apphost then
                 "apphost"
             else
                 "dotnet Toggl.Cli.dll")
    }

/// Runs the workday both ways and prints the request counts next to the minimum, then `current`'s time.
let run (args: string list) =
    let runs =
        args
        |> List.tryPick (fun a ->
            if a.StartsWith "--runs=" then
                Some(int (a.Substring 7))
            else
                None)
        |> Option.defaultValue 20

    let tool = (withTool ()).GetAwaiter().GetResult()
    let plain = (withoutCache ()).GetAwaiter().GetResult()
    printfn "Requests per task of a scripted workday (sandbox request log):"
    printfn "  %-26s %12s %14s %8s" "task" "toggl+cache" "no cache" "minimum"

    for (name, minimum), (t, p) in List.zip tasks (List.zip tool plain) do
        printfn "  %-26s %12d %14d %8d" name t p minimum

    printfn "  %-26s %12d %14d %8d" "total" (List.sum tool) (List.sum plain) (tasks |> List.sumBy snd)

    let p50, p90, fastest, requests, how =
        (currentFromWarmCache runs).GetAwaiter().GetResult()

    printfn
        "`toggl current` from a warm cache, process start included (%s, %d runs): p50 %.0f ms, p90 %.0f ms, min %.0f ms; %d requests sent"
        how
        runs
        p50
        p90
        fastest
        requests
