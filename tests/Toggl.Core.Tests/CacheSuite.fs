/// One behavioural suite, run against both caches through a factory: what a cache promises, whatever
/// it is made of.
module Toggl.Core.Tests.CacheSuite

open System
open System.IO
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Data.Sqlite
open Microsoft.Extensions.Logging.Abstractions
open Toggl.Core
open Toggl.Core.Tests.CacheFixtures

let private cachedTest (kind: CacheKind) (name: string) (body: CacheKind -> unit) = testCase name (fun () -> body kind)

/// The files a broken file was moved to.
let private movedAside (folder: string) =
    Directory.GetFiles(folder, "*.corrupt") |> List.ofArray

let private behaviour (kind: CacheKind) =
    [
        // The façade hands these lists on as they come (no re-sort): the order is the cache's promise.
        testPropertyWithConfig
            { FsCheckConfig.defaultConfig with
                maxTest = 25
            }
            "Load and Query return trackers newest start first, then highest id"
        <| Prop.forAll (Arb.fromGen genTrackers) (fun trackers ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert trackers)

            let expected =
                trackers
                |> List.sortWith (fun a b ->
                    match compare b.Start a.Start with
                    | 0 -> compare b.Id a.Id
                    | order -> order)
                |> ids

            ids (load cache) = expected && ids (query cache []) = expected)

        cachedTest kind "a committed tracker is loaded and found by id, with every field as committed" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            let committed =
                { tracker 1L 2.0 with
                    ProjectId = Some 4L
                    TaskId = Some 5L
                    Tags = [ "a"; "b" ]
                    TagIds = [ 10L; 11L ]
                    Billable = true
                    Start = (epoch.AddHours 2.0).AddTicks 1234567L
                    ServerDeletedAt = Some(epoch.AddDays 3.0)
                }

            commit cache (CacheChange.upsert [ committed; running 2L 5.0 ])
            Expect.equal (load cache) [ running 2L 5.0; committed ] "loaded, latest start first"
            Expect.equal (find cache 1L) (Some committed) "found by id"
            Expect.equal (find cache 3L) None "an unknown id is not found")

        cachedTest kind "committing a tracker with a known id replaces it" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0; tracker 2L 1.0 ])

            let edited =
                { tracker 1L 0.0 with
                    Description = Some "edited"
                    Tags = [ "new" ]
                }

            commit cache (CacheChange.upsert [ edited ])
            Expect.equal (idSet (load cache)) [ 1L; 2L ] "still two trackers"
            Expect.equal (find cache 1L) (Some edited) "the new version")

        cachedTest kind "a deleted tracker is neither loaded, found nor queried" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0; tracker 2L 1.0 ])
            commit cache (CacheChange.delete [ 1L; 99L ])
            Expect.equal (idSet (load cache)) [ 2L ] "only the other one loads"
            Expect.equal (find cache 1L) None "not found"
            Expect.isEmpty (query cache [ q TrackerField.Id Comparison.Equal (QueryValue.Int 1L) ]) "not queried")

        cachedTest kind "a batch applies its upserts, deletes and cursor together" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0; tracker 2L 1.0 ])
            let syncedAt = epoch.AddDays 5.0

            commit
                cache
                {
                    Upserts =
                        [
                            tracker 3L 2.0
                            { tracker 2L 1.0 with
                                Description = Some "changed"
                            }
                        ]
                    Deletes = [ 1L ]
                    SyncCursor = Some syncedAt
                }

            Expect.equal (idSet (load cache)) [ 2L; 3L ] "upserts and deletes applied"
            Expect.equal ((find cache 2L).Value.Description) (Some "changed") "replaced"
            Expect.equal (cursor cache) (Some syncedAt) "cursor stored")

        cachedTest kind "another reader of the same file sees a batch whole or not at all" (fun kind ->
            use fixture = new Fixture(kind)
            let writer = fixture.Open()
            let reader = fixture.Open()
            let batch = [ 1L .. 3000L ] |> List.map (fun id -> tracker id (float id))
            let writing = Task.Run(fun () -> commit writer (CacheChange.upsert batch))
            let mutable seen = Set.empty

            // Read for as long as the commit runs, and once after it returned.
            while not writing.IsCompleted do
                seen <- seen.Add(List.length (load reader))

            writing.GetAwaiter().GetResult()
            seen <- seen.Add(List.length (load reader))
            Expect.isTrue (Set.isSubset seen (set [ 0; 3000 ])) $"only whole states were seen, not {seen}"
            Expect.contains seen 3000 "the batch became visible")

        cachedTest kind "the sync cursor is stored, and a batch without one keeps it" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            Expect.equal (cursor cache) None "no cursor at first"

            let first =
                DateTimeOffset(2025, 3, 9, 8, 30, 15, TimeSpan.FromHours 2.0).AddTicks 42L

            commit
                cache
                { CacheChange.empty with
                    SyncCursor = Some first
                }

            commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
            Expect.equal (cursor cache) (Some first) "kept, to the tick")

        cachedTest kind "expiry hides an old entry from load, find and query" (fun kind ->
            use fixture = new Fixture(kind, TimeSpan.FromHours 1.0)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
            fixture.Time.Advance(TimeSpan.FromMinutes 30.0)
            commit cache (CacheChange.upsert [ tracker 2L 1.0 ])
            fixture.Time.Advance(TimeSpan.FromMinutes 30.0)
            Expect.equal (idSet (load cache)) [ 1L; 2L ] "both visible at exactly one hour"
            fixture.Time.Advance(TimeSpan.FromMinutes 1.0)
            Expect.equal (idSet (load cache)) [ 2L ] "load hides the expired entry"
            Expect.equal (find cache 1L) None "find hides it"
            Expect.equal (idSet (query cache [])) [ 2L ] "query hides it"
            Expect.equal (cache.ExpireAfter) (Some(TimeSpan.FromHours 1.0)) "the expiry is reported")

        cachedTest kind "an expired entry committed again is visible again, once" (fun kind ->
            use fixture = new Fixture(kind, TimeSpan.FromHours 1.0)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
            fixture.Time.Advance(TimeSpan.FromHours 2.0)
            Expect.isEmpty (load cache) "expired"
            // The Python SQLite cache failed here with a duplicate key (docs/python-reference.md bug 8).
            commit
                cache
                (CacheChange.upsert
                    [
                        { tracker 1L 0.0 with
                            Description = Some "again"
                        }
                    ])

            Expect.equal (load cache |> List.map (fun t -> t.Id, t.Description)) [ 1L, Some "again" ] "visible once")

        cachedTest kind "an expired sync cursor reads as none, so the next sync fetches everything again" (fun kind ->
            use fixture = new Fixture(kind, TimeSpan.FromHours 1.0)
            let cache = fixture.Open()

            commit
                cache
                { CacheChange.empty with
                    SyncCursor = Some epoch
                }

            fixture.Time.Advance(TimeSpan.FromMinutes 59.0)
            Expect.equal (cursor cache) (Some epoch) "still valid"
            fixture.Time.Advance(TimeSpan.FromMinutes 2.0)
            Expect.equal (cursor cache) None "expired")

        cachedTest kind "reopening the same path sees the committed data" (fun kind ->
            use fixture = new Fixture(kind)

            do
                use first = fixture.Open()

                commit
                    first
                    { (CacheChange.upsert [ tracker 1L 0.0; running 2L 3.0 ]) with
                        SyncCursor = Some epoch
                    }

            let reopened = fixture.Open()
            Expect.equal (load reopened) [ running 2L 3.0; tracker 1L 0.0 ] "trackers read back"
            Expect.equal (cursor reopened) (Some epoch) "cursor read back")

        cachedTest kind "a second cache object on the same file sees the first one's commits" (fun kind ->
            use fixture = new Fixture(kind)
            let first = fixture.Open()
            let second = fixture.Open()
            Expect.isEmpty (load second) "empty at first"
            commit first (CacheChange.upsert [ tracker 1L 0.0 ])
            Expect.equal (idSet (load second)) [ 1L ] "sees the upsert"
            commit second (CacheChange.delete [ 1L ])
            Expect.equal (find first 1L) None "and the first sees the delete")

        cachedTest kind "two cache objects committing at once from many threads lose nothing" (fun kind ->
            use fixture = new Fixture(kind)
            let caches = [ fixture.Open(); fixture.Open() ]

            let writes =
                [
                    for index, cache in List.indexed caches do
                        Task.Run(fun () ->
                            for batch in 0..19 do
                                let id = int64 (index * 1000 + batch)
                                commit cache (CacheChange.upsert [ tracker id 0.0 ]))
                ]

            Task.WaitAll(Array.ofList writes)

            let expected =
                [ for index in 0..1 -> [ for batch in 0..19 -> int64 (index * 1000 + batch) ] ]
                |> List.concat

            Expect.equal (idSet (load (fixture.Open()))) expected "every commit of both")

        cachedTest kind "unicode and digit-only descriptions and tags come back as the same texts" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()

            let trackers =
                [
                    { tracker 1L 0.0 with
                        Description = Some "123"
                        Tags = [ "456"; "true"; "null" ]
                    }
                    { tracker 2L 1.0 with
                        Description = Some "日本語 — 😀 é\u0301"
                        Tags = [ "𝄞"; "Ünïcødé" ]
                    }
                    { tracker 3L 2.0 with
                        Description = Some "line\nbreak\ttab \"quote\" \\"
                    }
                    { tracker 4L 3.0 with
                        Description = Some ""
                    }
                ]

            commit cache (CacheChange.upsert trackers)
            let reopened = fixture.Open()
            Expect.equal (load reopened |> List.sortBy (fun t -> t.Id)) trackers "every text exactly"

            Expect.equal
                (query reopened [ q TrackerField.Description Comparison.Equal (QueryValue.Text "123") ]
                 |> ids)
                [ 1L ]
                "\"123\" is found as a text")

        cachedTest kind "strings that look like SQL are stored and matched verbatim" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            let injection = "Robert'); DROP TABLE trackers;--"
            let alwaysTrue = "x' OR '1'='1"

            commit
                cache
                (CacheChange.upsert
                    [
                        { tracker 1L 0.0 with
                            Description = Some injection
                            Tags = [ alwaysTrue ]
                        }
                        tracker 2L 1.0
                    ])

            Expect.equal ((find cache 1L).Value.Description) (Some injection) "stored verbatim"
            Expect.equal (idSet (load cache)) [ 1L; 2L ] "nothing dropped"

            Expect.equal
                (query cache [ q TrackerField.TagNames Comparison.Equal (QueryValue.Text alwaysTrue) ]
                 |> ids)
                [ 1L ]
                "matches only the tracker with that very text"

            Expect.isEmpty
                (query cache [ q TrackerField.Description Comparison.Equal (QueryValue.Text "x' OR 1=1 --") ])
                "an injection attempt in a query value is just a text")

        cachedTest kind "no entry is ever dropped: 12,000 trackers all load" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ for id in 1L .. 12000L -> tracker id (float id / 10.0) ])
            let reopened = fixture.Open()
            Expect.equal (List.length (load reopened)) 12000 "all of them (the Python cache kept 10,000)")

        cachedTest kind "files are readable by their owner only" (fun kind ->
            use fixture = new Fixture(kind)
            let folder = Path.Combine(fixture.Folder, "created")
            let cache = openCache kind folder None fixture.Time NullLogger.Instance
            use _ = cache
            commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
            let ownerOnly = UnixFileMode.UserRead ||| UnixFileMode.UserWrite
            Expect.equal (File.GetUnixFileMode folder) (ownerOnly ||| UnixFileMode.UserExecute) "folder 0700"

            for file in Directory.GetFiles folder do
                Expect.equal (File.GetUnixFileMode file) ownerOnly $"{Path.GetFileName file} 0600")

        cachedTest kind "a cancelled token gives Cancelled and changes nothing" (fun kind ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            use cancelled = new CancellationTokenSource()
            cancelled.Cancel()

            Expect.equal
                (failure "Commit" (cache.Commit(CacheChange.upsert [ tracker 1L 0.0 ], cancelled.Token)))
                TogglError.Cancelled
                "Cancelled"

            Expect.isEmpty (load cache) "nothing committed")

        testProperty $"{kind}: committed trackers read back exactly, after reopening too"
        <| Prop.forAll (Arb.fromGen genTrackers) (fun trackers ->
            use fixture = new Fixture(kind)
            commit (fixture.Open()) (CacheChange.upsert trackers)
            let sorted (list: TogglTracker list) = list |> List.sortBy (fun t -> t.Id)
            sorted (load (fixture.Open())) = sorted trackers)
    ]

