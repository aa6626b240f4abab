namespace Toggl.Core

open System

/// The fixes the linter proposes for its findings, as changes to entries: an overlap stops the earlier entry
/// where the next starts, an entry too long stops at start + limit, a zero-length entry is deleted. Gaps,
/// future entries, entries without a project and overlaps of entries starting at the same instant have no
/// automatic fix (only a person knows what was meant). Pure: the tool turns each fix into an edit, a bulk
/// edit or a delete and shows them as a plan before anything is sent.
[<RequireQualifiedAccess>]
module LintFixes =

    /// The stop a finding asks of an entry, or a delete, or nothing (no automatic fix).
    let private wanted (settings: LintSettings) (byId: Map<int64, TogglTracker>) (finding: LintFinding) =
        match finding.Rule, finding.TrackerIds with
        | LintRule.Overlap, [ earlier; later ] ->
            match Map.tryFind earlier byId, Map.tryFind later byId with
            // Stopping at the same instant as the start would leave an entry of no length: a person chooses.
            | Some first, Some second when first.Start < second.Start -> Some(earlier, Some second.Start)
            | _ -> None
        | LintRule.TooLong, [ id ] ->
            Map.tryFind id byId
            |> Option.map (fun tracker -> id, Some(tracker.Start + settings.LongLimit))
        | LintRule.ZeroLength, [ id ] -> Some(id, None)
        | _ -> None

    /// The fixes of the findings over `trackers` (the entries the findings came from), and the findings left
    /// without one. An entry asked to stop at several instants stops at the earliest (that fixes them all);
    /// entries stopping at the same instant form one fix (one bulk edit); each delete is its own fix.
    let plan
        (settings: LintSettings)
        (trackers: TogglTracker list)
        (findings: LintFinding list)
        : LintFix list * LintFinding list =
        let byId = trackers |> List.map (fun t -> t.Id, t) |> Map.ofList
        let asked = findings |> List.map (fun f -> f, wanted settings byId f)
        let unfixed = asked |> List.filter (snd >> Option.isNone) |> List.map fst

        let perEntry =
            asked
            |> List.choose (fun (f, want) -> want |> Option.map (fun (id, change) -> id, change, f))
            |> List.groupBy (fun (id, _, _) -> id)
            |> List.map (fun (id, wants) ->
                let fixes = wants |> List.map (fun (_, _, f) -> f)
                let stops = wants |> List.choose (fun (_, change, _) -> change)

                // A zero-length entry is only ever deleted; any other gets the earliest stop asked.
                let change =
                    if wants |> List.exists (fun (_, change, _) -> change.IsNone) then
                        LintChange.Delete
                    else
                        LintChange.StopAt(List.min stops)

                id, change, fixes)

        let deletes =
            perEntry
            |> List.filter (fun (_, change, _) -> change = LintChange.Delete)
            |> List.map (fun (id, change, fixes) ->
                {
                    TrackerIds = [ id ]
                    Change = change
                    Fixes = fixes
                })

        let stops =
            perEntry
            |> List.filter (fun (_, change, _) -> change <> LintChange.Delete)
            |> List.groupBy (fun (_, change, _) -> change)
            |> List.map (fun (change, group) ->
                {
                    TrackerIds = group |> List.map (fun (id, _, _) -> id) |> List.sort
                    Change = change
                    Fixes = group |> List.collect (fun (_, _, fixes) -> fixes) |> List.distinct
                })

        let at (fix: LintFix) =
            match fix.Change with
            | LintChange.StopAt stop -> stop
            | LintChange.Delete -> DateTimeOffset.MaxValue

        (stops |> List.sortBy (fun f -> at f, f.TrackerIds)) @ deletes, unfixed

    /// The body a stop sends (only `stop`: Toggl keeps duration = stop − start, docs/toggl-api.md §7.3);
    /// `None` for a delete.
    let body (change: LintChange) : TrackerBody option =
        match change with
        | LintChange.StopAt stop ->
            Some
                { TrackerBody.empty with
                    Stop = Field.Set stop
                }
        | LintChange.Delete -> None

    /// The entries as Toggl will hold them after the fixes (the same local rule the cache applies to an edit).
    let internal apply (fixes: LintFix list) (trackers: TogglTracker list) : TogglTracker list =
        fixes
        |> List.fold
            (fun (trackers: TogglTracker list) fix ->
                match body fix.Change with
                | None -> trackers |> List.filter (fun t -> not (List.contains t.Id fix.TrackerIds))
                | Some body ->
                    trackers
                    |> List.map (fun t ->
                        if List.contains t.Id fix.TrackerIds then
                            LocalEdit.apply body t
                        else
                            t))
            trackers
