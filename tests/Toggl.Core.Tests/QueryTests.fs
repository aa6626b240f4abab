module Toggl.Core.Tests.QueryTests

open System
open System.Text
open System.Threading
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Extensions.Logging.Abstractions
open Toggl.Core
open Toggl.Core.Tests.CacheFixtures

let private hours (h: float) = epoch.AddHours h
let private day (d: int) = DateOnly(2025, 3, d)

/// Seven trackers chosen so each rule has something to find and something to miss.
let private examples =
    [
        { tracker 1L 0.0 with
            ProjectId = Some 1L
            Tags = [ "work"; "é" ]
            TagIds = [ 1L; 2L ]
            Description = Some "123"
            Billable = true
        }
        { tracker 2L 10.0 with
            ProjectId = Some 2L
            Tags = [ "home" ]
            TagIds = [ 3L ]
            Description = Some "Inbox"
        }
        // Crosses midnight: starts on 1 March, stops on 2 March.
        { tracker 3L 23.5 with
            Description = None
            TagIds = [ 4L ]
        }
        { tracker 4L 24.0 with
            ProjectId = Some 1L
            Tags = [ "work" ]
            Description = Some "😀"
        }
        running 5L 50.0
        // A stop with a negative duration: Toggl calls this running too (docs/toggl-api.md §7.2).
        { tracker 6L 60.0 with
            Duration = -(hours 60.0).ToUnixTimeSeconds()
        }
        // Starts exactly at midnight of 3 March.
        { tracker 7L 48.0 with
            Tags = [ "Work" ]
            Billable = true
            Description = Some "\uFFFD"
        }
    ]

/// The examples as the caches return them: start descending, then id descending.
let private inReadOrder (trackers: TogglTracker list) =
    trackers
    |> List.sortWith (fun a b ->
        match compare b.Start a.Start with
        | 0 -> compare b.Id a.Id
        | order -> order)

/// Both caches, filled once with the examples, shared by the example tests.
let private filled =
    lazy
        (let folder = new TempFolder()

         let caches =
             kinds
             |> List.map (fun kind ->
                 let sub = IO.Path.Combine(folder.Path, string kind)
                 let cache = openCache kind sub None (clock ()) NullLogger.Instance
                 commit cache (CacheChange.upsert examples)
                 kind, cache)

         AppDomain.CurrentDomain.ProcessExit.Add(fun _ ->
             for _, cache in caches do
                 cache.Dispose()

             (folder :> IDisposable).Dispose())

         folder, caches)

/// One example: QueryEval and both caches must return exactly `expected` (in read order).
let private example (name: string) (queries: TogglQuery list) (expected: int64 list) =
    test name {
        let byEval =
            examples |> List.filter (QueryEval.matches queries) |> inReadOrder |> ids

        let expectedInOrder =
            examples
            |> List.filter (fun t -> List.contains t.Id expected)
            |> inReadOrder
            |> ids

        Expect.equal byEval expectedInOrder "QueryEval"

        for kind, cache in snd filled.Value do
            Expect.equal (query cache queries |> ids) expectedInOrder $"{kind}"
    }

