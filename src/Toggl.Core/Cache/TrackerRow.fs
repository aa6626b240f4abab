namespace Toggl.Core

open System
open System.Text
open SQLitePCL

/// Conversions between trackers and rows of the `trackers` table: the tag columns' JSON text, binding a
/// tracker to the upsert statement and reading one from a row.
[<RequireQualifiedAccess>]
module internal TrackerRow =

    let private ticks (instant: DateTimeOffset) = instant.UtcTicks

    let private instant (ticks: int64) = DateTimeOffset(ticks, TimeSpan.Zero)

    /// A JSON array of texts. Written by hand so that only `"`, `\` and control characters are escaped:
    /// SQLite's json_each then yields the exact text the query compares with.
    let tagsJson (tags: string list) =
        let json = StringBuilder("[")

        tags
        |> List.iteri (fun i tag ->
            if i > 0 then
                json.Append ',' |> ignore

            json.Append '"' |> ignore

            for c in tag do
                match c with
                | '"' -> json.Append "\\\"" |> ignore
                | '\\' -> json.Append "\\\\" |> ignore
                | c when c < ' ' -> json.Append("\\u").Append((int c).ToString("x4")) |> ignore
                | c -> json.Append c |> ignore

            json.Append '"' |> ignore)

        json.Append(']').ToString()

    /// A JSON array of integers.
    let tagIdsJson (ids: int64 list) =
        "[" + String.Join(",", ids |> List.map string) + "]"

    /// The upsert of one tracker; `?1` … `?15` are bound by `bind`, in this order.
    [<Literal>]
    let UpsertSql =
        "INSERT INTO trackers (id, workspace_id, description, start, stop, duration, project_id, task_id, tags, "
        + "tag_ids, billable, user_id, at, server_deleted_at, cached_at) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        + "ON CONFLICT(id) DO UPDATE SET workspace_id = excluded.workspace_id, "
        + "description = excluded.description, start = excluded.start, stop = excluded.stop, "
        + "duration = excluded.duration, project_id = excluded.project_id, task_id = excluded.task_id, "
        + "tags = excluded.tags, tag_ids = excluded.tag_ids, billable = excluded.billable, "
        + "user_id = excluded.user_id, at = excluded.at, server_deleted_at = excluded.server_deleted_at, "
        + "cached_at = excluded.cached_at"

    /// Binds one tracker cached at `cachedAt` to the prepared `UpsertSql` (missing values as NULL).
    let bind (statement: sqlite3_stmt) (cachedAt: DateTimeOffset) (tracker: TogglTracker) =
        let int64 (index: int) (value: int64) =
            raw.sqlite3_bind_int64 (statement, index, value) |> ignore

        let optional (index: int) (value: int64 option) =
            match value with
            | Some v -> int64 index v
            | None -> raw.sqlite3_bind_null (statement, index) |> ignore

        let text (index: int) (value: string) =
            raw.sqlite3_bind_text (statement, index, value) |> ignore

        int64 1 tracker.Id
        int64 2 tracker.WorkspaceId

        match tracker.Description with
        | Some description -> text 3 description
        | None -> raw.sqlite3_bind_null (statement, 3) |> ignore

        int64 4 (ticks tracker.Start)
        optional 5 (Option.map ticks tracker.Stop)
        int64 6 tracker.Duration
        optional 7 tracker.ProjectId
        optional 8 tracker.TaskId
        text 9 (tagsJson tracker.Tags)
        text 10 (tagIdsJson tracker.TagIds)
        int64 11 (if tracker.Billable then 1L else 0L)
        int64 12 tracker.UserId
        int64 13 (ticks tracker.At)
        optional 14 (Option.map ticks tracker.ServerDeletedAt)
        int64 15 (ticks cachedAt)

    let private malformed (json: string) =
        raise (FormatException $"the tags column holds {json}, not a JSON array written by this library")

    /// The tag names of a `tags` column, as `tagsJson` wrote them. A hand-written reader of that exact
    /// shape: JsonSerializer's per-call set-up cost as much as the rest of a row (bench/Toggl.Bench).
    let parseTags (json: string) : string list =
        if json.Length < 2 || json[0] <> '[' || json[json.Length - 1] <> ']' then
            malformed json

        let tags = ResizeArray<string>()
        let text = StringBuilder()
        let mutable i = 1

        while i < json.Length - 1 do
            if json[i] = ',' then
                i <- i + 1

            if json[i] <> '"' then
                malformed json

            i <- i + 1
            text.Clear() |> ignore

            while json[i] <> '"' do
                if json[i] = '\\' then
                    match json[i + 1] with
                    | 'u' ->
                        text.Append(char (Convert.ToInt32(json.Substring(i + 2, 4), 16))) |> ignore
                        i <- i + 6
                    // `\"` and `\\`: the only other escapes tagsJson writes.
                    | escaped ->
                        text.Append escaped |> ignore
                        i <- i + 2
                else
                    text.Append json[i] |> ignore
                    i <- i + 1

            tags.Add(text.ToString())
            i <- i + 1

        List.ofSeq tags

    /// The tag ids of a `tag_ids` column, as `tagIdsJson` wrote them.
    let parseTagIds (json: string) : int64 list =
        if json.Length < 2 || json[0] <> '[' || json[json.Length - 1] <> ']' then
            malformed json

        if json.Length = 2 then
            []
        else
            json.Substring(1, json.Length - 2).Split ','
            |> Array.map (fun id -> Int64.Parse(id, Globalization.CultureInfo.InvariantCulture))
            |> List.ofArray

    /// The columns `read` expects, in its order.
    [<Literal>]
    let Columns =
        "id, workspace_id, description, start, stop, duration, project_id, task_id, tags, tag_ids, billable, "
        + "user_id, at, server_deleted_at"

    let private isNull (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_type (statement, column) = raw.SQLITE_NULL

    let private integer (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_int64 (statement, column)

    let private optional (statement: sqlite3_stmt) (column: int) =
        if isNull statement column then
            None
        else
            Some(integer statement column)

    let private text (statement: sqlite3_stmt) (column: int) =
        raw.sqlite3_column_text(statement, column).utf8_to_string ()

    /// The tracker of the statement's current row (columns as `Columns`); timestamps come back in UTC.
    let read (statement: sqlite3_stmt) =
        // Rows written before decoding normalised durations may hold one no computation can use.
        TogglTracker.normalise
            {
                Id = integer statement 0
                WorkspaceId = integer statement 1
                Description = if isNull statement 2 then None else Some(text statement 2)
                Start = instant (integer statement 3)
                Stop = optional statement 4 |> Option.map instant
                Duration = integer statement 5
                ProjectId = optional statement 6
                TaskId = optional statement 7
                Tags = parseTags (text statement 8)
                TagIds = parseTagIds (text statement 9)
                Billable = integer statement 10 <> 0L
                UserId = integer statement 11
                At = instant (integer statement 12)
                ServerDeletedAt = optional statement 13 |> Option.map instant
            }
