namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions


/// Sends one HTTP request and classifies the answer: the HTTP interpreter, or any stand-in.
type Send = HttpRequest -> CancellationToken -> Task<Result<HttpResponse, TogglError>>

/// The seed's TrackerEndpoint as a value: where requests go, which cache answers, and the tolerance rule.
type TrackerEndpoint =
    {
        /// The workspace the trackers belong to.
        WorkspaceId: int64
        /// How requests are sent (the HTTP interpreter).
        Send: Send
        /// The cache answering non-refresh reads, if any.
        Cache: ITrackerCache option
        /// The clock (the default start of `add`, the sync cursor, date validation).
        Clock: TimeProvider
        /// `false`: tolerated statuses (404 on get and delete, 409 on stop, 404/405 on current) become "none";
        /// `true`: they are errors.
        ReRaise: bool
        /// Where the endpoint tells what it does (never credentials: it never sees them).
        Logger: ILogger
    }

/// What a sync did.
type SyncResult =
    {
        /// `true` when there was no usable cursor and Toggl's whole window was loaded.
        Full: bool
        /// Trackers new or changed against what the cache held (the overlap read again is not counted).
        Upserted: int
        /// Trackers the cache held that were removed (deleted on Toggl).
        Deleted: int
        /// The cursor stored for the next sync.
        Cursor: DateTimeOffset
    }