let exampleTests =
    testList
        "examples on QueryEval and both caches"
        [
            example
                "Equal on an id finds that tracker"
                [ q TrackerField.Id Comparison.Equal (QueryValue.Int 2L) ]
                [ 2L ]
            example
                "Equal on project_id finds the trackers of that project"
                [ q TrackerField.ProjectId Comparison.Equal (QueryValue.Int 1L) ]
                [ 1L; 4L ]
            example
                "Less on duration finds the negative durations of running trackers"
                [ q TrackerField.Duration Comparison.Less (QueryValue.Int 0L) ]
                [ 5L; 6L ]
            example
                "LessOrEqual on start includes the instant itself"
                [ q TrackerField.Start Comparison.LessOrEqual (QueryValue.Instant(hours 10.0)) ]
                [ 1L; 2L ]
            example
                "Less on start excludes the instant itself"
                [ q TrackerField.Start Comparison.Less (QueryValue.Instant(hours 10.0)) ]
                [ 1L ]
            example
                "Greater on start excludes the instant itself"
                [ q TrackerField.Start Comparison.Greater (QueryValue.Instant(hours 24.0)) ]
                [ 5L; 6L; 7L ]
            example
                "GreaterOrEqual on start includes the instant itself"
                [
                    q TrackerField.Start Comparison.GreaterOrEqual (QueryValue.Instant(hours 24.0))
                ]
                [ 4L; 5L; 6L; 7L ]
            example
                "Equal with a list means any of them"
                [
                    q
                        TrackerField.ProjectId
                        Comparison.Equal
                        (QueryValue.AnyOf [ QueryValue.Int 1L; QueryValue.Int 2L ])
                ]
                [ 1L; 2L; 4L ]
            example
                "Equal with an empty list matches nothing"
                [ q TrackerField.Id Comparison.Equal (QueryValue.AnyOf []) ]
                []
            example
                "a list with another comparison than Equal matches nothing"
                [
                    q TrackerField.ProjectId Comparison.Less (QueryValue.AnyOf [ QueryValue.Int 5L ])
                ]
                []
            example
                "a tag name matches trackers having it among their tags, case-sensitively"
                [ q TrackerField.TagNames Comparison.Equal (QueryValue.Text "work") ]
                [ 1L; 4L ]
            example
                "any of several tag names matches a tracker with any common tag"
                [
                    q
                        TrackerField.TagNames
                        Comparison.Equal
                        (QueryValue.AnyOf [ QueryValue.Text "home"; QueryValue.Text "Work" ])
                ]
                [ 2L; 7L ]
            example
                "a tag id matches trackers having it among their tag ids"
                [ q TrackerField.TagIds Comparison.Equal (QueryValue.Int 2L) ]
                [ 1L ]
            example
                "an ordering comparison on tag ids matches when any element satisfies it"
                [ q TrackerField.TagIds Comparison.Greater (QueryValue.Int 2L) ]
                [ 2L; 3L ]
            example
                "Equal null on tags finds trackers without tags"
                [ q TrackerField.TagNames Comparison.Equal QueryValue.Null ]
                [ 3L; 5L; 6L ]
            example
                "stop = null finds running trackers, a stop with a negative duration included"
                [ q TrackerField.Stop Comparison.Equal QueryValue.Null ]
                [ 5L; 6L ]
            example
                "an ordering comparison on stop never matches a running tracker"
                [ q TrackerField.Stop Comparison.Less (QueryValue.Instant(hours 100.0)) ]
                [ 1L; 2L; 3L; 4L; 7L ]
            example
                "Equal on a day means on that UTC day"
                [ q TrackerField.Start Comparison.Equal (QueryValue.Day(day 1)) ]
                [ 1L; 2L; 3L ]
            example
                "Equal on a day includes an instant at its midnight"
                [ q TrackerField.Start Comparison.Equal (QueryValue.Day(day 3)) ]
                [ 5L; 6L; 7L ]
            example
                "Less on a day means before that day"
                [ q TrackerField.Start Comparison.Less (QueryValue.Day(day 2)) ]
                [ 1L; 2L; 3L ]
            example
                "LessOrEqual on a day means before the end of that day"
                [ q TrackerField.Start Comparison.LessOrEqual (QueryValue.Day(day 2)) ]
                [ 1L; 2L; 3L; 4L ]
            example
                "Greater on a day means after the end of that day"
                [ q TrackerField.Start Comparison.Greater (QueryValue.Day(day 2)) ]
                [ 5L; 6L; 7L ]
            example
                "GreaterOrEqual on a day means from its midnight on"
                [ q TrackerField.Start Comparison.GreaterOrEqual (QueryValue.Day(day 2)) ]
                [ 4L; 5L; 6L; 7L ]
            example
                "a day on stop compares the stop of stopped trackers only"
                [ q TrackerField.Stop Comparison.Equal (QueryValue.Day(day 2)) ]
                [ 3L; 4L ]
            example
                "comparing a missing project with Greater is false, not an error"
                [ q TrackerField.ProjectId Comparison.Greater (QueryValue.Int 0L) ]
                [ 1L; 2L; 4L ]
            example
                "Equal null finds the trackers without a project"
                [ q TrackerField.ProjectId Comparison.Equal QueryValue.Null ]
                [ 3L; 5L; 6L; 7L ]
            example
                "null with an ordering comparison matches nothing"
                [ q TrackerField.ProjectId Comparison.LessOrEqual QueryValue.Null ]
                []
            example
                "a description of digits is a text: Equal \"123\" finds it"
                [ q TrackerField.Description Comparison.Equal (QueryValue.Text "123") ]
                [ 1L ]
            example
                "a description of digits does not equal the number 123 (a wrong type matches nothing)"
                [ q TrackerField.Description Comparison.Equal (QueryValue.Int 123L) ]
                []
            example
                "a text compared with a timestamp field matches nothing"
                [ q TrackerField.Start Comparison.Equal (QueryValue.Text "2025-03-01") ]
                []
            example
                "texts compare by code point: an emoji sorts after U+FFFD"
                [ q TrackerField.Description Comparison.Greater (QueryValue.Text "\uFFFD") ]
                [ 4L ]
            example
                "Equal on billable finds the billable trackers"
                [ q TrackerField.Billable Comparison.Equal (QueryValue.Bool true) ]
                [ 1L; 7L ]
            example "no query matches every tracker" [] [ 1L; 2L; 3L; 4L; 5L; 6L; 7L ]
            example
                "several queries must all hold"
                [
                    q TrackerField.ProjectId Comparison.Equal (QueryValue.Int 1L)
                    q TrackerField.TagNames Comparison.Equal (QueryValue.Text "work")
                    q TrackerField.Start Comparison.Greater (QueryValue.Instant(hours 0.0))
                ]
                [ 4L ]
        ]

