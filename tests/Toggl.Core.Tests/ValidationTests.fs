module Toggl.Core.Tests.ValidationTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "ValidationTests" []
