namespace Toggl.Core

open System
open Dapper
open Microsoft.Data.Sqlite
open SQLitePCL

/// The trackers and the sync cursor in an open, migrated database: the statements behind
/// `SqliteCache`'s reads and commits. The two bulk paths (reading trackers, upserting them) use prepared
/// statements on the connection's own SQLite handle, which the benchmark showed several times faster;
/// the rest goes through Dapper. SQL is parameterised only, with column names from `SqliteSchema`.
[<RequireQualifiedAccess>]
module internal SqliteTrackers =

    /// From this many trackers, a commit into an empty table builds the indexes after the rows.
    let private bulkLoadThreshold = 1000

    /// The SQLite error of the handle's last call, as Microsoft.Data.Sqlite would raise it.
    let private fail (handle: sqlite3 | null) (code: int) =
        raise (SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string (), code))

    /// Upserts trackers through one prepared statement on the connection's own SQLite handle, inside
    /// the caller's transaction. Through SqliteCommand, each row cost several times what SQLite itself
    /// spends on it (parameter objects bound by name, a data reader per execution: bench/Toggl.Bench),
    /// and a save of thousands of trackers is what a first sync does.
    let upsertAll (db: SqliteConnection) (cachedAt: DateTimeOffset) (trackers: TogglTracker list) =
        let handle = db.Handle
        let mutable statement = Unchecked.defaultof<sqlite3_stmt>

        match raw.sqlite3_prepare_v2 (handle, TrackerRow.UpsertSql, &statement) with
        | code when code <> raw.SQLITE_OK -> fail handle code
        | _ -> ()

        try
            for tracker in trackers do
                TrackerRow.bind statement cachedAt tracker

                match raw.sqlite3_step statement with
                | code when code <> raw.SQLITE_DONE -> fail handle code
                | _ -> raw.sqlite3_reset statement |> ignore
        finally
            raw.sqlite3_finalize statement |> ignore

    /// The trackers matching `where` and cached at or after `cutoff` (UTC ticks), latest start first.
    /// Parameters are named without `@` and are integers or texts. Read through the connection's SQLite
    /// handle, like `upsertAll`: the data reader's per-column calls cost four times what SQLite spends on
    /// the rows (bench/Toggl.Bench).
    let select (db: SqliteConnection) (cutoff: int64) (where: string) (parameters: (string * objnull) seq) =
        let handle = db.Handle

        let sql =
            $"SELECT {TrackerRow.Columns} FROM trackers WHERE ({where}) AND cached_at >= @Cutoff ORDER BY start DESC, id DESC"

        let mutable statement = Unchecked.defaultof<sqlite3_stmt>

        match raw.sqlite3_prepare_v2 (handle, sql, &statement) with
        | code when code <> raw.SQLITE_OK -> fail handle code
        | _ -> ()

        try
            let bind (name: string) (value: objnull) =
                let index = raw.sqlite3_bind_parameter_index (statement, "@" + name)

                match value with
                | :? int64 as number -> raw.sqlite3_bind_int64 (statement, index, number) |> ignore
                | :? string as text -> raw.sqlite3_bind_text (statement, index, text) |> ignore
                | other -> invalidArg name $"a query parameter must be an integer or a text, not {other}"

            bind "Cutoff" cutoff

            for name, value in parameters do
                bind name value

            let trackers = ResizeArray<TogglTracker>()
            let mutable stepping = true

            while stepping do
                match raw.sqlite3_step statement with
                | code when code = raw.SQLITE_ROW -> trackers.Add(TrackerRow.read statement)
                | code when code = raw.SQLITE_DONE -> stepping <- false
                | code -> fail handle code

            List.ofSeq trackers
        finally
            raw.sqlite3_finalize statement |> ignore

    /// Applies one change (upserts, deletes, the sync cursor) in one transaction, every row stamped `cachedAt`.
    let commit (db: SqliteConnection) (cachedAt: DateTimeOffset) (change: CacheChange) =
        // deferred = false: BEGIN IMMEDIATE takes the write lock up front, so the busy timeout
        // applies instead of a deadlock error when two processes write at once.
        use transaction = db.BeginTransaction(deferred = false)

        if not (List.isEmpty change.Upserts) then
            // A first load into an empty table builds each index once, sorted, after the rows
            // instead of row by row (about a fifth faster at 5,000 trackers); inside the same
            // transaction, so no reader ever sees the table without its indexes.
            let rebuildIndexes =
                change.Upserts.Length >= bulkLoadThreshold
                && db.QuerySingle<int64>("SELECT NOT EXISTS (SELECT 1 FROM trackers)", transaction = transaction) = 1L

            if rebuildIndexes then
                for name, _ in SqliteSchema.trackerIndexes do
                    db.Execute($"DROP INDEX {name}", transaction = transaction) |> ignore

            upsertAll db cachedAt change.Upserts

            if rebuildIndexes then
                for _, create in SqliteSchema.trackerIndexes do
                    db.Execute(create, transaction = transaction) |> ignore

        if not (List.isEmpty change.Deletes) then
            db.Execute(
                "DELETE FROM trackers WHERE id = @Id",
                change.Deletes |> List.map (fun id -> {| Id = id |}),
                transaction
            )
            |> ignore

        match change.SyncCursor with
        | Some cursor ->
            db.Execute(
                "INSERT INTO meta (key, value, stored_at) VALUES ('sync_cursor', @Value, @StoredAt) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value, stored_at = excluded.stored_at",
                {|
                    Value = cursor.UtcTicks
                    StoredAt = cachedAt.UtcTicks
                |},
                transaction
            )
            |> ignore
        | None -> ()

        transaction.Commit()

    /// The sync cursor stored at or after `cutoff` (UTC ticks). The cursor expires like the entries: a
    /// cursor older than the entries it brought would make `since` skip the expired entries forever.
    let syncCursor (db: SqliteConnection) (cutoff: int64) =
        db.Query<int64>(
            "SELECT value FROM meta WHERE key = 'sync_cursor' AND stored_at >= @Cutoff",
            {| Cutoff = cutoff |}
        )
        |> Seq.tryHead
        |> Option.map (fun ticks -> DateTimeOffset(ticks, TimeSpan.Zero))