let validationTests =
    testList
        "QueryEval.validate"
        [
            test "a text for project_id is refused, naming the field" {
                match QueryEval.validate [ q TrackerField.ProjectId Comparison.Equal (QueryValue.Text "1") ] with
                | Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason))) ->
                    Expect.stringContains name "ProjectId" "names the field"
                    Expect.stringContains reason "a text" "names the value's type"
                | other -> failtestf "expected a validation error, got %A" other
            }
            test "a list with Less is refused" {
                Expect.isError
                    (QueryEval.validate [ q TrackerField.Id Comparison.Less (QueryValue.AnyOf [ QueryValue.Int 1L ]) ])
                    "AnyOf with Less"
            }
            test "null on a field no tracker lacks is refused, naming the field" {
                match QueryEval.validate [ q TrackerField.Id Comparison.Equal QueryValue.Null ] with
                | Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason))) ->
                    Expect.stringContains name "Id" "names the field"
                    Expect.stringContains reason "never missing" "says why"
                | other -> failtestf "expected a validation error, got %A" other

                Expect.isError
                    (QueryEval.validate [ q TrackerField.Start Comparison.Equal (QueryValue.AnyOf [ QueryValue.Null ]) ])
                    "a list of nothing but null on Start"

                // Refused means "can never match": a list with a value that can match is accepted, its null
                // simply matching nothing (the property "a query validate refuses never matches" found it).
                Expect.isOk
                    (QueryEval.validate
                        [
                            q
                                TrackerField.Billable
                                Comparison.Equal
                                (QueryValue.AnyOf [ QueryValue.Null; QueryValue.Bool true; QueryValue.Bool false ])
                        ])
                    "null in a list on Billable, with values that match"
            }
            test "an empty list is refused: it would match nothing" {
                Expect.isError (QueryEval.validate [ q TrackerField.Id Comparison.Equal (QueryValue.AnyOf []) ]) "empty"
            }
            test "null finds untagged trackers, so it is accepted on tags" {
                Expect.isOk (QueryEval.validate [ q TrackerField.TagNames Comparison.Equal QueryValue.Null ]) "tags"
            }
            test "well-typed queries are accepted" {
                Expect.isOk
                    (QueryEval.validate
                        [
                            q TrackerField.Start Comparison.GreaterOrEqual (QueryValue.Day(day 1))
                            q
                                TrackerField.TagIds
                                Comparison.Equal
                                (QueryValue.AnyOf [ QueryValue.Int 1L; QueryValue.Null ])
                            q TrackerField.Stop Comparison.Equal QueryValue.Null
                        ])
                    "accepted"
            }
        ]

