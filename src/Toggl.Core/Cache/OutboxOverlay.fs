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
        use command = db.CreateCommand()

        let names = trackerIds |> List.mapi (fun i _ -> $"@T{i}")

        command.CommandText <-
            "SELECT operation FROM outbox WHERE state IN ('queued', 'sending', 'unknown') AND tracker_id IN ("
            + String.concat ", " names
            + ") ORDER BY seq"

        for name, trackerId in List.zip names trackerIds do
            command.Parameters.AddWithValue(name, trackerId) |> ignore

        use reader = command.ExecuteReader()

        [
            while reader.Read() do
                // A write that cannot be read is left to the outbox's own reads, which name it.
                match OutboxJson.decode (reader.GetString 0) with
                | Ok write -> yield write
                | Error _ -> ()
        ]

    /// The change with the waiting writes applied to the entries it upserts (an entry a waiting delete
    /// removes is deleted instead).
    let over (db: SqliteConnection) (change: CacheChange) : CacheChange =
        if change.Upserts.IsEmpty then
            change
        else
            match waiting db (change.Upserts |> List.map (fun t -> t.Id) |> List.distinct) with
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
