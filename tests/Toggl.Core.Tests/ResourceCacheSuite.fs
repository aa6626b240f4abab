/// One suite for the caches of Toggl's other objects (`IResourceCache`), run against both caches on real
/// files and real SQLite: what a cache promises about cached objects and their sync instants.
module Toggl.Core.Tests.ResourceCacheSuite

open System
open System.IO
open System.Threading
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Data.Sqlite
open Microsoft.Extensions.Logging.Abstractions
open Toggl.Core
open Toggl.Core.Tests.CacheFixtures

/// A cached object of `kind` in workspace 7, active, changed at `epoch` plus `id` hours.
let resource (kind: ResourceKind) (id: int64) (name: string) : CachedResource =
    {
        Kind = kind
        Id = id
        WorkspaceId = Some 7L
        ParentId = None
        Name = name
        Active = true
        At = Some(epoch.AddHours(float id))
        Json = $"{{\"id\":{id},\"name\":\"{name}\"}}"
    }

/// A batch that upserts these objects.
let upserts (rows: CachedResource list) =
    { ResourceChange.empty with
        Upserts = rows
    }

/// Commits a batch of objects, failing the test on an error.
let commitResources (cache: ITrackerCache) (change: ResourceChange) =
    ok "CommitResources" (cache.CommitResources(change, CancellationToken.None))

/// The objects of one kind matching the queries.
let loadResources (cache: ITrackerCache) (kind: ResourceKind) (queries: ResourceQuery list) =
    ok "LoadResources" (cache.LoadResources(kind, queries, CancellationToken.None))

/// When a kind was last synced in a scope.
let synced (cache: ITrackerCache) (kind: ResourceKind) (scope: int64) =
    ok "ResourceSynced" (cache.ResourceSynced(kind, scope, CancellationToken.None))

/// A query over cached objects.
let rq (key: ResourceField) (comparison: Comparison) (value: QueryValue) : ResourceQuery =
    {
        Key = key
        Comparison = comparison
        Value = value
    }

/// The ids of objects, in the order given.
let private rids (rows: CachedResource list) = rows |> List.map (fun r -> r.Id)

let private kindTest (kind: CacheKind) (name: string) (body: CacheKind -> unit) = testCase name (fun () -> body kind)

/// Seven projects chosen so each field and comparison has something to find and something to miss.
let private examples =
    [
        { resource ResourceKind.Project 1L "alpha" with
            ParentId = Some 10L
        }
        { resource ResourceKind.Project 2L "Beta" with
            ParentId = Some 11L
            Active = false
        }
        { resource ResourceKind.Project 3L "ALPHA" with
            WorkspaceId = Some 8L
        }
        { resource ResourceKind.Project 4L "Café" with
            At = None
        }
        { resource ResourceKind.Project 5L "gamma" with
            WorkspaceId = None
            ParentId = Some 10L
        }
        // Starts a new UTC day: at = 2025-03-02T00:00Z.
        { resource ResourceKind.Project 24L "CAFÉ" with
            Active = false
        }
        resource ResourceKind.Project 6L "Robert'); DROP TABLE resources;--"
    ]

