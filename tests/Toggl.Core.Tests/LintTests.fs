module Toggl.Core.Tests.LintTests

open System
open System.Collections.Generic
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

let private config =
    { FsCheckConfig.defaultConfig with
        maxTest = 300
    }

let private workspaceId = 1L
let private projectId = 7L

let private required =
    {
        Enabled = true
        DescriptionPresent = false
        ProjectPresent = true
        TagPresent = false
        TaskPresent = false
    }

/// A generated timesheet: its entries, the user's zone (a fixed offset), now and the constraints known.
type Sheet =
    {
        Trackers: TogglTracker list
        Zone: TimeZoneInfo
        Now: DateTimeOffset
        Constraints: IReadOnlyDictionary<int64, TimeEntryConstraints>
    }

    member sheet.Input =
        {
            Trackers = sheet.Trackers
            Now = sheet.Now
            Zone = sheet.Zone
            Settings = LintSettings.defaults
            Constraints = sheet.Constraints
        }

    member sheet.NextId =
        (sheet.Trackers |> List.map (fun t -> t.Id) |> List.fold max 0L) + 1L

    member sheet.Offset = sheet.Zone.BaseUtcOffset

let private tracker id (start: DateTimeOffset) (stop: DateTimeOffset option) =
    {
        Id = id
        WorkspaceId = workspaceId
        Description = Some "work"
        Start = start
        Stop = stop
        Duration =
            match stop with
            | Some stop -> int64 (stop - start).TotalSeconds
            | None -> -1L
        ProjectId = Some projectId
        TaskId = None
        Tags = []
        TagIds = []
        Billable = false
        UserId = 9L
        At = start
        ServerDeletedAt = None
    }

let private noConstraints: IReadOnlyDictionary<int64, TimeEntryConstraints> =
    Dictionary()

let private constraintsOf (value: TimeEntryConstraints option) : IReadOnlyDictionary<int64, TimeEntryConstraints> =
    match value with
    | Some c -> Dictionary(dict [ workspaceId, c ])
    | None -> noConstraints

/// A clean timesheet: 1–5 past days (2–30 days back, local), each starting 08:00–09:00 local with 1–4 entries
/// of 10–90 minutes and pauses of at most 30 minutes, every entry with a project.
let genClean =
    gen {
        let! offsetHours = Gen.choose (-10, 12)

        let zone =
            TimeZoneInfo.CreateCustomTimeZone("lint", TimeSpan.FromHours(float offsetHours), "lint", "lint")

        let! nowMinutes = Gen.choose (0, 24 * 60 - 1)

        let now =
            DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero).AddMinutes(float nowMinutes)

        let today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime)
        let! dayCount = Gen.choose (1, 5)
        let! daysBack = Gen.listOfLength dayCount (Gen.choose (2, 30)) |> Gen.map List.distinct

        let! days =
            daysBack
            |> List.map (fun back -> Gen.zip (Gen.choose (0, 60)) (Gen.choose (1, 4)) |> Gen.map (fun d -> back, d))
            |> Gen.sequenceToList

        let! shapes =
            days
            |> List.map (fun (back, (late, count)) ->
                Gen.listOfLength count (Gen.zip (Gen.choose (10, 90)) (Gen.choose (0, 30)))
                |> Gen.map (fun entries -> back, late, entries))
            |> Gen.sequenceToList

        let! known = Gen.elements [ None; Some { required with Enabled = false }; Some required ]

        let trackers =
            shapes
            |> List.collect (fun (back, late, entries) ->
                let date = today.AddDays(-back)

                let first =
                    DateTimeOffset(date.ToDateTime(TimeOnly(8, 0)), zone.BaseUtcOffset).AddMinutes(float late)

                entries
                |> List.mapFold
                    (fun (start: DateTimeOffset) (minutes, pause) ->
                        let stop = start.AddMinutes(float minutes)
                        (start, stop), stop.AddMinutes(float pause))
                    first
                |> fst)
            |> List.mapi (fun i (start, stop) -> tracker (int64 i + 1L) start (Some stop))

        return
            {
                Trackers = trackers
                Zone = zone
                Now = now
                Constraints = constraintsOf known
            }
    }

/// The entries of each local day of a sheet, in order, for the days with at least `count` entries.
let private daysWith count (sheet: Sheet) =
    sheet.Trackers
    |> List.groupBy (fun t -> DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.Start, sheet.Zone).DateTime))
    |> List.map (snd >> List.sortBy (fun t -> t.Start))
    |> List.filter (fun day -> day.Length >= count)

let private replace (sheet: Sheet) (changed: TogglTracker) =
    { sheet with
        Trackers = sheet.Trackers |> List.map (fun t -> if t.Id = changed.Id then changed else t)
    }

let private add (sheet: Sheet) (added: TogglTracker) =
    { sheet with
        Trackers = sheet.Trackers @ [ added ]
    }

let private stopAt (t: TogglTracker) (stop: DateTimeOffset) =
    { t with
        Stop = Some stop
        Duration = int64 (stop - t.Start).TotalSeconds
    }