/// The tracker operations of the seed's TrackerEndpoint: current, collect, get, add, edit, bulk edit,
/// delete, stop, plus `sync`, the quota-saving path. Every function returns a `Result`; none throws for an
/// expected failure.
[<RequireQualifiedAccess>]
module Trackers =

    /// How far back a sync cursor overlaps the previous sync, so a change written while the previous
    /// sync ran, or a small clock difference with Toggl, is not missed. Re-reading it costs nothing more:
    /// it comes in the same single request.
    let syncOverlap = TimeSpan.FromMinutes 1.0

    /// A cursor older than this is not trusted: Toggl's `since` is not documented past three months
    /// (docs/toggl-api.md §6.1), so an older cache is loaded whole again.
    let maxCursorAge = TimeSpan.FromDays 80.0

    /// An endpoint with no cache, tolerant statuses, the system clock and no logging.
    let create (workspaceId: int64) (send: Send) =
        {
            WorkspaceId = workspaceId
            Send = send
            Cache = None
            Clock = TimeProvider.System
            ReRaise = false
            Logger = NullLogger.Instance
        }

    let private ok value = Task.FromResult(Ok value)

    /// Keeps a failed request as a value, for operations that handle some errors themselves.
    let private attempt (source: Task<Result<'T, TogglError>>) : Task<Result<Result<'T, TogglError>, TogglError>> =
        TaskResult.map Ok source

    let private sendRequest endpoint request ct =
        endpoint.Send (Request.toHttp endpoint.WorkspaceId request) ct

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

    /// The sync cursor that marks a cache as not to be trusted: it is older than `maxCursorAge`, so reads
    /// go to Toggl and the next sync loads the whole window again. Written when a write's outcome is unknown.
    let invalidCursor = DateTimeOffset.UnixEpoch

    // docs/toggl-api.md §6.2: idle is 200 `null`; the Python library also meets 405, the swagger documents 404.
    let private isIdleStatus error =
        match error with
        | TogglError.NotFound _
        | TogglError.BadRequest(405, _) -> true
        | _ -> false

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
                            SyncCursor = cursor |> Option.map (fun _ -> invalidCursor)
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

    let private syncCursor endpoint ct =
        match endpoint.Cache with
        | Some cache -> cache.SyncCursor ct
        | None -> ok None

    /// The cache answers reads only once a sync has loaded it: an empty or partial cache must not pass for
    /// "nothing there" (docs/python-reference.md bug 8).
    let private syncedCache endpoint ct =
        taskResult {
            match endpoint.Cache with
            | None -> return None
            | Some cache ->
                let! cursor = cache.SyncCursor ct
                // An invalidated cursor (a write of unknown outcome) is no sync.
                return
                    cursor
                    |> Option.filter (fun c -> c > invalidCursor)
                    |> Option.map (fun _ -> cache)
        }

    let private runningQuery =
        [
            {
                Key = TrackerField.Stop
                Value = QueryValue.Null
                Comparison = Comparison.Equal
            }
        ]

    /// Brings cached trackers that claim to run but are not Toggl's current entry up to date, so a tracker
    /// stopped or deleted elsewhere is not shown running forever (docs/python-reference.md bug 9).
    let private correctStale endpoint (running: TogglTracker option) ct =
        taskResult {
            match endpoint.Cache with
            | None -> return ()
            | Some cache ->
                let! cachedRunning = cache.Query(runningQuery, ct)

                let stale =
                    cachedRunning
                    |> List.filter (fun t -> Some t.Id <> (running |> Option.map (fun r -> r.Id)))

                for tracker in stale do
                    let! response =
                        sendRequest endpoint (TrackerRequest.Get(tracker.Id, false)) ct
                        |> TaskResult.map (tolerate endpoint isNotFound)

                    match response with
                    | Some response ->
                        let! fresh = decodeWith TrackerJson.decodeTracker response
                        do! upsert endpoint [ fresh ] ct
                    | None -> do! commit endpoint (CacheChange.delete [ tracker.Id ]) ct
        }

    /// The running tracker, or `None`. With `refresh = false` a synced cache answers without a request.
    let current (endpoint: TrackerEndpoint) (refresh: bool) (ct: CancellationToken) =
        taskResult {
            let! cache = if refresh then ok None else syncedCache endpoint ct

            match cache with
            | Some cache ->
                let! running = cache.Query(runningQuery, ct)
                // Several claim to run when writers raced: Toggl keeps only the newest.
                return Running.newest running
            | None ->
                let! response =
                    sendRequest endpoint TrackerRequest.Current ct
                    |> TaskResult.map (tolerate endpoint isIdleStatus)

                let! running =
                    match response with
                    | Some response -> decodeWith TrackerJson.decodeCurrent response
                    | None -> Ok None

                do! correctStale endpoint running ct
                do! upsert endpoint (Option.toList running) ct
                return running
        }

    /// The cache queries equivalent to a collect filter (docs/toggl-api.md §6.1: ranges filter by start,
    /// `start_date ≤ start < end_date`; `since` by last change).
    let queriesOf (filter: CollectFilter) : TogglQuery list =
        let bound (value: DateBound) =
            match value with
            | DateBound.Day day -> QueryValue.Day day
            | DateBound.Instant instant -> QueryValue.Instant instant

        let condition key comparison value =
            value
            |> Option.map (fun value ->
                {
                    Key = key
                    Value = value
                    Comparison = comparison
                })

        List.choose
            id
            [
                condition TrackerField.At Comparison.GreaterOrEqual (filter.Since |> Option.map QueryValue.Instant)
                condition TrackerField.Start Comparison.Less (filter.Before |> Option.map bound)
                condition TrackerField.Start Comparison.GreaterOrEqual (filter.StartDate |> Option.map bound)
                condition TrackerField.Start Comparison.Less (filter.EndDate |> Option.map bound)
            ]

    /// Trackers matching the filter, newest start first. With `refresh = false` a synced cache answers
    /// without a request; otherwise Toggl answers and the cache is updated.
    let collect (endpoint: TrackerEndpoint) (filter: CollectFilter) (refresh: bool) (ct: CancellationToken) =
        taskResult {
            let! filter =
                Validation.collect (endpoint.Clock.GetUtcNow()) filter
                |> Result.mapError TogglError.Validation

            let! cache = if refresh then ok None else syncedCache endpoint ct

            match cache with
            | Some cache ->
                let! trackers = cache.Query(queriesOf filter, ct)
                // Entries that still claim to run after a newer one started (writers raced) are shown as
                // Toggl has them: stopped at the next one's start.
                let! running = cache.Query(runningQuery, ct)

                return
                    trackers
                    |> Running.apply (Running.settle running)
                    |> List.sortByDescending (fun t -> t.Start)
            | None ->
                let! response = sendRequest endpoint (TrackerRequest.Collect filter) ct
                let! trackers = decodeWith TrackerJson.decodeTrackers response
                do! upsert endpoint trackers ct
                return trackers
        }

    /// One tracker by id; `None` when Toggl answers 404 (unless `ReRaise`). With `refresh = false` a cached
    /// copy answers without a request.
    let get (endpoint: TrackerEndpoint) (trackerId: int64) (refresh: bool) (ct: CancellationToken) =
        taskResult {
            do!
                Validation.trackerId trackerId
                |> Result.map ignore
                |> Result.mapError TogglError.Validation

            let! cached =
                match endpoint.Cache with
                | Some cache when not refresh -> cache.Find(trackerId, ct)
                | _ -> ok None

            match cached with
            | Some tracker -> return Some tracker
            | None ->
                let! result = attempt (sendRequest endpoint (TrackerRequest.Get(trackerId, false)) ct)

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

    /// After a create failed without an answer (5xx, timeout, dropped connection), the write may still have
    /// been applied (the sandbox's "apply then fail"). A POST is never retried, since that can duplicate the
    /// entry; instead one `since` listing looks for the entry the body describes. `Ok None`: Toggl lists no
    /// such entry; `Error`: the listing failed too, so nobody knows.
    let private recoverAdd endpoint (body: TrackerBody) (sentAt: DateTimeOffset) ct =
        task {
            let filter =
                { CollectFilter.none with
                    Since = Some(sentAt - syncOverlap)
                }

            let! listed = sendRequest endpoint (TrackerRequest.Collect filter) ct

            let seconds (instant: DateTimeOffset) = instant.ToUnixTimeSeconds()

            let matches (tracker: TogglTracker) =
                not (TogglTracker.isDeleted tracker)
                && (match body.Description with
                    | Field.Set description -> tracker.Description = Some description
                    | Field.Unset
                    | Field.Clear -> tracker.Description.IsNone)
                && (match body.Start with
                    | Field.Set start -> seconds tracker.Start = seconds start
                    | Field.Unset
                    | Field.Clear -> false)

            return
                listed
                |> Result.bind (decodeWith TrackerJson.decodeTrackers)
                |> Result.map (List.tryFind matches)
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
                match! sendRequest endpoint (TrackerRequest.Get(tracker.Id, false)) ct with
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
                    cache.Query(runningQuery, ct)
                    |> TaskResult.map (Result.map (Running.supersededBy tracker))
                | _ -> ok []

            do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert (tracker :: superseded)) ct
            return tracker
        }

    /// Creates a tracker. No start means now; no stop and no duration means a running tracker.
    /// A create is never retried; when it fails without an answer, one listing checks whether it was applied;
    /// when that listing fails too, the error is `OutcomeUnknown`: Toggl may have created it.
    let add (endpoint: TrackerEndpoint) (body: TrackerBody) (ct: CancellationToken) =
        task {
            match Validation.add body with
            | Error invalid -> return Error(TogglError.Validation invalid)
            | Ok body ->
                let sentAt = endpoint.Clock.GetUtcNow()
                let body = Body.forAdd sentAt body
                let request = TrackerRequest.Add body

                match! sendRequest endpoint request ct with
                | Ok response ->
                    match decodeWith TrackerJson.decodeTracker response with
                    | Ok tracker ->
                        let! tracker = withTagIds endpoint body tracker ct
                        return! keepAdded endpoint tracker ct
                    | Error error -> return Error error
                | Error error when isUnanswered error ->
                    endpoint.Logger.LogWarning(
                        "Creating a tracker failed ({Error}); looking whether Toggl applied it anyway",
                        TogglError.message error
                    )

                    match! recoverAdd endpoint body sentAt ct with
                    | Ok(Some tracker) -> return! keepAdded endpoint tracker ct
                    | Ok None -> return Error error
                    | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                    | Error _ ->
                        return Error(TogglError.OutcomeUnknown(Request.toHttp endpoint.WorkspaceId request, error))
                | Error error -> return Error error
        }

    /// Changes the fields the body sets, and only those.
    let edit (endpoint: TrackerEndpoint) (trackerId: int64) (body: TrackerBody) (meta: bool) (ct: CancellationToken) =
        taskResult {
            do!
                Validation.trackerId trackerId
                |> Result.map ignore
                |> Result.mapError TogglError.Validation

            let! response = sendRequest endpoint (TrackerRequest.Edit(trackerId, body, meta)) ct
            let! tracker = decodeWith TrackerJson.decodeTracker response
            let! tracker = withTagIds endpoint body tracker ct |> TaskResult.map Ok
            do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert [ tracker ]) ct
            return tracker
        }

    /// Applies one body to many trackers, in requests of at most 100 ids. Toggl applies it per entry
    /// (docs/toggl-api.md §6.6); the successes are applied to the cache locally, without a request per entry. If a later
    /// chunk fails, the ids it held are reported as failures with the error, so nothing done is lost.
    /// No ids: nothing to do, no request. Cancelled between chunks: `Cancelled` (the chunks done are cached).
    let bulkEdit
        (endpoint: TrackerEndpoint)
        (trackerIds: int64 list)
        (body: TrackerBody)
        (progress: IProgress<int> option)
        (ct: CancellationToken)
        =
        taskResult {
            if trackerIds.IsEmpty then
                // As the Python library: an empty edit is an empty result, not an error.
                return Edits.empty
            else
                do!
                    Validation.bulkEdit trackerIds body
                    |> Result.map ignore
                    |> Result.mapError TogglError.Validation

                let chunks = Request.chunk trackerIds

                let applyLocally (edits: Edits) (appliedSoFar: int64 list) =
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
                                    Result.mapError (fun cause ->
                                        TogglError.AppliedButNotCached(appliedSoFar, None, cause))
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

                let rec loop (remaining: int64 list list) (edits: Edits) (done': int) =
                    task {
                        match remaining with
                        | [] -> return Ok edits
                        | _ when done' > 0 && ct.IsCancellationRequested -> return Error TogglError.Cancelled
                        | chunk :: rest ->
                            let! result = sendRequest endpoint (TrackerRequest.BulkEdit(chunk, body)) ct
                            let result = result |> Result.bind (decodeWith TrackerJson.decodeEdits)

                            match result with
                            | Ok chunkEdits ->
                                let edits = Edits.combine edits chunkEdits

                                match! applyLocally chunkEdits edits.Successes with
                                | Error error -> return Error error
                                | Ok() ->
                                    let done' = done' + chunk.Length
                                    progress |> Option.iter (fun p -> p.Report done')
                                    return! loop rest edits done'
                            | Error error when done' = 0 -> return Error error
                            | Error TogglError.Cancelled -> return Error TogglError.Cancelled
                            | Error error ->
                                let unsent =
                                    remaining
                                    |> List.concat
                                    |> List.map (fun id ->
                                        {
                                            Id = id
                                            Message = TogglError.message error
                                        })

                                return
                                    Ok
                                        { edits with
                                            Failures = edits.Failures @ unsent
                                        }
                    }

                return! loop chunks Edits.empty 0
        }

    /// After a delete or stop failed without an answer: one GET tells what Toggl holds now. `Ok(Some t)`:
    /// Toggl has it (cached fresh); `Ok None`: Toggl has no such entry (it left the cache); `Error`: the GET
    /// failed too, so the entry's state is unknown: it leaves the cache and the cursor is invalidated. The
    /// outer error is the cache's, when it could not record what the GET said.
    let private recheck
        endpoint
        (trackerId: int64)
        ct
        : Task<Result<Result<TogglTracker option, TogglError>, TogglError>> =
        task {
            let! result = sendRequest endpoint (TrackerRequest.Get(trackerId, false)) ct

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
    let private recheckApplied endpoint (trackerId: int64) ct =
        recheck endpoint trackerId ct
        |> TaskResult.map (
            Result.mapError (fun cause ->
                match cause with
                | TogglError.CacheFailure _ -> TogglError.AppliedButNotCached([ trackerId ], None, cause)
                | _ -> cause)
        )

    /// Deletes a tracker. A 404 is fine (already gone) unless `ReRaise`; the cache forgets it either way.
    /// When the delete fails without an answer, one GET checks: 404 means it was deleted (success); an
    /// entry means it was not (the error); a failing GET leaves the outcome unknown (the error, and the
    /// cache no longer trusted).
    let delete (endpoint: TrackerEndpoint) (trackerId: int64) (ct: CancellationToken) =
        taskResult {
            do!
                Validation.trackerId trackerId
                |> Result.map ignore
                |> Result.mapError TogglError.Validation

            let! result = attempt (sendRequest endpoint (TrackerRequest.Delete trackerId) ct)

            match result with
            | Ok _ -> do! commitApplied endpoint [ trackerId ] None (CacheChange.delete [ trackerId ]) ct
            | Error error when isNotFound error ->
                do! commit endpoint (CacheChange.delete [ trackerId ]) ct
                do! tolerate endpoint isNotFound (Error error) |> Result.map ignore
            | Error error when isUnanswered error ->
                endpoint.Logger.LogWarning(
                    "Deleting tracker {Id} failed ({Error}); checking whether Toggl deleted it anyway",
                    trackerId,
                    TogglError.message error
                )

                let! known = recheckApplied endpoint trackerId ct

                match known with
                | Ok None -> return ()
                | Ok(Some _)
                | Error _ -> return! Error error
            | Error error -> return! Error error
        }

    /// Stops a running tracker. `None` when it was already stopped (409), unless `ReRaise`; a cached copy
    /// that still claims to run is then corrected. A 409 to a retry after an unanswered attempt is our own
    /// stop (applied, then answered 5xx or not at all): success, with Toggl's copy from one GET.
    let stop (endpoint: TrackerEndpoint) (trackerId: int64) (ct: CancellationToken) =
        taskResult {
            do!
                Validation.trackerId trackerId
                |> Result.map ignore
                |> Result.mapError TogglError.Validation

            let sentAt = endpoint.Clock.GetUtcNow()
            let! result = attempt (sendRequest endpoint (TrackerRequest.Stop trackerId) ct)

            match result with
            | Ok response ->
                let! tracker = decodeWith TrackerJson.decodeTracker response
                do! commitApplied endpoint [ tracker.Id ] (Some tracker) (CacheChange.upsert [ tracker ]) ct
                return Some tracker
            | Error(TogglError.ConflictOnRetry _) ->
                let! cached =
                    match endpoint.Cache with
                    | Some cache -> cache.Find(trackerId, ct)
                    | None -> ok None

                let! known = recheckApplied endpoint trackerId ct

                match known with
                | Ok fresh -> return fresh
                | Error error ->
                    // The stop happened, but when exactly is not known: the last copy known, stopped when
                    // the stop was sent (the cache no longer holds it: the next read asks Toggl).
                    endpoint.Logger.LogWarning(
                        "Tracker {Id} was stopped, but fetching Toggl's copy failed ({Error})",
                        trackerId,
                        TogglError.message error
                    )

                    return cached |> Option.map (Running.stoppedAt sentAt)
            | Error error when isConflict error ->
                let! cached =
                    match endpoint.Cache with
                    | Some cache -> cache.Find(trackerId, ct)
                    | None -> ok None

                if cached |> Option.exists TogglTracker.isRunning then
                    let! _ = get endpoint trackerId true ct
                    ()

                return! tolerate endpoint isConflict (Error error) |> Result.map (fun _ -> None)
            | Error error when isUnanswered error ->
                endpoint.Logger.LogWarning(
                    "Stopping tracker {Id} failed ({Error}); checking what Toggl holds",
                    trackerId,
                    TogglError.message error
                )

                // Whatever the GET finds, the stop failed as far as anyone can tell; the cache is now right.
                let! _ = recheck endpoint trackerId ct |> TaskResult.map Ok
                return! Error error
            | Error error ->
                if isNotFound error then
                    do! commit endpoint (CacheChange.delete [ trackerId ]) ct

                return! Error error
        }

    /// The whole window Toggl lets `GET /me/time_entries` read: from its three-month floor (one day in, since
    /// Toggl's "today" is the user's) to the day after tomorrow.
    let fullWindow (now: DateTimeOffset) =
        let today = DateOnly.FromDateTime now.UtcDateTime
        today.AddMonths(-3).AddDays(1), today.AddDays(2)

    /// Brings the cache up to date in one request: `since=<cursor>` returns every change, deletions included
    /// (docs/toggl-api.md §6.1). Without a cursor, Toggl's whole window is loaded. Needs a cache.
    let sync (endpoint: TrackerEndpoint) (ct: CancellationToken) =
        taskResult {
            let! cache =
                match endpoint.Cache with
                | Some cache -> Ok cache
                | None -> Error(TogglError.Validation ValidationError.NoCache)

            let now = endpoint.Clock.GetUtcNow()
            let! cursor = cache.SyncCursor ct
            let cursor = cursor |> Option.filter (fun c -> now - c < maxCursorAge)
            let windowStart, windowEnd = fullWindow now

            let filter =
                match cursor with
                | Some since ->
                    { CollectFilter.none with
                        Since = Some since
                    }
                | None ->
                    { CollectFilter.none with
                        StartDate = Some(DateBound.Day windowStart)
                        EndDate = Some(DateBound.Day windowEnd)
                    }

            let! response = sendRequest endpoint (TrackerRequest.Collect filter) ct
            let! trackers = decodeWith TrackerJson.decodeTrackers response
            let deleted, live = trackers |> List.partition TogglTracker.isDeleted

            // What the cache holds of the listed entries and of the window: the counts are of real changes
            // only, not of the overlap read again.
            let! known =
                match cursor with
                | Some _ ->
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
                | None -> cache.Query(queriesOf filter, ct)

            let knownById = known |> List.map (fun t -> t.Id, t) |> Map.ofList

            // A full load is the truth for its window: cached entries in it that Toggl no longer lists were
            // deleted while the cache had no cursor.
            let vanished =
                match cursor with
                | Some _ -> []
                | None ->
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

            let next = now - syncOverlap

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
                (if cursor.IsSome then "incremental" else "full")
            )

            return
                {
                    Full = cursor.IsNone
                    Upserted = changed
                    Deleted = removed
                    Cursor = next
                }
        }