/// The example queries, with the ids each must return (in the listing order).
let private exampleQueries: (string * ResourceQuery list * int64 list) list =
    [
        "no query lists every object by name without regard to case, then id", [], [ 1L; 3L; 2L; 4L; 24L; 5L; 6L ]
        "Equal on id", [ rq ResourceField.Id Comparison.Equal (QueryValue.Int 3L) ], [ 3L ]
        "Less on id", [ rq ResourceField.Id Comparison.Less (QueryValue.Int 3L) ], [ 1L; 2L ]
        "LessOrEqual on id", [ rq ResourceField.Id Comparison.LessOrEqual (QueryValue.Int 3L) ], [ 1L; 3L; 2L ]
        "Greater on id", [ rq ResourceField.Id Comparison.Greater (QueryValue.Int 5L) ], [ 24L; 6L ]
        "GreaterOrEqual on id", [ rq ResourceField.Id Comparison.GreaterOrEqual (QueryValue.Int 5L) ], [ 24L; 5L; 6L ]
        "Equal on workspace_id", [ rq ResourceField.WorkspaceId Comparison.Equal (QueryValue.Int 8L) ], [ 3L ]
        "Null on workspace_id", [ rq ResourceField.WorkspaceId Comparison.Equal QueryValue.Null ], [ 5L ]
        "Null on parent_id", [ rq ResourceField.ParentId Comparison.Equal QueryValue.Null ], [ 3L; 4L; 24L; 6L ]
        "Equal on parent_id", [ rq ResourceField.ParentId Comparison.Equal (QueryValue.Int 10L) ], [ 1L; 5L ]
        "AnyOf on parent_id with Null",
        [
            rq ResourceField.ParentId Comparison.Equal (QueryValue.AnyOf [ QueryValue.Int 11L; QueryValue.Null ])
        ],
        [ 3L; 2L; 4L; 24L; 6L ]
        "AnyOf on id",
        [
            rq ResourceField.Id Comparison.Equal (QueryValue.AnyOf [ QueryValue.Int 2L; QueryValue.Int 6L ])
        ],
        [ 2L; 6L ]
        "AnyOf with Less matches nothing",
        [ rq ResourceField.Id Comparison.Less (QueryValue.AnyOf [ QueryValue.Int 9L ]) ],
        []
        "Equal on name ignores case", [ rq ResourceField.Name Comparison.Equal (QueryValue.Text "Alpha") ], [ 1L; 3L ]
        "Equal on name ignores case beyond ASCII",
        [ rq ResourceField.Name Comparison.Equal (QueryValue.Text "café") ],
        [ 4L; 24L ]
        "Less on name compares without regard to case",
        [ rq ResourceField.Name Comparison.Less (QueryValue.Text "b") ],
        [ 1L; 3L ]
        "GreaterOrEqual on name",
        [ rq ResourceField.Name Comparison.GreaterOrEqual (QueryValue.Text "GAMMA") ],
        [ 5L; 6L ]
        "a name that looks like SQL is a text",
        [ rq ResourceField.Name Comparison.Equal (QueryValue.Text "x' OR '1'='1") ],
        []
        "Equal on active", [ rq ResourceField.Active Comparison.Equal (QueryValue.Bool false) ], [ 2L; 24L ]
        "Less on active (false before true)",
        [ rq ResourceField.Active Comparison.Less (QueryValue.Bool true) ],
        [ 2L; 24L ]
        "Null on at", [ rq ResourceField.At Comparison.Equal QueryValue.Null ], [ 4L ]
        "Greater on at",
        [
            rq ResourceField.At Comparison.Greater (QueryValue.Instant(epoch.AddHours 5.0))
        ],
        [ 24L; 6L ]
        "LessOrEqual on at",
        [
            rq ResourceField.At Comparison.LessOrEqual (QueryValue.Instant(epoch.AddHours 2.0))
        ],
        [ 1L; 2L ]
        "Equal on a day of at", [ rq ResourceField.At Comparison.Equal (QueryValue.Day(DateOnly(2025, 3, 2))) ], [ 24L ]
        "Less than a day of at",
        [ rq ResourceField.At Comparison.Less (QueryValue.Day(DateOnly(2025, 3, 2))) ],
        [ 1L; 3L; 2L; 5L; 6L ]
        "several queries are AND-ed",
        [
            rq ResourceField.WorkspaceId Comparison.Equal (QueryValue.Int 7L)
            rq ResourceField.Active Comparison.Equal (QueryValue.Bool true)
        ],
        [ 1L; 4L; 6L ]
        "a value of the wrong type matches nothing", [ rq ResourceField.Name Comparison.Equal (QueryValue.Int 1L) ], []
        "Null on a field never missing matches nothing", [ rq ResourceField.Name Comparison.Equal QueryValue.Null ], []
    ]

