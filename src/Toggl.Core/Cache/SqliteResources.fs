namespace Toggl.Core

open System
open Microsoft.Data.Sqlite

/// The cached objects and their sync instants in an open, migrated database: the statements behind
/// `SqliteCache`'s `IResourceCache`. Through `Sql` (a few hundred rows, not the trackers' thousands);
/// SQL is parameterised only, with column names from `SqliteSchema`.
[<RequireQualifiedAccess>]
module internal SqliteResources =

    let private instant (ticks: int64) = DateTimeOffset(ticks, TimeSpan.Zero)

    /// A row of `SELECT kind, id, workspace_id, parent_id, name, active, at, json`.
    let private toRow (kind: ResourceKind) (row: SqliteDataReader) : CachedResource =
        let optional (column: int) =
            if row.IsDBNull column then
                None
            else
                Some(row.GetInt64 column)

        {
            Kind = kind
            Id = row.GetInt64 1
            WorkspaceId = optional 2
            ParentId = optional 3
            Name = row.GetString 4
            Active = row.GetInt64 5 <> 0L
            At = optional 6 |> Option.map instant
            Json = row.GetString 7
        }

    /// The objects of `kind` matching the queries and written at or after `cutoff` (UTC ticks), by name
    /// without regard to case, then id (the order of `QueryEval.resourceOrder`).
    let load (db: SqliteConnection) (cutoff: int64) (kind: ResourceKind) (queries: ResourceQuery list) =
        let condition = SqliteQuery.whereResources queries

        let parameters =
            [
                for KeyValue(name, value) in condition.Parameters do
                    name, value
                "Kind", box (ResourceRows.storedName kind)
                "Cutoff", box cutoff
            ]

        Sql.query
            (toRow kind)
            db
            null
            ("SELECT kind, id, workspace_id, parent_id, name, active, at, json FROM resources "
             + "WHERE kind = @Kind AND written_at >= @Cutoff AND ("
             + condition.Sql
             + ") ORDER BY name_key, id")
            parameters

    /// Applies one batch (upserts, then deletes, then sync instants) in one transaction, every row
    /// stamped `writtenAt`. An upsert older than the cached copy (both dated by Toggl's `at`) is skipped.
    let commit (db: SqliteConnection) (writtenAt: DateTimeOffset) (change: ResourceChange) =
        // BEGIN IMMEDIATE, as the trackers' commit: the busy timeout applies when two processes write.
        use transaction = db.BeginTransaction(deferred = false)

        if not (List.isEmpty change.Upserts) then
            Sql.executeEach
                db
                transaction
                ("INSERT INTO resources (kind, id, workspace_id, parent_id, name, name_key, active, at, json, written_at) "
                 + "VALUES (@Kind, @Id, @WorkspaceId, @ParentId, @Name, @NameKey, @Active, @At, @Json, @WrittenAt) "
                 + "ON CONFLICT(kind, id) DO UPDATE SET workspace_id = excluded.workspace_id, "
                 + "parent_id = excluded.parent_id, name = excluded.name, name_key = excluded.name_key, "
                 + "active = excluded.active, at = excluded.at, json = excluded.json, written_at = excluded.written_at "
                 // Newer wins: a listing answered before another process cached a newer copy must not undo it.
                 + "WHERE excluded.at IS NULL OR resources.at IS NULL OR excluded.at >= resources.at")
                (change.Upserts
                 |> List.map (fun row ->
                     [
                         "Kind", box (ResourceRows.storedName row.Kind)
                         "Id", box row.Id
                         "WorkspaceId", Sql.optional row.WorkspaceId
                         "ParentId", Sql.optional row.ParentId
                         "Name", box row.Name
                         "NameKey", box (QueryEval.foldName row.Name)
                         "Active", box (if row.Active then 1L else 0L)
                         "At", Sql.optional (row.At |> Option.map (fun at -> at.UtcTicks))
                         "Json", box row.Json
                         "WrittenAt", box writtenAt.UtcTicks
                     ]))

        if not (List.isEmpty change.Deletes) then
            Sql.executeEach
                db
                transaction
                "DELETE FROM resources WHERE kind = @Kind AND id = @Id"
                (change.Deletes
                 |> List.map (fun (kind, id) -> [ "Kind", box (ResourceRows.storedName kind); "Id", box id ]))

        if not (List.isEmpty change.Synced) then
            Sql.executeEach
                db
                transaction
                ("INSERT INTO resource_syncs (kind, scope, synced_at, stored_at) VALUES (@Kind, @Scope, @SyncedAt, @StoredAt) "
                 + "ON CONFLICT(kind, scope) DO UPDATE SET synced_at = excluded.synced_at, stored_at = excluded.stored_at")
                (change.Synced
                 |> List.map (fun (kind, scope, syncedAt) ->
                     [
                         "Kind", box (ResourceRows.storedName kind)
                         "Scope", box scope
                         "SyncedAt", box syncedAt.UtcTicks
                         "StoredAt", box writtenAt.UtcTicks
                     ]))

        transaction.Commit()

    /// When `kind` was last synced in `scope`, if that was stored at or after `cutoff` (UTC ticks): the
    /// instant expires with the rows it brought, as the trackers' cursor does.
    let synced (db: SqliteConnection) (cutoff: int64) (kind: ResourceKind) (scope: int64) =
        Sql.int64s
            db
            null
            "SELECT synced_at FROM resource_syncs WHERE kind = @Kind AND scope = @Scope AND stored_at >= @Cutoff"
            [
                "Kind", box (ResourceRows.storedName kind)
                "Scope", box scope
                "Cutoff", box cutoff
            ]
        |> List.tryHead
        |> Option.map instant
