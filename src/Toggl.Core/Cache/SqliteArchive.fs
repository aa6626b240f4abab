namespace Toggl.Core

open System
open System.Globalization
open Microsoft.Data.Sqlite

/// The archive's tables of the SQLite cache (`archive`, `archive_months`, schema version 3).
[<RequireQualifiedAccess>]
module internal SqliteArchive =

    let private monthKey (month: DateOnly) =
        month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

    let private parseMonth (text: string) =
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)

    /// The months archived, oldest first.
    let months (db: SqliteConnection) : DateOnly list =
        Sql.texts db null "SELECT month FROM archive_months ORDER BY month" []
        |> List.map parseMonth

    /// The archived entries of the months, newest start first, then highest id.
    let load
        (db: SqliteConnection)
        (firstMonth: DateOnly)
        (lastMonth: DateOnly)
        : Result<TogglTracker list, TogglError> =
        let rows =
            Sql.texts
                db
                null
                "SELECT json FROM archive WHERE month >= @First AND month <= @Last ORDER BY start DESC, id DESC"
                [ "First", box (monthKey firstMonth); "Last", box (monthKey lastMonth) ]

        let decoded = rows |> Seq.map TrackerJson.decodeTracker |> List.ofSeq

        match
            decoded
            |> List.tryPick (fun r ->
                match r with
                | Error e -> Some e
                | Ok _ -> None)
        with
        | Some error -> Error(TogglError.CacheFailure $"an archived entry could not be read: {string error}")
        | None ->
            Ok(
                decoded
                |> List.choose (fun r ->
                    match r with
                    | Ok t -> Some t
                    | Error _ -> None)
            )

    /// Replaces a month's entries and records it archived, in one transaction.
    let store (db: SqliteConnection) (now: DateTimeOffset) (month: DateOnly) (trackers: TogglTracker list) =
        use transaction = db.BeginTransaction(deferred = false)
        let key = monthKey month

        Sql.execute db transaction "DELETE FROM archive WHERE month = @Month" [ "Month", box key ]
        |> ignore

        Sql.executeEach
            db
            transaction
            "INSERT OR REPLACE INTO archive (month, id, start, json) VALUES (@Month, @Id, @Start, @Json)"
            (trackers
             |> List.map (fun t ->
                 [
                     "Month", box key
                     "Id", box t.Id
                     "Start", box t.Start.UtcTicks
                     "Json", box (TrackerJson.encodeTracker t)
                 ]))

        Sql.execute
            db
            transaction
            "INSERT OR REPLACE INTO archive_months (month, fetched_at) VALUES (@Month, @At)"
            [ "Month", box key; "At", box now.UtcTicks ]
        |> ignore

        transaction.Commit()
