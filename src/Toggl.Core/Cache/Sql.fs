namespace Toggl.Core

open System
open Microsoft.Data.Sqlite

/// The SQLite cache's one way to run SQL besides the trackers' bulk paths: ADO.NET commands with named
/// parameters (`@Name` in the SQL, the name without `@` here; `null` is SQL NULL), rows read by the caller's
/// row reader. Not Dapper: every Dapper entry point reaches its run-time IL generation, which the native
/// `toggl` can neither compile without warnings nor run (docs/architecture.md, "Native tool").
[<RequireQualifiedAccess>]
module internal Sql =

    let private command
        (db: SqliteConnection)
        (transaction: SqliteTransaction | null)
        (sql: string)
        (parameters: (string * objnull) list)
        =
        let command = db.CreateCommand()
        command.CommandText <- sql
        command.Transaction <- transaction

        for name, value in parameters do
            command.Parameters.AddWithValue("@" + name, (if isNull value then box DBNull.Value else value))
            |> ignore

        command

    /// Runs a statement; the number of rows it changed.
    let execute db transaction sql parameters =
        use command = command db transaction sql parameters
        command.ExecuteNonQuery()

    /// Runs one statement once per row of parameters (every row names the same parameters), prepared once.
    let executeEach
        (db: SqliteConnection)
        (transaction: SqliteTransaction | null)
        (sql: string)
        (rows: (string * objnull) list list)
        =
        match rows with
        | [] -> ()
        | first :: _ ->
            use command = command db transaction sql first

            for row in rows do
                for name, value in row do
                    command.Parameters["@" + name].Value <- (if isNull value then box DBNull.Value else value)

                command.ExecuteNonQuery() |> ignore

    /// The rows of a query, each read by `read` (the reader is on the row).
    let query (read: SqliteDataReader -> 'T) db transaction sql parameters : 'T list =
        use command = command db transaction sql parameters
        use reader = command.ExecuteReader()
        let rows = ResizeArray<'T>()

        while reader.Read() do
            rows.Add(read reader)

        List.ofSeq rows

    /// The first column of the first row as an integer (a count, a version, a flag).
    let int64 db transaction sql parameters =
        match query (fun reader -> reader.GetInt64 0) db transaction sql parameters with
        | value :: _ -> value
        | [] -> invalidOp ("no row: " + sql)

    /// Column 0 of every row as a text.
    let texts db transaction sql parameters =
        query (fun reader -> reader.GetString 0) db transaction sql parameters

    /// Column 0 of every row as an integer.
    let int64s db transaction sql parameters =
        query (fun reader -> reader.GetInt64 0) db transaction sql parameters

    /// A parameter's value: an optional integer as the integer or NULL.
    let optional (value: int64 option) : objnull =
        match value with
        | Some v -> box v
        | None -> null
