namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging

/// What the plan runner does to HTTP and the cache: send, decode, tolerate, read, commit.
module internal RunnerEffects =

    let ok value = Task.FromResult(Ok value)

    let sendHttp (endpoint: TrackerEndpoint) (request: HttpRequest) (ct: CancellationToken) =
        endpoint.Send.Send(request, ct)

    let getRequest (endpoint: TrackerEndpoint) (trackerId: int64) =
        Request.toHttp endpoint.WorkspaceId (TrackerRequest.Get(trackerId, false))

    let decodeWith (decoder: string -> Result<'T, DecodeError>) (response: HttpResponse) =
        decoder response.Body |> Result.mapError TogglError.Decode

    /// `Ok None` for an error the Python library tolerates, unless `ReRaise`.
    let tolerate endpoint (tolerated: TogglError -> bool) (result: Result<'T, TogglError>) =
        match result with
        | Ok value -> Ok(Some value)
        | Error error when not endpoint.ReRaise && tolerated error -> Ok None
        | Error error -> Error error

    let isNotFound error =
        match error with
        | TogglError.NotFound _ -> true
        | _ -> false

    let isConflict error =
        match error with
        | TogglError.Conflict _ -> true
        | _ -> false

    /// A write that failed without an answer (5xx, timeout, dropped connection) may still have been applied.
    let isUnanswered error =
        match error with
        | TogglError.ServerError _
        | TogglError.Timeout _
        | TogglError.Transport _ -> true
        | _ -> false

    // docs/toggl-api.md §6.2: idle is 200 `null`; the Python library also meets 405, the swagger documents 404.
    let isIdleStatus error =
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
                | CacheRead.Resources(kind, queries) ->
                    cache.LoadResources(kind, queries, ct)
                    |> TaskResult.map (
                        Result.map (fun rows ->
                            { answers with
                                Resources = answers.Resources |> Map.add kind rows
                            })
                    )
                | CacheRead.ArchivedMonths ->
                    cache.ArchivedMonths ct
                    |> TaskResult.map (Result.map (fun months -> { answers with ArchivedMonths = months }))
                | CacheRead.Archived(firstMonth, lastMonth) ->
                    cache.LoadArchived(firstMonth, lastMonth, ct)
                    |> TaskResult.map (Result.map (fun archived -> { answers with Archived = archived }))
                | CacheRead.ResourceSynced(kind, scope) ->
                    cache.ResourceSynced(kind, scope, ct)
                    |> TaskResult.map (
                        Result.map (fun synced ->
                            match synced with
                            | Some at ->
                                { answers with
                                    ResourceSyncs = answers.ResourceSyncs |> Map.add (kind, scope) at
                                }
                            | None -> answers)
                    )

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

    let commit endpoint change ct =
        match endpoint.Cache with
        | Some cache when change <> CacheChange.empty -> cache.Commit(change, ct)
        | _ -> ok ()

    /// Commits the cache side of a write Toggl applied: a failure is `AppliedButNotCached`, carrying what
    /// Toggl answered, never a plain cache error (the change is on the server).
    let commitApplied endpoint (ids: int64 list) (tracker: TogglTracker option) change ct =
        commit endpoint change ct
        |> TaskResult.map (
            Result.mapError (fun cause ->
                match cause with
                | TogglError.Cancelled -> cause
                | _ -> TogglError.AppliedButNotCached(ids, tracker, cause))
        )

    /// After a write whose outcome is unknown: the entry leaves the cache, and the cursor is invalidated so
    /// that reads go to Toggl and the next sync reloads everything, instead of trusting the cache.
    let forget endpoint (trackerId: int64) ct =
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

    let upsert endpoint trackers ct =
        // Deleted entries only ever leave the cache.
        let deleted, live = trackers |> List.partition TogglTracker.isDeleted

        commit
            endpoint
            { CacheChange.empty with
                Upserts = live
                Deletes = deleted |> List.map (fun t -> t.Id)
            }
            ct