/// One problem planted in a clean sheet: the sheet with it, and the finding expected (rule, ids). `None`
/// when the sheet has no room for this problem.
let private plant (rule: LintRule) (sheet: Sheet) : Gen<(Sheet * (LintRule * int64 list)) option> =
    let id = sheet.NextId

    match rule with
    | LintRule.Overlap ->
        match daysWith 2 sheet with
        | [] -> Gen.constant None
        | days ->
            gen {
                let! day = Gen.elements days
                let! i = Gen.choose (0, day.Length - 2)
                let first, next = day[i], day[i + 1]
                let nextMinutes = int (next.Stop.Value - next.Start).TotalMinutes
                let! into = Gen.choose (1, nextMinutes - 1)
                let planted = replace sheet (stopAt first (next.Start.AddMinutes(float into)))
                return Some(planted, (LintRule.Overlap, [ first.Id; next.Id ]))
            }
    | LintRule.Gap ->
        gen {
            let! day = Gen.elements (daysWith 1 sheet)
            let last = List.last day
            let! beyond = Gen.choose (1, 60)

            let start =
                last.Stop.Value
                + LintSettings.defaults.GapThreshold
                + TimeSpan.FromMinutes(float beyond)

            let planted = add sheet (tracker id start (Some(start.AddMinutes 30.0)))
            return Some(planted, (LintRule.Gap, [ last.Id; id ]))
        }
    | LintRule.TooLong ->
        gen {
            let! running = Gen.elements [ true; false ]
            let! over = Gen.choose (1, 300)
            let length = LintSettings.defaults.LongLimit + TimeSpan.FromMinutes(float over)

            if running then
                // Since at most 15 hours: today or yesterday, days the clean sheet leaves empty.
                return Some(add sheet (tracker id (sheet.Now - length) None), (LintRule.TooLong, [ id ]))
            else
                let today =
                    DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sheet.Now, sheet.Zone).DateTime)

                let start =
                    DateTimeOffset(today.AddDays(-31).ToDateTime(TimeOnly(8, 0)), sheet.Offset)

                return Some(add sheet (tracker id start (Some(start + length))), (LintRule.TooLong, [ id ]))
        }
    | LintRule.ZeroLength ->
        gen {
            let! at = Gen.elements (sheet.Trackers |> List.filter (fun t -> t.Stop.IsSome))
            let planted = add sheet (tracker id at.Stop.Value at.Stop)
            return Some(planted, (LintRule.ZeroLength, [ id ]))
        }
    | LintRule.Future ->
        gen {
            let! starts = Gen.elements [ true; false ]
            let! minutes = Gen.choose (1, 600)

            let start =
                if starts then
                    sheet.Now.AddMinutes(float minutes)
                else
                    sheet.Now.AddMinutes(-10.0)

            let planted = add sheet (tracker id start (Some(start.AddMinutes 30.0)))
            return Some(planted, (LintRule.Future, [ id ]))
        }
    | LintRule.NoProject ->
        gen {
            let! victim = Gen.elements sheet.Trackers

            let planted =
                { replace sheet { victim with ProjectId = None } with
                    Constraints = constraintsOf (Some required)
                }

            return Some(planted, (LintRule.NoProject, [ victim.Id ]))
        }

let private rules =
    [
        LintRule.Overlap
        LintRule.Gap
        LintRule.TooLong
        LintRule.ZeroLength
        LintRule.Future
        LintRule.NoProject
    ]

let private genPlanted =
    gen {
        let! sheet = genClean
        let! rule = Gen.elements rules
        let! planted = plant rule sheet
        return sheet, rule, planted
    }

let private found (report: LintReport) =
    report.Findings |> List.map (fun f -> f.Rule, f.TrackerIds) |> List.sort

let private lint (sheet: Sheet) = Lint.check sheet.Input

