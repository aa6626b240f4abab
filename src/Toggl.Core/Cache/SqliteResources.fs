namespace Toggl.Core

open System
open Dapper
open Microsoft.Data.Sqlite

/// A row of the `resources` table as Dapper reads it.
[<CLIMutable>]
type internal ResourceRecord =
    {
        kind: string
        id: int64
        workspace_id: Nullable<int64>
        parent_id: Nullable<int64>
        name: string
        active: int64
        at: Nullable<int64>
        json: string
    }

/// The cached objects and their sync instants in an open, migrated database: the statements behind
/// `SqliteCache`'s `IResourceCache`. Through Dapper (a few hundred rows, not the trackers' thousands);
/// SQL is parameterised only, with column names from `SqliteSchema`.
[<RequireQualifiedAccess>]
module internal SqliteResources =

    let private instant (ticks: int64) = DateTimeOffset(ticks, TimeSpan.Zero)

    let private toRow (kind: ResourceKind) (record: ResourceRecord) : CachedResource =
        {
            Kind = kind
            Id = record.id
            WorkspaceId = Option.ofNullable record.workspace_id
            ParentId = Option.ofNullable record.parent_id
            Name = record.name
            Active = record.active <> 0L
            At = Option.ofNullable record.at |> Option.map instant
            Json = record.json
        }

    /// The objects of `kind` matching the queries and written at or after `cutoff` (UTC ticks), by name
    /// without regard to case, then id (the order of `QueryEval.resourceOrder`).
    let load (db: SqliteConnection) (cutoff: int64) (kind: ResourceKind) (queries: ResourceQuery list) =
        let condition = SqliteQuery.whereResources queries
        let parameters = DynamicParameters()

        for KeyValue(name, value) in condition.Parameters do
            parameters.Add(name, value)

        parameters.Add("Kind", ResourceRows.storedName kind)
        parameters.Add("Cutoff", cutoff)

        db.Query<ResourceRecord>(
            "SELECT kind, id, workspace_id, parent_id, name, active, at, json FROM resources "
            + $"WHERE kind = @Kind AND written_at >= @Cutoff AND ({condition.Sql}) ORDER BY name_key, id",
            parameters
        )
        |> Seq.map (toRow kind)
        |> List.ofSeq

    /// Applies one batch (upserts, then deletes, then sync instants) in one transaction, every row
    /// stamped `writtenAt`. An upsert older than the cached copy (both dated by Toggl's `at`) is skipped.
    let commit (db: SqliteConnection) (writtenAt: DateTimeOffset) (change: ResourceChange) =
        // BEGIN IMMEDIATE, as the trackers' commit: the busy timeout applies when two processes write.
        use transaction = db.BeginTransaction(deferred = false)

        if not (List.isEmpty change.Upserts) then
            db.Execute(
                "INSERT INTO resources (kind, id, workspace_id, parent_id, name, name_key, active, at, json, written_at) "
                + "VALUES (@Kind, @Id, @WorkspaceId, @ParentId, @Name, @NameKey, @Active, @At, @Json, @WrittenAt) "
                + "ON CONFLICT(kind, id) DO UPDATE SET workspace_id = excluded.workspace_id, "
                + "parent_id = excluded.parent_id, name = excluded.name, name_key = excluded.name_key, "
                + "active = excluded.active, at = excluded.at, json = excluded.json, written_at = excluded.written_at "
                // Newer wins: a listing answered before another process cached a newer copy must not undo it.
                + "WHERE excluded.at IS NULL OR resources.at IS NULL OR excluded.at >= resources.at",
                change.Upserts
                |> List.map (fun row ->
                    {|
                        Kind = ResourceRows.storedName row.Kind
                        Id = row.Id
                        WorkspaceId = Option.toNullable row.WorkspaceId
                        ParentId = Option.toNullable row.ParentId
                        Name = row.Name
                        NameKey = QueryEval.foldName row.Name
                        Active = (if row.Active then 1L else 0L)
                        At = row.At |> Option.map (fun at -> at.UtcTicks) |> Option.toNullable
                        Json = row.Json
                        WrittenAt = writtenAt.UtcTicks
                    |}),
                transaction
            )
            |> ignore

        if not (List.isEmpty change.Deletes) then
            db.Execute(
                "DELETE FROM resources WHERE kind = @Kind AND id = @Id",
                change.Deletes
                |> List.map (fun (kind, id) ->
                    {|
                        Kind = ResourceRows.storedName kind
                        Id = id
                    |}),
                transaction
            )
            |> ignore

        if not (List.isEmpty change.Synced) then
            db.Execute(
                "INSERT INTO resource_syncs (kind, scope, synced_at, stored_at) VALUES (@Kind, @Scope, @SyncedAt, @StoredAt) "
                + "ON CONFLICT(kind, scope) DO UPDATE SET synced_at = excluded.synced_at, stored_at = excluded.stored_at",
                change.Synced
                |> List.map (fun (kind, scope, syncedAt) ->
                    {|
                        Kind = ResourceRows.storedName kind
                        Scope = scope
                        SyncedAt = syncedAt.UtcTicks
                        StoredAt = writtenAt.UtcTicks
                    |}),
                transaction
            )
            |> ignore

        transaction.Commit()

    /// When `kind` was last synced in `scope`, if that was stored at or after `cutoff` (UTC ticks): the
    /// instant expires with the rows it brought, as the trackers' cursor does.
    let synced (db: SqliteConnection) (cutoff: int64) (kind: ResourceKind) (scope: int64) =
        db.Query<int64>(
            "SELECT synced_at FROM resource_syncs WHERE kind = @Kind AND scope = @Scope AND stored_at >= @Cutoff",
            {|
                Kind = ResourceRows.storedName kind
                Scope = scope
                Cutoff = cutoff
            |}
        )
        |> Seq.tryHead
        |> Option.map instant
