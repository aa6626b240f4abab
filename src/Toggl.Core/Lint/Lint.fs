namespace Toggl.Core

open System

/// The timesheet linter: a pure function over cached entries (no request, no clock of its own), finding
/// overlaps, gaps inside a working day, entries too long, zero-length and future entries, and entries without
/// a project where the workspace requires one. `LintFixes.plan` proposes the fixes.
[<RequireQualifiedAccess>]
module Lint =

    /// When an entry ends for the linter: its stop, or now while it runs (its start when it starts after now).
    let internal endOf (now: DateTimeOffset) (tracker: TogglTracker) =
        if TogglTracker.isRunning tracker then
            max tracker.Start now
        else
            match tracker.Stop with
            | Some stop -> max tracker.Start stop
            | None -> tracker.Start

    let private finding rule ids at message =
        {
            Rule = rule
            TrackerIds = ids
            At = at
            Message = message
        }

    /// Every pair sharing time: sorted by start, each entry meets the later ones starting before it ends.
    let private overlaps (input: LintInput) (trackers: TogglTracker list) =
        let sorted = trackers |> List.sortBy (fun t -> t.Start, t.Id) |> List.toArray
        let endOf = endOf input.Now

        [
            for i in 0 .. sorted.Length - 1 do
                let first = sorted[i]
                let firstEnd = endOf first
                let mutable j = i + 1

                while j < sorted.Length && sorted[j].Start < firstEnd do
                    let second = sorted[j]

                    // An entry of no length shares no time.
                    if endOf second > second.Start then
                        let shared = min firstEnd (endOf second) - second.Start

                        yield
                            finding
                                LintRule.Overlap
                                [ first.Id; second.Id ]
                                second.Start
                                ("entries "
                                 + string first.Id
                                 + " and "
                                 + string second.Id
                                 + " overlap by "
                                 + (LintText.length shared)
                                 + " from "
                                 + (LintText.instant input.Zone second.Start))

                    j <- j + 1
        ]

    /// Pauses longer than the threshold between the entries that started on the same local day.
    let private gaps (input: LintInput) (trackers: TogglTracker list) =
        let endOf = endOf input.Now

        let localDay (t: TogglTracker) =
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.Start, input.Zone).DateTime)

        [
            // Entries starting after now are not work done yet (the future rule reports them).
            for day, ofDay in trackers |> List.filter (fun t -> t.Start <= input.Now) |> List.groupBy localDay do
                let sorted = ofDay |> List.sortBy (fun t -> t.Start, t.Id)
                let mutable latest = sorted.Head

                for next in sorted.Tail do
                    let pause = next.Start - endOf latest

                    if pause > input.Settings.GapThreshold then
                        yield
                            finding
                                LintRule.Gap
                                [ latest.Id; next.Id ]
                                (endOf latest)
                                ((LintText.length pause)
                                 + " untracked on "
                                 + day.ToString("yyyy-MM-dd", Globalization.CultureInfo.InvariantCulture)
                                 + " between entry "
                                 + string latest.Id
                                 + " (stops "
                                 + (LintText.clock input.Zone (endOf latest))
                                 + ") and entry "
                                 + string next.Id
                                 + " (starts "
                                 + (LintText.clock input.Zone next.Start)
                                 + ")")

                    if endOf next > endOf latest then
                        latest <- next
        ]

    let private perEntry (input: LintInput) (tracker: TogglTracker) =
        let zone = input.Zone
        let length = endOf input.Now tracker - tracker.Start
        let running = TogglTracker.isRunning tracker

        [
            if length > input.Settings.LongLimit then
                let limit = LintText.length input.Settings.LongLimit

                if running then
                    yield
                        finding
                            LintRule.TooLong
                            [ tracker.Id ]
                            tracker.Start
                            ("entry "
                             + string tracker.Id
                             + " has been running for "
                             + (LintText.length length)
                             + " since "
                             + (LintText.instant zone tracker.Start)
                             + ", over the "
                             + limit
                             + " limit: forgot to stop?")
                else
                    yield
                        finding
                            LintRule.TooLong
                            [ tracker.Id ]
                            tracker.Start
                            ("entry "
                             + string tracker.Id
                             + " lasts "
                             + (LintText.length length)
                             + " from "
                             + (LintText.instant zone tracker.Start)
                             + ", over the "
                             + limit
                             + " limit")

            match tracker.Stop with
            | Some stop when not running && stop <= tracker.Start ->
                yield
                    finding
                        LintRule.ZeroLength
                        [ tracker.Id ]
                        tracker.Start
                        ("entry "
                         + string tracker.Id
                         + " at "
                         + (LintText.instant zone tracker.Start)
                         + " has no length")
            | _ -> ()

            if tracker.Start > input.Now then
                yield
                    finding
                        LintRule.Future
                        [ tracker.Id ]
                        tracker.Start
                        ("entry "
                         + string tracker.Id
                         + " starts in the future, at "
                         + (LintText.instant zone tracker.Start))
            else
                match tracker.Stop with
                | Some stop when not running && stop > input.Now ->
                    yield
                        finding
                            LintRule.Future
                            [ tracker.Id ]
                            tracker.Start
                            ("entry "
                             + string tracker.Id
                             + " ends in the future, at "
                             + (LintText.instant zone stop))
                | _ -> ()

            match input.Constraints.TryGetValue tracker.WorkspaceId with
            | true, constraints when constraints.Enabled && constraints.ProjectPresent && tracker.ProjectId.IsNone ->
                yield
                    finding
                        LintRule.NoProject
                        [ tracker.Id ]
                        tracker.Start
                        ("entry "
                         + string tracker.Id
                         + " at "
                         + (LintText.instant zone tracker.Start)
                         + " has no project, which workspace "
                         + string tracker.WorkspaceId
                         + " requires")
            | _ -> ()
        ]

    let private ruleOrder (rule: LintRule) =
        match rule with
        | LintRule.Overlap -> 0
        | LintRule.Gap -> 1
        | LintRule.TooLong -> 2
        | LintRule.ZeroLength -> 3
        | LintRule.Future -> 4
        | LintRule.NoProject -> 5

    /// The findings over the input's entries (deleted ones skipped), by time then rule, and the workspaces
    /// whose constraints were not known (the project rule not checked there). Reads nothing, sends nothing.
    let check (input: LintInput) : LintReport =
        let trackers = input.Trackers |> List.filter (TogglTracker.isDeleted >> not)

        let findings =
            overlaps input trackers
            @ gaps input trackers
            @ (trackers |> List.collect (perEntry input))
            |> List.sortBy (fun f -> f.At, ruleOrder f.Rule, f.TrackerIds)

        let unchecked =
            trackers
            |> List.map (fun t -> t.WorkspaceId)
            |> List.distinct
            |> List.filter (fun workspaceId -> not (input.Constraints.ContainsKey workspaceId))
            |> List.sort

        {
            Findings = findings
            UncheckedWorkspaces = unchecked
        }
