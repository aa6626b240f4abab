module Toggl.Bench.SandboxBench

/// Placeholder until this benchmark is written.
let run (_args: string list) = printfn "SandboxBench: not written yet"
