namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// Replaying the outbox: one since-listing first (it settles writes whose outcome was lost and finds
/// conflicts), then the compacted writes in order, each compiled with the tracker plans and run by the plan
/// runner (pacer, quota gate, retries, recovery of a create: no second sending path), each marked `sending`
/// before its request and removed, with its ids rewritten and its cache change, in one transaction after it.
/// Stops at the first spent quota, rate limit or unreachable Toggl, leaving the rest queued.
[<RequireQualifiedAccess>]
module internal OutboxReplay =

    /// An operation with its result mapped.
    let private mapOperation (mapping: 'T -> 'U) (operation: Operation<'T>) : Operation<'U> =
        {
            Reads = operation.Reads
            Compile =
                fun answers ->
                    operation.Compile answers
                    |> Result.map (fun plan ->
                        {
                            Answers = plan.Answers
                            Steps = plan.Steps
                            Finish = plan.Finish >> Result.map mapping
                        })
        }

    /// The operation a queued write compiles into: the very plans `Trackers` runs. A stop is an edit of the
    /// stop time: Toggl's stop route stops at the server's now, which for a replayed stop is not when the user
    /// stopped.
    let operationOf (context: PlanContext) (write: QueuedWrite) : Result<Operation<TogglTracker option>, TogglError> =
        match write with
        | QueuedWrite.Create(_, body) -> TrackerPlans.add context body |> Result.map (mapOperation Some)
        | QueuedWrite.Edit(trackerId, body, _) ->
            TrackerPlans.edit context trackerId body false |> Result.map (mapOperation Some)
        | QueuedWrite.Stop(trackerId, stopAt, _) ->
            TrackerPlans.edit context trackerId (OutboxEffect.stopBody stopAt) false
            |> Result.map (mapOperation Some)
        | QueuedWrite.Delete(trackerId, _) ->
            TrackerPlans.delete context trackerId
            |> Result.map (mapOperation (fun () -> None))

    /// The plan of a write as the dry run prints it; a write on a local entry waits for its create's id.
    let print
        (endpoint: TrackerEndpoint)
        (write: QueuedWrite)
        (ct: CancellationToken)
        : Task<Result<PrintedPlan, TogglError>> =
        match write with
        | QueuedWrite.Create _ -> Plan.ofOperation endpoint (operationOf (PlanContext.ofEndpoint endpoint) write) ct
        | _ when LocalIds.isLocal write.TrackerId ->
            let line =
                {
                    Kind = PlannedStepKind.FollowUp
                    Text =
                        (string (write.ToString())
                         + ": sent once the create of local entry "
                         + string write.TrackerId
                         + " is answered, with its real id")
                    Request = None
                }

            Task.FromResult(Ok { Steps = [ line ] })
        | _ -> Plan.ofOperation endpoint (operationOf (PlanContext.ofEndpoint endpoint) write) ct

    /// A spent quota the sender already knows of for the bucket `scope` (Toggl said none is left, and it has
    /// not reset yet): no request is sent to it.
    let private spent (endpoint: TrackerEndpoint) (scope: QuotaScope) (now: DateTimeOffset) =
        match endpoint.Send with
        | :? IQuotaKnowledge as knowledge ->
            match knowledge.QuotaOf scope with
            | Some quota when quota.Remaining <= 0 && quota.ResetsAt > now ->
                Some(
                    TogglError.QuotaExhausted(
                        Some 0,
                        Some(quota.ResetsAt - now),
                        "Toggl said no request is left in this hour's quota."
                    ),
                    quota.ResetsAt
                )
            | _ -> None
        | _ -> None

    /// Whether a listed entry is the one a create made (as `CreatedMatch` recognises it: description and
    /// start in whole seconds).
    let private isCreatedBy (body: TrackerBody) (tracker: TogglTracker) =
        let description =
            match body.Description with
            | Field.Set description -> Some description
            | Field.Unset
            | Field.Clear -> None

        match body.Start with
        | Field.Set start ->
            not (TogglTracker.isDeleted tracker)
            && tracker.Description = description
            && tracker.Start.ToUnixTimeSeconds() = start.ToUnixTimeSeconds()
        | Field.Unset
        | Field.Clear -> false

    let private waiting (item: OutboxItem) =
        match item.State with
        | OutboxState.Queued
        | OutboxState.Sending
        | OutboxState.Unknown -> true
        | OutboxState.Conflict
        | OutboxState.Refused -> false

    /// The listing's `since`: early enough to show every change Toggl made to the entries since the copies
    /// the writes were made against, and every create that may have reached it.
    let private sinceOf (now: DateTimeOffset) (items: OutboxItem list) =
        // A create queued after a failed attempt was queued once its retries and recovery were over: Toggl may
        // have created it well before. Its start was fixed before the attempt (now, when none was given), and
        // an unknown one is looked for an hour before it was queued as well (a start given in the future).
        let attempt (item: OutboxItem) =
            match item.Write, item.State with
            | QueuedWrite.Create(_, body), state ->
                [
                    match body.Start with
                    | Field.Set start -> start
                    | Field.Unset
                    | Field.Clear -> ()
                    if state = OutboxState.Unknown then
                        item.CreatedAt - TimeSpan.FromHours 1.0
                ]
            | _ -> []

        let times =
            items
            |> List.collect (fun item ->
                item.CreatedAt :: attempt item
                @ (item.Write.BaseCopy |> Option.map (fun b -> b.At) |> Option.toList))

        let oldest = List.min times - TrackerRules.syncOverlap
        // Toggl lists changes no older than its `since` floor: older ones are out of reach anyway.
        max oldest (now - TrackerRules.maxCursorAge)

    /// Re-applies the optimistic change of every waiting write to the cache (the listing wrote Toggl's copies
    /// over them): the cache keeps showing what the user did.
    let private reapply (endpoint: TrackerEndpoint) (cache: SqliteCache) ct =
        OutboxStore.transact cache "Showing the outbox's writes in" ct (fun db transaction now cutoff ->
            OutboxStore.load db transaction
            |> Result.map (fun items ->
                let writes = items |> List.filter waiting |> List.map (fun i -> i.Write)

                if not writes.IsEmpty then
                    let ids = writes |> List.map (fun w -> w.TrackerId) |> List.distinct
                    let cached = OutboxStore.cached db cutoff ids

                    let userId =
                        cached |> Map.toList |> List.tryHead |> Option.map (fun (_, t) -> t.UserId)

                    // Creates already shown keep their row; a create is applied again only when it is gone.
                    let writes =
                        writes
                        |> List.filter (fun w ->
                            match w with
                            | QueuedWrite.Create(localId, _) -> not (cached.ContainsKey localId)
                            | _ -> true)

                    OutboxQueue.optimistic endpoint.WorkspaceId (defaultArg userId 0L) now cached writes
                    |> OutboxQueue.commitViews db transaction now))

    /// The listing: Toggl's changes since `since`, cached (deleted entries leave the cache).
    let private listing (endpoint: TrackerEndpoint) (since: DateTimeOffset) ct =
        let request =
            Request.toHttp
                endpoint.WorkspaceId
                (TrackerRequest.Collect
                    { CollectFilter.none with
                        Since = Some since
                    })

        let plan =
            {
                Answers =
                    { CacheAnswers.none with
                        HasCache = true
                    }
                Steps =
                    [
                        Step.Send
                            {
                                Request = request
                                OnAnswer = OnAnswer.Trackers
                                OnFailure = OnFailure.Fail
                            }
                    ]
                Finish =
                    fun outcomes ->
                        outcomes
                        |> List.tryPick (fun o ->
                            match o with
                            | Outcome.Trackers trackers -> Some trackers
                            | _ -> None)
                        |> Option.defaultValue []
                        |> Ok
            }

        request, PlanRunner.run endpoint None plan ct

    /// Settles what the listing shows: creates left `sending` or `unknown` found on Toggl (mapped, not sent
    /// again) or not (queued, sent once); writes Toggl already holds (removed); conflicts (kept, not sent).
    let private settle (cache: SqliteCache) (listed: TogglTracker list) (report: ReplayResult -> unit) ct =
        let byId = listed |> List.map (fun t -> t.Id, t) |> Map.ofList

        OutboxStore.transact cache "Settling the outbox of" ct (fun db transaction cachedAt _ ->
            OutboxStore.load db transaction
            |> Result.map (fun items ->
                let results = ResizeArray<ReplayResult>()

                let blocked =
                    items
                    |> List.filter (fun i -> not (waiting i))
                    |> List.map (fun i -> i.Write.TrackerId)
                    |> Set.ofList

                items
                |> List.filter waiting
                |> List.fold
                    (fun (blocked: Set<int64>) item ->
                        match item.Write with
                        | QueuedWrite.Create(localId, body) when item.State <> OutboxState.Queued ->
                            match listed |> List.tryFind (isCreatedBy body) with
                            | Some created ->
                                OutboxStore.remove db transaction [ item.Seq ]
                                OutboxStore.mapLocal db transaction items localId created.Id
                                OutboxStore.rebase db transaction items created
                                OutboxStore.commitCache db transaction cachedAt [] [ localId ]
                                results.Add(ReplayResult.AlreadyDone([ item.Seq ], Some created))
                            | None -> OutboxStore.setState db transaction [ item.Seq ] OutboxState.Queued None None

                            blocked
                        | QueuedWrite.Create _ -> blocked
                        | write when blocked.Contains write.TrackerId || LocalIds.isLocal write.TrackerId -> blocked
                        | write ->
                            let theirs = byId.TryFind write.TrackerId

                            match Conflicts.verdict write theirs with
                            | Verdict.Send send ->
                                if send <> write then
                                    OutboxStore.replace db transaction item.Seq send

                                if item.State <> OutboxState.Queued then
                                    OutboxStore.setState db transaction [ item.Seq ] OutboxState.Queued None None

                                blocked
                            | Verdict.AlreadyDone ->
                                OutboxStore.remove db transaction [ item.Seq ]

                                results.Add(
                                    ReplayResult.AlreadyDone(
                                        [ item.Seq ],
                                        theirs |> Option.filter (TogglTracker.isDeleted >> not)
                                    )
                                )

                                blocked
                            | Verdict.Conflict _ ->
                                let theirs = theirs |> Option.get

                                let reason =
                                    if TogglTracker.isDeleted theirs then
                                        ("Toggl deleted entry "
                                         + string write.TrackerId
                                         + " after this change was made")
                                    else
                                        ("Toggl changed entry "
                                         + string write.TrackerId
                                         + " after this change was made")

                                OutboxStore.setState
                                    db
                                    transaction
                                    [ item.Seq ]
                                    OutboxState.Conflict
                                    (Some reason)
                                    (Some theirs)

                                let conflicted =
                                    { item with
                                        State = OutboxState.Conflict
                                        Reason = Some reason
                                        Theirs = Some theirs
                                    }

                                Conflicts.describe conflicted theirs
                                |> Option.iter (ReplayResult.Conflicted >> results.Add)

                                blocked.Add write.TrackerId)
                    blocked
                |> ignore

                List.ofSeq results))
        |> TaskResult.map (Result.map (List.iter report))

    /// Compacts the waiting writes in the store (a group takes its first item's place; the others go), so
    /// a replay killed after this point finds the compacted queue.
    let private compact (cache: SqliteCache) (report: ReplayResult -> unit) ct =
        OutboxStore.transact cache "Compacting the outbox of" ct (fun db transaction _ _ ->
            OutboxStore.load db transaction
            |> Result.map (fun items ->
                let blocked =
                    items
                    |> List.filter (fun i -> not (waiting i))
                    |> List.map (fun i -> i.Write.TrackerId)
                    |> Set.ofList

                let candidates =
                    items
                    |> List.filter (fun i -> waiting i && not (blocked.Contains i.Write.TrackerId))

                [
                    for group in Compaction.groups (candidates |> List.map (fun i -> i.Seq, i.Write)) do
                        match group.Sources, group.Write with
                        | [ _ ], Some _ -> ()
                        | first :: rest, Some write ->
                            OutboxStore.replace db transaction first write
                            OutboxStore.remove db transaction rest
                            yield ReplayResult.Folded(rest, Some first)
                        | sources, None ->
                            OutboxStore.remove db transaction sources
                            yield ReplayResult.Folded(sources, None)
                        | [], Some _ -> ()
                ]))
        |> TaskResult.map (Result.map (List.iter report))

    /// What the answer to one write leads to in the store, in one transaction: removed, with a create's local
    /// id mapped (later writes rewritten, its local row gone) and later writes on the entry rebased.
    let private sent (cache: SqliteCache) (item: OutboxItem) (tracker: TogglTracker option) ct =
        OutboxStore.transact cache "Recording a sent write in the outbox of" ct (fun db transaction now _ ->
            OutboxStore.load db transaction
            |> Result.map (fun items ->
                let later = items |> List.filter (fun i -> i.Seq <> item.Seq)
                OutboxStore.remove db transaction [ item.Seq ]

                match item.Write, tracker with
                | QueuedWrite.Create(localId, _), Some created ->
                    OutboxStore.mapLocal db transaction later localId created.Id

                    match OutboxStore.load db transaction with
                    | Ok rewritten -> OutboxStore.rebase db transaction rewritten created
                    | Error _ -> ()

                    OutboxStore.commitCache db transaction now [] [ localId ]
                | _, Some tracker -> OutboxStore.rebase db transaction later tracker
                | _, None -> ()))

    let private setState (cache: SqliteCache) (seqs: int64 list) state (reason: TogglError option) ct =
        OutboxStore.transact cache "Updating the outbox of" ct (fun db transaction _ _ ->
            OutboxStore.setState db transaction seqs state (reason |> Option.map TogglError.message) None
            Ok())

    /// Sends the waiting writes one by one, in order, until none is left or one cannot be sent now.
    let rec private sendAll
        (endpoint: TrackerEndpoint)
        (cache: SqliteCache)
        (blocked: Set<int64>)
        (report: ReplayResult -> unit)
        (ct: CancellationToken)
        : Task<Result<unit, TogglError>> =
        task {
            match!
                OutboxStore.transact cache "Reading the outbox of" ct (fun db transaction _ _ ->
                    OutboxStore.load db transaction)
            with
            | Error error -> return Error error
            | Ok items ->
                let blocked =
                    items
                    |> List.filter (fun i -> not (waiting i))
                    |> List.fold (fun (b: Set<int64>) i -> b.Add i.Write.TrackerId) blocked

                let sendable =
                    items
                    |> List.filter (fun i -> i.State = OutboxState.Queued && not (blocked.Contains i.Write.TrackerId))

                let stillQueued (error: TogglError) (resetsAt: DateTimeOffset option) =
                    let seqs = sendable |> List.map (fun i -> i.Seq)

                    if not seqs.IsEmpty then
                        report (ReplayResult.StillQueued(seqs, error, resetsAt))

                match sendable with
                | [] -> return Ok()
                // A write on a local entry whose create is not answered (it waits, or was refused) waits too.
                | item :: _ when
                    (match item.Write with
                     | QueuedWrite.Create _ -> false
                     | write -> LocalIds.isLocal write.TrackerId)
                    ->
                    return! sendAll endpoint cache (blocked.Add item.Write.TrackerId) report ct
                | item :: _ ->
                    let context = PlanContext.ofEndpoint endpoint

                    match operationOf context item.Write with
                    | Error error ->
                        // Refused before sending (a body Toggl would refuse): kept, with the reason.
                        match! setState cache [ item.Seq ] OutboxState.Refused (Some error) ct with
                        | Error failure -> return Error failure
                        | Ok() ->
                            report (ReplayResult.Refused([ item.Seq ], error))
                            return! sendAll endpoint cache (blocked.Add item.Write.TrackerId) report ct
                    | Ok operation ->
                        let now = endpoint.Clock.GetUtcNow()

                        // Every time-entry write is below `workspaces/{wid}/`: it draws from the workspace's bucket.
                        match spent endpoint (QuotaScope.Workspace endpoint.WorkspaceId) now with
                        | Some(error, resetsAt) ->
                            stillQueued error (Some resetsAt)
                            return Ok()
                        | None ->
                            // Marked before the request: killed during it, the next replay's listing settles it.
                            match! setState cache [ item.Seq ] OutboxState.Sending None ct with
                            | Error failure -> return Error failure
                            | Ok() ->
                                match! PlanRunner.runOperation endpoint None (Ok operation) ct with
                                | Ok tracker
                                | Error(TogglError.AppliedButNotCached(_, tracker, _)) ->
                                    match! sent cache item tracker ct with
                                    | Error failure -> return Error failure
                                    | Ok() ->
                                        report (ReplayResult.Sent([ item.Seq ], tracker))
                                        return! sendAll endpoint cache blocked report ct
                                | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                                | Error(TogglError.OutcomeUnknown _ as error) ->
                                    match! setState cache [ item.Seq ] OutboxState.Unknown (Some error) ct with
                                    | Error failure -> return Error failure
                                    | Ok() ->
                                        stillQueued error None
                                        return Ok()
                                | Error error when OutboxQueue.queueable error ->
                                    match! setState cache [ item.Seq ] OutboxState.Queued (Some error) ct with
                                    | Error failure -> return Error failure
                                    | Ok() ->
                                        stillQueued error (OutboxQueue.resetsAt (endpoint.Clock.GetUtcNow()) error)
                                        return Ok()
                                | Error error ->
                                    match! setState cache [ item.Seq ] OutboxState.Refused (Some error) ct with
                                    | Error failure -> return Error failure
                                    | Ok() ->
                                        report (ReplayResult.Refused([ item.Seq ], error))
                                        return! sendAll endpoint cache (blocked.Add item.Write.TrackerId) report ct
        }

    /// Replays the outbox (see the module): results are reported as they happen and returned in order.
    let replay
        (endpoint: TrackerEndpoint)
        (progress: IProgress<ReplayResult> option)
        (ct: CancellationToken)
        : Task<Result<ReplayResult list, TogglError>> =
        task {
            match OutboxQueue.storeOf endpoint with
            | Error error -> return Error error
            | Ok cache ->
                // One replay at a time per cache file, across processes: two replays reading the same queue
                // would both settle an unknown create as "not listed" and both send it (two `toggl outbox send`
                // at once made a duplicate). The second waits for the first, then finds what it left.
                match! FileLock.acquire (cache.Path + ".replay.lock") FileLock.defaultTimeout ct with
                | Error error -> return Error error
                | Ok replayLock ->
                    use _ = replayLock
                    let results = ResizeArray<ReplayResult>()

                    let report (result: ReplayResult) =
                        results.Add result
                        progress |> Option.iter (fun p -> p.Report result)

                    match!
                        OutboxStore.transact cache "Reading the outbox of" ct (fun db transaction _ _ ->
                            OutboxStore.load db transaction)
                    with
                    | Error error -> return Error error
                    | Ok items ->
                        let pending = items |> List.filter waiting

                        if pending.IsEmpty then
                            return Ok []
                        else
                            let now = endpoint.Clock.GetUtcNow()
                            let request, listed = listing endpoint (sinceOf now pending) ct
                            let seqs = pending |> List.map (fun i -> i.Seq)

                            match spent endpoint (ResourceRequests.scope request) now with
                            | Some(error, resetsAt) ->
                                report (ReplayResult.StillQueued(seqs, error, Some resetsAt))
                                return Ok(List.ofSeq results)
                            | None ->
                                match! listed with
                                | Error error when OutboxQueue.queueable error ->
                                    report (
                                        ReplayResult.StillQueued(
                                            seqs,
                                            error,
                                            OutboxQueue.resetsAt (endpoint.Clock.GetUtcNow()) error
                                        )
                                    )

                                    return!
                                        reapply endpoint cache ct
                                        |> TaskResult.map (Result.map (fun () -> List.ofSeq results))
                                | Error error -> return Error error
                                | Ok listed ->
                                    let! outcome =
                                        taskResult {
                                            do! settle cache listed report ct
                                            do! compact cache report ct
                                            do! sendAll endpoint cache Set.empty report ct
                                            do! reapply endpoint cache ct
                                        }

                                    return outcome |> Result.map (fun () -> List.ofSeq results)
        }
