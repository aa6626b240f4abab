namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging

/// The rules for a failure (`OnFailure`), interpreted: tolerated statuses, rechecks, the recovery of a create.
[<RequireQualifiedAccess>]
module internal FailureRules =

    open RunnerEffects

    /// One tracker from Toggl, cached; 404 drops it from the cache and is `None` (unless ReRaise).
    let fetch endpoint (trackerId: int64) ct =
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

    /// After a delete or stop failed without an answer: one GET tells what Toggl holds now. `Ok(Some t)`:
    /// Toggl has it (cached fresh); `Ok None`: Toggl has no such entry (it left the cache); `Error`: the GET
    /// failed too, so the entry's state is unknown: it leaves the cache and the cursor is invalidated. The
    /// outer error is the cache's, when it could not record what the GET said.
    let recheck
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
    let recheckApplied endpoint (trackerId: int64) request ct =
        recheck endpoint trackerId request ct
        |> TaskResult.map (
            Result.mapError (fun cause ->
                match cause with
                | TogglError.CacheFailure _ -> TogglError.AppliedButNotCached([ trackerId ], None, cause)
                | _ -> cause)
        )

    /// What a failed request leads to: `Ok(outcome, false)` ends the plan with that outcome.
    let failed endpoint (exchange: Exchange) (error: TogglError) ct : Task<Result<Outcome * bool, TogglError>> =
        let continueWith (source: Task<Result<Outcome, TogglError>>) =
            source |> TaskResult.map (Result.map (fun o -> o, true))

        match exchange.OnFailure with
        | OnFailure.Fail -> Task.FromResult(Error error)
        | OnFailure.IdleIsNone ->
            match tolerate endpoint isIdleStatus (Error error) with
            | Ok _ ->
                match exchange.OnAnswer with
                | OnAnswer.Current cachedRunning -> continueWith (AnswerRules.current endpoint cachedRunning None ct)
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
                    | Ok(Some tracker) -> return! continueWith (AnswerRules.keepAdded endpoint tracker ct)
                    | Ok None -> return Error error
                    | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                    | Error _ -> return Error(TogglError.OutcomeUnknown(exchange.Request, error))
                else
                    return Error error
            }
        | OnFailure.RecoverResource lookup ->
            task {
                if not (isUnanswered error) then
                    return Error error
                else
                    endpoint.Logger.LogWarning(
                        "Creating {Kind} '{Name}' failed ({Error}); looking whether Toggl created it anyway",
                        string lookup.Kind,
                        lookup.Name,
                        TogglError.message error
                    )

                    match lookup.Listing with
                    | None -> return Error(TogglError.OutcomeUnknown(exchange.Request, error))
                    | Some listing ->
                        let! listed = sendHttp endpoint (ResourceRequests.toHttp listing) ct

                        match
                            listed
                            |> Result.bind (decodeWith (ResourceJson.decodeList lookup.Kind))
                            |> Result.map (List.tryFind (ResourcePlans.isCreated lookup))
                        with
                        | Ok(Some created) ->
                            let! committed =
                                ResourceAnswerRules.commit
                                    endpoint
                                    (ResourceCommit.applied lookup.Now)
                                    [ created ]
                                    []
                                    None
                                    ct

                            return
                                committed
                                |> Result.map (fun (upserted, _) ->
                                    Outcome.Resources
                                        {
                                            Objects = [ created ]
                                            Requests = 2
                                            Upserted = upserted
                                            Deleted = 0
                                        },
                                    true)
                        // Not listed: Toggl did not create it, and the create's own error is the answer.
                        | Ok None -> return Error error
                        | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                        | Error _ -> return Error(TogglError.OutcomeUnknown(exchange.Request, error))
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
        | OnFailure.Tolerate tolerated ->
            taskResult {
                let status = TogglError.status error

                let isTolerated (error: TogglError) =
                    TogglError.status error
                    |> Option.exists (fun status -> List.contains status tolerated.Statuses)

                // An object Toggl no longer has leaves the cache whatever the caller asked for.
                match tolerated.Drop with
                | Some(kind, id) when status = Some 404 ->
                    let! _ =
                        ResourceAnswerRules.commit
                            endpoint
                            { ResourceCommit.upsert DateTimeOffset.MinValue with
                                Remove = [ kind, id ]
                            }
                            []
                            []
                            None
                            ct

                    ()
                | _ -> ()

                if isTolerated error && (tolerated.Always || not endpoint.ReRaise) then
                    return ResourceAnswerRules.none exchange.OnAnswer, true
                else
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
