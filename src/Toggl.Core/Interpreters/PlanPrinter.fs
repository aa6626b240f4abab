namespace Toggl.Core

open System
open System.Globalization

/// The dry-run interpreter: prints a plan — what the cache answered, the requests, the commits and the
/// conditional follow-ups — sending nothing and changing nothing.
[<RequireQualifiedAccess>]
module internal PlanPrinter =

    let private line kind text request =
        {
            Kind = kind
            Text = text
            Request = request
        }

    let private instant (value: DateTimeOffset) =
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)

    let private ids (trackers: TogglTracker list) =
        trackers |> List.map (fun t -> string t.Id) |> String.concat ", "

    let private cursorText (cursor: DateTimeOffset option) =
        match cursor with
        | None -> "never synced"
        | Some cursor when cursor <= TrackerRules.invalidCursor ->
            "not trusted (a write of unknown outcome): reads go to Toggl"
        | Some cursor -> $"synced, cursor {instant cursor}"

    /// The lines naming what the cache answered to the reads.
    let private readLines (reads: CacheRead list) (answers: CacheAnswers) =
        if not answers.HasCache then
            if reads.IsEmpty then
                []
            else
                [ line PlannedStepKind.CacheRead "no cache: Toggl answers" None ]
        else
            reads
            |> List.map (fun read ->
                let text =
                    match read with
                    | CacheRead.Cursor -> $"cache: {cursorText answers.Cursor}"
                    | CacheRead.Running when answers.Running.IsEmpty -> "cache: no entry claims to run"
                    | CacheRead.Running -> $"cache: entries that claim to run: {ids answers.Running}"
                    | CacheRead.Find trackerId ->
                        match answers.Found with
                        | Some _ -> $"cache: holds tracker {string trackerId}"
                        | None -> $"cache: does not hold tracker {string trackerId}"
                    | CacheRead.Matching _ -> $"cache: {string answers.Matching.Length} entries match"
                    | CacheRead.Resources(kind, _) ->
                        let count =
                            answers.Resources
                            |> Map.tryFind kind
                            |> Option.map List.length
                            |> Option.defaultValue 0

                        ("cache: " + (string count) + " " + (string kind) + " objects")
                    | CacheRead.ArchivedMonths ->
                        match answers.ArchivedMonths with
                        | [] -> "cache: no month archived"
                        | months ->
                            let shown =
                                months
                                |> List.map (fun m -> m.ToString("yyyy-MM", CultureInfo.InvariantCulture))

                            "cache: archived months " + String.concat ", " shown
                    | CacheRead.Archived _ -> $"cache: {string answers.Archived.Length} archived entries"
                    | CacheRead.ResourceSynced(kind, scope) ->
                        match answers.ResourceSyncs |> Map.tryFind (kind, scope) with
                        | Some at -> $"cache: {string kind} synced {instant at}"
                        | None -> $"cache: {string kind} never synced"

                line PlannedStepKind.CacheRead text None)

    let private outcomeText (outcome: Outcome) =
        match outcome with
        | Outcome.Tracker(Some tracker) -> $"tracker {string tracker.Id}"
        | Outcome.Tracker None -> "none"
        | Outcome.Trackers trackers -> $"{string trackers.Length} entries"
        | Outcome.Edits edits -> $"{string edits.Successes.Length} edited"
        | Outcome.Synced result -> $"{string result.Upserted} changed, {string result.Deleted} removed"
        | Outcome.Resources tally -> $"{string tally.Objects.Length} objects"
        | Outcome.Quota buckets -> $"{string buckets.Length} quota buckets"
        | Outcome.Statistics _ -> "statistics"
        | Outcome.Constraints _ -> "constraints"
        | Outcome.CreatedOrganization created -> $"organization {string created.Id}"
        | Outcome.ArchivedProjectIds ids -> $"{string ids.Length} projects archived"
        | Outcome.Logged logged -> (if logged then "signed in" else "not signed in")
        | Outcome.Report _ -> "a report"
        | Outcome.Archived trackers -> $"{string trackers.Length} entries"
        | Outcome.Done -> "done"

    let private getLine (request: HttpRequest) (condition: string) =
        line PlannedStepKind.FollowUp $"  if {condition}: {string request}" (Some request)

    let private namedTags (body: TrackerBody) =
        match body.Tags with
        | Field.Set names -> not names.IsEmpty
        | Field.Unset
        | Field.Clear -> false

    let private answerLines (workspaceId: int64) (rule: OnAnswer) =
        let commit (text: string) =
            [ line PlannedStepKind.CacheCommit $"  then cache: {text}" None ]

        let tagIds (body: TrackerBody) =
            if namedTags body then
                [
                    line
                        PlannedStepKind.FollowUp
                        "  if the answer has tag names without tag ids: GET me/time_entries/{id of the answer}"
                        None
                ]
            else
                []

        match rule with
        | OnAnswer.Current cachedRunning ->
            [
                for tracker in cachedRunning ->
                    getLine
                        (Request.toHttp workspaceId (TrackerRequest.Get(tracker.Id, false)))
                        $"Toggl does not name cached running entry {string tracker.Id} (cached, or dropped on 404)"
            ]
            @ commit "the running entry"
        | OnAnswer.Trackers -> commit "the entries listed"
        | OnAnswer.Tracker -> commit "the entry"
        | OnAnswer.Created body ->
            tagIds body
            @ commit "the new entry; if it runs, the cached entries that claim to run, stopped when it was created"
        | OnAnswer.Edited body -> tagIds body @ commit "the entry"
        | OnAnswer.Stopped -> commit "the stopped entry"
        | OnAnswer.Deleted trackerId -> commit $"tracker {string trackerId} dropped"
        | OnAnswer.BulkEdited _ -> commit "the entries edited, edited locally (no request per entry)"
        | OnAnswer.Synced rule ->
            commit (
                (if rule.Incremental then
                     "the changes"
                 else
                     "the window; cached entries in it that Toggl does not list dropped")
                + ("; cursor: the answer's Date less "
                   + (string (int TrackerRules.syncOverlap.TotalMinutes))
                   + " min (else "
                   + (instant (rule.Now - TrackerRules.syncOverlap))
                   + ")")
            )
        | OnAnswer.Resource answer -> ResourceLines.answer answer
        | OnAnswer.Report answer -> ReportLines.answer answer

    let private failureLines (reRaise: bool) (rule: OnFailure) =
        let tolerated (status: string) (meaning: string) =
            let text =
                if reRaise then
                    $"  {status}: an error (reRaise)"
                else
                    $"  {status}: {meaning}"

            line PlannedStepKind.FollowUp text None

        match rule with
        | OnFailure.Fail -> []
        | OnFailure.IdleIsNone -> [ tolerated "404/405" "nothing runs" ]
        | OnFailure.NotFoundIsNone trackerId ->
            [
                line PlannedStepKind.FollowUp $"  404: tracker {string trackerId} dropped from the cache" None
                tolerated "404" "none"
            ]
        | OnFailure.RecoverCreate(listing, matching) ->
            let description = matching.Description |> Option.defaultValue ""

            let start = matching.Start |> Option.map instant |> Option.defaultValue "no start"

            [
                getLine
                    listing
                    $"unanswered (5xx, timeout, dropped connection), look for \"{description}\" started {start}"
                line
                    PlannedStepKind.FollowUp
                    "    found: cached as created; not listed: the error; the listing fails: outcome unknown"
                    None
            ]
        | OnFailure.RecoverResource lookup ->
            match lookup.Listing with
            | Some listing ->
                [
                    getLine
                        (ResourceRequests.toHttp listing)
                        ("unanswered (5xx, timeout, dropped connection), look for the "
                         + ((string lookup.Kind).ToLowerInvariant())
                         + " \""
                         + lookup.Name
                         + "\"")
                    line
                        PlannedStepKind.FollowUp
                        "    found: cached as created; not listed: the error; the listing fails: outcome unknown"
                        None
                ]
            | None ->
                [
                    line
                        PlannedStepKind.FollowUp
                        "  if unanswered (5xx, timeout, dropped connection): outcome unknown (no listing tells whether Toggl created it)"
                        None
                ]
        | OnFailure.RecheckDelete(trackerId, recheck) ->
            [
                tolerated "404" $"gone already (tracker {string trackerId} dropped from the cache)"
                getLine recheck "unanswered, whether Toggl deleted it (404: deleted)"
            ]
        | OnFailure.StopFailures(trackerId, cached, _, recheck) ->
            [
                tolerated "409" "already stopped"
                if cached |> Option.exists TogglTracker.isRunning then
                    getLine recheck $"409 and the cached copy of {string trackerId} still runs, to correct it"
                getLine recheck "409 to a retry after an unanswered attempt (the stop was ours), Toggl's copy"
                getLine recheck "unanswered, what Toggl holds (the stop is reported failed)"
            ]
        | OnFailure.Tolerate rule ->
            let statuses = rule.Statuses |> List.map string |> String.concat "/"

            [
                match rule.Drop with
                | Some(kind, id) ->
                    line
                        PlannedStepKind.FollowUp
                        ("  404: " + (string kind) + " " + (string id) + " dropped from the cache")
                        None
                | None -> ()
                if rule.Always then
                    line PlannedStepKind.FollowUp $"  {statuses}: none" None
                else
                    tolerated statuses "none"
            ]
        | OnFailure.LaterChunk unsent ->
            [
                line
                    PlannedStepKind.FollowUp
                    $"  cancelled before it: stop; it fails: its {string unsent.Length} ids and the rest reported failed"
                    None
            ]

    /// The printed plan: the cache's answers to `reads`, then each step with its rules.
    let print (workspaceId: int64) (reRaise: bool) (reads: CacheRead list) (plan: Plan<'T>) : PrintedPlan =
        let steps =
            plan.Steps
            |> List.collect (fun step ->
                match step with
                | Step.Answer(outcome, why) -> [ line PlannedStepKind.CacheRead $"{why}: {outcomeText outcome}" None ]
                | Step.ReadAgain(_, _, why) -> [ line PlannedStepKind.CacheRead why None ]
                | Step.Send exchange ->
                    line PlannedStepKind.Request (string exchange.Request) (Some exchange.Request)
                    :: answerLines workspaceId exchange.OnAnswer
                    @ failureLines reRaise exchange.OnFailure)

        let steps =
            if plan.Steps.IsEmpty then
                [ line PlannedStepKind.CacheRead "nothing to do: no request" None ]
            else
                steps

        {
            Steps = readLines reads plan.Answers @ steps
        }
