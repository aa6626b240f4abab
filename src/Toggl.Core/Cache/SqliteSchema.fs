namespace Toggl.Core

open System

/// The SQLite cache's schema: the fixed map from query fields to columns, and the ordered migrations
/// the library applies when it opens a database (recorded in the `schema_version` table).
[<RequireQualifiedAccess>]
module internal SqliteSchema =

    /// The column of each queryable field. SQL only ever names columns from this fixed map, never
    /// from caller input. Timestamps are UTC ticks (INTEGER) so comparisons are numeric and use the indexes.
    let column (field: TrackerField) =
        match field with
        | TrackerField.Id -> "id"
        | TrackerField.WorkspaceId -> "workspace_id"
        | TrackerField.Description -> "description"
        | TrackerField.Start -> "start"
        | TrackerField.Stop -> "stop"
        | TrackerField.Duration -> "duration"
        | TrackerField.ProjectId -> "project_id"
        | TrackerField.TaskId -> "task_id"
        | TrackerField.TagNames -> "tags"
        | TrackerField.TagIds -> "tag_ids"
        | TrackerField.Billable -> "billable"
        | TrackerField.UserId -> "user_id"
        | TrackerField.At -> "at"
        | TrackerField.ServerDeletedAt -> "server_deleted_at"

    /// The column of each field of a cached object, from the same kind of fixed map. `Name` is compared on
    /// `name_key`, the name folded by `QueryEval.foldName` when the row is written: the SQL then compares
    /// without regard to case exactly as the in-memory evaluator does (SQLite's NOCASE folds ASCII only).
    let resourceColumn (field: ResourceField) =
        match field with
        | ResourceField.Id -> "id"
        | ResourceField.WorkspaceId -> "workspace_id"
        | ResourceField.ParentId -> "parent_id"
        | ResourceField.Name -> "name_key"
        | ResourceField.Active -> "active"
        | ResourceField.At -> "at"

    /// The indexes of the resources table, by name, as migration 2 creates them: a kind's objects of one
    /// workspace, and a kind's objects by name (the listing order and lookups by name).
    let resourceIndexes =
        [
            "resources_kind_workspace", "CREATE INDEX resources_kind_workspace ON resources (kind, workspace_id)"
            "resources_kind_name", "CREATE INDEX resources_kind_name ON resources (kind, name_key)"
        ]

    /// The indexes of the trackers table, by name, as migration 1 creates them.
    let trackerIndexes =
        [
            "trackers_start", "CREATE INDEX trackers_start ON trackers (start)"
            "trackers_stop", "CREATE INDEX trackers_stop ON trackers (stop)"
            "trackers_at", "CREATE INDEX trackers_at ON trackers (at)"
            "trackers_project_id", "CREATE INDEX trackers_project_id ON trackers (project_id)"
        ]

    /// Migrations in order: version n is reached by running the statements of entry n on version n − 1.
    /// Never edit a shipped migration; add the next one.
    let migrations: (int * string list) list =
        [
            1,
            [
                // id is the rowid (INTEGER PRIMARY KEY): Toggl's int64 ids, upserts by ON CONFLICT(id).
                // description is TEXT so "123" stays a text (docs/python-reference.md bug 7).
                // tags and tag_ids are JSON arrays matched with json_each.
                """CREATE TABLE trackers (
                    id INTEGER PRIMARY KEY,
                    workspace_id INTEGER NOT NULL,
                    description TEXT NULL,
                    start INTEGER NOT NULL,
                    stop INTEGER NULL,
                    duration INTEGER NOT NULL,
                    project_id INTEGER NULL,
                    task_id INTEGER NULL,
                    tags TEXT NOT NULL,
                    tag_ids TEXT NOT NULL,
                    billable INTEGER NOT NULL,
                    user_id INTEGER NOT NULL,
                    at INTEGER NOT NULL,
                    server_deleted_at INTEGER NULL,
                    cached_at INTEGER NOT NULL
                )"""
                // The endpoint's queries: date ranges on start, running entries (stop), changes (at), projects.
                yield! trackerIndexes |> List.map snd
                // Key/value facts about the cache; the sync cursor with the time it was stored (for expiry).
                """CREATE TABLE meta (
                    key TEXT PRIMARY KEY,
                    value INTEGER NOT NULL,
                    stored_at INTEGER NOT NULL
                )"""
            ]
            2,
            [
                // Toggl's other objects, every kind in one table; the object itself is `json`, opaque here.
                // name_key is the name folded for case-insensitive comparison (see `resourceColumn`);
                // at and written_at are UTC ticks; written_at is when this cache wrote the row (expiry).
                """CREATE TABLE resources (
                    kind TEXT NOT NULL,
                    id INTEGER NOT NULL,
                    workspace_id INTEGER NULL,
                    parent_id INTEGER NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    active INTEGER NOT NULL,
                    at INTEGER NULL,
                    json TEXT NOT NULL,
                    written_at INTEGER NOT NULL,
                    PRIMARY KEY (kind, id)
                )"""
                yield! resourceIndexes |> List.map snd
                // When each kind was last synced per scope (a workspace's id, 0 for the user's own kinds),
                // with when it was stored: it expires with the rows it brought, like the trackers' cursor.
                """CREATE TABLE resource_syncs (
                    kind TEXT NOT NULL,
                    scope INTEGER NOT NULL,
                    synced_at INTEGER NOT NULL,
                    stored_at INTEGER NOT NULL,
                    PRIMARY KEY (kind, scope)
                )"""
            ]
            3,
            [
                // The archive: entries older than Toggl's 3-month window, fetched through the detailed report
                // month by month, apart from `trackers` (archived: a sync and the expiry never touch them).
                // month is the report month's first day (yyyy-MM-dd); start is UTC ticks; json the tracker.
                """CREATE TABLE archive (
                    month TEXT NOT NULL,
                    id INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (month, id)
                )"""
                // The months archived, with when (UTC ticks): a month listed here costs no request.
                """CREATE TABLE archive_months (
                    month TEXT PRIMARY KEY,
                    fetched_at INTEGER NOT NULL
                )"""
            ]
            4,
            [
                // The outbox: time-entry writes that could not be sent, in queue order (seq never reused).
                // operation is the write as `OutboxJson` stores it; tracker_id the entry it is about (local ids
                // are negative); state queued | sending | unknown | conflict | refused; theirs Toggl's copy
                // of the entry for a conflict; created_at UTC ticks.
                """CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    created_at INTEGER NOT NULL,
                    tracker_id INTEGER NOT NULL,
                    operation TEXT NOT NULL,
                    state TEXT NOT NULL,
                    reason TEXT NULL,
                    theirs TEXT NULL
                )"""
                // Local ids handed out (the counter: the next is one below the lowest), and the real id
                // Toggl gave each once its create was answered, so a local id typed later still finds it.
                """CREATE TABLE local_ids (
                    local_id INTEGER PRIMARY KEY,
                    real_id INTEGER NULL,
                    created_at INTEGER NOT NULL
                )"""
            ]
        ]

    /// The newest schema version this library knows.
    let currentVersion = migrations |> List.map fst |> List.max

    /// Every table and column the cache reads or writes, as the migrations leave them: what `problem`
    /// checks a database against when the cache opens it.
    let tables: (string * string list) list =
        [
            "schema_version", [ "version" ]
            "trackers",
            [
                "id"
                "workspace_id"
                "description"
                "start"
                "stop"
                "duration"
                "project_id"
                "task_id"
                "tags"
                "tag_ids"
                "billable"
                "user_id"
                "at"
                "server_deleted_at"
                "cached_at"
            ]
            "meta", [ "key"; "value"; "stored_at" ]
            "resources",
            [
                "kind"
                "id"
                "workspace_id"
                "parent_id"
                "name"
                "name_key"
                "active"
                "at"
                "json"
                "written_at"
            ]
            "resource_syncs", [ "kind"; "scope"; "synced_at"; "stored_at" ]
            "archive", [ "month"; "id"; "start"; "json" ]
            "archive_months", [ "month"; "fetched_at" ]
            "outbox", [ "seq"; "created_at"; "tracker_id"; "operation"; "state"; "reason"; "theirs" ]
            "local_ids", [ "local_id"; "real_id"; "created_at" ]
        ]

    /// Every index the cache's queries rely on.
    let allIndexes = trackerIndexes @ resourceIndexes

    /// What a database lacks of the schema the cache needs (`tables` and `allIndexes`), given the
    /// columns each table has (no entry, or none, for a missing table) and the index names present;
    /// `None` when it has it all.
    let problem (columnsOf: string -> Set<string>) (indexes: Set<string>) : string option =
        let missingTables, missingColumns =
            tables
            |> List.fold
                (fun (tables, columns) (table, expected) ->
                    let present = columnsOf table

                    if present.IsEmpty then
                        table :: tables, columns
                    else
                        match expected |> List.filter (fun column -> not (present.Contains column)) with
                        | [] -> tables, columns
                        | lacking -> tables, $"""{table} ({String.Join(", ", lacking)})""" :: columns)
                ([], [])

        let missingIndexes =
            allIndexes
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
