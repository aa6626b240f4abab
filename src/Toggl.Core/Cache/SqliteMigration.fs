namespace Toggl.Core

open Microsoft.Data.Sqlite

/// Reads and brings a database's schema to `SqliteSchema`: the recorded version, the migrations it
/// lacks, and what part of the schema a database has lost (`SqliteSchema.problem` decides it).
[<RequireQualifiedAccess>]
module internal SqliteMigration =

    /// The refusal of a database written by a newer TogglFun.
    let newerSchema (path: string) (version: int) =
        TogglError.CacheFailure(
            path
            + " has schema version "
            + (string version)
            + ", newer than this library's "
            + (string SqliteSchema.currentVersion)
            + ": it was written by a newer TogglFun and is left untouched."
        )

    /// The schema version recorded in the file (0 for a new file), read without writing anything.
    let recordedVersion (db: SqliteConnection) (transaction: SqliteTransaction | null) =
        let hasTable =
            Sql.int64
                db
                transaction
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                []

        if hasTable = 0L then
            0
        else
            Sql.int64 db transaction "SELECT COALESCE(MAX(version), 0) FROM schema_version" []
            |> int

    /// Refuses a database of a newer schema before anything writes to it.
    let refuseNewer (path: string) (db: SqliteConnection) =
        match recordedVersion db null with
        | version when version > SqliteSchema.currentVersion -> Error(newerSchema path version)
        | _ -> Ok()

    /// Applies the migrations the database lacks, in one IMMEDIATE transaction so two processes
    /// opening a new file at once migrate it once.
    let migrate (path: string) (db: SqliteConnection) : Result<unit, TogglError> =
        use transaction = db.BeginTransaction(deferred = false)

        let version = recordedVersion db transaction

        if version > SqliteSchema.currentVersion then
            transaction.Rollback()
            Error(newerSchema path version)
        else
            if version = 0 then
                Sql.execute db transaction "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)" []
                |> ignore

            for (target, statements) in SqliteSchema.migrations do
                if target > version then
                    for statement in statements do
                        Sql.execute db transaction statement [] |> ignore

            if version < SqliteSchema.currentVersion then
                Sql.execute db transaction "DELETE FROM schema_version" [] |> ignore

                Sql.execute
                    db
                    transaction
                    "INSERT INTO schema_version (version) VALUES (@Version)"
                    [ "Version", box (int64 SqliteSchema.currentVersion) ]
                |> ignore

            transaction.Commit()
            Ok()

    /// What the database lacks of the schema the cache needs, or `None` when it has it all. A file can
    /// carry `schema_version` and still lack tables: a crash or a person's hand may have dropped them.
    let schemaProblem (db: SqliteConnection) : string option =
        let columnsOf (table: string) =
            Sql.texts db null "SELECT name FROM pragma_table_info(@Table)" [ "Table", box table ]
            |> Set.ofSeq

        let indexes =
            Sql.texts db null "SELECT name FROM sqlite_master WHERE type = 'index'" []
            |> Set.ofSeq

        SqliteSchema.problem columnsOf indexes
