module Toggl.Core.Tests.DurabilityTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "DurabilityTests" []

/// Entry point of the child process the durability tests start and kill (`--cache-writer ...`).
let childMain (_args: string array) = 2
