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
            ResourceJsonTests.tests
            ResourceRequestTests.tests
            LocalEditTests.tests
            LintTests.tests
            ResilienceTests.tests
            BaseAddressTests.tests
            HttpInterpreterTests.tests
            QueryTests.tests
            OwnerOnlyFileTests.tests
            CacheSuite.tests
            ResourceCacheSuite.tests
            DurabilityTests.tests
            TrackersTests.tests
            PlanTests.tests
            ResourcesTests.tests
            ReportTests.tests
            ResourceRecoveryTests.tests
            OutboxPropertyTests.tests
            OutboxReplayTests.tests
            OutboxKillTests.tests
            UnreachableTests.tests
            MessageTests.tests
            PublicApiTests.tests
            NativeSafetyTests.tests
        ]

[<EntryPoint>]
let main argv =
    // The durability tests start this same executable as a child that writes a cache until it is killed.
    if argv.Length > 0 && argv[0] = "--cache-writer" then
        DurabilityTests.childMain argv[1..]
    // The outbox's kill tests start it as a child that replays the outbox until it is killed.
    elif argv.Length > 0 && argv[0] = "--outbox-replayer" then
        OutboxKillTests.childMain argv[1..]
    else
        runTestsWithCLIArgs [] argv all