/// A broken file in place of the cache's file: moved aside with a warning, the cache starts empty.
let private brokenFile (kind: CacheKind) (what: string) (content: byte array) =
    testCase $"{what} is moved aside with a warning and the cache starts empty" (fun () ->
        use fixture = new Fixture(kind)
        File.WriteAllBytes(fixture.File, content)
        let cache = fixture.Open()
        let moved = movedAside fixture.Folder
        Expect.hasLength moved 1 "moved aside at construction"
        Expect.equal (File.ReadAllBytes moved.Head) content "kept as it was, for a person to look at"
        Expect.exists fixture.Logger.Warnings (fun w -> w.Contains "moved it aside") "a warning was logged"
        Expect.isEmpty (load cache) "the cache starts empty"
        commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
        Expect.equal (idSet (load (fixture.Open()))) [ 1L ] "and works")

/// Runs SQL on the database file through a connection of its own (another process, as far as the cache knows).
let private execute (file: string) (sql: string) =
    use db = new SqliteConnection($"Data Source={file};Pooling=False")
    db.Open()
    use command = db.CreateCommand()
    command.CommandText <- sql
    command.ExecuteNonQuery() |> ignore

/// What both caches do with a file they cannot use or a cache that was disposed.
let private misuse (kind: CacheKind) =
    [
        testCase
            $"{kind}: a folder in place of the cache file is an error naming the folder to move, and is kept"
            (fun () ->
                use fixture = new Fixture(kind)
                Directory.CreateDirectory fixture.File |> ignore
                File.WriteAllText(Path.Combine(fixture.File, "keep.txt"), "the user's")
                let cache = fixture.Open()

                for answer in
                    [
                        cache.Load CancellationToken.None |> (fun t -> t.Result |> Result.map ignore)
                        cache.Commit(CacheChange.upsert [ tracker 1L 0.0 ], CancellationToken.None).Result
                    ] do
                    match answer with
                    | Error(TogglError.CacheFailure message) ->
                        Expect.stringContains message fixture.File "names the folder"
                        Expect.stringContains message "is a folder" "says what is wrong"
                        Expect.stringContains message "move or delete" "says what to do"
                        Expect.isFalse (message.Contains "already exists") "not the file system's riddle"
                    | other -> failtestf "expected a CacheFailure, got %A" other

                Expect.isTrue (File.Exists(Path.Combine(fixture.File, "keep.txt"))) "the folder is left alone"
                Expect.isEmpty (movedAside fixture.Folder) "nothing moved aside")

        testCase $"{kind}: a disposed cache throws ObjectDisposedException" (fun () ->
            use fixture = new Fixture(kind)
            let cache = fixture.Open()
            commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
            cache.Dispose()

            let throwsDisposed (what: string) (operation: unit -> Task) =
                Expect.throwsT<ObjectDisposedException> (fun () -> operation().GetAwaiter().GetResult()) what

            throwsDisposed "Load" (fun () -> cache.Load CancellationToken.None :> Task)
            throwsDisposed "Find" (fun () -> cache.Find(1L, CancellationToken.None) :> Task)
            throwsDisposed "Query" (fun () -> cache.Query([], CancellationToken.None) :> Task)
            throwsDisposed "SyncCursor" (fun () -> cache.SyncCursor CancellationToken.None :> Task)

            throwsDisposed "Commit" (fun () ->
                cache.Commit(CacheChange.upsert [ tracker 2L 0.0 ], CancellationToken.None) :> Task))
    ]

