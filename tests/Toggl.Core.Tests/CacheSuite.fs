module Toggl.Core.Tests.CacheSuite

open Expecto

/// Placeholder until this suite is written.
let tests = testList "CacheSuite" []
