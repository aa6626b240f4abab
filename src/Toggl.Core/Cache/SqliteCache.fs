namespace Toggl.Core

open System
open System.Collections.Generic
open System.IO
open System.Text
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Dapper
open Microsoft.Data.Sqlite
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions
open SQLitePCL

/// Conversions between trackers and rows.
[<RequireQualifiedAccess>]
module internal TrackerRow =

    let private ticks (instant: DateTimeOffset) = instant.UtcTicks

    let private instant (ticks: int64) = DateTimeOffset(ticks, TimeSpan.Zero)

    let private nullable (value: 'T option) =
        match value with
        | Some v -> Nullable v
        | None -> Nullable()

    let private option (value: Nullable<'T>) =
        if value.HasValue then Some value.Value else None

    /// A JSON array of texts. Written by hand so that only `"`, `\` and control characters are escaped:
    /// SQLite's json_each then yields the exact text the query compares with.
    let tagsJson (tags: string list) =
        let json = StringBuilder("[")

        tags
        |> List.iteri (fun i tag ->
            if i > 0 then
                json.Append ',' |> ignore

            json.Append '"' |> ignore

            for c in tag do
                match c with
                | '"' -> json.Append "\\\"" |> ignore
                | '\\' -> json.Append "\\\\" |> ignore
                | c when c < ' ' -> json.Append("\\u").Append((int c).ToString("x4")) |> ignore
                | c -> json.Append c |> ignore

            json.Append '"' |> ignore)

        json.Append(']').ToString()

    /// A JSON array of integers.
    let tagIdsJson (ids: int64 list) =
        "[" + String.Join(",", ids |> List.map string) + "]"

    /// The upsert of one tracker; `?1` … `?15` are bound by `bind`, in this order.
    [<Literal>]
    let UpsertSql =
        "INSERT INTO trackers (id, workspace_id, description, start, stop, duration, project_id, task_id, tags, "
        + "tag_ids, billable, user_id, at, server_deleted_at, cached_at) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        + "ON CONFLICT(id) DO UPDATE SET workspace_id = excluded.workspace_id, "
        + "description = excluded.description, start = excluded.start, stop = excluded.stop, "
        + "duration = excluded.duration, project_id = excluded.project_id, task_id = excluded.task_id, "
        + "tags = excluded.tags, tag_ids = excluded.tag_ids, billable = excluded.billable, "
        + "user_id = excluded.user_id, at = excluded.at, server_deleted_at = excluded.server_deleted_at, "
        + "cached_at = excluded.cached_at"

    /// Binds one tracker cached at `cachedAt` to the prepared `UpsertSql` (missing values as NULL).
    let bind (statement: sqlite3_stmt) (cachedAt: DateTimeOffset) (tracker: TogglTracker) =
        let int64 (index: int) (value: int64) =
            raw.sqlite3_bind_int64 (statement, index, value) |> ignore

        let optional (index: int) (value: int64 option) =
            match value with
            | Some v -> int64 index v
            | None -> raw.sqlite3_bind_null (statement, index) |> ignore

        let text (index: int) (value: string) =
            raw.sqlite3_bind_text (statement, index, value) |> ignore

        int64 1 tracker.Id
        int64 2 tracker.WorkspaceId

        match tracker.Description with
        | Some description -> text 3 description
        | None -> raw.sqlite3_bind_null (statement, 3) |> ignore

        int64 4 (ticks tracker.Start)
        optional 5 (Option.map ticks tracker.Stop)
        int64 6 tracker.Duration
        optional 7 tracker.ProjectId
        optional 8 tracker.TaskId
        text 9 (tagsJson tracker.Tags)
        text 10 (tagIdsJson tracker.TagIds)
        int64 11 (if tracker.Billable then 1L else 0L)
        int64 12 tracker.UserId
        int64 13 (ticks tracker.At)
        optional 14 (Option.map ticks tracker.ServerDeletedAt)
        int64 15 (ticks cachedAt)

    let private malformed (json: string) =
        raise (FormatException $"the tags column holds {json}, not a JSON array written by this library")

    /// The tag names of a `tags` column, as `tagsJson` wrote them. A hand-written reader of that exact
    /// shape: JsonSerializer's per-call set-up cost as much as the rest of a row (bench/Toggl.Bench).
    let parseTags (json: string) : string list =
        if json.Length < 2 || json[0] <> '[' || json[json.Length - 1] <> ']' then
            malformed json

        let tags = ResizeArray<string>()
        let text = StringBuilder()
        let mutable i = 1

        while i < json.Length - 1 do
            if json[i] = ',' then
                i <- i + 1

            if json[i] <> '"' then
                malformed json

            i <- i + 1
            text.Clear() |> ignore

            while json[i] <> '"' do
                if json[i] = '\\' then
                    match json[i + 1] with
                    | 'u' ->
                        text.Append(char (Convert.ToInt32(json.Substring(i + 2, 4), 16))) |> ignore
                        i <- i + 6
                    // `\"` and `\\`: the only other escapes tagsJson writes.
                    | escaped ->
                        text.Append escaped |> ignore
                        i <- i + 2
                else
                    text.Append json[i] |> ignore
                    i <- i + 1

            tags.Add(text.ToString())
            i <- i + 1

        List.ofSeq tags

    /// The tag ids of a `tag_ids` column, as `tagIdsJson` wrote them.
    let parseTagIds (json: string) : int64 list =
        if json.Length < 2 || json[0] <> '[' || json[json.Length - 1] <> ']' then
            malformed json

        if json.Length = 2 then
            []
        else
            json.Substring(1, json.Length - 2).Split ','
            |> Array.map (fun id -> Int64.Parse(id, Globalization.CultureInfo.InvariantCulture))
            |> List.ofArray

    /// The columns `read` expects, in its order.
    [<Literal>]
    let Columns =
        "id, workspace_id, description, start, stop, duration, project_id, task_id, tags, tag_ids, billable, "
        + "user_id, at, server_deleted_at"

    let private isNull (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_type (statement, column) = raw.SQLITE_NULL

    let private integer (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_int64 (statement, column)

    let private optional (statement: sqlite3_stmt) (column: int) =
        if isNull statement column then
            None
        else
            Some(integer statement column)

    let private text (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_text(statement, column).utf8_to_string ()

    /// The tracker of the statement's current row (columns as `Columns`); timestamps come back in UTC.
    let read (statement: sqlite3_stmt) =
        // Rows written before decoding normalised durations may hold one no computation can use.
        TogglTracker.normalise
            {
                Id = integer statement 0
                WorkspaceId = integer statement 1
                Description = if isNull statement 2 then None else Some(text statement 2)
                Start = instant (integer statement 3)
                Stop = optional statement 4 |> Option.map instant
                Duration = integer statement 5
                ProjectId = optional statement 6
                TaskId = optional statement 7
                Tags = parseTags (text statement 8)
                TagIds = parseTagIds (text statement 9)
                Billable = integer statement 10 <> 0L
                UserId = integer statement 11
                At = instant (integer statement 12)
                ServerDeletedAt = optional statement 13 |> Option.map instant
            }

/// A tracker cache in one SQLite database file, through Microsoft.Data.Sqlite: Dapper runs the schema
/// migrations, the sync cursor and deletes; the two bulk paths (reading trackers, upserting them) use
/// prepared statements on the connection's own SQLite handle, which the benchmark showed several times
/// faster. The library creates and migrates the schema (`schema_version` table); WAL mode and a busy
/// timeout let several processes share the file; every `Commit` is one transaction; SQL is parameterised
/// only, with column names from the fixed `SqliteSchema.column` map.
/// A file that is not a SQLite database (or is corrupt), or that lacks a table, column or index of the
/// schema (`SqliteSchema.tables`, checked at open and when an operation fails), is moved aside to
/// `<path>.<timestamp>.corrupt` with a logged warning and the cache starts empty and unsynced; a database
/// written by a newer schema is left untouched and every operation answers `CacheFailure`, as does a
/// folder in place of the file (left alone). Nothing here throws but `ObjectDisposedException` after
/// `Dispose`: failures are `Error` values.
type SqliteCache(path: string, expireAfter: TimeSpan option, timeProvider: TimeProvider, logger: ILogger) =

    let gate = new SemaphoreSlim(1, 1)
    let mutable connection: SqliteConnection option = None
    let mutable disposed = false

    // Pooling off: the cache owns one connection for its lifetime and really closes the file on Dispose.
    let connectionString =
        SqliteConnectionStringBuilder(DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false)
            .ToString()

    let now () = timeProvider.GetUtcNow()

    /// From this many trackers, a commit into an empty table builds the indexes after the rows.
    let bulkLoadThreshold = 1000

    /// Upserts trackers through one prepared statement on the connection's own SQLite handle, inside
    /// the caller's transaction. Through SqliteCommand, each row cost several times what SQLite itself
    /// spends on it (parameter objects bound by name, a data reader per execution: bench/Toggl.Bench),
    /// and a save of thousands of trackers is what a first sync does.
    let upsertAll (db: SqliteConnection) (cachedAt: DateTimeOffset) (trackers: TogglTracker list) =
        let handle = db.Handle

        let fail (code: int) =
            raise (SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string (), code))

        let mutable statement = Unchecked.defaultof<sqlite3_stmt>

        match raw.sqlite3_prepare_v2 (handle, TrackerRow.UpsertSql, &statement) with
        | code when code <> raw.SQLITE_OK -> fail code
        | _ -> ()

        try
            for tracker in trackers do
                TrackerRow.bind statement cachedAt tracker

                match raw.sqlite3_step statement with
                | code when code <> raw.SQLITE_DONE -> fail code
                | _ -> raw.sqlite3_reset statement |> ignore
        finally
            raw.sqlite3_finalize statement |> ignore

    let isBrokenFile (error: SqliteException) =
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is not a database we can read.
        error.SqliteErrorCode = 11 || error.SqliteErrorCode = 26

    let newerSchema (version: int) =
        TogglError.CacheFailure
            $"{path} has schema version {version}, newer than this library's {SqliteSchema.currentVersion}: it was written by a newer TogglFun and is left untouched."

    /// The schema version recorded in the file (0 for a new file), read without writing anything.
    let recordedVersion (db: SqliteConnection) (transaction: SqliteTransaction | null) =
        let hasTable =
            db.QuerySingle<int64>(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
                transaction = transaction
            )

        if hasTable = 0L then
            0
        else
            db.QuerySingle<int64>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction = transaction)
            |> int

    let refuseNewer (db: SqliteConnection) =
        match recordedVersion db null with
        | version when version > SqliteSchema.currentVersion -> Error(newerSchema version)
        | _ -> Ok()

    /// Applies the migrations the database lacks, in one IMMEDIATE transaction so two processes
    /// opening a new file at once migrate it once.
    let migrate (db: SqliteConnection) : Result<unit, TogglError> =
        use transaction = db.BeginTransaction(deferred = false)

        let version = recordedVersion db transaction

        if version > SqliteSchema.currentVersion then
            transaction.Rollback()
            Error(newerSchema version)
        else
            if version = 0 then
                db.Execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
                    transaction = transaction
                )
                |> ignore

            for (target, statements) in SqliteSchema.migrations do
                if target > version then
                    for statement in statements do
                        db.Execute(statement, transaction = transaction) |> ignore

            if version < SqliteSchema.currentVersion then
                db.Execute("DELETE FROM schema_version", transaction = transaction) |> ignore

                db.Execute(
                    "INSERT INTO schema_version (version) VALUES (@Version)",
                    {|
                        Version = SqliteSchema.currentVersion
                    |},
                    transaction
                )
                |> ignore

            transaction.Commit()
            Ok()

    let openDatabase () : Result<SqliteConnection, TogglError> =
        CacheFiles.ensureFolder (
            Path.GetDirectoryName(Path.GetFullPath path)
            |> Option.ofObj
            |> Option.defaultValue ""
        )
        // Created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
        CacheFiles.ensureFile path
        let db = new SqliteConnection(connectionString)

        try
            db.Open()
            // busy_timeout first: switching to WAL takes a lock another process may hold.
            db.Execute("PRAGMA busy_timeout = 10000") |> ignore

            // A newer schema is refused before anything (WAL mode included) writes to the file.
            match refuseNewer db with
            | Error error ->
                db.Dispose()
                Error error
            | Ok() ->
                db.ExecuteScalar<string>("PRAGMA journal_mode = WAL") |> ignore
                // FULL: a committed batch survives a power cut, not only a killed process.
                db.Execute("PRAGMA synchronous = FULL") |> ignore

                match migrate db with
                | Ok() -> Ok db
                | Error error ->
                    db.Dispose()
                    Error error
        with _ ->
            db.Dispose()
            reraise ()

    /// What the database lacks of the schema the cache needs (`SqliteSchema.tables` and the tracker
    /// indexes), or `None` when it has it all. A file can carry `schema_version` and still lack tables:
    /// a crash or a person's hand may have dropped them.
    let schemaProblem (db: SqliteConnection) : string option =
        let missingTables, missingColumns =
            SqliteSchema.tables
            |> List.fold
                (fun (tables, columns) (table, expected) ->
                    let present =
                        db.Query<string>("SELECT name FROM pragma_table_info(@Table)", {| Table = table |})
                        |> Set.ofSeq

                    if present.IsEmpty then
                        table :: tables, columns
                    else
                        match expected |> List.filter (fun column -> not (present.Contains column)) with
                        | [] -> tables, columns
                        | lacking -> tables, $"""{table} ({String.Join(", ", lacking)})""" :: columns)
                ([], [])

        let indexes =
            db.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index'")
            |> Set.ofSeq

        let missingIndexes =
            SqliteSchema.trackerIndexes
            |> List.map fst
            |> List.filter (fun name -> not (indexes.Contains name))

        let problems =
            [
                if not missingTables.IsEmpty then
                    $"""missing tables: {String.Join(", ", List.rev missingTables)}"""
                if not missingColumns.IsEmpty then
                    $"""missing columns: {String.Join("; ", List.rev missingColumns)}"""
                if not missingIndexes.IsEmpty then
                    $"""missing indexes: {String.Join(", ", missingIndexes)}"""
            ]

        if problems.IsEmpty then
            None
        else
            Some(String.Join("; ", problems))

    /// Moves the broken database (and its -wal and -shm files) aside, with a logged warning.
    let quarantine (reason: string) =
        let target = CacheFiles.moveAside path (now ())

        for suffix in [ "-wal"; "-shm" ] do
            if File.Exists(path + suffix) then
                File.Move(path + suffix, target + suffix)

        logger.LogWarning(
            "The SQLite cache {Path} could not be read ({Reason}); moved it aside to {Target} and started empty.",
            path,
            reason,
            target
        )

    /// Opens the database; a file that is not one, or lacks part of the schema, is moved aside and a
    /// fresh (unsynced) database replaces it. A folder in its place is refused, never touched.
    let openOrRecover () : Result<SqliteConnection, TogglError> =
        if Directory.Exists path then
            Error(CacheFiles.folderInPlace path)
        else
            let opened =
                try
                    openDatabase ()
                // SQLITE_ERROR (1) while opening is the migration meeting tables it did not make (a file
                // with tables but no schema_version): as unusable as a corrupt file.
                with :? SqliteException as error when isBrokenFile error || error.SqliteErrorCode = 1 ->
                    quarantine error.Message
                    openDatabase ()

            match opened with
            | Ok db ->
                match schemaProblem db with
                | None -> Ok db
                | Some reason ->
                    db.Dispose()
                    quarantine reason
                    openDatabase ()
            | Error error -> Error error

    /// The open connection, opening (and migrating or recovering) the database on first use.
    let ensureOpen () : Result<SqliteConnection, TogglError> =
        // Checked under the gate too: Dispose may have run while an operation waited for it.
        CacheFiles.throwIfDisposed disposed typeof<SqliteCache>

        match connection with
        | Some db -> Ok db
        | None ->
            match openOrRecover () with
            | Ok db ->
                connection <- Some db
                Ok db
            | Error error -> Error error

    /// Runs `operation` on the open connection. When it fails because the schema is gone (a table
    /// dropped while the cache is open), the file is moved aside and the connection closed: this
    /// operation answers a `CacheFailure` saying so, and the next one opens a fresh, unsynced database.
    /// Not retried here: a commit of a `since` delta with its cursor into an empty database would
    /// record a sync that the database does not hold.
    let attempt (operation: SqliteConnection -> Result<'T, TogglError>) : Result<'T, TogglError> =
        match ensureOpen () with
        | Error error -> Error error
        | Ok db ->
            let outcome =
                try
                    Choice1Of2(operation db)
                with :? SqliteException ->
                    match schemaProblem db with
                    | Some reason -> Choice2Of2 reason
                    | None -> reraise ()

            match outcome with
            | Choice1Of2 result -> result
            | Choice2Of2 reason ->
                db.Dispose()
                connection <- None
                quarantine reason

                Error(
                    TogglError.CacheFailure
                        $"{path} lost part of its schema while open ({reason}); it was moved aside and the cache starts again empty and unsynced."
                )

    /// Runs `operation` on the open connection, one operation at a time per cache object.
    let run
        (what: string)
        (cancellationToken: CancellationToken)
        (operation: SqliteConnection -> Result<'T, TogglError>)
        =
        CacheFiles.throwIfDisposed disposed typeof<SqliteCache>

        CacheFiles.guard what path cancellationToken (fun () ->
            task {
                do! gate.WaitAsync(cancellationToken)

                try
                    return attempt operation
                finally
                    gate.Release() |> ignore
            })

    let cutoff () = CacheFiles.cutoff expireAfter (now ())

    /// The visible trackers matching `where`, latest start first. Parameters are named without `@`.
    /// The visible trackers matching `where`, latest start first. Parameters are named without `@` and
    /// are integers or texts. Read through the connection's SQLite handle, like `upsertAll`: the data
    /// reader's per-column calls cost four times what SQLite spends on the rows (bench/Toggl.Bench).
    let select (db: SqliteConnection) (where: string) (parameters: (string * objnull) seq) =
        let handle = db.Handle

        let fail (code: int) =
            raise (SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string (), code))

        let sql =
            $"SELECT {TrackerRow.Columns} FROM trackers WHERE ({where}) AND cached_at >= @Cutoff ORDER BY start DESC, id DESC"

        let mutable statement = Unchecked.defaultof<sqlite3_stmt>

        match raw.sqlite3_prepare_v2 (handle, sql, &statement) with
        | code when code <> raw.SQLITE_OK -> fail code
        | _ -> ()

        try
            let bind (name: string) (value: objnull) =
                let index = raw.sqlite3_bind_parameter_index (statement, "@" + name)

                match value with
                | :? int64 as number -> raw.sqlite3_bind_int64 (statement, index, number) |> ignore
                | :? string as text -> raw.sqlite3_bind_text (statement, index, text) |> ignore
                | other -> invalidArg name $"a query parameter must be an integer or a text, not {other}"

            bind "Cutoff" (cutoff ())

            for name, value in parameters do
                bind name value

            let trackers = ResizeArray<TogglTracker>()
            let mutable stepping = true

            while stepping do
                match raw.sqlite3_step statement with
                | code when code = raw.SQLITE_ROW -> trackers.Add(TrackerRow.read statement)
                | code when code = raw.SQLITE_DONE -> stepping <- false
                | code -> fail code

            List.ofSeq trackers
        finally
            raw.sqlite3_finalize statement |> ignore

    do
        // Open at construction so a broken file is moved aside now; a failure is kept for the first operation.
        try
            match ensureOpen () with
            | Ok _ -> ()
            | Error error ->
                logger.LogWarning("The SQLite cache could not be opened: {Error}", TogglError.message error)
        with error ->
            logger.LogWarning("The SQLite cache {Path} could not be opened: {Reason}", path, CacheFiles.describe error)

    /// A SQLite cache with the system clock and no logging.
    new(path: string, expireAfter: TimeSpan option) =
        new SqliteCache(path, expireAfter, TimeProvider.System, NullLogger.Instance)

    /// The database file.
    member _.Path = path

    interface ITrackerCache with
        member _.ExpireAfter = expireAfter

        member _.Load(cancellationToken) =
            run "Loading" cancellationToken (fun db -> Ok(select db "1" []))

        member _.Find(trackerId, cancellationToken) =
            run "Finding a tracker in" cancellationToken (fun db ->
                Ok(select db "id = @Id" [ "Id", box trackerId ] |> List.tryHead))

        member _.Query(queries, cancellationToken) =
            run "Querying" cancellationToken (fun db ->
                let condition = SqliteQuery.where queries

                Ok(
                    select
                        db
                        condition.Sql
                        (condition.Parameters |> Seq.map (fun (KeyValue(name, value)) -> name, value))
                ))

        member _.Commit(change, cancellationToken) =
            run "Committing to" cancellationToken (fun db ->
                let cachedAt = now ()
                // deferred = false: BEGIN IMMEDIATE takes the write lock up front, so the busy timeout
                // applies instead of a deadlock error when two processes write at once.
                use transaction = db.BeginTransaction(deferred = false)

                if not (List.isEmpty change.Upserts) then
                    // A first load into an empty table builds each index once, sorted, after the rows
                    // instead of row by row (about a fifth faster at 5,000 trackers); inside the same
                    // transaction, so no reader ever sees the table without its indexes.
                    let rebuildIndexes =
                        change.Upserts.Length >= bulkLoadThreshold
                        && db.QuerySingle<int64>(
                            "SELECT NOT EXISTS (SELECT 1 FROM trackers)",
                            transaction = transaction
                        ) = 1L

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
                Ok())

        member _.SyncCursor(cancellationToken) =
            run "Reading the sync cursor of" cancellationToken (fun db ->
                // The cursor expires like the entries: a cursor older than the entries it brought would make
                // `since` skip the expired entries forever.
                db.Query<int64>(
                    "SELECT value FROM meta WHERE key = 'sync_cursor' AND stored_at >= @Cutoff",
                    {| Cutoff = cutoff () |}
                )
                |> Seq.tryHead
                |> Option.map (fun ticks -> DateTimeOffset(ticks, TimeSpan.Zero))
                |> Ok)

    interface IDisposable with
        member _.Dispose() =
            if not disposed then
                gate.Wait()

                try
                    disposed <- true
                    connection |> Option.iter (fun db -> db.Dispose())
                    connection <- None
                finally
                    gate.Release() |> ignore