let private jsonFiles =
    testList
        "JSON file"
        [
            brokenFile
                Json
                "a trackers.json cut off in the middle"
                "{\"format\":\"togglfun.trackers\",\"version\":1,\"generation\":3,\"sync_cursor\":null,\"cached_at\":[\"2025-03-10T12:00:00Z\"],\"trackers\":[{\"id\":1,\"workspace_id\":7,\"sta"B
            brokenFile Json "an empty trackers.json" [||]
            brokenFile Json "a trackers.json of garbage" "\u0000\u0001 not json at all"B
            brokenFile
                Json
                "a JSON file in another format (the Python library's)"
                "{\"1\": {\"id\": 1, \"description\": 123}}"B
            brokenFile
                Json
                "a trackers.json with a tracker missing its start"
                "{\"format\":\"togglfun.trackers\",\"version\":1,\"generation\":1,\"sync_cursor\":null,\"cached_at\":[\"2025-03-10T12:00:00Z\"],\"trackers\":[{\"id\":1}]}"B
            brokenFile
                Json
                "a trackers.json with more cached_at times than trackers"
                "{\"format\":\"togglfun.trackers\",\"version\":1,\"generation\":1,\"sync_cursor\":null,\"cached_at\":[\"2025-03-10T12:00:00Z\"],\"trackers\":[]}"B

            testCase "a trackers.json whose keys someone reordered is still read, and written back whole" (fun () ->
                use fixture = new Fixture(Json)
                let first = tracker 1L 0.0
                let second = running 2L 3.0

                let content =
                    $"{{\"trackers\":[{TrackerJson.encodeTracker first},{TrackerJson.encodeTracker second}],"
                    + "\"cached_at\":[\"2025-03-10T11:00:00Z\",\"2025-03-10T11:30:00Z\"],\"sync_cursor\":null,"
                    + "\"generation\":4,\"version\":1,\"format\":\"togglfun.trackers\"}"

                File.WriteAllText(fixture.File, content)
                let cache = fixture.Open()
                Expect.equal (load cache) [ second; first ] "both read"
                Expect.isEmpty (movedAside fixture.Folder) "not taken for corrupt"
                commit cache (CacheChange.upsert [ tracker 3L 5.0 ])
                Expect.equal (idSet (load (fixture.Open()))) [ 1L; 2L; 3L ] "the rewrite kept the trackers read")

            testCase "trackers.json holds the trackers as Toggl time entries, readable by the tracker codec" (fun () ->
                use fixture = new Fixture(Json)
                let committed = [ tracker 1L 0.0; running 2L 3.0 ]
                commit (fixture.Open()) (CacheChange.upsert committed)
                use document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes fixture.File)
                let trackers = document.RootElement.GetProperty("trackers").GetRawText()

                Expect.equal
                    (TrackerJson.decodeTrackers trackers |> Result.map (List.sortBy (fun t -> t.Id)))
                    (Ok committed)
                    "a plain array of time entries"

                Expect.equal (document.RootElement.GetProperty("cached_at").GetArrayLength()) 2 "one time per tracker")

            testCase "a trackers.json of a newer format version is left untouched and every operation fails" (fun () ->
                use fixture = new Fixture(Json)

                let content =
                    "{\"format\":\"togglfun.trackers\",\"version\":99,\"generation\":1,\"shards\":[]}"B

                File.WriteAllBytes(fixture.File, content)
                let cache = fixture.Open()

                match failure "Load" (cache.Load CancellationToken.None) with
                | TogglError.CacheFailure message -> Expect.stringContains message "newer" "says why"
                | other -> failtestf "expected a CacheFailure, got %A" other

                Expect.isError
                    (cache.Commit(CacheChange.upsert [ tracker 1L 0.0 ], CancellationToken.None).Result)
                    "no commit"

                Expect.equal (File.ReadAllBytes fixture.File) content "the file is untouched"
                Expect.isEmpty (movedAside fixture.Folder) "and not moved aside")

            testCase "a file corrupted while the cache is open is moved aside at the next read" (fun () ->
                use fixture = new Fixture(Json)
                let cache = fixture.Open()
                commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
                File.WriteAllText(fixture.File, "garbage")
                Expect.isEmpty (load cache) "starts empty"
                Expect.hasLength (movedAside fixture.Folder) 1 "moved aside")

            testCase "a trackers.json holding one id twice keeps the copy with the newest at, with a warning" (fun () ->
                use fixture = new Fixture(Json)

                let older =
                    { tracker 1L 0.0 with
                        Description = Some "older"
                    }

                let newer =
                    { older with
                        Description = Some "newer"
                        At = older.At.AddMinutes 5.0
                    }

                let tieFirst =
                    { tracker 2L 3.0 with
                        Description = Some "tie, first"
                    }

                let tieLast =
                    { tieFirst with
                        Description = Some "tie, last"
                    }
                // The newer copy first, so that "the last one read wins" would show the older one.
                let content =
                    $"{{\"format\":\"togglfun.trackers\",\"version\":1,\"generation\":2,\"sync_cursor\":null,"
                    + "\"cached_at\":[\"2025-03-10T11:00:00Z\",\"2025-03-10T11:00:00Z\",\"2025-03-10T11:00:00Z\",\"2025-03-10T11:00:00Z\"],"
                    + $"\"trackers\":[{TrackerJson.encodeTracker newer},{TrackerJson.encodeTracker tieFirst},"
                    + $"{TrackerJson.encodeTracker older},{TrackerJson.encodeTracker tieLast}]}}"

                File.WriteAllText(fixture.File, content)
                let cache = fixture.Open()
                Expect.equal (load cache) [ tieLast; newer ] "one copy of each id: the newest at, the later on a tie"
                Expect.equal (find cache 1L) (Some newer) "found by id as loaded"

                Expect.equal
                    (query cache [ q TrackerField.Id Comparison.Equal (QueryValue.Int 1L) ])
                    [ newer ]
                    "queried"

                Expect.exists
                    fixture.Logger.Warnings
                    (fun w -> w.Contains "tracker 1" && w.Contains "tracker 2")
                    "a warning names the duplicated ids"

                Expect.isEmpty (movedAside fixture.Folder) "the file is not taken for corrupt"
                commit cache (CacheChange.upsert [ tracker 3L 5.0 ])
                Expect.equal (load (fixture.Open())) [ tracker 3L 5.0; tieLast; newer ] "the rewrite keeps one copy")

            testCase "a temporary file left by a killed writer is removed by the next commit" (fun () ->
                use fixture = new Fixture(Json)
                let stray = fixture.File + ".0123456789abcdef.tmp"
                File.WriteAllText(stray, "{\"format\":")
                let cache = fixture.Open()
                commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
                Expect.isFalse (File.Exists stray) "removed"
                Expect.equal (idSet (load cache)) [ 1L ] "the commit landed")
        ]

