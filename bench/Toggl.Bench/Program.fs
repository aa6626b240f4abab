module Toggl.Bench.Program

/// Benchmarks by name; `dotnet fsi build.fsx bench` runs them all, or name some: `-- decode cache`.
let benchmarks =
    [
        "decode", DecodeBench.run
        "cache", CacheBench.run
        "sandbox", SandboxBench.run
        "requests", RequestsBench.run
        "workday", WorkdayBench.run
        "sql", SqlBench.run
    ]

/// Benchmarks run only when named: `startup` needs the published tools (`dotnet fsi build.fsx bench startup`).
let onDemand = [ "startup", StartupBench.run ]

[<EntryPoint>]
let main argv =
    let names, rest =
        argv
        |> Array.toList
        |> List.partition (fun a -> List.exists (fun (n, _) -> n = a) (benchmarks @ onDemand))

    let chosen =
        if List.isEmpty names then
            benchmarks
        else
            benchmarks @ onDemand |> List.filter (fun (n, _) -> List.contains n names)

    for name, run in chosen do
        printfn "== %s" name
        run rest

    0
