module Toggl.Core.Tests.TrackersTests

open Expecto

/// Placeholder until this suite is written.
let tests = testList "TrackersTests" []
