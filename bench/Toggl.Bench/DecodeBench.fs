module Toggl.Bench.DecodeBench

/// Placeholder until this benchmark is written.
let run (_args: string list) = printfn "DecodeBench: not written yet"
