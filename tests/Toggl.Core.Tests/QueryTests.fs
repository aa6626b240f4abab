module Toggl.Core.Tests.QueryTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "QueryTests" []
