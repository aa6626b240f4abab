namespace Toggl.Core

open System
open System.IO
open Microsoft.Data.Sqlite
open Microsoft.Extensions.Logging

/// Opening the SQLite cache's file: created owner-only, WAL mode and a busy timeout so several processes
/// share it, migrated to the current schema; a file that is not a database, or lacks part of the schema,
/// moved aside (`<path>.<timestamp>.corrupt`) with a logged warning and replaced by a fresh one.
[<RequireQualifiedAccess>]
module internal SqliteFile =

    /// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is not a database we can read.
    let private isBrokenFile (error: SqliteException) =
        error.SqliteErrorCode = 11 || error.SqliteErrorCode = 26

    /// Opens and migrates the database at `path`; a newer schema is refused before anything is written.
    let private openDatabase (path: string) : Result<SqliteConnection, TogglError> =
        CacheFiles.ensureFolder (
            Path.GetDirectoryName(Path.GetFullPath path)
            |> Option.ofObj
            |> Option.defaultValue ""
        )
        // Created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
        CacheFiles.ensureFile path

        // Pooling off: the cache owns one connection for its lifetime and really closes the file on Dispose.
        let connectionString =
            SqliteConnectionStringBuilder(DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false)
                .ToString()

        let db = new SqliteConnection(connectionString)

        try
            db.Open()
            // busy_timeout first: switching to WAL takes a lock another process may hold.
            Sql.execute db null "PRAGMA busy_timeout = 10000" [] |> ignore

            // A newer schema is refused before anything (WAL mode included) writes to the file.
            match SqliteMigration.refuseNewer path db with
            | Error error ->
                db.Dispose()
                Error error
            | Ok() ->
                Sql.texts db null "PRAGMA journal_mode = WAL" [] |> ignore
                // FULL: a committed batch survives a power cut, not only a killed process.
                Sql.execute db null "PRAGMA synchronous = FULL" [] |> ignore

                match SqliteMigration.migrate path db with
                | Ok() -> Ok db
                | Error error ->
                    db.Dispose()
                    Error error
        with _ ->
            db.Dispose()
            reraise ()

    /// Moves the broken database (and its -wal and -shm files) aside, with a logged warning.
    let quarantine (path: string) (now: DateTimeOffset) (logger: ILogger) (reason: string) =
        let target = CacheFiles.moveAside path now

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
    let openOrRecover (path: string) (now: unit -> DateTimeOffset) (logger: ILogger) =
        if Directory.Exists path then
            Error(CacheFiles.folderInPlace path)
        else
            let opened =
                try
                    openDatabase path
                // SQLITE_ERROR (1) while opening is the migration meeting tables it did not make (a file
                // with tables but no schema_version): as unusable as a corrupt file.
                with :? SqliteException as error when isBrokenFile error || error.SqliteErrorCode = 1 ->
                    quarantine path (now ()) logger error.Message
                    openDatabase path

            match opened with
            | Ok db ->
                match SqliteMigration.schemaProblem db with
                | None -> Ok db
                | Some reason ->
                    db.Dispose()
                    quarantine path (now ()) logger reason
                    openDatabase path
            | Error error -> Error error
