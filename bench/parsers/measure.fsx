// The parser comparison behind docs/architecture.md's "Native tool" section: the same 40-command app written with
// Spectre.Console.Cli (JIT: it binds settings by reflection), System.CommandLine (native) and ConsoleAppFramework
// (a source generator; native). `dotnet fsi bench/parsers/measure.fsx` publishes the three into
// artifacts/parsers/ and times one command and `--help`: 20 runs each after 3 warm-up runs, process start included.
// Not part of the solution or its test run.

open System
open System.Diagnostics
open System.IO

let root = Path.GetFullPath(Path.Combine(__SOURCE_DIRECTORY__, "..", ".."))
let rid = Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier

let run (file: string) (args: string list) =
    let info =
        ProcessStartInfo(
            file,
            args,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true
        )

    let watch = Stopwatch.StartNew()
    use proc = Process.Start info
    let output = proc.StandardOutput.ReadToEndAsync()
    let error = proc.StandardError.ReadToEndAsync()
    proc.WaitForExit()
    let elapsed = watch.Elapsed.TotalMilliseconds
    proc.ExitCode, output.Result + error.Result, elapsed

let publish (project: string) (native: bool) =
    let output = Path.Combine(root, "artifacts", "parsers", project)

    let args =
        [
            "publish"
            Path.Combine(root, "bench", "parsers", project)
            "-c"
            "Release"
            "-o"
            output
            "-nologo"
            "-v"
            "quiet"
        ]
        @ (if native then [ "-r"; rid; "-p:PublishAot=true" ] else [])

    let code, text, _ = run "dotnet" args

    if code <> 0 then
        failwith $"publish {project} failed:\n{text}"

    output

let percentile (p: float) (samples: float list) =
    let sorted = List.sort samples |> Array.ofList
    sorted[min (sorted.Length - 1) (int (Math.Ceiling(p * float sorted.Length)) - 1)]

let apps =
    [
        "Spectre.Console.Cli, JIT", Path.Combine(publish "SpectreCli" false, "SpectreCli")
        "System.CommandLine, native", Path.Combine(publish "SystemCommandLine" true, "SystemCommandLine")
        "ConsoleAppFramework, native", Path.Combine(publish "ConsoleAppFramework" true, "CafBench")
    ]

let load =
    try
        (File.ReadAllText "/proc/loadavg").Split(' ')[0]
    with _ ->
        "unknown"

printfn "40-command apps; 20 runs after 3 warm-up runs; %d cores, load %s" Environment.ProcessorCount load
printfn ""
printfn "  %-30s %-44s %10s %10s %10s" "parser" "command" "p50 (ms)" "p90 (ms)" "size (MB)"

for command in
    [
        [ "cmd20"; "notes"; "--project"; "Website"; "--count"; "3"; "--verbose" ]
        [ "--help" ]
    ] do
    for name, app in apps do
        let once () =
            let code, text, elapsed = run app command

            if code <> 0 then
                failwith $"{name} {command}: exit {code}\n{text}"

            elapsed

        for _ in 1..3 do
            once () |> ignore

        let times = [ for _ in 1..20 -> once () ]

        let size =
            Directory.GetFiles(Path.GetDirectoryName app |> nonNull)
            |> Array.filter (fun f -> not (f.EndsWith ".dbg" || f.EndsWith ".pdb" || f.EndsWith ".xml"))
            |> Array.sumBy (fun f -> FileInfo(f).Length)

        printfn
            "  %-30s %-44s %10.1f %10.1f %10.1f"
            name
            (String.Join(" ", command))
            (percentile 0.5 times)
            (percentile 0.9 times)
            (float size / 1e6)
