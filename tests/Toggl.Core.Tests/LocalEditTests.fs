module Toggl.Core.Tests.LocalEditTests

open System
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

let private config =
    { FsCheckConfig.defaultConfig with
        maxTest = 300
    }

/// The value a plain field holds after the body's field is applied.
let private expected (field: Field<'V>) (before: 'V option) =
    match field with
    | Field.Unset -> before
    | Field.Clear -> None
    | Field.Set value -> Some value

let private pair = Gen.zip JsonTests.genTracker RequestTests.genBody |> Arb.fromGen

/// What a bulk edit does to a cached tracker (`LocalEdit.apply`), and the cache queries of a collect filter
/// (`Trackers.queriesOf`): both answer questions Toggl would otherwise be asked, so both must agree with it.
let tests =
    testList
        "LocalEditTests"
        [
            testPropertyWithConfig config "every plain field the body sets or clears is applied, the others are kept"
            <| Prop.forAll pair (fun (tracker, body) ->
                let edited = LocalEdit.apply body tracker

                edited.Id = tracker.Id
                && edited.Description = expected body.Description tracker.Description
                && edited.ProjectId = expected body.ProjectId tracker.ProjectId
                && edited.TaskId = expected body.TaskId tracker.TaskId
                && edited.Billable = (expected body.Billable (Some tracker.Billable) |> Option.defaultValue false)
                && edited.At = tracker.At)

            testPropertyWithConfig config "tags follow the tag action: add keeps old ones, remove drops the given ones"
            <| Prop.forAll pair (fun (tracker, body) ->
                let edited = LocalEdit.apply body tracker

                match body.Tags, body.TagAction with
                | Field.Unset, _ -> edited.Tags = tracker.Tags
                | Field.Clear, _ -> edited.Tags.IsEmpty
                | Field.Set tags, None -> edited.Tags = tags
                | Field.Set tags, Some TagAction.Add ->
                    List.forall (fun t -> List.contains t edited.Tags) (tracker.Tags @ tags)
                    && List.take tracker.Tags.Length edited.Tags = tracker.Tags
                | Field.Set tags, Some TagAction.Remove ->
                    List.forall (fun t -> not (List.contains t edited.Tags)) tags
                    && edited.Tags = (tracker.Tags |> List.filter (fun t -> not (List.contains t tags))))

            testPropertyWithConfig config "a stopped tracker keeps duration = stop − start unless the body sets one"
            <| Prop.forAll pair (fun (tracker, body) ->
                let edited = LocalEdit.apply body tracker

                match edited.Stop, body.Duration with
                | Some stop, Field.Unset when tracker.Duration >= 0L || body.Stop <> Field.Unset ->
                    edited.Duration = int64 (stop - edited.Start).TotalSeconds
                | _, Field.Set duration -> edited.Duration = duration
                | _ -> true)

            testPropertyWithConfig config "a range filter's queries keep exactly the trackers Toggl's range keeps"
            <| Prop.forAll
                (Gen.zip3 JsonTests.genTracker RequestTests.genTime RequestTests.genTime
                 |> Arb.fromGen)
                (fun (tracker, first, second) ->
                    let low, high = min first second, max first second

                    let filter =
                        { CollectFilter.none with
                            StartDate = Some(DateBound.Instant low)
                            EndDate = Some(DateBound.Instant high)
                        }

                    // docs/toggl-api.md §6.1: start_date ≤ start < end_date, by start time only.
                    let inRange = tracker.Start >= low && tracker.Start < high
                    QueryEval.matches (Trackers.queriesOf filter) tracker = inRange)

            testPropertyWithConfig
                config
                "since keeps trackers changed at or after it; before, trackers started before it"
            <| Prop.forAll (Gen.zip JsonTests.genTracker RequestTests.genTime |> Arb.fromGen) (fun (tracker, instant) ->
                let since =
                    { CollectFilter.none with
                        Since = Some instant
                    }

                let before =
                    { CollectFilter.none with
                        Before = Some(DateBound.Instant instant)
                    }

                QueryEval.matches (Trackers.queriesOf since) tracker = (tracker.At >= instant)
                && QueryEval.matches (Trackers.queriesOf before) tracker = (tracker.Start < instant))

            test "no filter makes no query, so the cache answers with everything it holds" {
                Expect.isEmpty (Trackers.queriesOf CollectFilter.none) "no conditions"
            }

            test "a plain end date excludes that day, as the sandbox's default reading of end_date does" {
                let day = DateOnly(2026, 11, 20)

                let filter =
                    { CollectFilter.none with
                        StartDate = Some(DateBound.Day(day.AddDays -1))
                        EndDate = Some(DateBound.Day day)
                    }

                let sample = JsonTests.genTracker |> Gen.sample 1 |> Array.head

                let at (text: string) =
                    { sample with
                        Start = DateTimeOffset.Parse text
                    }

                Expect.isTrue
                    (QueryEval.matches (Trackers.queriesOf filter) (at "2026-11-19T23:59:59Z"))
                    "the day before"

                Expect.isFalse
                    (QueryEval.matches (Trackers.queriesOf filter) (at "2026-11-20T00:00:00Z"))
                    "end day excluded"
            }
        ]
