namespace Toggl.Core

open System
open Microsoft.Data.Sqlite

/// The outbox's rows in the SQLite cache's file (`outbox`, `local_ids`, migration 4): every function runs
/// inside the caller's transaction, so a queued write, its removal and the cache change each makes commit
/// together or not at all. SQL goes through the cache's one SQL module (`Sql`: named parameters only).
[<RequireQualifiedAccess>]
module internal OutboxStore =

    let private instant (ticks: int64) = DateTimeOffset(ticks, TimeSpan.Zero)

    let private stateOf (name: string) =
        match name with
        | "sending" -> OutboxState.Sending
        | "unknown" -> OutboxState.Unknown
        | "conflict" -> OutboxState.Conflict
        | "refused" -> OutboxState.Refused
        | _ -> OutboxState.Queued

    /// Every item, in queue order. An item whose stored write cannot be read is a `CacheFailure` naming it
    /// (never skipped: a skipped write would be lost without a word).
    let load (db: SqliteConnection) (transaction: SqliteTransaction) : Result<OutboxItem list, TogglError> =
        let read (reader: SqliteDataReader) : Result<OutboxItem, TogglError> =
            let seq = reader.GetInt64 0

            let text (index: int) =
                if reader.IsDBNull index then
                    None
                else
                    Some(reader.GetString index)

            let item =
                match OutboxJson.decode (reader.GetString 2) with
                | Error error ->
                    Error(
                        TogglError.CacheFailure("outbox item #" + string seq + " cannot be read: " + error.ToString())
                    )
                | Ok write ->
                    let theirs =
                        text 5
                        |> Option.bind (fun json -> OutboxJson.decodeTracker json |> Result.toOption)

                    Ok
                        {
                            Seq = seq
                            CreatedAt = instant (reader.GetInt64 1)
                            Write = write
                            State = stateOf (reader.GetString 3)
                            Reason = text 4
                            Theirs = theirs
                        }

            item

        Sql.query
            read
            db
            transaction
            "SELECT seq, created_at, operation, state, reason, theirs FROM outbox ORDER BY seq"
            []
        |> Seq.fold
            (fun acc item ->
                match acc, item with
                | Error e, _ -> Error e
                | Ok _, Error e -> Error e
                | Ok items, Ok item -> Ok(item :: items))
            (Ok [])
        |> Result.map List.rev

    /// How many items the outbox holds.
    let count (db: SqliteConnection) (transaction: SqliteTransaction) : int =
        Sql.int64 db transaction "SELECT count(*) FROM outbox" [] |> int

    /// Hands out the next local id (one below the lowest ever handed out; never reused).
    let nextLocalId (db: SqliteConnection) (transaction: SqliteTransaction) (now: DateTimeOffset) : int64 =
        let localId =
            Sql.int64 db transaction "SELECT COALESCE(MIN(local_id), 0) - 1 FROM local_ids" []

        Sql.execute
            db
            transaction
            "INSERT INTO local_ids (local_id, real_id, created_at) VALUES (@Local, NULL, @At)"
            [ "Local", box localId; "At", box now.UtcTicks ]
        |> ignore

        localId

    /// The real id Toggl gave a local entry, once its create was answered.
    let realIdOf (db: SqliteConnection) (transaction: SqliteTransaction) (localId: int64) : int64 option =
        Sql.int64s
            db
            transaction
            "SELECT real_id FROM local_ids WHERE local_id = @Local AND real_id IS NOT NULL"
            [ "Local", box localId ]
        |> List.tryHead

    /// Appends writes, queued, in order; their seqs.
    let append
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (now: DateTimeOffset)
        (writes: QueuedWrite list)
        : int64 list =
        writes
        |> List.map (fun write ->
            Sql.int64
                db
                transaction
                "INSERT INTO outbox (created_at, tracker_id, operation, state) VALUES (@At, @Tracker, @Operation, 'queued') RETURNING seq"
                [
                    "At", box now.UtcTicks
                    "Tracker", box write.TrackerId
                    "Operation", box (OutboxJson.encode write)
                ])

    /// Sets the state of items, with the reason and Toggl's copy (both cleared when `None`).
    let setState
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (seqs: int64 list)
        (state: OutboxState)
        (reason: string option)
        (theirs: TogglTracker option)
        =
        for seq in seqs do
            Sql.execute
                db
                transaction
                "UPDATE outbox SET state = @State, reason = @Reason, theirs = @Theirs WHERE seq = @Seq"
                [
                    "State", box state.Name
                    "Reason", (reason |> Option.map box |> Option.toObj)
                    "Theirs", (theirs |> Option.map (OutboxJson.encodeTracker >> box) |> Option.toObj)
                    "Seq", box seq
                ]
            |> ignore

    /// Replaces an item's write (compaction, a resolution, local-id rewriting), keeping its place.
    let replace (db: SqliteConnection) (transaction: SqliteTransaction) (seq: int64) (write: QueuedWrite) =
        Sql.execute
            db
            transaction
            "UPDATE outbox SET operation = @Operation, tracker_id = @Tracker WHERE seq = @Seq"
            [
                "Operation", box (OutboxJson.encode write)
                "Tracker", box write.TrackerId
                "Seq", box seq
            ]
        |> ignore

    /// Removes items.
    let remove (db: SqliteConnection) (transaction: SqliteTransaction) (seqs: int64 list) =
        for seq in seqs do
            Sql.execute db transaction "DELETE FROM outbox WHERE seq = @Seq" [ "Seq", box seq ]
            |> ignore

    /// Records that Toggl gave `localId` the id `realId`, and rewrites every item naming the local id.
    let mapLocal
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (items: OutboxItem list)
        (localId: int64)
        (realId: int64)
        =
        Sql.execute
            db
            transaction
            "UPDATE local_ids SET real_id = @Real WHERE local_id = @Local"
            [ "Real", box realId; "Local", box localId ]
        |> ignore

        for item in items do
            if item.Write.TrackerId = localId then
                match item.Write with
                | QueuedWrite.Create _ -> ()
                | write -> replace db transaction item.Seq (LocalIds.rewrite localId realId write)

    /// The cached copies of entries (visible ones, cached at or after `cutoff`).
    let cached (db: SqliteConnection) (cutoff: int64) (trackerIds: int64 list) : Map<int64, TogglTracker> =
        if trackerIds.IsEmpty then
            Map.empty
        else
            let names = trackerIds |> List.mapi (fun i _ -> "T" + string i)

            let where =
                "id IN (" + (names |> List.map (fun n -> "@" + n) |> String.concat ", ") + ")"

            SqliteTrackers.select db cutoff where (List.zip names (trackerIds |> List.map box))
            |> List.map (fun t -> t.Id, t)
            |> Map.ofList

    /// Writes entries into the cache and removes others, inside the caller's transaction: the optimistic side
    /// of a queued write, or a local entry re-keyed to its real id.
    let commitCache
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (now: DateTimeOffset)
        (upserts: TogglTracker list)
        (deletes: int64 list)
        =
        for trackerId in deletes do
            Sql.execute db transaction "DELETE FROM trackers WHERE id = @Id" [ "Id", box trackerId ]
            |> ignore

        if not upserts.IsEmpty then
            SqliteTrackers.upsertAll db now upserts

    /// Gives later writes on an entry the copy Toggl answered for an earlier one as their base: they were
    /// made on top of it, so Toggl's newer `at` is no conflict with them.
    let rebase
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (items: OutboxItem list)
        (tracker: TogglTracker)
        =
        for item in items do
            match item.Write with
            | QueuedWrite.Edit(trackerId, body, _) when trackerId = tracker.Id ->
                replace db transaction item.Seq (QueuedWrite.Edit(trackerId, body, Some tracker))
            | QueuedWrite.Stop(trackerId, stopAt, _) when trackerId = tracker.Id ->
                replace db transaction item.Seq (QueuedWrite.Stop(trackerId, stopAt, Some tracker))
            | QueuedWrite.Delete(trackerId, _) when trackerId = tracker.Id ->
                replace db transaction item.Seq (QueuedWrite.Delete(trackerId, Some tracker))
            | _ -> ()

    /// Runs `operation` in one IMMEDIATE transaction on the cache's database: committed when it gives `Ok`,
    /// rolled back when it gives `Error` (or throws, which the cache turns into a `CacheFailure`).
    let transact
        (cache: SqliteCache)
        (what: string)
        (cancellationToken: Threading.CancellationToken)
        (operation: SqliteConnection -> SqliteTransaction -> DateTimeOffset -> int64 -> Result<'T, TogglError>)
        =
        cache.Transact(
            what,
            cancellationToken,
            fun db now cutoff ->
                // BEGIN IMMEDIATE: the write lock up front, so the busy timeout applies between processes.
                use transaction = db.BeginTransaction(deferred = false)

                match operation db transaction now cutoff with
                | Ok value ->
                    transaction.Commit()
                    Ok value
                | Error error ->
                    transaction.Rollback()
                    Error error
        )
