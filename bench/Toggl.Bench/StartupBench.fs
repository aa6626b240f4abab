/// `bench startup`: the native and the JIT `toggl` side by side, as a shell prompt runs them: a new process per
/// command, warm cache, process start included. `dotnet fsi build.fsx bench startup` publishes both tools and passes
/// their paths (`--native PATH --jit PATH`). The cache is filled once from an in-process sandbox; then the API
/// address points at a closed port, so a command that sent a request would fail instead of being measured.
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

    let home =
        Path.Combine(Path.GetTempPath(), "togglfun-startup-" + Guid.NewGuid().ToString("N").Substring(0, 8))

    Directory.CreateDirectory home |> ignore

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

        for setup in
            [
                [ "sync" ]
                [ "start"; "Benchmarking start-up"; "--project"; "Website Redesign" ]
                [ "sync" ]
            ] do
            let code, _, error, _ = runOnce native online setup

            if code <> 0 then
                failwith $"""toggl {String.Join(" ", setup)} failed ({code}): {error}"""

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
        printfn ""
        printfn "  %-14s %12s %12s %12s %12s %8s" "command" "native p50" "native p90" "JIT p50" "JIT p90" "JIT/nat"

        for command in commands do
            let measure (tool: string) =
                let code, output, error, elapsed = runOnce tool offline command

                if code <> 0 then
                    failwith $"""{tool} {String.Join(" ", command)} exited {code}: {error}{output}"""

                elapsed

            for _ in 1..warmUp do
                measure native |> ignore
                measure jit |> ignore

            let nativeTimes, jitTimes =
                [ for _ in 1..runs -> measure native, measure jit ] |> List.unzip

            let np50, np90 = percentile 0.5 nativeTimes, percentile 0.9 nativeTimes
            let jp50, jp90 = percentile 0.5 jitTimes, percentile 0.9 jitTimes

            printfn
                "  %-14s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %7.1fx"
                (String.Join(" ", command))
                np50
                np90
                jp50
                jp90
                (jp50 / np50)
    finally
        Directory.Delete(home, true)