let private behaviour (kind: CacheKind) =
    [
        kindTest kind "committed objects load back exactly, one kind at a time" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            let project =
                { resource ResourceKind.Project 1L "Website" with
                    ParentId = Some 4L
                }

            let tag =
                { resource ResourceKind.Tag 1L "urgent" with
                    At = None
                    WorkspaceId = Some 9L
                }

            let me =
                { resource ResourceKind.Me 3L "ada@example.com" with
                    WorkspaceId = None
                }

            commitResources cache (upserts [ project; tag; me ])
            Expect.equal (loadResources cache ResourceKind.Project []) [ project ] "the project"
            Expect.equal (loadResources cache ResourceKind.Tag []) [ tag ] "the tag, with the same id as the project"
            Expect.equal (loadResources cache ResourceKind.Me []) [ me ] "the user"
            Expect.isEmpty (loadResources cache ResourceKind.Client []) "no client")

        kindTest kind "an upsert replaces the object of that kind and id only" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            commitResources
                cache
                (upserts
                    [
                        resource ResourceKind.Project 1L "old"
                        resource ResourceKind.Client 1L "client"
                    ])

            let renamed =
                { resource ResourceKind.Project 1L "new" with
                    Active = false
                    Json = "{\"renamed\":true}"
                }

            commitResources cache (upserts [ renamed ])
            Expect.equal (loadResources cache ResourceKind.Project []) [ renamed ] "replaced"

            Expect.equal
                (loadResources cache ResourceKind.Client [])
                [ resource ResourceKind.Client 1L "client" ]
                "the client is untouched")

        kindTest kind "a delete removes the object of that kind and id only" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            commitResources
                cache
                (upserts
                    [
                        resource ResourceKind.Tag 1L "a"
                        resource ResourceKind.Tag 2L "b"
                        resource ResourceKind.Task 1L "task"
                    ])

            commitResources
                cache
                { ResourceChange.empty with
                    Deletes = [ ResourceKind.Tag, 1L; ResourceKind.Tag, 99L ]
                }

            Expect.equal (loadResources cache ResourceKind.Tag [] |> rids) [ 2L ] "the other tag stays"
            Expect.equal (loadResources cache ResourceKind.Task [] |> rids) [ 1L ] "the task with the same id stays")

        kindTest kind "a batch applies its upserts, then its deletes, then its sync instants" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commitResources cache (upserts [ resource ResourceKind.Client 1L "one" ])

            commitResources
                cache
                {
                    Upserts =
                        [
                            resource ResourceKind.Client 2L "two"
                            resource ResourceKind.Client 3L "first"
                            resource ResourceKind.Client 3L "last"
                        ]
                    Deletes = [ ResourceKind.Client, 1L; ResourceKind.Client, 2L ]
                    Synced = [ ResourceKind.Client, 7L, epoch ]
                }

            Expect.equal
                (loadResources cache ResourceKind.Client [])
                [ resource ResourceKind.Client 3L "last" ]
                "the deleted ones are gone, even one upserted in the same batch; of two upserts the last stays"

            Expect.equal (synced cache ResourceKind.Client 7L) (Some epoch) "synced")

        kindTest kind "objects and trackers do not disturb each other" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            commit
                cache
                { CacheChange.upsert [ tracker 1L 0.0 ] with
                    SyncCursor = Some epoch
                }

            commitResources cache (upserts [ resource ResourceKind.Project 1L "p" ])
            Expect.equal (load cache) [ tracker 1L 0.0 ] "the tracker stays"
            Expect.equal (cursor cache) (Some epoch) "the trackers' cursor stays"
            commit cache (CacheChange.upsert [ tracker 2L 1.0 ])
            commit cache (CacheChange.delete [ 1L ])

            Expect.equal
                (loadResources cache ResourceKind.Project [])
                [ resource ResourceKind.Project 1L "p" ]
                "a tracker commit keeps the objects"

            let reopened = fixture.Open()
            Expect.equal (load reopened) [ tracker 2L 1.0 ] "trackers read back"

            Expect.equal
                (loadResources reopened ResourceKind.Project [])
                [ resource ResourceKind.Project 1L "p" ]
                "objects read back")

        kindTest kind "objects are listed by name without regard to case, then id" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            commitResources
                cache
                (upserts
                    [
                        resource ResourceKind.Client 5L "b"
                        resource ResourceKind.Client 4L "a"
                        resource ResourceKind.Client 3L "B"
                        resource ResourceKind.Client 2L "A"
                        resource ResourceKind.Client 1L "c"
                    ])

            Expect.equal (loadResources cache ResourceKind.Client [] |> rids) [ 2L; 4L; 3L; 5L; 1L ] "a, a, b, b, c")

        kindTest kind "each field and comparison finds what the in-memory evaluator finds" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commitResources cache (upserts (resource ResourceKind.Tag 1L "alpha" :: examples))

            for what, queries, expected in exampleQueries do
                Expect.equal (loadResources cache ResourceKind.Project queries |> rids) expected what

                Expect.equal
                    (examples
                     |> List.filter (QueryEval.compileResources queries)
                     |> List.sortWith QueryEval.resourceOrder
                     |> rids)
                    expected
                    $"{what} (QueryEval)")

        kindTest kind "sync instants are kept per kind and scope, and a batch without one keeps them" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            Expect.isNone (synced cache ResourceKind.Project 7L) "never synced"

            let first =
                DateTimeOffset(2025, 3, 9, 8, 30, 15, TimeSpan.FromHours 2.0).AddTicks 42L

            commitResources
                cache
                { ResourceChange.empty with
                    Synced =
                        [
                            ResourceKind.Project, 7L, first
                            ResourceKind.Project, 8L, first.AddHours 1.0
                            ResourceKind.Me, 0L, first.AddHours 2.0
                        ]
                }

            commitResources cache (upserts [ resource ResourceKind.Project 1L "p" ])
            Expect.equal (synced cache ResourceKind.Project 7L) (Some first) "workspace 7, to the tick"
            Expect.equal (synced cache ResourceKind.Project 8L) (Some(first.AddHours 1.0)) "workspace 8"
            Expect.equal (synced cache ResourceKind.Me 0L) (Some(first.AddHours 2.0)) "the user's own"
            Expect.isNone (synced cache ResourceKind.Tag 7L) "another kind in the same scope"

            commitResources
                cache
                { ResourceChange.empty with
                    Synced = [ ResourceKind.Project, 7L, first.AddDays 1.0 ]
                }

            Expect.equal (synced cache ResourceKind.Project 7L) (Some(first.AddDays 1.0)) "moved on"
            Expect.equal (synced cache ResourceKind.Project 8L) (Some(first.AddHours 1.0)) "the other scope kept")

        kindTest kind "expiry hides old objects and sync instants, and a rewrite shows them again" (fun kind ->
            use fixture = new Fixture(kind, TimeSpan.FromHours 1.0)
            let cache = fixture.Open()

            commitResources
                cache
                { upserts [ resource ResourceKind.Project 1L "old" ] with
                    Synced = [ ResourceKind.Project, 7L, epoch ]
                }

            fixture.Time.Advance(TimeSpan.FromMinutes 30.0)
            commitResources cache (upserts [ resource ResourceKind.Project 2L "new" ])
            fixture.Time.Advance(TimeSpan.FromMinutes 30.0)
            Expect.equal (loadResources cache ResourceKind.Project [] |> rids) [ 2L; 1L ] "both at exactly one hour"
            Expect.equal (synced cache ResourceKind.Project 7L) (Some epoch) "still synced"
            fixture.Time.Advance(TimeSpan.FromMinutes 1.0)
            Expect.equal (loadResources cache ResourceKind.Project [] |> rids) [ 2L ] "the old one is hidden"

            Expect.isEmpty
                (loadResources cache ResourceKind.Project [ rq ResourceField.Id Comparison.Equal (QueryValue.Int 1L) ])
                "from queries too"

            Expect.isNone (synced cache ResourceKind.Project 7L) "the sync instant expired with it"
            commitResources cache (upserts [ resource ResourceKind.Project 1L "again" ])

            Expect.equal
                (loadResources cache ResourceKind.Project [] |> List.map (fun r -> r.Name))
                [ "again"; "new" ]
                "visible once")

        kindTest kind "a batch with an object lacking a name or JSON is refused whole, naming it" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            commitResources
                cache
                { upserts [ resource ResourceKind.Project 1L "kept" ] with
                    Synced = [ ResourceKind.Project, 7L, epoch ]
                }

            for broken, lacking in
                [
                    { resource ResourceKind.Project 3L "x" with
                        Name = Unchecked.defaultof<string>
                    },
                    "name"
                    { resource ResourceKind.Project 3L "x" with
                        Json = Unchecked.defaultof<string>
                    },
                    "JSON"
                ] do
                let change =
                    {
                        Upserts = [ resource ResourceKind.Project 2L "new"; broken ]
                        Deletes = [ ResourceKind.Project, 1L ]
                        Synced = [ ResourceKind.Project, 7L, epoch.AddDays 1.0 ]
                    }

                match failure "CommitResources" (cache.CommitResources(change, CancellationToken.None)) with
                | TogglError.Validation(ValidationError.InvalidArgument(_, reason)) ->
                    Expect.stringContains reason "project 3" "names the object"
                    Expect.stringContains reason lacking "says what it lacks"
                | other -> failtestf "expected a validation error, got %A" other

                let reopened = fixture.Open()

                Expect.equal
                    (loadResources reopened ResourceKind.Project [] |> rids)
                    [ 1L ]
                    "nothing upserted, nothing deleted"

                Expect.equal (synced reopened ResourceKind.Project 7L) (Some epoch) "the sync instant unchanged")

        kindTest kind "a cancelled token gives Cancelled and commits nothing" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            use cancelled = new CancellationTokenSource()
            cancelled.Cancel()

            Expect.equal
                (failure
                    "CommitResources"
                    (cache.CommitResources(upserts [ resource ResourceKind.Tag 1L "t" ], cancelled.Token)))
                TogglError.Cancelled
                "Cancelled"

            Expect.isEmpty (loadResources cache ResourceKind.Tag []) "nothing committed")

        kindTest kind "reopening after dispose keeps objects and sync instants, texts exactly" (fun kind ->
            use fixture = new Fixture(kind)

            let rows =
                [
                    { resource ResourceKind.Workspace 1L "日本語 — 😀 é\u0301" with
                        Json = "{ \"spaced\" : [1, 2],\n \"quote\": \"\\\"\" }"
                        ParentId = Some 12L
                    }
                    { resource ResourceKind.Workspace 2L "123" with
                        At = Some((epoch.AddHours 2.0).AddTicks 1234567L)
                        Json = "not even JSON: the cache keeps it as it is"
                    }
                    resource ResourceKind.Workspace 3L ""
                ]

            do
                use first = fixture.Open()

                commitResources
                    first
                    { upserts rows with
                        Synced = [ ResourceKind.Workspace, 0L, epoch ]
                    }

            let reopened = fixture.Open()

            Expect.equal
                (loadResources reopened ResourceKind.Workspace [])
                [ rows[2]; rows[1]; rows[0] ]
                "every field exactly"

            Expect.equal (synced reopened ResourceKind.Workspace 0L) (Some epoch) "the sync instant")

        kindTest kind "a second cache object on the same file sees the first one's commits" (fun kind ->
            use fixture = new Fixture(kind)
            let first = fixture.Open()
            let second = fixture.Open()
            Expect.isEmpty (loadResources second ResourceKind.Tag []) "empty at first"
            commitResources first (upserts [ resource ResourceKind.Tag 1L "t" ])
            Expect.equal (loadResources second ResourceKind.Tag [] |> rids) [ 1L ] "sees the upsert"

            commitResources
                second
                { ResourceChange.empty with
                    Deletes = [ ResourceKind.Tag, 1L ]
                    Synced = [ ResourceKind.Tag, 7L, epoch ]
                }

            Expect.isEmpty (loadResources first ResourceKind.Tag []) "the first sees the delete"
            Expect.equal (synced first ResourceKind.Tag 7L) (Some epoch) "and the sync instant")

        kindTest kind "files stay readable by their owner only" (fun kind ->
            use fixture = new Fixture(kind)
            let folder = Path.Combine(fixture.Folder, "created")
            use cache = openCache kind folder None fixture.Time NullLogger.Instance
            commitResources cache (upserts [ resource ResourceKind.Project 1L "p" ])
            let ownerOnly = UnixFileMode.UserRead ||| UnixFileMode.UserWrite

            for file in Directory.GetFiles folder do
                Expect.equal (File.GetUnixFileMode file) ownerOnly $"{Path.GetFileName file} 0600")
    ]

