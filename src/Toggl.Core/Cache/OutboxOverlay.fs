namespace Toggl.Core

open Microsoft.Data.Sqlite

/// The outbox's waiting writes shown over Toggl's copies: when a commit brings Toggl's copy of an entry that
/// has writes waiting in the outbox (a sync, a read), the cache stores it with those writes applied, so the
/// user keeps seeing what they did until it is sent. Writes in conflict or refused are not applied: the cache
/// shows Toggl's copy for them.
[<RequireQualifiedAccess>]
module internal OutboxOverlay =

    /// The waiting writes on these entries, in queue order (none when the file has no outbox yet).
    let private waiting (db: SqliteConnection) (trackerIds: int64 list) : QueuedWrite list =
        let names = trackerIds |> List.mapi (fun i _ -> "T" + string i)

        Sql.query
            (fun reader -> OutboxJson.decode (reader.GetString 0))
            db
            null
            ("SELECT operation FROM outbox WHERE state IN ('queued', 'sending', 'unknown') AND tracker_id IN ("
             + String.concat ", " (names |> List.map (fun name -> "@" + name))
             + ") ORDER BY seq")
            (List.zip names (trackerIds |> List.map box))
        // A write that cannot be read is left to the outbox's own reads, which name it.
        |> List.choose Result.toOption

    /// The entries that have writes waiting: few (the outbox is small), so a commit of thousands of
    /// entries asks SQLite about these alone.
    let private waitingEntries (db: SqliteConnection) : Set<int64> =
        Sql.int64s db null "SELECT DISTINCT tracker_id FROM outbox WHERE state IN ('queued', 'sending', 'unknown')" []
        |> Set.ofList

    /// The change with the waiting writes applied to the entries it upserts (an entry a waiting delete
    /// removes is deleted instead).
    let over (db: SqliteConnection) (change: CacheChange) : CacheChange =
        let entries =
            if change.Upserts.IsEmpty then
                Set.empty
            else
                waitingEntries db

        let touched =
            change.Upserts
            |> List.map (fun t -> t.Id)
            |> List.filter entries.Contains
            |> List.distinct

        if touched.IsEmpty then
            change
        else
            match waiting db touched with
            | [] -> change
            | writes ->
                let shown =
                    change.Upserts
                    |> List.map (fun tracker ->
                        writes
                        |> List.filter (fun w -> w.TrackerId = tracker.Id)
                        |> List.fold
                            (fun copy write ->
                                OutboxEffect.apply tracker.WorkspaceId tracker.UserId tracker.At write copy)
                            (Some tracker)
                        |> fun copy -> tracker.Id, copy)

                { change with
                    Upserts = shown |> List.choose snd
                    Deletes = change.Deletes @ (shown |> List.filter (fun (_, c) -> c.IsNone) |> List.map fst)
                }
