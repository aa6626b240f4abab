namespace Toggl.Core

open System
open System.IO
open Microsoft.Data.Sqlite

/// The running entry as a shell prompt shows it: the entry, with its project's and client's names when the
/// cache holds them.
type RunningEntry =
    {
        /// The running entry.
        Tracker: TogglTracker
        /// Its project's name, if it has a project the cache holds.
        Project: string option
        /// The project's client's name, if the cache holds it.
        Client: string option
    }

/// A read-only look into a SQLite cache, for a command that must be fast and must never write: no
/// migration, no recovery, no lock, no expiry (what the cache holds is shown). A missing file is reported,
/// never created.
[<RequireQualifiedAccess>]
module SqlitePeek =

    let private nameOf (db: SqliteConnection) (kind: ResourceKind) (id: int64) =
        Sql.query
            (fun reader ->
                let parent = if reader.IsDBNull 1 then None else Some(reader.GetInt64 1)
                reader.GetString 0, parent)
            db
            null
            "SELECT name, parent_id FROM resources WHERE kind = @Kind AND id = @Id"
            [ "Kind", box (ResourceRows.storedName kind); "Id", box id ]
        |> List.tryHead

    let private readOnly (path: string) =
        let connection =
            SqliteConnectionStringBuilder(DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false).ToString()

        new SqliteConnection(connection)

    let private failure (path: string) (error: exn) =
        match error with
        | :? SqliteException as error ->
            Error(TogglError.CacheFailure $"the cache at {path} could not be read: {error.Message}")
        | :? FormatException as error ->
            Error(TogglError.CacheFailure $"the cache at {path} holds a row it cannot read: {error.Message}")
        | _ -> raise error

    /// The time-entry constraints of each workspace whose cached copy holds them (a sync of workspaces or a
    /// get of one keeps Toggl's `te_constraints`), read-only; a missing file holds none.
    let constraints (path: string) : Result<Map<int64, TimeEntryConstraints>, TogglError> =
        if not (File.Exists path) then
            Ok Map.empty
        else
            try
                use db = readOnly path
                db.Open()

                let found =
                    Sql.query
                        (fun reader -> ResourceJson.decodeOne ResourceKind.Workspace (reader.GetString 0))
                        db
                        null
                        "SELECT json FROM resources WHERE kind = @Kind"
                        [ "Kind", box (ResourceRows.storedName ResourceKind.Workspace) ]
                    |> List.choose (fun decoded ->
                        match decoded with
                        | Ok(TogglResource.Workspace {
                                                         Id = id
                                                         TimeEntryConstraints = Some constraints
                                                     }) -> Some(id, constraints)
                        | _ -> None)

                Ok(Map.ofSeq found)
            with error ->
                failure path error

    /// The entry the cache at `path` holds as running (the latest start if it holds several), with its
    /// project's and client's names; `None` when none runs. Opens the file read-only; a missing or broken
    /// file is a `CacheFailure` naming it.
    let running (path: string) : Result<RunningEntry option, TogglError> =
        if not (File.Exists path) then
            Error(TogglError.CacheFailure $"no cache at {path}: run `toggl sync` first")
        else
            try
                use db = readOnly path
                db.Open()

                let running =
                    SqliteTrackers.select db 0L "server_deleted_at IS NULL AND (stop IS NULL OR duration < 0)" Seq.empty

                match running with
                | [] -> Ok None
                | tracker :: _ ->
                    let project = tracker.ProjectId |> Option.bind (nameOf db ResourceKind.Project)

                    let client =
                        project
                        |> Option.bind snd
                        |> Option.bind (nameOf db ResourceKind.Client)
                        |> Option.map fst

                    Ok(
                        Some
                            {
                                Tracker = tracker
                                Project = project |> Option.map fst
                                Client = client
                            }
                    )
            with error ->
                failure path error
