module Toggl.Core.Tests.HttpInterpreterTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "HttpInterpreterTests" []
