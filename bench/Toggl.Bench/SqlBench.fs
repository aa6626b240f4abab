/// `bench sql`: the SQLite cache's reads through Dapper against a plain ADO.NET reader, on the same file and the
/// same rows: the objects of one kind (what `toggl` reads for names) and tracker rows. The figures decided the
/// core's SQL layer (docs/architecture.md, "Native tool"): Dapper's mappers are generated at run time, which the
/// native tool cannot do, so the cache reads rows with its own readers; this shows what that costs or saves.
module Toggl.Bench.SqlBench

open System
open System.Diagnostics
open System.IO
open Dapper
open Microsoft.Data.Sqlite

/// A `resources` row as Dapper maps it (by column name, into a CLIMutable record).
[<CLIMutable>]
type ResourceRecord =
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

/// A tracker row's scalar columns as Dapper maps them.
[<CLIMutable>]
type TrackerRecord =
    {
        id: int64
        workspace_id: int64
        project_id: Nullable<int64>
        description: string
        start: int64
        stop: Nullable<int64>
        duration: int64
        tags: string
    }

let private resourceSql =
    "SELECT kind, id, workspace_id, parent_id, name, active, at, json FROM resources WHERE kind = @Kind ORDER BY name, id"

let private trackerSql =
    "SELECT id, workspace_id, project_id, description, start, stop, duration, tags FROM trackers WHERE start >= @From ORDER BY start DESC, id DESC"

let private optional (reader: SqliteDataReader) (column: int) =
    if reader.IsDBNull column then
        Nullable()
    else
        Nullable(reader.GetInt64 column)

/// The plain reader: one command, named parameters, columns read by position (as the core's `Sql.query`).
let private plainResources (db: SqliteConnection) =
    use command = db.CreateCommand()
    command.CommandText <- resourceSql
    command.Parameters.AddWithValue("@Kind", "project") |> ignore
    use reader = command.ExecuteReader()
    let rows = ResizeArray()

    while reader.Read() do
        rows.Add
            {
                kind = reader.GetString 0
                id = reader.GetInt64 1
                workspace_id = optional reader 2
                parent_id = optional reader 3
                name = reader.GetString 4
                active = reader.GetInt64 5
                at = optional reader 6
                json = reader.GetString 7
            }

    rows.Count

let private plainTrackers (db: SqliteConnection) =
    use command = db.CreateCommand()
    command.CommandText <- trackerSql
    command.Parameters.AddWithValue("@From", 0L) |> ignore
    use reader = command.ExecuteReader()
    let rows = ResizeArray()

    while reader.Read() do
        rows.Add
            {
                id = reader.GetInt64 0
                workspace_id = reader.GetInt64 1
                project_id = optional reader 2
                description = reader.GetString 3
                start = reader.GetInt64 4
                stop = optional reader 5
                duration = reader.GetInt64 6
                tags = reader.GetString 7
            }

    rows.Count

let private dapperResources (db: SqliteConnection) =
    let parameters = DynamicParameters()
    parameters.Add("Kind", "project")
    db.Query<ResourceRecord>(resourceSql, parameters) |> Seq.length

let private dapperTrackers (db: SqliteConnection) =
    let parameters = DynamicParameters()
    parameters.Add("From", 0L)
    db.Query<TrackerRecord>(trackerSql, parameters) |> Seq.length

