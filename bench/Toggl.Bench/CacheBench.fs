module Toggl.Bench.CacheBench

/// Placeholder until this benchmark is written.
let run (_args: string list) = printfn "CacheBench: not written yet"
