module Toggl.Core.Tests.JsonTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "JsonTests" []
