/// What the cache tests share: temporary folders, tracker builders and generators, the two cache kinds
/// behind one factory, and a logger that keeps what it was told.
module Toggl.Core.Tests.CacheFixtures

open System
open System.Collections.Concurrent
open System.IO
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck.FSharp
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Time.Testing
open Toggl.Core

/// A fresh folder under the system temp folder, deleted (with everything in it) on dispose.
type TempFolder() =
    let path =
        Path.Combine(Path.GetTempPath(), "togglfun-tests", Guid.NewGuid().ToString("N"))

    do Directory.CreateDirectory path |> ignore

    /// The folder.
    member _.Path = path

    interface IDisposable with
        member _.Dispose() =
            try
                Directory.Delete(path, true)
            with :? IOException ->
                ()

/// A logger that records every message with its level, so tests can check a warning was logged.
type CapturingLogger() =
    let entries = ConcurrentQueue<LogLevel * string>()

    /// Everything logged, in order.
    member _.Entries = List.ofSeq entries

    /// The warnings logged.
    member this.Warnings =
        this.Entries
        |> List.filter (fun (level, _) -> level = LogLevel.Warning)
        |> List.map snd

    interface ILogger with
        member _.BeginScope(_state) = null
        member _.IsEnabled(_level) = true

        member _.Log(level, _eventId, state, error, formatter) =
            entries.Enqueue(level, formatter.Invoke(state, error))

/// The two cache implementations, behind one factory.
type CacheKind =
    | Json
    | Sqlite

    override kind.ToString() =
        match kind with
        | Json -> "JSON file cache"
        | Sqlite -> "SQLite cache"

/// Both kinds, for suites run against each.
let kinds = [ Json; Sqlite ]

/// The file a cache of this kind keeps in `folder`.
let cacheFile (kind: CacheKind) (folder: string) =
    match kind with
    | Json -> Path.Combine(folder, "trackers.json")
    | Sqlite -> Path.Combine(folder, "cache.sqlite")

/// Opens a cache of `kind` in `folder`.
let openCache (kind: CacheKind) (folder: string) (expireAfter: TimeSpan option) (time: TimeProvider) (logger: ILogger) =
    match kind with
    | Json -> new JsonFileCache(folder, expireAfter, time, logger) :> ITrackerCache
    | Sqlite -> new SqliteCache(cacheFile Sqlite folder, expireAfter, time, logger) :> ITrackerCache

/// A fake clock at a fixed instant (expiry tests move it by hand).
let clock () =
    FakeTimeProvider(DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero))

/// A cache of `kind` in a fresh folder, with a fake clock and a capturing logger.
type Fixture(kind: CacheKind, ?expireAfter: TimeSpan) =
    let folder = new TempFolder()
    let time = clock ()
    let logger = CapturingLogger()
    let mutable opened: ITrackerCache list = []

    /// The folder holding the cache.
    member _.Folder = folder.Path
    /// The cache's file.
    member _.File = cacheFile kind folder.Path
    /// The clock every cache of this fixture reads.
    member _.Time = time
    /// What the caches logged.
    member _.Logger = logger

    /// Opens a cache on the fixture's folder (another object on the same file each call).
    member _.Open() =
        let cache = openCache kind folder.Path expireAfter time logger
        opened <- cache :: opened
        cache

    interface IDisposable with
        member _.Dispose() =
            for cache in opened do
                cache.Dispose()

            (folder :> IDisposable).Dispose()

