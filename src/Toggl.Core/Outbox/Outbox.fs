namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// The offline outbox of an endpoint with a SQLite cache: writes that cannot be sent now (no network, a timeout
/// after the retries, a spent quota, a rate limit beyond the pacer, an unknown outcome) wait in the cache's
/// database and show in the cache at once (a created entry under a negative local id); `replay` sends them
/// later, compacted, exactly once, and finds conflicts with changes made on Toggl meanwhile. While the outbox
/// holds anything, new writes join it behind what waits (order is kept). Every function returns a `Result`.
[<RequireQualifiedAccess>]
module Outbox =

    let private notice (reason: TogglError option) (now: DateTimeOffset) seqs pending =
        {
            Items = seqs
            Reason = reason
            ResetsAt = reason |> Option.bind (OutboxQueue.resetsAt now)
            Pending = pending
        }

    let private read (cache: SqliteCache) ct =
        OutboxStore.transact cache "Reading the outbox of" ct (fun db transaction _ _ ->
            OutboxStore.load db transaction)

    let private pending (cache: SqliteCache) ct =
        OutboxStore.transact cache "Reading the outbox of" ct (fun db transaction _ _ ->
            Ok(OutboxStore.count db transaction))

    /// Runs the write now when the outbox is empty; queues it when the outbox holds anything, or when running
    /// it fails in a way that queues (`OutboxQueue.queueable`).
    let private runOrQueue
        (cache: SqliteCache)
        (mustQueue: bool)
        (run: unit -> Task<Result<'T, TogglError>>)
        (queue: TogglError option -> Task<Result<Written<'T>, TogglError>>)
        ct
        =
        task {
            match! pending cache ct with
            | Error error -> return Error error
            | Ok waiting when waiting > 0 || mustQueue -> return! queue None
            | Ok _ ->
                match! run () with
                | Ok result -> return Ok(Written.Sent result)
                | Error error when OutboxQueue.queueable error -> return! queue (Some error)
                | Error error -> return Error error
        }

    /// The real id of a local entry whose create Toggl answered, or the id itself.
    /// The id a write targets: a local id whose create was answered becomes the real one; a real id must be valid.
    let private targetOf (cache: SqliteCache) (trackerId: int64) ct =
        if LocalIds.isLocal trackerId then
            OutboxStore.transact cache "Reading the local ids of" ct (fun db transaction _ _ ->
                let target =
                    OutboxStore.realIdOf db transaction trackerId |> Option.defaultValue trackerId

                if LocalIds.isLocal target then
                    Ok target
                else
                    Validation.trackerId target
                    |> Result.map (fun _ -> target)
                    |> Result.mapError TogglError.Validation)
        else
            Task.FromResult(
                Validation.trackerId trackerId
                |> Result.map (fun _ -> trackerId)
                |> Result.mapError TogglError.Validation
            )

    let private notCached (trackerId: int64) =
        TogglError.Validation(
            ValidationError.InvalidArgument(
                "tracker_id",
                ("tracker "
                 + string trackerId
                 + " is not in the cache, so a change to it cannot be queued: sync, then try again")
            )
        )

    /// The state a queued write starts in: `unknown` for the create whose outcome is unknown.
    let private stateFor (reason: TogglError option) (write: QueuedWrite) =
        match reason, write with
        | Some(TogglError.OutcomeUnknown _), QueuedWrite.Create _ -> OutboxState.Unknown, reason
        | _ -> OutboxState.Queued, reason

    /// Creates a tracker now, or queues its create: the cache then shows it under a negative local id (and
    /// the entry that ran stopped at its start, a stop queued too). Invalid bodies are refused as `Trackers.add`
    /// refuses them, never queued.
    let add
        (endpoint: TrackerEndpoint)
        (body: TrackerBody)
        (ct: CancellationToken)
        : Task<Result<Written<TogglTracker>, TogglError>> =
        match Validation.add body, OutboxQueue.storeOf endpoint with
        | Error invalid, _ -> Task.FromResult(Error(TogglError.Validation invalid))
        | _, Error error -> Task.FromResult(Error error)
        | Ok body, Ok cache ->
            let queue (reason: TogglError option) =
                OutboxQueue.enqueue
                    endpoint
                    cache
                    true
                    []
                    Map.empty
                    (fun localId known now ->
                        let body = Body.forAdd now body

                        let start =
                            match body.Start with
                            | Field.Set start -> start
                            | Field.Unset
                            | Field.Clear -> now

                        let runs =
                            not (Field.isSent body.Stop)
                            && (match body.Duration with
                                | Field.Set duration -> duration < 0L
                                | Field.Unset
                                | Field.Clear -> true)

                        // Toggl stops the running entry when a running one is created, at its server time; queued,
                        // that time would be the replay's, so the stop is queued explicitly at the new start.
                        let stops =
                            if runs then
                                known
                                |> Map.toList
                                |> List.map snd
                                |> List.filter (fun t -> TogglTracker.isRunning t && t.Start <= start)
                                |> List.map (fun t ->
                                    QueuedWrite.Stop(t.Id, start, (if LocalIds.isLocal t.Id then None else Some t)))
                            else
                                []

                        Ok(stops @ [ QueuedWrite.Create(localId, body) ]))
                    (stateFor reason)
                    ct
                |> TaskResult.map (
                    Result.map (fun (seqs, views, count) ->
                        let created =
                            views
                            |> Map.toList
                            |> List.choose snd
                            |> List.filter (fun t -> LocalIds.isLocal t.Id)
                            |> List.minBy (fun t -> t.Id)

                        Written.Queued(created, notice reason (endpoint.Clock.GetUtcNow()) seqs count))
                )

            runOrQueue cache false (fun () -> Trackers.add endpoint body ct) queue ct

    /// The cached copy of an entry before a write on it is tried (its base if the write is queued).
    let private cachedCopy (cache: SqliteCache) (trackerId: int64) ct =
        OutboxStore.transact cache "Reading the outbox of" ct (fun db _ _ cutoff ->
            Ok(OutboxStore.cached db cutoff [ trackerId ] |> Map.tryFind trackerId))

    /// Queues one write on an existing entry (`make` from its cached copy), answering the cache's view of it.
    let private queueOn
        (endpoint: TrackerEndpoint)
        (cache: SqliteCache)
        (trackerId: int64)
        (before: TogglTracker option)
        (make: TogglTracker option -> DateTimeOffset -> Result<QueuedWrite, TogglError>)
        (reason: TogglError option)
        ct
        =
        OutboxQueue.enqueue
            endpoint
            cache
            false
            [ trackerId ]
            (before
             |> Option.map (fun t -> Map.ofList [ t.Id, t ])
             |> Option.defaultValue Map.empty)
            (fun _ known now -> make (known.TryFind trackerId) now |> Result.map List.singleton)
            (stateFor reason)
            ct
        |> TaskResult.map (
            Result.map (fun (seqs, views, count) ->
                views |> Map.tryFind trackerId |> Option.flatten, notice reason (endpoint.Clock.GetUtcNow()) seqs count)
        )

    /// Changes the fields the body sets now, or queues the change (the cache shows it at once). A local id
    /// names an entry whose create waits in the outbox (or was answered: then its real id is used).
    let edit
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (body: TrackerBody)
        (ct: CancellationToken)
        : Task<Result<Written<TogglTracker>, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            taskResult {
                let! trackerId = targetOf cache trackerId ct
                let! before = cachedCopy cache trackerId ct

                let queue reason =
                    queueOn
                        endpoint
                        cache
                        trackerId
                        before
                        (fun cached _ ->
                            match cached with
                            | Some copy ->
                                Ok(
                                    QueuedWrite.Edit(
                                        trackerId,
                                        body,
                                        (if LocalIds.isLocal trackerId then None else Some copy)
                                    )
                                )
                            | None -> Error(notCached trackerId))
                        reason
                        ct
                    |> TaskResult.map (
                        Result.bind (fun (view, notice) ->
                            match view with
                            | Some view -> Ok(Written.Queued(view, notice))
                            | None -> Error(notCached trackerId))
                    )

                return!
                    runOrQueue
                        cache
                        (LocalIds.isLocal trackerId)
                        (fun () -> Trackers.edit endpoint trackerId body false ct)
                        queue
                        ct
            }

    /// Stops a running tracker now, or queues the stop at the clock's now (the cache shows it stopped).
    /// `Sent None` when the cache or Toggl says it does not run (as `Trackers.stop`).
    let stop
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (ct: CancellationToken)
        : Task<Result<Written<TogglTracker option>, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            taskResult {
                let! trackerId = targetOf cache trackerId ct
                let! before = cachedCopy cache trackerId ct

                let queue reason =
                    task {
                        let! cached = cachedCopy cache trackerId ct

                        match cached |> Result.map (Option.orElse before) with
                        | Error error -> return Error error
                        | Ok(Some copy) when not (TogglTracker.isRunning copy) -> return Ok(Written.Sent None)
                        | Ok _ ->
                            return!
                                queueOn
                                    endpoint
                                    cache
                                    trackerId
                                    before
                                    (fun cached now ->
                                        match cached with
                                        | Some copy ->
                                            Ok(
                                                QueuedWrite.Stop(
                                                    trackerId,
                                                    now,
                                                    (if LocalIds.isLocal trackerId then None else Some copy)
                                                )
                                            )
                                        | None -> Error(notCached trackerId))
                                    reason
                                    ct
                                |> TaskResult.map (Result.map (fun (view, notice) -> Written.Queued(view, notice)))
                    }

                return!
                    runOrQueue
                        cache
                        (LocalIds.isLocal trackerId)
                        (fun () -> Trackers.stop endpoint trackerId ct)
                        queue
                        ct
            }

    /// Deletes a tracker now, or queues the delete (the cache no longer shows it). A local entry's create and
    /// its delete fold to nothing at replay.
    let delete
        (endpoint: TrackerEndpoint)
        (trackerId: int64)
        (ct: CancellationToken)
        : Task<Result<Written<unit>, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            taskResult {
                let! trackerId = targetOf cache trackerId ct
                let! before = cachedCopy cache trackerId ct

                let queue reason =
                    queueOn
                        endpoint
                        cache
                        trackerId
                        before
                        (fun cached _ ->
                            match cached with
                            | None when LocalIds.isLocal trackerId -> Error(notCached trackerId)
                            | cached ->
                                Ok(
                                    QueuedWrite.Delete(
                                        trackerId,
                                        (if LocalIds.isLocal trackerId then None else cached)
                                    )
                                ))
                        reason
                        ct
                    |> TaskResult.map (Result.map (fun (_, notice) -> Written.Queued((), notice)))

                return!
                    runOrQueue
                        cache
                        (LocalIds.isLocal trackerId)
                        (fun () -> Trackers.delete endpoint trackerId ct)
                        queue
                        ct
            }

    /// Every item in the outbox, in queue order.
    let items (endpoint: TrackerEndpoint) (ct: CancellationToken) : Task<Result<OutboxItem list, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache -> read cache ct

    /// How many items the outbox holds.
    let count (endpoint: TrackerEndpoint) (ct: CancellationToken) : Task<Result<int, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache -> pending cache ct

    /// The items in conflict, each with mine, theirs and the fields to choose.
    let conflicts (endpoint: TrackerEndpoint) (ct: CancellationToken) : Task<Result<OutboxConflict list, TogglError>> =
        items endpoint ct
        |> TaskResult.map (
            Result.map (
                List.choose (fun item ->
                    match item.State, item.Theirs with
                    | OutboxState.Conflict, Some theirs -> Conflicts.describe item theirs
                    | _ -> None)
            )
        )

    let private noItem (seq: int64) =
        TogglError.Validation(ValidationError.InvalidArgument("seq", ("the outbox holds no item #" + string seq)))

    /// Drops an item and undoes its optimistic change at once: the entry is shown as its base copy with the
    /// writes still waiting applied (a local entry's create dropped takes the writes on it along, and its row
    /// leaves the cache). Gives the seqs dropped.
    let drop (endpoint: TrackerEndpoint) (seq: int64) (ct: CancellationToken) : Task<Result<int64 list, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            OutboxStore.transact cache "Dropping an item from the outbox of" ct (fun db transaction now cutoff ->
                OutboxStore.load db transaction
                |> Result.bind (fun items ->
                    match items |> List.tryFind (fun i -> i.Seq = seq) with
                    | None -> Error(noItem seq)
                    | Some item ->
                        let trackerId = item.Write.TrackerId
                        let onEntry = items |> List.filter (fun i -> i.Write.TrackerId = trackerId)

                        let dropped =
                            match item.Write with
                            | QueuedWrite.Create _ -> onEntry
                            | _ -> [ item ]

                        let seqs = dropped |> List.map (fun i -> i.Seq)
                        OutboxStore.remove db transaction seqs

                        let remaining = onEntry |> List.filter (fun i -> not (List.contains i.Seq seqs))

                        // The copy before the first write on the entry; a local entry had none.
                        let before = onEntry |> List.tryPick (fun i -> i.Write.BaseCopy)

                        match before, item.Write with
                        | _, QueuedWrite.Create(localId, _) ->
                            OutboxStore.commitCache db transaction now [] [ localId ]
                        | Some copy, _ ->
                            let userId = copy.UserId

                            OutboxQueue.optimistic
                                endpoint.WorkspaceId
                                userId
                                now
                                (Map.ofList [ trackerId, copy ])
                                (remaining |> List.map (fun i -> i.Write))
                            |> fun views ->
                                let views =
                                    if views.IsEmpty then
                                        Map.ofList [ trackerId, Some copy ]
                                    else
                                        views

                                OutboxQueue.commitViews db transaction now views
                        | None, _ ->
                            // No copy to go back to (a local entry's edit): the waiting writes on top of its create.
                            let cached = OutboxStore.cached db cutoff [ trackerId ]

                            match remaining |> List.map (fun i -> i.Write) with
                            | (QueuedWrite.Create _ :: _) as writes ->
                                OutboxQueue.optimistic
                                    endpoint.WorkspaceId
                                    (cached
                                     |> Map.tryFind trackerId
                                     |> Option.map (fun t -> t.UserId)
                                     |> Option.defaultValue 0L)
                                    now
                                    Map.empty
                                    writes
                                |> OutboxQueue.commitViews db transaction now
                            | _ -> ()

                        Ok seqs))

    /// Resolves a conflict: keep mine (sent at the next replay, over Toggl's copy), keep theirs (dropped; the
    /// cache shows Toggl's copy), or merge field by field (every conflicting field chosen; the fields only I
    /// changed go along). An item not in conflict, or an incomplete merge, is a typed error.
    let resolve
        (endpoint: TrackerEndpoint)
        (seq: int64)
        (resolution: Resolution)
        (ct: CancellationToken)
        : Task<Result<unit, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            OutboxStore.transact cache "Resolving a conflict in the outbox of" ct (fun db transaction now _ ->
                OutboxStore.load db transaction
                |> Result.bind (fun items ->
                    match items |> List.tryFind (fun i -> i.Seq = seq) with
                    | None -> Error(noItem seq)
                    | Some item ->
                        match item.State, item.Theirs |> Option.bind (Conflicts.describe item) with
                        | OutboxState.Conflict, Some conflict ->
                            Conflicts.resolve conflict resolution
                            |> Result.mapError TogglError.Validation
                            |> Result.map (fun resolved ->
                                let theirs = conflict.Theirs

                                match resolved with
                                | None ->
                                    OutboxStore.remove db transaction [ seq ]

                                    if conflict.DeletedOnToggl then
                                        OutboxStore.commitCache db transaction now [] [ theirs.Id ]
                                    else
                                        OutboxStore.commitCache db transaction now [ theirs ] []
                                | Some write ->
                                    OutboxStore.replace db transaction seq write
                                    OutboxStore.setState db transaction [ seq ] OutboxState.Queued None None

                                    OutboxQueue.optimistic
                                        endpoint.WorkspaceId
                                        theirs.UserId
                                        now
                                        (Map.ofList [ theirs.Id, theirs ])
                                        [ write ]
                                    |> OutboxQueue.commitViews db transaction now)
                        | _ ->
                            Error(
                                TogglError.Validation(
                                    ValidationError.InvalidArgument(
                                        "seq",
                                        ("outbox item #"
                                         + string seq
                                         + " is "
                                         + string item.State.Name
                                         + ", not in conflict: there is nothing to resolve")
                                    )
                                )
                            )))

    /// Sends what waits (see `OutboxReplay`): results reported to `progress` as they happen, and returned.
    let replay
        (endpoint: TrackerEndpoint)
        (progress: IProgress<ReplayResult> option)
        (ct: CancellationToken)
        : Task<Result<ReplayResult list, TogglError>> =
        OutboxReplay.replay endpoint progress ct

    /// The dry run of a replay: each waiting item's plan, and the plans compaction leaves. Sends nothing.
    let plan (endpoint: TrackerEndpoint) (ct: CancellationToken) : Task<Result<OutboxPlan, TogglError>> =
        taskResult {
            let! items = items endpoint ct

            let waiting =
                items
                |> List.filter (fun i ->
                    match i.State with
                    | OutboxState.Queued
                    | OutboxState.Sending
                    | OutboxState.Unknown -> true
                    | OutboxState.Conflict
                    | OutboxState.Refused -> false)

            let blocked =
                items
                |> List.filter (fun i -> not (List.contains i waiting))
                |> List.map (fun i -> i.Write.TrackerId)
                |> Set.ofList

            let printAll (writes: ('Key * QueuedWrite) list) =
                task {
                    let printed = ResizeArray<'Key * PrintedPlan>()
                    let mutable failure = None

                    for key, write in writes do
                        if failure.IsNone then
                            match! OutboxReplay.print endpoint write ct with
                            | Ok plan -> printed.Add((key, plan))
                            | Error error -> failure <- Some error

                    match failure with
                    | Some error -> return Error error
                    | None -> return Ok(List.ofSeq printed)
                }

            let! queued = printAll (waiting |> List.map (fun i -> i.Seq, i.Write))

            let groups =
                waiting
                |> List.filter (fun i -> not (blocked.Contains i.Write.TrackerId))
                |> List.map (fun i -> i.Seq, i.Write)
                |> Compaction.groups
                |> List.choose (fun g -> g.Write |> Option.map (fun w -> g.Sources, w))

            let! compacted = printAll groups

            return
                {
                    Queued = queued
                    Compacted = compacted
                }
        }

    /// The real id Toggl gave a local entry once its create was answered (`None` while it waits).
    let realId
        (endpoint: TrackerEndpoint)
        (localId: int64)
        (ct: CancellationToken)
        : Task<Result<int64 option, TogglError>> =
        match OutboxQueue.storeOf endpoint with
        | Error error -> Task.FromResult(Error error)
        | Ok cache ->
            OutboxStore.transact cache "Reading the local ids of" ct (fun db transaction _ _ ->
                Ok(OutboxStore.realIdOf db transaction localId))
