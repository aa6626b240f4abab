namespace Toggl.Core

open System
open Microsoft.Data.Sqlite

/// The outbox's rows in the SQLite cache's file (`outbox`, `local_ids`, migration 4): every function runs
/// inside the caller's transaction, so a queued write, its removal and the cache change each makes commit
/// together or not at all. SQL is parameterised through plain commands (no reflection over parameter objects).
[<RequireQualifiedAccess>]
module internal OutboxStore =

    let private command (db: SqliteConnection) (transaction: SqliteTransaction) (sql: string) =
        let command = db.CreateCommand()
        command.Transaction <- transaction
        command.CommandText <- sql
        command

    let private addParameter (command: SqliteCommand) (name: string) (value: objnull) =
        command.Parameters.AddWithValue(name, (if isNull value then box DBNull.Value else value))
        |> ignore

    let private execute (db: SqliteConnection) (transaction: SqliteTransaction) (sql: string) parameters =
        use command = command db transaction sql

        for name, value in parameters do
            addParameter command name value

        command.ExecuteNonQuery() |> ignore

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
        use command =
            command db transaction "SELECT seq, created_at, operation, state, reason, theirs FROM outbox ORDER BY seq"

        use reader = command.ExecuteReader()
        let items = ResizeArray<Result<OutboxItem, TogglError>>()

        while reader.Read() do
            let seq = reader.GetInt64 0

            let text (index: int) =
                if reader.IsDBNull index then
                    None
                else
                    Some(reader.GetString index)

            let item =
                match OutboxJson.decode (reader.GetString 2) with
                | Error error -> Error(TogglError.CacheFailure $"outbox item #{seq} cannot be read: {error.ToString()}")
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

            items.Add item

        items
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
        use command = command db transaction "SELECT count(*) FROM outbox"
        command.ExecuteScalar() |> unbox<int64> |> int

    /// Hands out the next local id (one below the lowest ever handed out; never reused).
    let nextLocalId (db: SqliteConnection) (transaction: SqliteTransaction) (now: DateTimeOffset) : int64 =
        use command =
            command db transaction "SELECT COALESCE(MIN(local_id), 0) - 1 FROM local_ids"

        let localId = command.ExecuteScalar() |> unbox<int64>

        execute
            db
            transaction
            "INSERT INTO local_ids (local_id, real_id, created_at) VALUES (@Local, NULL, @At)"
            [ "@Local", box localId; "@At", box now.UtcTicks ]

        localId

    /// The real id Toggl gave a local entry, once its create was answered.
    let realIdOf (db: SqliteConnection) (transaction: SqliteTransaction) (localId: int64) : int64 option =
        use command =
            command db transaction "SELECT real_id FROM local_ids WHERE local_id = @Local AND real_id IS NOT NULL"

        addParameter command "@Local" (box localId)

        match command.ExecuteScalar() with
        | :? int64 as realId -> Some realId
        | _ -> None

    /// Appends writes, queued, in order; their seqs.
    let append
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (now: DateTimeOffset)
        (writes: QueuedWrite list)
        : int64 list =
        let seqs = ResizeArray<int64>()

        for write in writes do
            use command =
                command
                    db
                    transaction
                    "INSERT INTO outbox (created_at, tracker_id, operation, state) VALUES (@At, @Tracker, @Operation, 'queued') RETURNING seq"

            addParameter command "@At" (box now.UtcTicks)
            addParameter command "@Tracker" (box write.TrackerId)
            addParameter command "@Operation" (box (OutboxJson.encode write))
            seqs.Add(command.ExecuteScalar() |> unbox<int64>)

        List.ofSeq seqs

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
            execute
                db
                transaction
                "UPDATE outbox SET state = @State, reason = @Reason, theirs = @Theirs WHERE seq = @Seq"
                [
                    "@State", box state.Name
                    "@Reason", (reason |> Option.map box |> Option.toObj)
                    "@Theirs", (theirs |> Option.map (OutboxJson.encodeTracker >> box) |> Option.toObj)
                    "@Seq", box seq
                ]

    /// Replaces an item's write (compaction, a resolution, local-id rewriting), keeping its place.
    let replace (db: SqliteConnection) (transaction: SqliteTransaction) (seq: int64) (write: QueuedWrite) =
        execute
            db
            transaction
            "UPDATE outbox SET operation = @Operation, tracker_id = @Tracker WHERE seq = @Seq"
            [
                "@Operation", box (OutboxJson.encode write)
                "@Tracker", box write.TrackerId
                "@Seq", box seq
            ]

    /// Removes items.
    let remove (db: SqliteConnection) (transaction: SqliteTransaction) (seqs: int64 list) =
        for seq in seqs do
            execute db transaction "DELETE FROM outbox WHERE seq = @Seq" [ "@Seq", box seq ]

    /// Records that Toggl gave `localId` the id `realId`, and rewrites every item naming the local id.
    let mapLocal
        (db: SqliteConnection)
        (transaction: SqliteTransaction)
        (items: OutboxItem list)
        (localId: int64)
        (realId: int64)
        =
        execute
            db
            transaction
            "UPDATE local_ids SET real_id = @Real WHERE local_id = @Local"
            [ "@Real", box realId; "@Local", box localId ]

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
            let names = trackerIds |> List.mapi (fun i _ -> $"T{i}")

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
            execute db transaction "DELETE FROM trackers WHERE id = @Id" [ "@Id", box trackerId ]

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
