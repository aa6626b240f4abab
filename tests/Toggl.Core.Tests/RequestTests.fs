module Toggl.Core.Tests.RequestTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "RequestTests" []
