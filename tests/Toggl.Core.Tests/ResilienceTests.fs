module Toggl.Core.Tests.ResilienceTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "ResilienceTests" []