let private fill (db: SqliteConnection) (resources: int) (trackers: int) =
    let run (sql: string) =
        use command = db.CreateCommand()
        command.CommandText <- sql
        command.ExecuteNonQuery() |> ignore

    run
        "CREATE TABLE resources (kind TEXT NOT NULL, id INTEGER NOT NULL, workspace_id INTEGER, parent_id INTEGER, name TEXT NOT NULL, active INTEGER NOT NULL, at INTEGER, json TEXT NOT NULL, PRIMARY KEY (kind, id))"

    run
        "CREATE TABLE trackers (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL, project_id INTEGER, description TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER, duration INTEGER NOT NULL, tags TEXT NOT NULL)"

    use transaction = db.BeginTransaction()

    use insertResource = db.CreateCommand()
    insertResource.Transaction <- transaction

    insertResource.CommandText <-
        "INSERT INTO resources VALUES ('project', @Id, 1, NULL, @Name, 1, @At, '{\"id\":' || @Id || '}')"

    let id = insertResource.Parameters.Add("@Id", SqliteType.Integer)
    let name = insertResource.Parameters.Add("@Name", SqliteType.Text)
    let at = insertResource.Parameters.Add("@At", SqliteType.Integer)

    for i in 1..resources do
        id.Value <- int64 i
        name.Value <- "Project " + string i
        at.Value <- 638_000_000_000_000_000L + int64 i
        insertResource.ExecuteNonQuery() |> ignore

    use insertTracker = db.CreateCommand()
    insertTracker.Transaction <- transaction

    insertTracker.CommandText <-
        "INSERT INTO trackers VALUES (@Id, 1, @Project, @Description, @Start, @Start + 3600, 3600, '[\"a\",\"b\"]')"

    let trackerId = insertTracker.Parameters.Add("@Id", SqliteType.Integer)
    let project = insertTracker.Parameters.Add("@Project", SqliteType.Integer)
    let description = insertTracker.Parameters.Add("@Description", SqliteType.Text)
    let start = insertTracker.Parameters.Add("@Start", SqliteType.Integer)

    for i in 1..trackers do
        trackerId.Value <- int64 i
        project.Value <- (if i % 5 = 0 then box DBNull.Value else box (int64 (i % 40)))
        description.Value <- "Entry " + string i
        start.Value <- 1_700_000_000L + int64 i * 3600L
        insertTracker.ExecuteNonQuery() |> ignore

    transaction.Commit()

/// p50 and p90 of `runs` timings of `f`, in microseconds.
let private time (runs: int) (f: unit -> int) =
    let samples =
        [|
            for _ in 1..runs do
                let watch = Stopwatch.StartNew()
                f () |> ignore
                watch.Elapsed.TotalMicroseconds
        |]
        |> Array.sort

    samples[runs / 2], samples[runs * 9 / 10]

let run (_: string list) =
    let file =
        Path.Combine(Path.GetTempPath(), $"togglfun-sqlbench-{Guid.NewGuid():N}.sqlite")

    try
        use db = new SqliteConnection($"Data Source={file};Pooling=False")
        db.Open()
        let resources, trackers = 300, 5_000
        fill db resources trackers

        printfn
            "SQLite reads, %d projects and %d tracker rows; p50/p90 of 200 runs after 50 warm-up runs"
            resources
            trackers

        printfn ""
        printfn "  %-34s %12s %12s" "read" "p50 (µs)" "p90 (µs)"

        for label, f in
            [
                "projects, Dapper Query<record>", (fun () -> dapperResources db)
                "projects, plain reader", (fun () -> plainResources db)
                "trackers, Dapper Query<record>", (fun () -> dapperTrackers db)
                "trackers, plain reader", (fun () -> plainTrackers db)
            ] do
            for _ in 1..50 do
                f () |> ignore

            let p50, p90 = time 200 f
            printfn "  %-34s %12.0f %12.0f" label p50 p90

        // Dapper's first query of a shape emits its mapper: what a short-lived process (the tool) pays once per run.
        use fresh = new SqliteConnection($"Data Source={file};Pooling=False")
        fresh.Open()
        SqlMapper.PurgeQueryCache()
        let first = Stopwatch.StartNew()
        dapperResources fresh |> ignore
        let firstDapper = first.Elapsed.TotalMicroseconds
        printfn ""
        printfn "  first Dapper query of a new shape (mapper emitted): %.0f µs" firstDapper
    finally
        SqliteConnection.ClearAllPools()

        for suffix in [ ""; "-wal"; "-shm" ] do
            if File.Exists(file + suffix) then
                File.Delete(file + suffix)
