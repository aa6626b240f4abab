namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging

/// The rules for an answer (`OnAnswer`), interpreted: decoding, commits, the follow-ups an answer asks for.
[<RequireQualifiedAccess>]
module internal AnswerRules =

    open RunnerEffects

    /// Brings cached trackers that claim to run but are not Toggl's current entry up to date, so a tracker
    /// stopped or deleted elsewhere is not shown running forever (docs/python-reference.md bug 9).
    let correctStale endpoint (cachedRunning: TogglTracker list) (running: TogglTracker option) ct =
        taskResult {
            match endpoint.Cache with
            | None -> return ()
            | Some _ ->
                let stale =
                    cachedRunning
                    |> List.filter (fun t -> Some t.Id <> (running |> Option.map (fun r -> r.Id)))

                for tracker in stale do
                    let! response =
                        sendHttp endpoint (getRequest endpoint tracker.Id) ct
                        |> TaskResult.map (tolerate endpoint isNotFound)

                    match response with
                    | Some response ->
                        let! fresh = decodeWith TrackerJson.decodeTracker response
                        do! upsert endpoint [ fresh ] ct
                    | None -> do! commit endpoint (CacheChange.delete [ tracker.Id ]) ct
        }

    let current endpoint cachedRunning (running: TogglTracker option) ct =
        taskResult {
            do! correctStale endpoint cachedRunning running ct
            do! upsert endpoint (Option.toList running) ct
            return Outcome.Tracker running
        }

    /// Toggl creates a tag for every name it does not know, so an entry with tag names always has tag ids.
    /// A create or update answer may leave `tag_ids` out (null) for named tags, which decodes as none: that
    /// tracker would claim "no tag ids" and differ from every later read of the same entry. Then one GET
    /// brings Toggl's copy, ids included. If that GET fails, the answer is kept as it is (tag names without
    /// ids: ids not known yet), and the next read or sync brings them.
    let withTagIds endpoint (body: TrackerBody) (tracker: TogglTracker) ct =
        task {
            let namedTags =
                match body.Tags with
                | Field.Set names -> not names.IsEmpty
                | Field.Unset
                | Field.Clear -> false

            if namedTags && not tracker.Tags.IsEmpty && tracker.TagIds.IsEmpty then
                match! sendHttp endpoint (getRequest endpoint tracker.Id) ct with
                | Ok response ->
                    match decodeWith TrackerJson.decodeTracker response with
                    | Ok fresh when fresh.Id = tracker.Id -> return fresh
                    | _ -> return tracker
                | Error error ->
                    endpoint.Logger.LogWarning(
                        "Toggl's answer had no tag ids for tracker {Id}, and fetching them failed ({Error})",
                        tracker.Id,
                        TogglError.message error
                    )

                    return tracker
            else
                return tracker
        }

    /// Caches a tracker Toggl created. When it runs, the entries of its user that the cache still holds as
    /// running are committed stopped when it was created, in the same commit: Toggl stopped them (docs/toggl-api.md §6.4).
    let keepAdded endpoint (tracker: TogglTracker) ct =
        taskResult {
            let! superseded =
                match endpoint.Cache with
                | Some cache when TogglTracker.isRunning tracker ->
                    cache.Query(TrackerRules.runningQuery, ct)
                    |> TaskResult.map (Result.map (Running.supersededBy tracker))
                | _ -> ok []

            do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert (tracker :: superseded)) ct
            return Outcome.Tracker(Some tracker)
        }

    /// A sync's listing committed: the counts are of real changes only, not of the overlap read again.
    let synced endpoint (commitRule: SyncCommit) (response: HttpResponse) ct =
        taskResult {
            let! cache =
                match endpoint.Cache with
                | Some cache -> Ok cache
                | None -> Error(TogglError.Validation ValidationError.NoCache)

            let! trackers = decodeWith TrackerJson.decodeTrackers response
            let deleted, live = trackers |> List.partition TogglTracker.isDeleted

            // What the cache holds of the listed entries and of the window.
            let! known =
                if commitRule.Incremental then
                    let ids = trackers |> List.map (fun t -> QueryValue.Int t.Id)

                    if ids.IsEmpty then
                        ok []
                    else
                        cache.Query(
                            [
                                {
                                    Key = TrackerField.Id
                                    Value = QueryValue.AnyOf ids
                                    Comparison = Comparison.Equal
                                }
                            ],
                            ct
                        )
                else
                    cache.Query(commitRule.Window, ct)

            let knownById = known |> List.map (fun t -> t.Id, t) |> Map.ofList

            // A full load is the truth for its window: cached entries in it that Toggl no longer lists were
            // deleted while the cache had no cursor. Not local entries (negative ids): their creates wait in
            // the outbox, and Toggl cannot list what it never got.
            let vanished =
                if commitRule.Incremental then
                    []
                else
                    let listed = live |> List.map (fun t -> t.Id) |> Set.ofList

                    known
                    |> List.map (fun t -> t.Id)
                    |> List.filter (fun id -> id > 0L && not (listed.Contains id))

            let changed =
                live
                |> List.filter (fun t -> knownById |> Map.tryFind t.Id <> Some t)
                |> List.length

            let removed =
                (deleted |> List.filter (fun t -> knownById.ContainsKey t.Id) |> List.length)
                + vanished.Length

            // Toggl's clock, not the client's: a client clock running ahead cannot move the cursor past a
            // change Toggl has not listed yet.
            let next =
                (response.Date |> Option.defaultValue commitRule.Now) - TrackerRules.syncOverlap

            do!
                cache.Commit(
                    {
                        Upserts = live
                        Deletes = (deleted |> List.map (fun t -> t.Id)) @ vanished
                        SyncCursor = Some next
                    },
                    ct
                )

            endpoint.Logger.LogInformation(
                "Synced trackers: {Upserted} changed, {Deleted} removed ({Kind})",
                changed,
                removed,
                (if commitRule.Incremental then "incremental" else "full")
            )

            return
                Outcome.Synced
                    {
                        Full = not commitRule.Incremental
                        Upserted = changed
                        Deleted = removed
                        Cursor = next
                    }
        }

    /// The successes of a bulk-edit chunk applied to the cached copies, without a request per entry.
    let applyLocally endpoint (body: TrackerBody) (edits: Edits) (appliedSoFar: int64 list) ct =
        taskResult {
            match endpoint.Cache with
            | Some cache when not edits.Successes.IsEmpty ->
                let ids = edits.Successes |> List.map QueryValue.Int

                let! cached =
                    cache.Query(
                        [
                            {
                                Key = TrackerField.Id
                                Value = QueryValue.AnyOf ids
                                Comparison = Comparison.Equal
                            }
                        ],
                        ct
                    )
                    |> TaskResult.map (
                        Result.mapError (fun cause -> TogglError.AppliedButNotCached(appliedSoFar, None, cause))
                    )

                do!
                    commitApplied
                        endpoint
                        appliedSoFar
                        None
                        (CacheChange.upsert (cached |> List.map (LocalEdit.apply body)))
                        ct
            | _ -> return ()
        }

    /// What the answer to a request leads to.
    let answered endpoint (rule: OnAnswer) (response: HttpResponse) ct : Task<Result<Outcome, TogglError>> =
        match rule with
        | OnAnswer.Current cachedRunning ->
            taskResult {
                let! running = decodeWith TrackerJson.decodeCurrent response
                return! current endpoint cachedRunning running ct
            }
        | OnAnswer.Trackers ->
            taskResult {
                let! trackers = decodeWith TrackerJson.decodeTrackers response
                do! upsert endpoint trackers ct
                return Outcome.Trackers trackers
            }
        | OnAnswer.Tracker ->
            taskResult {
                let! tracker = decodeWith TrackerJson.decodeTracker response
                do! upsert endpoint [ tracker ] ct
                return Outcome.Tracker(Some tracker)
            }
        | OnAnswer.Created body ->
            task {
                match decodeWith TrackerJson.decodeTracker response with
                | Ok tracker ->
                    let! tracker = withTagIds endpoint body tracker ct
                    return! keepAdded endpoint tracker ct
                | Error error -> return Error error
            }
        | OnAnswer.Edited body ->
            taskResult {
                let! tracker = decodeWith TrackerJson.decodeTracker response
                let! tracker = withTagIds endpoint body tracker ct |> TaskResult.map Ok
                do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert [ tracker ]) ct
                return Outcome.Tracker(Some tracker)
            }
        | OnAnswer.Stopped ->
            taskResult {
                let! tracker = decodeWith TrackerJson.decodeTracker response
                do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert [ tracker ]) ct
                return Outcome.Tracker(Some tracker)
            }
        | OnAnswer.Deleted trackerId ->
            taskResult {
                do! commitApplied endpoint [ trackerId ] None (CacheChange.delete [ trackerId ]) ct
                return Outcome.Tracker None
            }
        | OnAnswer.Synced commitRule -> synced endpoint commitRule response ct
        | OnAnswer.Resource answer -> ResourceAnswerRules.answered endpoint answer response ct
        | OnAnswer.Report answer -> ReportAnswerRules.answered endpoint None answer response ct
        // Decoded with the chunk's failure rule in `exchange`.
        | OnAnswer.BulkEdited _ -> Task.FromResult(Error(TogglError.Decode { Path = "$"; Message = "a bulk edit" }))