/// The timesheet linter: its rules as properties over generated timesheets, and its fixes applied locally.
let tests =
    testList
        "LintTests"
        [
            testPropertyWithConfig config "a clean timesheet has no finding"
            <| Prop.forAll (Arb.fromGen genClean) (fun sheet -> (lint sheet).Findings = [])

            testPropertyWithConfig
                config
                "each rule planted in a clean timesheet is found exactly there and nowhere else"
            <| Prop.forAll (Arb.fromGen genPlanted) (fun (_, rule, planted) ->
                match planted with
                | None -> true |> Prop.label $"no room for {rule.Name}"
                | Some(sheet, expected) ->
                    found (lint sheet) = [ expected ] |> Prop.label (string (found (lint sheet))))

            testPropertyWithConfig config "applying the proposed fixes removes the fixed findings and adds none"
            <| Prop.forAll (Arb.fromGen genPlanted) (fun (_, _, planted) ->
                match planted with
                | None -> true
                | Some(sheet, _) ->
                    let report = lint sheet

                    let fixes, unfixed =
                        LintFixes.plan LintSettings.defaults sheet.Trackers report.Findings

                    let after =
                        lint
                            { sheet with
                                Trackers = LintFixes.apply fixes sheet.Trackers
                            }

                    found after = found { report with Findings = unfixed })

            testPropertyWithConfig config "several problems planted at once are all found, and the fixable ones fixed"
            <| Prop.forAll
                (Arb.fromGen (
                    gen {
                        let! sheet = genClean

                        let plantOn (sheet, expected) rule =
                            plant rule sheet
                            |> Gen.map (function
                                | Some(planted, finding) -> planted, finding :: expected
                                | None -> sheet, expected)

                        let! sheet, expected = plantOn (sheet, []) LintRule.Overlap
                        let! sheet, expected = plantOn (sheet, expected) LintRule.TooLong
                        let! sheet, expected = plantOn (sheet, expected) LintRule.ZeroLength
                        return sheet, expected
                    }
                ))
                (fun (sheet, expected) ->
                    let report = lint sheet

                    let fixes, unfixed =
                        LintFixes.plan LintSettings.defaults sheet.Trackers report.Findings

                    let after =
                        lint
                            { sheet with
                                Trackers = LintFixes.apply fixes sheet.Trackers
                            }

                    found report = List.sort expected && unfixed = [] && after.Findings = [])

            test "the project rule is not checked where the workspace's constraints are unknown" {
                let start = DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)

                let sheet =
                    {
                        Trackers =
                            [
                                { tracker 1L start (Some(start.AddHours 1.0)) with
                                    ProjectId = None
                                }
                            ]
                        Zone = TimeZoneInfo.Utc
                        Now = start.AddDays 2.0
                        Constraints = noConstraints
                    }

                let report = lint sheet
                Expect.isEmpty report.Findings "nothing can be said about the project"
                Expect.equal report.UncheckedWorkspaces [ workspaceId ] "the workspace is named as unchecked"
            }

            test "duplicated entries too long get one stop together (one bulk edit); their overlap is left to a person" {
                let start = DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero)
                let now = start.AddHours 13.0
                let trackers = [ tracker 1L start None; tracker 2L start (Some now) ]

                let report =
                    Lint.check
                        {
                            Trackers = trackers
                            Now = now
                            Zone = TimeZoneInfo.Utc
                            Settings = LintSettings.defaults
                            Constraints = noConstraints
                        }

                let fixes, unfixed = LintFixes.plan LintSettings.defaults trackers report.Findings

                Expect.equal
                    (fixes |> List.map (fun f -> f.TrackerIds, f.Change))
                    [ [ 1L; 2L ], LintChange.StopAt(start.AddHours 10.0) ]
                    "one fix for both"

                Expect.equal (unfixed |> List.map (fun f -> f.Rule)) [ LintRule.Overlap ] "the overlap stays"
            }

            test
                "a workspace's te_constraints from Toggl are kept in the cache's copy (the linter's project rule needs no request)" {
                let json =
                    """{"id":3,"name":"W","te_constraints":{"description_present":false,"project_present":true,"tag_present":false,"task_present":false,"time_entry_constraints_enabled":true}}"""

                let kept =
                    ResourceJson.decodeOne ResourceKind.Workspace json
                    |> Result.map ResourceJson.toCached
                    |> Result.bind ResourceJson.ofCached

                match kept with
                | Ok(TogglResource.Workspace workspace) ->
                    Expect.equal workspace.TimeEntryConstraints (Some required) "the constraints survive the cache"
                | _ -> failtest "the workspace did not survive the cache"
            }

            test "settings out of range are typed errors naming the setting" {
                let named result =
                    match result with
                    | Error(ValidationError.OutOfRange(name, _)) -> name
                    | _ -> "accepted"

                Expect.equal (named (LintSettings.create TimeSpan.Zero (TimeSpan.FromHours 10.0))) "gap" "no gap"

                Expect.equal
                    (named (LintSettings.create (TimeSpan.FromHours 24.0) (TimeSpan.FromHours 10.0)))
                    "gap"
                    "a day"

                Expect.equal
                    (named (LintSettings.create (TimeSpan.FromHours 2.0) (TimeSpan.FromSeconds 30.0)))
                    "limit"
                    "too short"

                Expect.equal
                    (named (LintSettings.create (TimeSpan.FromHours 2.0) (TimeSpan.FromDays 8.0)))
                    "limit"
                    "too long"

                Expect.isOk (LintSettings.create (TimeSpan.FromHours 1.0) (TimeSpan.FromHours 8.0)) "in range"
            }

            test "a finding's sentence names the entries and the times in the user's zone" {
                let zone =
                    TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours 2.0, "plus2", "plus2")

                let start = DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero)

                let report =
                    Lint.check
                        {
                            Trackers =
                                [
                                    tracker 4L start (Some(start.AddHours 2.0))
                                    tracker 5L (start.AddHours 1.5) (Some(start.AddHours 3.0))
                                ]
                            Now = start.AddDays 1.0
                            Zone = zone
                            Settings = LintSettings.defaults
                            Constraints = noConstraints
                        }

                Expect.equal
                    (report.Findings |> List.map string)
                    [ "overlap: entries 4 and 5 overlap by 0:30 from 2026-06-01 10:30" ]
                    "one overlap, in local time"
            }
        ]
