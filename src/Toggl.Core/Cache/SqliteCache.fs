namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Data.Sqlite
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions

/// A tracker cache in one SQLite database file, through Microsoft.Data.Sqlite, holding Toggl's other
/// objects too (`resources`, `resource_syncs`). The library creates and migrates the schema
/// (`SqliteMigration`; an older file gains the tables it lacks in place); WAL mode and a busy timeout let
/// several processes share the file (`SqliteFile`); every `Commit` and `CommitResources` is one transaction
/// (`SqliteTrackers`, `SqliteResources`).
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

    let now () = timeProvider.GetUtcNow()

    /// The open connection, opening (and migrating or recovering) the database on first use.
    let ensureOpen () : Result<SqliteConnection, TogglError> =
        // Checked under the gate too: Dispose may have run while an operation waited for it.
        CacheFiles.throwIfDisposed disposed typeof<SqliteCache>

        match connection with
        | Some db -> Ok db
        | None ->
            match SqliteFile.openOrRecover path now logger with
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
                    match SqliteMigration.schemaProblem db with
                    | Some reason -> Choice2Of2 reason
                    | None -> reraise ()

            match outcome with
            | Choice1Of2 result -> result
            | Choice2Of2 reason ->
                db.Dispose()
                connection <- None
                SqliteFile.quarantine path (now ()) logger reason

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

    /// The visible trackers matching `where`, latest start first.
    let select (db: SqliteConnection) (where: string) (parameters: (string * objnull) seq) =
        SqliteTrackers.select db (cutoff ()) where parameters

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

    /// Runs `operation` on the open database under the cache's lock, with the clock's now and the expiry's
    /// cutoff (UTC ticks): the outbox keeps its items in the same file, so a queued write and the cache
    /// change it makes commit in one transaction.
    member internal _.Transact
        (
            what: string,
            cancellationToken: CancellationToken,
            operation: SqliteConnection -> DateTimeOffset -> int64 -> Result<'T, TogglError>
        ) =
        run what cancellationToken (fun db -> operation db (now ()) (cutoff ()))

    interface IResourceCache with
        member _.LoadResources(kind, queries, cancellationToken) =
            run "Loading cached objects from" cancellationToken (fun db ->
                Ok(SqliteResources.load db (cutoff ()) kind queries))

        member _.CommitResources(change, cancellationToken) =
            run "Committing cached objects to" cancellationToken (fun db ->
                ResourceRows.check change
                |> Result.map (fun () -> SqliteResources.commit db (now ()) change))

        member _.ResourceSynced(kind, scope, cancellationToken) =
            run "Reading when objects were synced in" cancellationToken (fun db ->
                Ok(SqliteResources.synced db (cutoff ()) kind scope))

    interface IArchiveCache with
        member _.ArchivedMonths(cancellationToken) =
            run "Reading the archived months of" cancellationToken (fun db -> Ok(SqliteArchive.months db))

        member _.LoadArchived(firstMonth, lastMonth, cancellationToken) =
            run "Loading archived entries from" cancellationToken (fun db -> SqliteArchive.load db firstMonth lastMonth)

        member _.StoreArchive(month, trackers, cancellationToken) =
            run "Archiving entries in" cancellationToken (fun db ->
                SqliteArchive.store db (now ()) month trackers
                Ok())

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
                // Toggl's copies of entries with writes waiting in the outbox are stored with those writes.
                SqliteTrackers.commit db (now ()) (OutboxOverlay.over db change)
                Ok())

        member _.SyncCursor(cancellationToken) =
            run "Reading the sync cursor of" cancellationToken (fun db -> Ok(SqliteTrackers.syncCursor db (cutoff ())))

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
