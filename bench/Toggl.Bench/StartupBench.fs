/// `bench startup`: the native and the JIT `toggl` side by side, as a shell prompt runs them: a new process per
/// command, warm cache, process start included. `dotnet fsi build.fsx bench startup` publishes both tools and passes
/// their paths (`--native PATH --jit PATH`). The cache is filled once from an in-process sandbox; then the API
/// address points at a closed port, so a command that sent a request would fail instead of being measured.
/// `--baseline PATH` adds an earlier build of the tool (say, the JIT tool of the commit before a change) in the
/// same run, with its own home and cache filled by itself (an older tool may not read a newer cache).
module Toggl.Bench.StartupBench

open System
open System.Diagnostics
open System.IO
open System.Net
open System.Net.Sockets
open Toggl.Sandbox

let private runs = 20
let private warmUp = 3

/// Runs the tool once; exit code, stdout and the wall time (start to exit) in milliseconds.
let private runOnce (tool: string) (environment: (string * string) list) (args: string list) =
    let info =
        ProcessStartInfo(
            tool,
            args,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        )

    for name, value in environment do
        info.Environment[name] <- value

    let watch = Stopwatch.StartNew()
    use proc = nonNull (Process.Start info)
    let stdout = proc.StandardOutput.ReadToEndAsync()
    let stderr = proc.StandardError.ReadToEndAsync()
    proc.WaitForExit()
    let elapsed = watch.Elapsed.TotalMilliseconds
    proc.ExitCode, stdout.Result, stderr.Result, elapsed

let private percentile (p: float) (samples: float list) =
    let sorted = List.sort samples |> Array.ofList
    sorted[min (sorted.Length - 1) (int (Math.Ceiling(p * float sorted.Length)) - 1)]

/// A port nothing listens on: bound once to find it free, then released.
let private closedPort () =
    let listener = new TcpListener(IPAddress.Loopback, 0)
    listener.Start()
    let port = (listener.LocalEndpoint :?> IPEndPoint).Port
    listener.Stop()
    port

let private argument (name: string) (args: string list) =
    match List.skipWhile ((<>) name) args with
    | _ :: value :: _ -> value
    | _ -> failwith $"bench startup needs {name} PATH (dotnet fsi build.fsx bench startup passes it)"