/// Runs SQL on a database file through a connection of its own.
let private execute (file: string) (sql: string) =
    use db = new SqliteConnection($"Data Source={file};Pooling=False")
    db.Open()
    use command = db.CreateCommand()
    command.CommandText <- sql
    command.ExecuteNonQuery() |> ignore

/// What only one of the caches can show: its file's format, its migrations, its transactions.
let private fileFormats =
    testList
        "files"
        [
            testCase
                "SQLite: a database of the previous schema keeps its trackers and gains the object tables"
                (fun () ->
                    use fixture = new Fixture(Sqlite)
                    // Schema version 1 exactly as the previous library made it, with one tracker and a cursor.
                    let version1 = SqliteSchema.migrations |> List.find (fun (v, _) -> v = 1) |> snd

                    execute
                        fixture.File
                        (String.Join(";\n", version1)
                         + ";\nCREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                         + "INSERT INTO trackers (id, workspace_id, description, start, stop, duration, project_id, task_id, tags, tag_ids, billable, user_id, at, server_deleted_at, cached_at) "
                         + $"VALUES (1, 7, 'kept', {epoch.UtcTicks}, {epoch.AddHours(1.0).UtcTicks}, 3600, NULL, NULL, '[]', '[]', 0, 3, {epoch.AddHours(1.0).UtcTicks}, NULL, {epoch.UtcTicks});"
                         + $"INSERT INTO meta (key, value, stored_at) VALUES ('sync_cursor', {epoch.UtcTicks}, {epoch.UtcTicks});")

                    let cache = fixture.Open()
                    Expect.isEmpty (Directory.GetFiles(fixture.Folder, "*.corrupt")) "not moved aside"

                    Expect.equal
                        (load cache |> List.map (fun t -> t.Id, t.Description))
                        [ 1L, Some "kept" ]
                        "the tracker is kept"

                    Expect.equal (cursor cache) (Some epoch) "and the cursor"
                    commitResources cache (upserts [ resource ResourceKind.Project 1L "p" ])
                    Expect.equal (loadResources cache ResourceKind.Project [] |> rids) [ 1L ] "objects can be stored"
                    cache.Dispose()
                    use db = new SqliteConnection($"Data Source={fixture.File};Pooling=False")
                    db.Open()
                    use command = db.CreateCommand()
                    command.CommandText <- "SELECT version FROM schema_version"

                    Expect.equal
                        (command.ExecuteScalar())
                        (box (int64 SqliteSchema.currentVersion))
                        "the current schema version"

                    command.CommandText <-
                        "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE name LIKE 'resource%' ORDER BY name)"

                    Expect.equal
                        (command.ExecuteScalar())
                        (box "resource_syncs,resources,resources_kind_name,resources_kind_workspace")
                        "the tables and indexes")

            testCase "SQLite: a lookup by name uses the (kind, name) index" (fun () ->
                use fixture = new Fixture(Sqlite)
                (fixture.Open()).Dispose()
                use db = new SqliteConnection($"Data Source={fixture.File};Pooling=False")
                db.Open()
                use command = db.CreateCommand()

                command.CommandText <-
                    "EXPLAIN QUERY PLAN SELECT id FROM resources WHERE kind = 'project' AND name_key = 'X'"

                use reader = command.ExecuteReader()

                let plan =
                    [
                        while reader.Read() do
                            reader.GetString 3
                    ]
                    |> String.concat " "

                Expect.stringContains plan "resources_kind_name" "the name index")

            testCase
                "SQLite: a commit that fails halfway applies none of its upserts, deletes or sync instants"
                (fun () ->
                    use fixture = new Fixture(Sqlite)
                    let cache = fixture.Open()

                    commitResources
                        cache
                        { upserts [ resource ResourceKind.Project 1L "kept" ] with
                            Synced = [ ResourceKind.Project, 7L, epoch ]
                        }

                    // Another connection makes the second row of the next batch fail inside the transaction.
                    execute
                        fixture.File
                        "CREATE TRIGGER refuse_13 BEFORE INSERT ON resources WHEN NEW.id = 13 BEGIN SELECT RAISE(ABORT, 'refused'); END"

                    let change =
                        {
                            Upserts =
                                [
                                    resource ResourceKind.Project 12L "first"
                                    resource ResourceKind.Project 13L "second"
                                ]
                            Deletes = [ ResourceKind.Project, 1L ]
                            Synced = [ ResourceKind.Project, 7L, epoch.AddDays 1.0 ]
                        }

                    match failure "CommitResources" (cache.CommitResources(change, CancellationToken.None)) with
                    | TogglError.CacheFailure message -> Expect.stringContains message "refused" "says why"
                    | other -> failtestf "expected a CacheFailure, got %A" other

                    Expect.equal (loadResources cache ResourceKind.Project [] |> rids) [ 1L ] "nothing of the batch"
                    Expect.equal (synced cache ResourceKind.Project 7L) (Some epoch) "the sync instant unchanged")

            testCase "SQLite: a resources table dropped while open is rebuilt, unsynced" (fun () ->
                use fixture = new Fixture(Sqlite)
                let cache = fixture.Open()

                commitResources
                    cache
                    { upserts [ resource ResourceKind.Project 1L "p" ] with
                        Synced = [ ResourceKind.Project, 7L, epoch ]
                    }

                execute fixture.File "DROP TABLE resources"

                Expect.isError
                    (cache.LoadResources(ResourceKind.Project, [], CancellationToken.None).Result)
                    "fails once"

                Expect.isEmpty (loadResources cache ResourceKind.Project []) "then starts empty"
                Expect.isNone (synced cache ResourceKind.Project 7L) "and unsynced"
                Expect.hasLength (Directory.GetFiles(fixture.Folder, "*.corrupt")) 1 "the broken file moved aside")

            testCase
                "JSON: a version 1 file loads, and the next commit writes version 2 keeping its trackers"
                (fun () ->
                    use fixture = new Fixture(Json)

                    let content =
                        "{\"format\":\"togglfun.trackers\",\"version\":1,\"generation\":4,"
                        + "\"sync_cursor\":{\"value\":\"2025-03-01T00:00:00Z\",\"stored_at\":\"2025-03-10T11:00:00Z\"},"
                        + "\"cached_at\":[\"2025-03-10T11:00:00Z\"],"
                        + $"\"trackers\":[{TrackerJson.encodeTracker (tracker 1L 0.0)}]}}"

                    File.WriteAllText(fixture.File, content)
                    let cache = fixture.Open()
                    Expect.equal (load cache) [ tracker 1L 0.0 ] "the tracker loads"
                    Expect.equal (cursor cache) (Some epoch) "and the cursor"
                    Expect.isEmpty (loadResources cache ResourceKind.Project []) "no objects"
                    commitResources cache (upserts [ resource ResourceKind.Project 1L "p" ])
                    let reopened = fixture.Open()
                    Expect.equal (load reopened) [ tracker 1L 0.0 ] "the tracker is kept"
                    Expect.equal (cursor reopened) (Some epoch) "and the cursor"
                    Expect.equal (loadResources reopened ResourceKind.Project [] |> rids) [ 1L ] "the object is stored"
                    Expect.stringContains (File.ReadAllText fixture.File) "\"version\":2" "written as version 2"
                    Expect.isEmpty (Directory.GetFiles(fixture.Folder, "*.corrupt")) "nothing moved aside")

            testCase "JSON: a file of a newer version is left untouched and object operations fail" (fun () ->
                use fixture = new Fixture(Json)
                let content = "{\"format\":\"togglfun.trackers\",\"version\":3,\"generation\":1}"
                File.WriteAllText(fixture.File, content)
                let cache = fixture.Open()

                match
                    failure "LoadResources" (cache.LoadResources(ResourceKind.Project, [], CancellationToken.None))
                with
                | TogglError.CacheFailure message -> Expect.stringContains message "format version 3" "says why"
                | other -> failtestf "expected a CacheFailure, got %A" other

                Expect.isError
                    (cache
                        .CommitResources(upserts [ resource ResourceKind.Project 1L "p" ], CancellationToken.None)
                        .Result)
                    "no commit"

                Expect.equal (File.ReadAllText fixture.File) content "untouched")

            for what, resources in
                [
                    "an object of an unknown kind",
                    "[{\"kind\":\"invoice\",\"id\":1,\"name\":\"x\",\"active\":true,\"written_at\":\"2025-03-10T11:00:00Z\",\"json\":\"{}\"}]"
                    "an object without its JSON",
                    "[{\"kind\":\"project\",\"id\":1,\"name\":\"x\",\"active\":true,\"written_at\":\"2025-03-10T11:00:00Z\"}]"
                    "an object whose name is a number",
                    "[{\"kind\":\"project\",\"id\":1,\"name\":5,\"active\":true,\"written_at\":\"2025-03-10T11:00:00Z\",\"json\":\"{}\"}]"
                ] do
                testCase
                    $"JSON: a file holding {what} is moved aside with a warning and the cache starts empty"
                    (fun () ->
                        use fixture = new Fixture(Json)

                        File.WriteAllText(
                            fixture.File,
                            "{\"format\":\"togglfun.trackers\",\"version\":2,\"generation\":1,\"sync_cursor\":null,"
                            + $"\"resource_syncs\":[],\"resources\":{resources},\"cached_at\":[],\"trackers\":[]}}"
                        )

                        let cache = fixture.Open()
                        Expect.hasLength (Directory.GetFiles(fixture.Folder, "*.corrupt")) 1 "moved aside"

                        Expect.exists
                            fixture.Logger.Warnings
                            (fun w -> w.Contains "moved it aside")
                            "a warning was logged"

                        Expect.isEmpty (loadResources cache ResourceKind.Project []) "empty")
        ]