/// Strings of characters from every UTF-8 length, surrogate pairs included (never lone surrogates,
/// which no cache can store).
let private genText =
    Gen.listOf (Gen.elements [ "a"; "Z"; "0"; "é"; "\u0800"; "日"; "\uE000"; "\uFFFD"; "😀"; "𝄞"; "" ])
    |> Gen.map String.Concat

let private sign (n: int) = compare n 0

let propertyTests =
    testList
        "properties"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 80
                }
                "the JSON file cache, the SQLite cache and QueryEval return the same trackers for any query"
            // Each case commits once and asks twenty queries: disk work per case, many queries per commit.
            <| Prop.forAll
                (Arb.fromGen (Gen.zip genTrackers (Gen.listOfLength 20 genQueries)))
                (fun (trackers, queryLists) ->
                    use folder = new TempFolder()

                    kinds
                    |> List.forall (fun kind ->
                        use cache =
                            openCache
                                kind
                                (IO.Path.Combine(folder.Path, string kind))
                                None
                                (clock ())
                                NullLogger.Instance

                        commit cache (CacheChange.upsert trackers)

                        for queries in queryLists do
                            let expected =
                                trackers |> List.filter (QueryEval.matches queries) |> inReadOrder |> ids

                            let actual = query cache queries |> ids

                            if actual <> expected then
                                failtestf "%O returned %A, QueryEval %A for %A" kind actual expected queries

                        true))

            testProperty "Equal on a day holds exactly for the instants whose UTC date is that day"
            <| Prop.forAll (Arb.fromGen (Gen.zip genTracker (Gen.choose (-2, 12)))) (fun (tracker, offset) ->
                let date = DateOnly(2025, 3, 1).AddDays offset
                let query = q TrackerField.Start Comparison.Equal (QueryValue.Day date)
                QueryEval.matchesOne query tracker = (DateOnly.FromDateTime tracker.Start.UtcDateTime = date))

            testProperty "Equal with a one-element list is Equal with that element"
            <| Prop.forAll (Arb.fromGen (Gen.zip genTracker genQuery)) (fun (tracker, query) ->
                let single =
                    { query with
                        Value = QueryValue.AnyOf [ query.Value ]
                    }

                query.Comparison <> Comparison.Equal
                || QueryEval.matchesOne single tracker = QueryEval.matchesOne query tracker)

            testProperty "a query validate refuses never matches"
            <| Prop.forAll (Arb.fromGen (Gen.zip genTracker genQuery)) (fun (tracker, query) ->
                Result.isOk (QueryEval.validate [ query ])
                || not (QueryEval.matchesOne query tracker))

            testProperty "texts compare in the byte order of their UTF-8 encoding (SQLite's BINARY collation)"
            <| Prop.forAll (Arb.fromGen (Gen.zip genText genText)) (fun (left, right) ->
                let bytes (text: string) = Encoding.UTF8.GetBytes text

                let byBytes =
                    (ReadOnlySpan(bytes left)).SequenceCompareTo(ReadOnlySpan(bytes right))

                sign (QueryEval.compareText left right) = sign byBytes)
        ]

let tests =
    testSequenced
    <| testList "QueryTests" [ exampleTests; validationTests; propertyTests ]