/// Waits for a cache answer and fails the test on an error.
let ok (what: string) (answer: Task<Result<'T, TogglError>>) =
    match answer.GetAwaiter().GetResult() with
    | Ok value -> value
    | Error error -> failtestf "%s failed: %s" what (TogglError.message error)

/// Waits for a cache answer, expecting an error.
let failure (what: string) (answer: Task<Result<'T, TogglError>>) =
    match answer.GetAwaiter().GetResult() with
    | Ok value -> failtestf "%s should have failed, but answered %A" what value
    | Error error -> error

/// Commits a batch, failing the test on an error.
let commit (cache: ITrackerCache) (change: CacheChange) =
    ok "Commit" (cache.Commit(change, CancellationToken.None))

/// Every visible tracker.
let load (cache: ITrackerCache) =
    ok "Load" (cache.Load CancellationToken.None)

/// One tracker by id.
let find (cache: ITrackerCache) (id: int64) =
    ok "Find" (cache.Find(id, CancellationToken.None))

/// The trackers matching the queries.
let query (cache: ITrackerCache) (queries: TogglQuery list) =
    ok "Query" (cache.Query(queries, CancellationToken.None))

/// The sync cursor.
let cursor (cache: ITrackerCache) =
    ok "SyncCursor" (cache.SyncCursor CancellationToken.None)

/// Ids, in the order given.
let ids (trackers: TogglTracker list) = trackers |> List.map (fun t -> t.Id)

/// Ids, sorted.
let idSet (trackers: TogglTracker list) =
    trackers |> List.map (fun t -> t.Id) |> List.sort

/// The start of the days trackers are generated in.
let epoch = DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)

/// A stopped tracker of one hour starting `hours` after `epoch`.
let tracker (id: int64) (hours: float) =
    let start = epoch.AddHours hours

    {
        Id = id
        WorkspaceId = 7L
        Description = Some $"Tracker {id}"
        Start = start
        Stop = Some(start.AddHours 1.0)
        Duration = 3600L
        ProjectId = None
        TaskId = None
        Tags = []
        TagIds = []
        Billable = false
        UserId = 3L
        At = start.AddHours 1.0
        ServerDeletedAt = None
    }

/// A running tracker starting `hours` after `epoch`.
let running (id: int64) (hours: float) =
    { tracker id hours with
        Stop = None
        Duration = -1L
    }

/// A query.
let q (key: TrackerField) (comparison: Comparison) (value: QueryValue) =
    {
        Key = key
        Comparison = comparison
        Value = value
    }

/// Texts the generators draw from: unicode, digits-only, quotes, and SQL that must stay data.
let texts =
    [
        ""
        "a"
        "B"
        "123"
        "Inbox zero"
        "é"
        "日本語"
        "😀"
        "\uFFFD"
        "\"quoted\""
        "back\\slash"
        "Robert'); DROP TABLE trackers;--"
        "x' OR '1'='1"
    ]

let private genInstant =
    gen {
        // Ten days of minutes, sometimes with a sub-second part (the caches keep every tick).
        let! minutes = Gen.choose (0, 10 * 24 * 60)
        let! ticks = Gen.frequency [ 3, Gen.constant 0; 1, Gen.choose (0, 9_999_999) ]
        return epoch.AddMinutes(float minutes).AddTicks(int64 ticks)
    }

let private genDay =
    Gen.choose (-2, 12)
    |> Gen.map (fun d -> DateOnly.FromDateTime(epoch.UtcDateTime).AddDays d)

/// A tracker with id from 1 to 40 and values that collide often enough for queries to match.
let genTracker =
    gen {
        let! id = Gen.choose (1, 40)
        let! start = genInstant

        let! state =
            Gen.frequency
                [
                    6, Gen.constant "stopped"
                    2, Gen.constant "running"
                    1, Gen.constant "negative"
                ]

        let! seconds = Gen.choose (0, 5 * 3600)
        let! description = Gen.optionOf (Gen.elements texts)
        let! projectId = Gen.optionOf (Gen.choose (1, 4) |> Gen.map int64)
        let! taskId = Gen.optionOf (Gen.choose (1, 4) |> Gen.map int64)
        let! tags = Gen.subListOf texts
        let! tagIds = Gen.subListOf [ 1L; 2L; 3L; 4L; 5L ]
        let! billable = Gen.elements [ true; false ]
        let! userId = Gen.choose (1, 3)
        let! deleted = Gen.optionOf genInstant

        let stop, duration =
            match state with
            | "stopped" -> Some(start.AddSeconds(float seconds)), int64 seconds
            | "running" -> None, -1L
            // Toggl may send a stop with a negative duration: still running (docs/toggl-api.md §7.2).
            | _ -> Some(start.AddSeconds(float seconds)), -start.ToUnixTimeSeconds()

        return
            {
                Id = int64 id
                WorkspaceId = 7L
                Description = description
                Start = start
                Stop = stop
                Duration = duration
                ProjectId = projectId
                TaskId = taskId
                Tags = tags
                TagIds = tagIds
                Billable = billable
                UserId = int64 userId
                At = start.AddSeconds(float seconds)
                ServerDeletedAt = deleted
            }
    }

/// Trackers with distinct ids.
let genTrackers = Gen.listOf genTracker |> Gen.map (List.distinctBy (fun t -> t.Id))

let private genScalarFor (field: TrackerField) =
    match field with
    | TrackerField.Id
    | TrackerField.WorkspaceId
    | TrackerField.ProjectId
    | TrackerField.TaskId
    | TrackerField.UserId
    | TrackerField.TagIds -> Gen.choose (-1, 41) |> Gen.map (int64 >> QueryValue.Int)
    | TrackerField.Duration ->
        Gen.oneof
            [
                Gen.choose (-1, 5 * 3600) |> Gen.map (int64 >> QueryValue.Int)
                Gen.constant (QueryValue.Int 3600L)
            ]
    | TrackerField.Description
    | TrackerField.TagNames -> Gen.elements texts |> Gen.map QueryValue.Text
    | TrackerField.Billable -> Gen.elements [ true; false ] |> Gen.map QueryValue.Bool
    | TrackerField.Start
    | TrackerField.Stop
    | TrackerField.At
    | TrackerField.ServerDeletedAt ->
        Gen.oneof [ genInstant |> Gen.map QueryValue.Instant; genDay |> Gen.map QueryValue.Day ]

/// Any value, whatever the field: the wrong types must match nothing on both caches.
let private genAnyScalar =
    Gen.oneof
        [
            Gen.choose (-1, 41) |> Gen.map (int64 >> QueryValue.Int)
            Gen.elements texts |> Gen.map QueryValue.Text
            Gen.elements [ true; false ] |> Gen.map QueryValue.Bool
            genInstant |> Gen.map QueryValue.Instant
            genDay |> Gen.map QueryValue.Day
        ]

/// A query on any field, mostly with a value of the field's type, sometimes null, a list, or a wrong type.
let genQuery =
    gen {
        let! key =
            Gen.elements
                [
                    TrackerField.Id
                    TrackerField.WorkspaceId
                    TrackerField.Description
                    TrackerField.Start
                    TrackerField.Stop
                    TrackerField.Duration
                    TrackerField.ProjectId
                    TrackerField.TaskId
                    TrackerField.TagNames
                    TrackerField.TagIds
                    TrackerField.Billable
                    TrackerField.UserId
                    TrackerField.At
                    TrackerField.ServerDeletedAt
                ]

        let! comparison =
            Gen.elements
                [
                    Comparison.Equal
                    Comparison.Less
                    Comparison.LessOrEqual
                    Comparison.Greater
                    Comparison.GreaterOrEqual
                ]

        let scalar = genScalarFor key

        let! value =
            Gen.frequency
                [
                    8, scalar
                    2, Gen.constant QueryValue.Null
                    2,
                    Gen.listOfLength 3 (Gen.frequency [ 4, scalar; 1, Gen.constant QueryValue.Null ])
                    |> Gen.map QueryValue.AnyOf
                    1, Gen.constant (QueryValue.AnyOf [])
                    1, genAnyScalar
                ]

        return q key comparison value
    }

/// Zero to three queries (AND-ed).
let genQueries =
    Gen.choose (0, 3) |> Gen.bind (fun n -> Gen.listOfLength n genQuery)