let private texts =
    [
        ""
        "a"
        "A"
        "b"
        "B"
        "é"
        "É"
        "ß"
        "SS"
        "日本"
        "😀"
        "x' OR '1'='1"
        "Alpha"
        "alpha"
        "\uFFFD"
    ]

let private genInstant =
    Gen.choose (0, 10 * 24 * 60)
    |> Gen.map (fun minutes -> epoch.AddMinutes(float minutes))

let private genKind =
    Gen.elements [ ResourceKind.Project; ResourceKind.Tag; ResourceKind.Client ]

let private genRow =
    gen {
        let! kind = genKind
        let! id = Gen.choose (1, 30)
        let! workspace = Gen.optionOf (Gen.choose (1, 3) |> Gen.map int64)
        let! parent = Gen.optionOf (Gen.choose (1, 4) |> Gen.map int64)
        let! name = Gen.elements texts
        let! active = Gen.elements [ true; false ]
        let! at = Gen.optionOf genInstant
        let! json = Gen.elements texts

        return
            {
                Kind = kind
                Id = int64 id
                WorkspaceId = workspace
                ParentId = parent
                Name = name
                Active = active
                At = at
                Json = json
            }
    }

let private genScalar (field: ResourceField) =
    match field with
    | ResourceField.Id
    | ResourceField.WorkspaceId
    | ResourceField.ParentId -> Gen.choose (0, 31) |> Gen.map (int64 >> QueryValue.Int)
    | ResourceField.Name -> Gen.elements texts |> Gen.map QueryValue.Text
    | ResourceField.Active -> Gen.elements [ true; false ] |> Gen.map QueryValue.Bool
    | ResourceField.At ->
        Gen.oneof
            [
                genInstant |> Gen.map QueryValue.Instant
                Gen.choose (-1, 11)
                |> Gen.map (fun d -> QueryValue.Day(DateOnly(2025, 3, 1).AddDays d))
            ]

