namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging

/// The interpreter that runs plans: reads the cache, sends each request through the endpoint's `ISend`,
/// applies the rules for its answer or failure (commits, follow-up requests), and finishes the result.
[<RequireQualifiedAccess>]
module PlanRunner =

    let private ok value = Task.FromResult(Ok value)

    let private sendHttp (endpoint: TrackerEndpoint) (request: HttpRequest) (ct: CancellationToken) =
        endpoint.Send.Send(request, ct)

    let private getRequest (endpoint: TrackerEndpoint) (trackerId: int64) =
        Request.toHttp endpoint.WorkspaceId (TrackerRequest.Get(trackerId, false))

    let private decodeWith (decoder: string -> Result<'T, DecodeError>) (response: HttpResponse) =
        decoder response.Body |> Result.mapError TogglError.Decode

    /// `Ok None` for an error the seed tolerates, unless `ReRaise`.
    let private tolerate endpoint (tolerated: TogglError -> bool) (result: Result<'T, TogglError>) =
        match result with
        | Ok value -> Ok(Some value)
        | Error error when not endpoint.ReRaise && tolerated error -> Ok None
        | Error error -> Error error

    let private isNotFound error =
        match error with
        | TogglError.NotFound _ -> true
        | _ -> false

    let private isConflict error =
        match error with
        | TogglError.Conflict _ -> true
        | _ -> false

    /// A write that failed without an answer (5xx, timeout, dropped connection) may still have been applied.
    let private isUnanswered error =
        match error with
        | TogglError.ServerError _
        | TogglError.Timeout _
        | TogglError.Transport _ -> true
        | _ -> false

    // docs/toggl-api.md §6.2: idle is 200 `null`; the Python library also meets 405, the swagger documents 404.
    let private isIdleStatus error =
        match error with
        | TogglError.NotFound _
        | TogglError.BadRequest(405, _) -> true
        | _ -> false

    /// Performs a plan's cache reads; without a cache, nothing is read.
    let read (endpoint: TrackerEndpoint) (reads: CacheRead list) (ct: CancellationToken) =
        match endpoint.Cache with
        | None -> ok CacheAnswers.none
        | Some cache ->
            let readOne (answers: CacheAnswers) (cacheRead: CacheRead) =
                match cacheRead with
                | CacheRead.Cursor ->
                    cache.SyncCursor ct
                    |> TaskResult.map (Result.map (fun cursor -> { answers with Cursor = cursor }))
                | CacheRead.Running ->
                    cache.Query(TrackerRules.runningQuery, ct)
                    |> TaskResult.map (Result.map (fun running -> { answers with Running = running }))
                | CacheRead.Find trackerId ->
                    cache.Find(trackerId, ct)
                    |> TaskResult.map (Result.map (fun found -> { answers with Found = found }))
                | CacheRead.Matching queries ->
                    cache.Query(queries, ct)
                    |> TaskResult.map (Result.map (fun matching -> { answers with Matching = matching }))

            let rec go answers reads =
                task {
                    match reads with
                    | [] -> return Ok answers
                    | cacheRead :: rest ->
                        match! readOne answers cacheRead with
                        | Error error -> return Error error
                        | Ok answers -> return! go answers rest
                }

            go
                { CacheAnswers.none with
                    HasCache = true
                }
                reads

    let private commit endpoint change ct =
        match endpoint.Cache with
        | Some cache when change <> CacheChange.empty -> cache.Commit(change, ct)
        | _ -> ok ()

    /// Commits the cache side of a write Toggl applied: a failure is `AppliedButNotCached`, carrying what
    /// Toggl answered, never a plain cache error (the change is on the server).
    let private commitApplied endpoint (ids: int64 list) (tracker: TogglTracker option) change ct =
        commit endpoint change ct
        |> TaskResult.map (
            Result.mapError (fun cause ->
                match cause with
                | TogglError.Cancelled -> cause
                | _ -> TogglError.AppliedButNotCached(ids, tracker, cause))
        )

    /// After a write whose outcome is unknown: the entry leaves the cache, and the cursor is invalidated so
    /// that reads go to Toggl and the next sync reloads everything, instead of trusting the cache.
    let private forget endpoint (trackerId: int64) ct =
        taskResult {
            match endpoint.Cache with
            | None -> return ()
            | Some cache ->
                let! cursor = cache.SyncCursor ct

                do!
                    cache.Commit(
                        { CacheChange.delete [ trackerId ] with
                            SyncCursor = cursor |> Option.map (fun _ -> TrackerRules.invalidCursor)
                        },
                        ct
                    )
        }

    let private upsert endpoint trackers ct =
        // Deleted entries only ever leave the cache.
        let deleted, live = trackers |> List.partition TogglTracker.isDeleted

        commit
            endpoint
            { CacheChange.empty with
                Upserts = live
                Deletes = deleted |> List.map (fun t -> t.Id)
            }
            ct

    /// One tracker from Toggl, cached; 404 drops it from the cache and is `None` (unless ReRaise).
    let private fetch endpoint (trackerId: int64) ct =
        taskResult {
            let! result = sendHttp endpoint (getRequest endpoint trackerId) ct |> TaskResult.map Ok

            match result with
            | Ok response ->
                let! tracker = decodeWith TrackerJson.decodeTracker response
                do! upsert endpoint [ tracker ] ct
                return Some tracker
            | Error error ->
                // A tracker Toggl no longer has leaves the cache whatever the caller asked for.
                if isNotFound error then
                    do! commit endpoint (CacheChange.delete [ trackerId ]) ct

                return! tolerate endpoint isNotFound (Error error) |> Result.map (fun _ -> None)
        }

    /// Brings cached trackers that claim to run but are not Toggl's current entry up to date, so a tracker
    /// stopped or deleted elsewhere is not shown running forever (docs/python-reference.md bug 9).
    let private correctStale endpoint (cachedRunning: TogglTracker list) (running: TogglTracker option) ct =
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

    let private current endpoint cachedRunning (running: TogglTracker option) ct =
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
    let private withTagIds endpoint (body: TrackerBody) (tracker: TogglTracker) ct =
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
    let private keepAdded endpoint (tracker: TogglTracker) ct =
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

    /// After a delete or stop failed without an answer: one GET tells what Toggl holds now. `Ok(Some t)`:
    /// Toggl has it (cached fresh); `Ok None`: Toggl has no such entry (it left the cache); `Error`: the GET
    /// failed too, so the entry's state is unknown: it leaves the cache and the cursor is invalidated. The
    /// outer error is the cache's, when it could not record what the GET said.
    let private recheck
        endpoint
        (trackerId: int64)
        (request: HttpRequest)
        ct
        : Task<Result<Result<TogglTracker option, TogglError>, TogglError>> =
        task {
            let! result = sendHttp endpoint request ct

            match result |> Result.bind (decodeWith TrackerJson.decodeTracker) with
            | Ok tracker ->
                let! cached = upsert endpoint [ tracker ] ct
                return cached |> Result.map (fun () -> Ok(Some tracker))
            | Error error when isNotFound error ->
                let! cached = commit endpoint (CacheChange.delete [ trackerId ]) ct
                return cached |> Result.map (fun () -> Ok None)
            | Error TogglError.Cancelled -> return Error TogglError.Cancelled
            | Error error ->
                let! cached = forget endpoint trackerId ct
                return cached |> Result.map (fun () -> Error error)
        }

    /// `recheck` after a write Toggl may have applied: a cache that cannot record what the GET said is
    /// `AppliedButNotCached`, since the change may be on the server.
    let private recheckApplied endpoint (trackerId: int64) request ct =
        recheck endpoint trackerId request ct
        |> TaskResult.map (
            Result.mapError (fun cause ->
                match cause with
                | TogglError.CacheFailure _ -> TogglError.AppliedButNotCached([ trackerId ], None, cause)
                | _ -> cause)
        )

    /// A sync's listing committed: the counts are of real changes only, not of the overlap read again.
    let private synced endpoint (commitRule: SyncCommit) (response: HttpResponse) ct =
        taskResult {
            let! cache =
                match endpoint.Cache with
                | Some cache -> Ok cache
                | None ->
                    Error(
                        TogglError.Validation(
                            ValidationError.InvalidArgument("cache", "sync needs a cache to write to")
                        )
                    )

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
            // deleted while the cache had no cursor.
            let vanished =
                if commitRule.Incremental then
                    []
                else
                    let listed = live |> List.map (fun t -> t.Id) |> Set.ofList

                    known
                    |> List.map (fun t -> t.Id)
                    |> List.filter (fun id -> not (listed.Contains id))

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

    /// Every project from the first page on, page by page until a short page.
    let private projectPages endpoint (first: HttpResponse) ct =
        task {
            let mutable response = Ok first
            let mutable page = 1
            let mutable seen = Set.empty
            let mutable found = []
            let mutable outcome = None

            while outcome.IsNone do
                match
                    response
                    |> Result.bind (fun (r: HttpResponse) ->
                        ProjectPage.decodePage r.Body |> Result.mapError TogglError.Decode)
                with
                | Error error -> outcome <- Some(Error error)
                | Ok projects ->
                    let fresh = projects |> List.filter (fun p -> not (Set.contains p.Id seen))
                    found <- found @ fresh
                    seen <- fresh |> List.fold (fun known p -> Set.add p.Id known) seen
                    // A short page is the last; a page with nothing new means the server ignores paging.
                    if
                        projects.Length < ProjectPage.PageSize
                        || fresh.IsEmpty
                        || page >= ProjectPage.MaxPages
                    then
                        outcome <- Some(Ok(Outcome.Projects found))
                    else
                        page <- page + 1
                        let! next = sendHttp endpoint (ProjectPage.request endpoint.WorkspaceId page) ct
                        response <- next

            return outcome.Value
        }

    /// The successes of a bulk-edit chunk applied to the cached copies, without a request per entry.
    let private applyLocally endpoint (body: TrackerBody) (edits: Edits) (appliedSoFar: int64 list) ct =
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
    let private answered endpoint (rule: OnAnswer) (response: HttpResponse) ct : Task<Result<Outcome, TogglError>> =
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
        | OnAnswer.ProjectPages -> projectPages endpoint response ct
        // Decoded with the chunk's failure rule in `exchange`.
        | OnAnswer.BulkEdited _ -> Task.FromResult(Error(TogglError.Decode { Path = "$"; Message = "a bulk edit" }))

    /// What a failed request leads to: `Ok(outcome, false)` ends the plan with that outcome.
    let private failed endpoint (exchange: Exchange) (error: TogglError) ct : Task<Result<Outcome * bool, TogglError>> =
        let continueWith (source: Task<Result<Outcome, TogglError>>) =
            source |> TaskResult.map (Result.map (fun o -> o, true))

        match exchange.OnFailure with
        | OnFailure.Fail -> Task.FromResult(Error error)
        | OnFailure.IdleIsNone ->
            match tolerate endpoint isIdleStatus (Error error) with
            | Ok _ ->
                match exchange.OnAnswer with
                | OnAnswer.Current cachedRunning -> continueWith (current endpoint cachedRunning None ct)
                | _ -> Task.FromResult(Ok(Outcome.Tracker None, true))
            | Error error -> Task.FromResult(Error error)
        | OnFailure.NotFoundIsNone trackerId ->
            taskResult {
                // A tracker Toggl no longer has leaves the cache whatever the caller asked for.
                if isNotFound error then
                    do! commit endpoint (CacheChange.delete [ trackerId ]) ct

                let! _ = tolerate endpoint isNotFound (Error error)
                return Outcome.Tracker None, true
            }
        | OnFailure.RecoverCreate(listing, matching) ->
            task {
                if isUnanswered error then
                    endpoint.Logger.LogWarning(
                        "Creating a tracker failed ({Error}); looking whether Toggl applied it anyway",
                        TogglError.message error
                    )

                    let! listed = sendHttp endpoint listing ct
                    let seconds (instant: DateTimeOffset) = instant.ToUnixTimeSeconds()

                    let matches (tracker: TogglTracker) =
                        not (TogglTracker.isDeleted tracker)
                        && tracker.Description = matching.Description
                        && (match matching.Start with
                            | Some start -> seconds tracker.Start = seconds start
                            | None -> false)

                    match
                        listed
                        |> Result.bind (decodeWith TrackerJson.decodeTrackers)
                        |> Result.map (List.tryFind matches)
                    with
                    | Ok(Some tracker) -> return! continueWith (keepAdded endpoint tracker ct)
                    | Ok None -> return Error error
                    | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                    | Error _ -> return Error(TogglError.OutcomeUnknown(exchange.Request, error))
                else
                    return Error error
            }
        | OnFailure.RecheckDelete(trackerId, recheckRequest) ->
            taskResult {
                if isNotFound error then
                    do! commit endpoint (CacheChange.delete [ trackerId ]) ct
                    let! _ = tolerate endpoint isNotFound (Error error)
                    return Outcome.Tracker None, true
                elif isUnanswered error then
                    endpoint.Logger.LogWarning(
                        "Deleting tracker {Id} failed ({Error}); checking whether Toggl deleted it anyway",
                        trackerId,
                        TogglError.message error
                    )

                    let! known = recheckApplied endpoint trackerId recheckRequest ct

                    match known with
                    | Ok None -> return Outcome.Tracker None, true
                    | Ok(Some _)
                    | Error _ -> return! Error error
                else
                    return! Error error
            }
        | OnFailure.StopFailures(trackerId, cached, sentAt, recheckRequest) ->
            taskResult {
                match error with
                | TogglError.ConflictOnRetry _ ->
                    let! known = recheckApplied endpoint trackerId recheckRequest ct

                    match known with
                    | Ok fresh -> return Outcome.Tracker fresh, true
                    | Error failure ->
                        // The stop happened, but when exactly is not known: the last copy known, stopped when
                        // the stop was sent (the cache no longer holds it: the next read asks Toggl).
                        endpoint.Logger.LogWarning(
                            "Tracker {Id} was stopped, but fetching Toggl's copy failed ({Error})",
                            trackerId,
                            TogglError.message failure
                        )

                        return Outcome.Tracker(cached |> Option.map (Running.stoppedAt sentAt)), true
                | _ when isConflict error ->
                    if cached |> Option.exists TogglTracker.isRunning then
                        let! _ = fetch endpoint trackerId ct
                        ()

                    let! _ = tolerate endpoint isConflict (Error error)
                    return Outcome.Tracker None, true
                | _ when isUnanswered error ->
                    endpoint.Logger.LogWarning(
                        "Stopping tracker {Id} failed ({Error}); checking what Toggl holds",
                        trackerId,
                        TogglError.message error
                    )

                    // Whatever the GET finds, the stop failed as far as anyone can tell; the cache is now right.
                    let! _ = recheck endpoint trackerId recheckRequest ct |> TaskResult.map Ok
                    return! Error error
                | _ ->
                    if isNotFound error then
                        do! commit endpoint (CacheChange.delete [ trackerId ]) ct

                    return! Error error
            }
        | OnFailure.LaterChunk unsent ->
            match error with
            | TogglError.Cancelled -> Task.FromResult(Error TogglError.Cancelled)
            | _ ->
                let failures =
                    unsent
                    |> List.map (fun id ->
                        {
                            Id = id
                            Message = TogglError.message error
                        })

                Task.FromResult(Ok(Outcome.Edits { Edits.empty with Failures = failures }, false))

    /// One request and its rules. `Ok(outcome, false)` ends the plan there with success.
    let private exchange
        endpoint
        (progress: IProgress<int> option)
        (previous: Outcome list)
        (exchange: Exchange)
        ct
        : Task<Result<Outcome * bool, TogglError>> =
        task {
            let! result = sendHttp endpoint exchange.Request ct

            match exchange.OnAnswer with
            | OnAnswer.BulkEdited(body, handled) ->
                match result |> Result.bind (decodeWith TrackerJson.decodeEdits) with
                | Ok chunkEdits ->
                    let appliedSoFar =
                        (previous
                         |> List.rev
                         |> List.collect (fun o ->
                             match o with
                             | Outcome.Edits edits -> edits.Successes
                             | _ -> []))
                        @ chunkEdits.Successes

                    match! applyLocally endpoint body chunkEdits appliedSoFar ct with
                    | Error error -> return Error error
                    | Ok() ->
                        progress |> Option.iter (fun p -> p.Report handled)
                        return Ok(Outcome.Edits chunkEdits, true)
                | Error error -> return! failed endpoint exchange error ct
            | rule ->
                match result with
                | Ok response ->
                    let! outcome = answered endpoint rule response ct
                    return outcome |> Result.map (fun o -> o, true)
                | Error error -> return! failed endpoint exchange error ct
        }

    /// Runs a plan: its steps in order, each request through the endpoint's `ISend`, then its finish.
    /// `progress` is told how many ids a bulk edit handled after each chunk.
    let run
        (endpoint: TrackerEndpoint)
        (progress: IProgress<int> option)
        (plan: Plan<'T>)
        (ct: CancellationToken)
        : Task<Result<'T, TogglError>> =
        let rec go (steps: Step list) (outcomes: Outcome list) : Task<Result<Outcome list, TogglError>> =
            task {
                match steps with
                | [] -> return Ok(List.rev outcomes)
                | Step.Answer(outcome, _) :: rest -> return! go rest (outcome :: outcomes)
                | Step.ReadAgain(reads, answer, _) :: rest ->
                    match! read endpoint reads ct with
                    | Error error -> return Error error
                    | Ok answers -> return! go rest (answer answers :: outcomes)
                | Step.Send step :: rest ->
                    match step.OnFailure with
                    // Cancelled between chunks: the chunks done are cached, the rest is not sent.
                    | OnFailure.LaterChunk _ when ct.IsCancellationRequested -> return Error TogglError.Cancelled
                    | _ ->
                        match! exchange endpoint progress outcomes step ct with
                        | Error error -> return Error error
                        | Ok(outcome, true) -> return! go rest (outcome :: outcomes)
                        | Ok(outcome, false) -> return Ok(List.rev (outcome :: outcomes))
            }

        task {
            match! go plan.Steps [] with
            | Ok outcomes -> return plan.Finish outcomes
            | Error error -> return Error error
        }

    /// Reads what an operation needs from the cache, compiles its plan, and runs it.
    let runOperation
        (endpoint: TrackerEndpoint)
        (progress: IProgress<int> option)
        (operation: Result<Operation<'T>, TogglError>)
        (ct: CancellationToken)
        : Task<Result<'T, TogglError>> =
        taskResult {
            let! operation = operation
            let! answers = read endpoint operation.Reads ct
            let! plan = operation.Compile answers
            return! run endpoint progress plan ct
        }
