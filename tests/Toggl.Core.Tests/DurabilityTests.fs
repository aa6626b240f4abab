module Toggl.Core.Tests.DurabilityTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "DurabilityTests" []