let private genResourceQuery =
    gen {
        let! key =
            Gen.elements
                [
                    ResourceField.Id
                    ResourceField.WorkspaceId
                    ResourceField.ParentId
                    ResourceField.Name
                    ResourceField.Active
                    ResourceField.At
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

        let scalar = genScalar key
        let! wrong = Gen.elements [ ResourceField.Name; ResourceField.Id; ResourceField.Active; ResourceField.At ]

        let! value =
            Gen.frequency
                [
                    8, scalar
                    2, Gen.constant QueryValue.Null
                    2,
                    Gen.listOfLength 3 (Gen.frequency [ 4, scalar; 1, Gen.constant QueryValue.Null ])
                    |> Gen.map QueryValue.AnyOf
                    1, Gen.constant (QueryValue.AnyOf [])
                    1, genScalar wrong
                ]

        return rq key comparison value
    }

let private properties =
    testList
        "properties"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 60
                }
                "the JSON file cache, the SQLite cache and QueryEval return the same objects for any query"
            <| Prop.forAll
                (Arb.fromGen (
                    Gen.zip
                        (Gen.listOf genRow)
                        (Gen.listOfLength
                            15
                            (Gen.zip
                                genKind
                                (Gen.choose (0, 3) |> Gen.bind (fun n -> Gen.listOfLength n genResourceQuery))))
                ))
                (fun (rows, queryLists) ->
                    use folder = new TempFolder()
                    // Upserts of one (kind, id) in one batch apply in order, the newer by `at` winning (an
                    // undated one always writes).
                    let stored =
                        rows
                        |> List.fold
                            (fun (kept: Map<ResourceKind * int64, CachedResource>) row ->
                                match kept.TryFind(row.Kind, row.Id) with
                                | Some cached when
                                    (match cached.At, row.At with
                                     | Some cachedAt, Some at -> at < cachedAt
                                     | _ -> false)
                                    ->
                                    kept
                                | _ -> kept.Add((row.Kind, row.Id), row))
                            Map.empty
                        |> Map.toList
                        |> List.map snd

                    kinds
                    |> List.forall (fun cacheKind ->
                        use cache =
                            openCache
                                cacheKind
                                (Path.Combine(folder.Path, string cacheKind))
                                None
                                (clock ())
                                NullLogger.Instance

                        commitResources cache (upserts rows)

                        for kind, queries in queryLists do
                            let expected =
                                stored
                                |> List.filter (fun r -> r.Kind = kind)
                                |> List.filter (QueryEval.compileResources queries)
                                |> List.sortWith QueryEval.resourceOrder

                            let actual = loadResources cache kind queries

                            if actual <> expected then
                                failtestf
                                    "%O returned %A, QueryEval %A for %A"
                                    cacheKind
                                    (rids actual)
                                    (rids expected)
                                    queries

                        true))

            testProperty "a query validateResources refuses never matches"
            <| Prop.forAll (Arb.fromGen (Gen.zip genRow genResourceQuery)) (fun (row, query) ->
                Result.isOk (QueryEval.validateResources [ query ])
                || not (QueryEval.compileResources [ query ] row))

            testCase "validateResources names the field and the problem" (fun () ->
                match QueryEval.validateResources [ rq ResourceField.Name Comparison.Equal (QueryValue.Int 3L) ] with
                | Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason))) ->
                    Expect.equal name "query on Name" "the field"
                    Expect.stringContains reason "a text, not an integer" "the problem"
                | other -> failtestf "expected a validation error, got %A" other

                Expect.isOk
                    (QueryEval.validateResources [ rq ResourceField.ParentId Comparison.Equal QueryValue.Null ])
                    "a missing parent can be asked for")
        ]

let tests =
    testList
        "ResourceCacheSuite"
        [
            for kind in kinds do
                testList (string kind) (behaviour kind)
            fileFormats
            properties
        ]
