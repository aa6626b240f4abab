namespace Toggl.Core

open System
open Microsoft.Data.Sqlite

/// Putting writes in the outbox: which failures queue a write, and the queueing itself — the items and the
/// optimistic cache change they make, in one transaction.
[<RequireQualifiedAccess>]
module internal OutboxQueue =

    /// The outbox lives in the SQLite cache's file; any other endpoint has none (a typed error, never a crash).
    let storeOf (endpoint: TrackerEndpoint) : Result<SqliteCache, TogglError> =
        match endpoint.Cache with
        | Some(:? SqliteCache as cache) -> Ok cache
        | Some _ ->
            Error(
                TogglError.Validation(
                    ValidationError.InvalidArgument(
                        "cache",
                        "the outbox needs the SQLite cache (it keeps queued writes in the cache's database); the JSON file cache has none"
                    )
                )
            )
        | None ->
            Error(
                TogglError.Validation(
                    ValidationError.InvalidArgument(
                        "cache",
                        "the outbox needs the SQLite cache (it keeps queued writes in the cache's database)"
                    )
                )
            )

    /// Whether a failed write waits in the outbox instead of failing: Toggl could not be reached (no connection
    /// made, or one that broke off) or did not answer after the retries, the quota is spent, the rate limit
    /// outlasted the pacer, or a create's outcome is unknown. Validation errors and Toggl's refusals (other 4xx) are the caller's, as without an outbox.
    let queueable (error: TogglError) =
        match error with
        | TogglError.Transport _
        | TogglError.Unreachable _
        | TogglError.Timeout _
        | TogglError.ServerError _
        | TogglError.QuotaExhausted _
        | TogglError.RateLimited _
        | TogglError.OutcomeUnknown _ -> true
        | _ -> false

    /// When Toggl will take requests again, when the error says.
    let resetsAt (now: DateTimeOffset) (error: TogglError) =
        match error with
        | TogglError.QuotaExhausted(_, Some resetsIn, _) -> Some(now + resetsIn)
        | TogglError.RateLimited(Some retryAfter, _) -> Some(now + retryAfter)
        | _ -> None

    /// The user the cache's entries belong to (a local entry needs one to be shown as the user's).
    let private userOf (db: SqliteConnection) (cutoff: int64) =
        SqliteTrackers.select db cutoff "id = (SELECT id FROM trackers WHERE id > 0 LIMIT 1)" []
        |> List.tryHead
        |> Option.map (fun t -> t.UserId)
        |> Option.defaultValue 0L

    /// The cache after the writes, entry by entry: each write applied to the copy the one before it left.
    let optimistic
        (workspaceId: int64)
        (userId: int64)
        (now: DateTimeOffset)
        (cached: Map<int64, TogglTracker>)
        (writes: QueuedWrite list)
        : Map<int64, TogglTracker option> =
        writes
        |> List.fold
            (fun (views: Map<int64, TogglTracker option>) write ->
                let key = write.TrackerId

                let before =
                    match views.TryFind key with
                    | Some view -> view
                    | None -> cached.TryFind key

                views.Add(key, OutboxEffect.apply workspaceId userId now write before))
            Map.empty

    /// Commits the views into the cache: entries upserted, deleted ones removed.
    let commitViews db transaction now (views: Map<int64, TogglTracker option>) =
        let upserts = views |> Map.toList |> List.choose snd

        let deletes =
            views |> Map.toList |> List.filter (fun (_, v) -> v.IsNone) |> List.map fst

        OutboxStore.commitCache db transaction now upserts deletes

    /// Queues the writes `make` builds from the cached copies of `trackerIds` and the entries that run (given a
    /// fresh local id when `wantsLocal`), each in the state `stateOf` gives, and applies their optimistic change
    /// to the cache, in one transaction. Gives the items' seqs, the cache's view of each entry written, and
    /// how many items the outbox holds then.
    let enqueue
        (endpoint: TrackerEndpoint)
        (cache: SqliteCache)
        (wantsLocal: bool)
        (trackerIds: int64 list)
        (before: Map<int64, TogglTracker>)
        (make: int64 -> Map<int64, TogglTracker> -> DateTimeOffset -> Result<QueuedWrite list, TogglError>)
        (stateOf: QueuedWrite -> OutboxState * TogglError option)
        ct
        =
        OutboxStore.transact cache "Queueing a write in the outbox of" ct (fun db transaction cachedAt cutoff ->
            // The write's times are the endpoint's (when the user did it); `cachedAt` is the cache's own clock.
            let now = endpoint.Clock.GetUtcNow()
            // What the cache holds now, else the copy read before the write was tried: a write whose outcome is
            // unknown makes its entry leave the cache ("forget"), and the queued write still needs its base.
            let cached =
                Map.fold
                    (fun (m: Map<int64, TogglTracker>) id t -> m.Add(id, t))
                    before
                    (OutboxStore.cached db cutoff trackerIds)

            let known =
                SqliteTrackers.select db cutoff "stop IS NULL" []
                |> List.fold (fun (m: Map<int64, TogglTracker>) t -> m.Add(t.Id, t)) cached

            let localId =
                if wantsLocal then
                    OutboxStore.nextLocalId db transaction now
                else
                    0L

            make localId known now
            |> Result.map (fun writes ->
                let seqs = OutboxStore.append db transaction now writes

                for seq, write in List.zip seqs writes do
                    match stateOf write with
                    | OutboxState.Queued, None -> ()
                    | state, reason ->
                        OutboxStore.setState
                            db
                            transaction
                            [ seq ]
                            state
                            (reason |> Option.map TogglError.message)
                            None

                let views = optimistic endpoint.WorkspaceId (userOf db cutoff) now known writes
                commitViews db transaction cachedAt views
                seqs, views, OutboxStore.count db transaction))