let run (args: string list) =
    let native = argument "--native" args
    let jit = argument "--jit" args

    let baseline =
        if List.contains "--baseline" args then
            Some(argument "--baseline" args)
        else
            None

    let home =
        Path.Combine(Path.GetTempPath(), "togglfun-startup-" + Guid.NewGuid().ToString("N").Substring(0, 8))

    let baselineHome = home + "-baseline"
    Directory.CreateDirectory home |> ignore
    Directory.CreateDirectory baselineHome |> ignore

    try
        // Fill the cache once, against the sandbox: a synced month and a running timer.
        let sandbox = TogglSandbox.StartAsync(SandboxOptions()).GetAwaiter().GetResult()
        sandbox.SeedDemo()

        let online =
            [
                "TOGGL_HOME", home
                "HOME", home
                "TOGGL_BASE_URL", sandbox.BaseAddress.AbsoluteUri
                "TOGGL_API_TOKEN", sandbox.ApiToken
                "TOGGL_WORKSPACE_ID", string sandbox.WorkspaceId
                "NO_COLOR", "1"
            ]

        let atHome (folder: string) (environment: (string * string) list) =
            environment
            |> List.map (fun (name, value) ->
                if name = "TOGGL_HOME" || name = "HOME" then
                    name, folder
                else
                    name, value)

        let fill (tool: string) (environment: (string * string) list) =
            for setup in
                [
                    [ "sync" ]
                    [ "start"; "Benchmarking start-up"; "--project"; "Website Redesign" ]
                    [ "sync" ]
                ] do
                let code, _, error, _ = runOnce tool environment setup

                if code <> 0 then
                    failwith $"""{tool} {String.Join(" ", setup)} failed ({code}): {error}"""

        fill native online
        baseline |> Option.iter (fun tool -> fill tool (atHome baselineHome online))

        let requestsWhileFilling = sandbox.RequestLog.Count
        sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult()

        // From here on, a request would go to a closed port and fail the command.
        let offline =
            online
            |> List.map (fun (name, value) ->
                if name = "TOGGL_BASE_URL" then
                    name, $"http://127.0.0.1:{closedPort ()}/api/v9/"
                else
                    name, value)

        let _, help, _, _ = runOnce native offline [ "--help" ]

        let commands =
            [
                [ "current" ]
                [ "--help" ]
                [ "list"; "--today" ]
                if help.Contains " prompt" then
                    [ "prompt" ]
            ]

        let baselineHelp =
            baseline
            |> Option.map (fun tool ->
                let _, text, _, _ = runOnce tool (atHome baselineHome offline) [ "--help" ]
                text)
            |> Option.defaultValue ""

        let loadAverage =
            try
                (File.ReadAllText "/proc/loadavg").Split(' ')[0]
            with _ ->
                "unknown"

        printfn
            "toggl start-up, warm cache (%d requests filled it; none while measuring: the API points at a closed port)"
            requestsWhileFilling

        printfn
            "%d runs per command and tool after %d warm-up runs, alternating native and JIT; %d cores, load %s"
            runs
            warmUp
            Environment.ProcessorCount
            loadAverage

        printfn "  native: %s" native
        printfn "  JIT:    %s" jit
        baseline |> Option.iter (printfn "  before: %s (its own cache)")
        printfn ""

        printfn
            "  %-14s %12s %12s %12s %12s %8s%s"
            "command"
            "native p50"
            "native p90"
            "JIT p50"
            "JIT p90"
            "JIT/nat"
            (if baseline.IsSome then
                 "  before p50  before p90  JIT/before"
             else
                 "")

        for command in commands do
            let measureIn (environment: (string * string) list) (tool: string) =
                let code, output, error, elapsed = runOnce tool environment command

                if code <> 0 then
                    failwith $"""{tool} {String.Join(" ", command)} exited {code}: {error}{output}"""

                elapsed

            let measure = measureIn offline

            // A command the earlier build lacks (`prompt`) has no "before" figure.
            let baselineHas =
                command.Head.StartsWith "-" || baselineHelp.Contains(" " + command.Head + " ")

            let measureBaseline () =
                baseline
                |> Option.filter (fun _ -> baselineHas)
                |> Option.map (measureIn (atHome baselineHome offline))
                |> Option.defaultValue 0.0

            for _ in 1..warmUp do
                measure native |> ignore
                measure jit |> ignore
                measureBaseline () |> ignore

            let samples =
                [ for _ in 1..runs -> measure native, measure jit, measureBaseline () ]

            let nativeTimes = samples |> List.map (fun (n, _, _) -> n)
            let jitTimes = samples |> List.map (fun (_, j, _) -> j)
            let baselineTimes = samples |> List.map (fun (_, _, b) -> b)

            let np50, np90 = percentile 0.5 nativeTimes, percentile 0.9 nativeTimes
            let jp50, jp90 = percentile 0.5 jitTimes, percentile 0.9 jitTimes

            let before =
                if baseline.IsSome && baselineHas then
                    let bp50, bp90 = percentile 0.5 baselineTimes, percentile 0.9 baselineTimes
                    String.Format("  {0,8:F1} ms {1,8:F1} ms {2,10:F2}x", bp50, bp90, jp50 / bp50)
                else
                    ""

            printfn
                "  %-14s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %7.1fx%s"
                (String.Join(" ", command))
                np50
                np90
                jp50
                jp90
                (jp50 / np50)
                before
    finally
        Directory.Delete(home, true)
        Directory.Delete(baselineHome, true)