let private sqliteFiles =
    testList
        "SQLite file"
        [
            testProperty "tag names read back from the tags column exactly as written"
            <| Prop.forAll
                (Arb.fromGen (
                    Gen.listOf (
                        Gen.oneof
                            [
                                Gen.elements texts
                                ArbMap.defaults
                                |> ArbMap.generate<string>
                                |> Gen.map (fun s ->
                                    match box s with
                                    | null -> ""
                                    | _ -> s)
                            ]
                    )
                ))
                (fun tags ->
                    // FsCheck's strings include control characters, quotes and backslashes.
                    TrackerRow.parseTags (TrackerRow.tagsJson tags) = tags)

            testProperty "tag ids read back from the tag_ids column exactly as written"
            <| Prop.forAll (Arb.fromGen (Gen.listOf (ArbMap.defaults |> ArbMap.generate<int64>))) (fun ids ->
                TrackerRow.parseTagIds (TrackerRow.tagIdsJson ids) = ids)

            testProperty "the schema check names exactly the tables, columns and indexes a database lacks"
            <| Prop.forAll
                (Arb.fromGen (
                    Gen.zip
                        (Gen.subListOf (
                            SqliteSchema.tables
                            |> List.collect (fun (t, cs) -> cs |> List.map (fun c -> t, c))
                        ))
                        (Gen.subListOf (SqliteSchema.allIndexes |> List.map fst))
                ))
                (fun (dropped, droppedIndexes) ->
                    let columnsOf (table: string) =
                        SqliteSchema.tables
                        |> List.find (fun (t, _) -> t = table)
                        |> snd
                        |> List.filter (fun c -> not (List.contains (table, c) dropped))
                        |> Set.ofList

                    let indexes =
                        SqliteSchema.allIndexes
                        |> List.map fst
                        |> List.filter (fun i -> not (List.contains i droppedIndexes))
                        |> Set.ofList

                    match SqliteSchema.problem columnsOf indexes with
                    | None -> dropped.IsEmpty && droppedIndexes.IsEmpty
                    | Some problem ->
                        let named (name: string) = problem.Contains name

                        let tablesGone =
                            SqliteSchema.tables
                            |> List.filter (fun (t, _) -> (columnsOf t).IsEmpty)
                            |> List.map fst

                        not (dropped.IsEmpty && droppedIndexes.IsEmpty)
                        && droppedIndexes |> List.forall named
                        && tablesGone
                           |> List.forall (fun t -> problem.Contains $"missing tables: " && named t)
                        && dropped |> List.forall (fun (t, c) -> List.contains t tablesGone || named c))

            brokenFile Sqlite "a file that is not a SQLite database" "this is not a database, just some text"B

            testCase "a database of a newer schema version is left untouched and every operation fails" (fun () ->
                use fixture = new Fixture(Sqlite)

                do
                    use db = new SqliteConnection($"Data Source={fixture.File};Pooling=False")
                    db.Open()
                    use command = db.CreateCommand()

                    command.CommandText <-
                        "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);"

                    command.ExecuteNonQuery() |> ignore

                let before = File.ReadAllBytes fixture.File
                let cache = fixture.Open()

                match failure "Load" (cache.Load CancellationToken.None) with
                | TogglError.CacheFailure message -> Expect.stringContains message "schema version 99" "says why"
                | other -> failtestf "expected a CacheFailure, got %A" other

                Expect.isError
                    (cache.Commit(CacheChange.upsert [ tracker 1L 0.0 ], CancellationToken.None).Result)
                    "no commit"

                cache.Dispose()
                Expect.equal (File.ReadAllBytes fixture.File) before "the file is untouched"
                Expect.isEmpty (movedAside fixture.Folder) "and not moved aside")

            for what, sql in
                [
                    "only a schema_version table",
                    "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                    "schema_version and meta but no trackers table",
                    "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                    + "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL, stored_at INTEGER NOT NULL);"
                    "tables but no schema_version",
                    "CREATE TABLE trackers (id INTEGER PRIMARY KEY, start INTEGER NOT NULL);"
                    "a trackers table missing a column",
                    "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                    + "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL, stored_at INTEGER NOT NULL);"
                    + "CREATE TABLE trackers (id INTEGER PRIMARY KEY, start INTEGER NOT NULL);"
                ] do
                testCase $"a database with {what} is moved aside with a warning and rebuilt" (fun () ->
                    use fixture = new Fixture(Sqlite)
                    execute fixture.File sql
                    let cache = fixture.Open()
                    Expect.hasLength (movedAside fixture.Folder) 1 "moved aside at construction"
                    Expect.exists fixture.Logger.Warnings (fun w -> w.Contains "moved it aside") "a warning was logged"
                    Expect.isEmpty (load cache) "the cache starts empty"
                    Expect.isNone (cursor cache) "and unsynced, so the next read syncs"

                    commit
                        cache
                        { CacheChange.upsert [ tracker 1L 0.0 ] with
                            SyncCursor = Some(epoch.AddDays 1.0)
                        }

                    Expect.equal (idSet (load (fixture.Open()))) [ 1L ] "and works")

            for table, firstRead in
                [
                    "trackers",
                    (fun (cache: ITrackerCache) ->
                        cache.Load CancellationToken.None |> fun t -> t.Result |> Result.map ignore)
                    "meta",
                    (fun (cache: ITrackerCache) ->
                        cache.SyncCursor CancellationToken.None
                        |> fun t -> t.Result |> Result.map ignore)
                ] do
                testCase
                    $"a {table} table dropped after a sync is rebuilt, by a cache opened later and by the open one"
                    (fun () ->
                        use fixture = new Fixture(Sqlite)
                        let cache = fixture.Open()

                        commit
                            cache
                            { CacheChange.upsert [ tracker 1L 0.0 ] with
                                SyncCursor = Some(epoch.AddDays 1.0)
                            }

                        execute fixture.File $"DROP TABLE {table}"

                        match firstRead cache with
                        | Error(TogglError.CacheFailure message) ->
                            Expect.stringContains message "moved aside" "says what happened"
                        | other -> failtestf "the first read of the dropped table should fail once, got %A" other

                        Expect.isEmpty (load cache) "then the open cache is rebuilt"
                        Expect.isNone (cursor cache) "unsynced, so the next read syncs"

                        commit
                            cache
                            { CacheChange.upsert [ tracker 2L 0.0 ] with
                                SyncCursor = Some(epoch.AddDays 2.0)
                            }

                        Expect.equal (idSet (load cache)) [ 2L ] "and works"
                        execute fixture.File $"DROP TABLE {table}"
                        let later = fixture.Open()
                        Expect.isEmpty (load later) "a cache opened later rebuilds at once"
                        Expect.isNone (cursor later) "unsynced"
                        Expect.hasLength (movedAside fixture.Folder) 2 "each broken file moved aside")

            testCase "the library records its schema version and uses WAL mode" (fun () ->
                use fixture = new Fixture(Sqlite)
                let cache = fixture.Open()
                commit cache (CacheChange.upsert [ tracker 1L 0.0 ])
                use db = new SqliteConnection($"Data Source={fixture.File};Pooling=False")
                db.Open()
                use command = db.CreateCommand()
                command.CommandText <- "SELECT version FROM schema_version"

                Expect.equal
                    (command.ExecuteScalar())
                    (box (int64 SqliteSchema.currentVersion))
                    "the current schema version"

                command.CommandText <- "PRAGMA journal_mode"
                Expect.equal (command.ExecuteScalar()) (box "wal") "WAL"

                command.CommandText <-
                    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'trackers_%'"

                Expect.equal (command.ExecuteScalar()) (box 4L) "indexes on start, stop, at and project_id")

            testCase "a first load of thousands of trackers builds the indexes after the rows and keeps them" (fun () ->
                use fixture = new Fixture(Sqlite)
                let cache = fixture.Open()
                let trackers = [ for id in 1L .. 1500L -> tracker id (float id * 0.5) ]
                commit cache (CacheChange.upsert trackers)

                let range =
                    [
                        q TrackerField.Start Comparison.GreaterOrEqual (QueryValue.Instant(epoch.AddHours 100.))
                        q TrackerField.Start Comparison.Less (QueryValue.Instant(epoch.AddHours 150.))
                    ]

                let expected = trackers |> List.filter (QueryEval.matches range) |> idSet
                Expect.equal (query cache range |> idSet) expected "the range query answers as the reference"
                Expect.equal (List.length expected) 100 "a hundred entries in fifty hours"
                // A second large commit into the now non-empty table takes the row-by-row path.
                commit cache (CacheChange.upsert [ for id in 1501L .. 2600L -> tracker id (float id * 0.5) ])
                Expect.equal (load cache |> List.length) 2600 "every tracker kept"
                cache.Dispose()
                use db = new SqliteConnection($"Data Source={fixture.File};Pooling=False")
                db.Open()
                use command = db.CreateCommand()

                command.CommandText <-
                    "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'trackers_%' ORDER BY name)"

                Expect.equal
                    (command.ExecuteScalar())
                    (box "trackers_at,trackers_project_id,trackers_start,trackers_stop")
                    "the four indexes are back"

                command.CommandText <- "EXPLAIN QUERY PLAN SELECT id FROM trackers WHERE start >= 0 AND start < 1"

                use reader = command.ExecuteReader()

                let plan =
                    [
                        while reader.Read() do
                            reader.GetString 3
                    ]
                    |> String.concat " "

                Expect.stringContains plan "trackers_start" "the date-range query uses the start index")
        ]

let tests =
    testList
        "CacheSuite"
        [
            for kind in kinds do
                testList (string kind) (behaviour kind)
                testList $"{kind}, misused" (misuse kind)
            jsonFiles
            sqliteFiles
        ]
