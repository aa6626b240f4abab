module Toggl.Core.Tests.Main

open Expecto

/// Every suite of the core, in the order of the architecture.
let all =
    testList
        "Toggl.Core"
        [
            ValidationTests.tests
            JsonTests.tests
            RequestTests.tests
            ResilienceTests.tests
            HttpInterpreterTests.tests
            QueryTests.tests
            CacheSuite.tests
            DurabilityTests.tests
            TrackersTests.tests
        ]

[<EntryPoint>]
let main argv =
    runTestsWithCLIArgs [] argv all
