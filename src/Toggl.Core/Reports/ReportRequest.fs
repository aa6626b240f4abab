namespace Toggl.Core

open System
open System.Text.Json

/// Which report an export is of.
[<RequireQualifiedAccess>]
type internal ReportKind =
    /// `search/time_entries`
    | Detailed
    /// `summary/time_entries`
    | Summary
    /// `weekly/time_entries`
    | Weekly

/// Every request of the Reports API v3 (docs/toggl-api.md §9), as data. All are `POST` below the reports base.
[<RequireQualifiedAccess>]
type internal ReportRequest =
    /// `search/time_entries`: one page, from the cursor (none: the first page).
    | Detailed of workspaceId: int64 * body: ReportBody * cursor: ReportCursor option
    /// `search/time_entries/totals`.
    | Totals of workspaceId: int64 * body: ReportBody
    /// `summary/time_entries`.
    | Summary of workspaceId: int64 * body: ReportBody
    /// `projects/summary` `{start_date, end_date}`.
    | ProjectSummaries of workspaceId: int64 * startDate: DateOnly * endDate: DateOnly
    /// `projects/{id}/summary` `{start_date, end_date}`.
    | ProjectSummary of workspaceId: int64 * projectId: int64 * startDate: DateOnly * endDate: DateOnly
    /// `weekly/time_entries`.
    | Weekly of workspaceId: int64 * body: ReportBody
    /// `{report}.csv|pdf|xlsx`: a file; the detailed one from a cursor.
    | Export of
        workspaceId: int64 *
        kind: ReportKind *
        body: ReportBody *
        format: ReportFormat *
        cursor: ReportCursor option

/// Report requests: their bodies (only what the caller set), their HTTP form and their validation.
[<RequireQualifiedAccess>]
module internal ReportRequests =

    let private idFilter (writer: Utf8JsonWriter) (name: string) (filter: IdFilter option) =
        match filter with
        | None -> ()
        | Some filter ->
            writer.WriteStartArray(name)

            for id in filter.Ids do
                writer.WriteNumberValue(id)

            if filter.Without then
                writer.WriteNullValue()

            writer.WriteEndArray()

    let private optional (write: Utf8JsonWriter -> string -> 'T -> unit) writer name (value: 'T option) =
        value |> Option.iter (write writer name)

    /// `grouping`'s words.
    let groupingName (grouping: SummaryGrouping) =
        match grouping with
        | SummaryGrouping.Projects -> "projects"
        | SummaryGrouping.Users -> "users"
        | SummaryGrouping.Clients -> "clients"

    /// `sub_grouping`'s words.
    let subGroupingName (subGrouping: SummarySubGrouping) =
        match subGrouping with
        | SummarySubGrouping.TimeEntries -> "time_entries"
        | SummarySubGrouping.Users -> "users"
        | SummarySubGrouping.Clients -> "clients"
        | SummarySubGrouping.Projects -> "projects"
        | SummarySubGrouping.Tasks -> "tasks"

    /// `order_by`'s words.
    let orderByName (orderBy: ReportOrderBy) =
        match orderBy with
        | ReportOrderBy.Date -> "date"
        | ReportOrderBy.User -> "user"
        | ReportOrderBy.Duration -> "duration"
        | ReportOrderBy.Description -> "description"
        | ReportOrderBy.LastUpdate -> "last_update"

    /// `order_dir`'s words.
    let orderDirName (orderDir: ReportOrderDir) =
        match orderDir with
        | ReportOrderDir.Asc -> "ASC"
        | ReportOrderDir.Desc -> "DESC"

    /// The file suffix of a format.
    let extension (format: ReportFormat) =
        match format with
        | ReportFormat.Csv -> "csv"
        | ReportFormat.Pdf -> "pdf"
        | ReportFormat.Xlsx -> "xlsx"

    /// Writes the fields the caller set, in Toggl's names, and the cursor's.
    let writeBody (writer: Utf8JsonWriter) (body: ReportBody) (cursor: ReportCursor option) =
        optional Encode.date writer "start_date" body.StartDate
        optional Encode.date writer "end_date" body.EndDate
        idFilter writer "user_ids" body.UserIds
        idFilter writer "project_ids" body.ProjectIds
        idFilter writer "client_ids" body.ClientIds
        idFilter writer "tag_ids" body.TagIds
        idFilter writer "task_ids" body.TaskIds
        idFilter writer "group_ids" body.GroupIds
        idFilter writer "time_entry_ids" body.TimeEntryIds
        optional Encode.string writer "description" body.Description
        optional Encode.bool writer "billable" body.Billable
        optional Encode.int64 writer "min_duration_seconds" body.MinDurationSeconds
        optional Encode.int64 writer "max_duration_seconds" body.MaxDurationSeconds
        optional Encode.int writer "rounding" body.Rounding
        optional Encode.int writer "rounding_minutes" body.RoundingMinutes
        optional Encode.string writer "grouping" (body.Grouping |> Option.map groupingName)
        optional Encode.string writer "sub_grouping" (body.SubGrouping |> Option.map subGroupingName)
        optional Encode.string writer "order_by" (body.OrderBy |> Option.map orderByName)
        optional Encode.string writer "order_dir" (body.OrderDir |> Option.map orderDirName)
        optional Encode.int writer "page_size" body.PageSize
        optional Encode.bool writer "grouped" body.Grouped
        optional Encode.bool writer "include_time_entry_ids" body.IncludeTimeEntryIds
        optional Encode.bool writer "hide_amounts" body.HideAmounts
        optional Encode.bool writer "enrich_response" body.EnrichResponse

        match cursor with
        | Some cursor ->
            optional Encode.int64 writer "first_id" cursor.FirstId
            optional Encode.int64 writer "first_row_number" cursor.FirstRowNumber
            optional Encode.int64 writer "first_timestamp" cursor.FirstTimestamp
        | None -> ()

    /// The JSON body of a report request.
    let bodyText (body: ReportBody) (cursor: ReportCursor option) =
        Encode.toText (fun writer ->
            writer.WriteStartObject()
            writeBody writer body cursor
            writer.WriteEndObject())

    let private kindPath (kind: ReportKind) =
        match kind with
        | ReportKind.Detailed -> "search/time_entries"
        | ReportKind.Summary -> "summary/time_entries"
        | ReportKind.Weekly -> "weekly/time_entries"

    /// The HTTP request (docs/toggl-api.md §9): below the reports base, never the Track API's.
    let toHttp (request: ReportRequest) : HttpRequest =
        let post (workspaceId: int64) (path: string) (body: string) =
            {
                Api = TogglApi.Reports
                Method = HttpMethod.Post
                Path = $"workspace/{string workspaceId}/{path}"
                Query = ""
                Body = Some body
            }

        let dates (startDate: DateOnly) (endDate: DateOnly) =
            bodyText (ReportBody.between startDate endDate) None

        match request with
        | ReportRequest.Detailed(workspaceId, body, cursor) ->
            post workspaceId "search/time_entries" (bodyText body cursor)
        | ReportRequest.Totals(workspaceId, body) -> post workspaceId "search/time_entries/totals" (bodyText body None)
        | ReportRequest.Summary(workspaceId, body) -> post workspaceId "summary/time_entries" (bodyText body None)
        | ReportRequest.ProjectSummaries(workspaceId, startDate, endDate) ->
            post workspaceId "projects/summary" (dates startDate endDate)
        | ReportRequest.ProjectSummary(workspaceId, projectId, startDate, endDate) ->
            post workspaceId $"projects/{string projectId}/summary" (dates startDate endDate)
        | ReportRequest.Weekly(workspaceId, body) -> post workspaceId "weekly/time_entries" (bodyText body None)
        | ReportRequest.Export(workspaceId, kind, body, format, cursor) ->
            post workspaceId $"{kindPath kind}.{extension format}" (bodyText body cursor)

    /// The same request from the next page's cursor (detailed pages and exports only).
    let withCursor (cursor: ReportCursor) (request: ReportRequest) =
        match request with
        | ReportRequest.Detailed(workspaceId, body, _) -> ReportRequest.Detailed(workspaceId, body, Some cursor)
        | ReportRequest.Export(workspaceId, kind, body, format, _) ->
            ReportRequest.Export(workspaceId, kind, body, format, Some cursor)
        | other -> other

    let private outOfRange name reason =
        Error(ValidationError.OutOfRange(name, reason))

    let private checkIds (name: string) (filter: IdFilter option) =
        match filter with
        | Some filter when filter.Ids |> List.exists (fun id -> id <= 0L) ->
            Error(ValidationError.InvalidArgument(name, "ids are positive (use Without for entries without one)"))
        | _ -> Ok()

    let private checkDates (startDate: DateOnly option) (endDate: DateOnly option) =
        match startDate, endDate with
        | Some s, Some e when e < s -> Error(ValidationError.EndBeforeStart(DateBound.Day s, DateBound.Day e))
        | _ -> Ok()

    /// The body, or the first thing Toggl would refuse in it (docs/toggl-api.md §9), named.
    let validate (body: ReportBody) : Result<ReportBody, ValidationError> =
        let checks =
            [
                checkDates body.StartDate body.EndDate
                checkIds "user_ids" body.UserIds
                checkIds "project_ids" body.ProjectIds
                checkIds "client_ids" body.ClientIds
                checkIds "tag_ids" body.TagIds
                checkIds "task_ids" body.TaskIds
                checkIds "group_ids" body.GroupIds
                checkIds "time_entry_ids" body.TimeEntryIds
                match body.MinDurationSeconds with
                | Some seconds when seconds < 0L -> outOfRange "min_duration_seconds" "must not be negative"
                | _ -> Ok()
                match body.MaxDurationSeconds with
                | Some seconds when seconds < 0L -> outOfRange "max_duration_seconds" "must not be negative"
                | Some most when body.MinDurationSeconds |> Option.exists (fun least -> least > most) ->
                    outOfRange "max_duration_seconds" "must not be below min_duration_seconds"
                | _ -> Ok()
                match body.Rounding with
                | Some rounding when rounding < -1 || rounding > 1 ->
                    outOfRange "rounding" "must be -1 (down), 0 (nearest) or 1 (up)"
                | _ -> Ok()
                match body.RoundingMinutes with
                | Some minutes when not (ReportBody.roundingMinutes |> List.contains minutes) ->
                    let allowed = ReportBody.roundingMinutes |> List.map string |> String.concat ", "
                    outOfRange "rounding_minutes" $"must be one of {allowed}"
                | _ -> Ok()
                match body.PageSize with
                | Some size when size < 1 || size > ReportBody.MaxPageSize ->
                    outOfRange "page_size" $"must be between 1 and {string ReportBody.MaxPageSize}"
                | _ -> Ok()
                // From C#, Some null is possible: a filter on "no text" is None.
                match body.Description with
                | Some description when isNull (box description) ->
                    Error(ValidationError.InvalidArgument("description", "must not be null (leave it unset)"))
                | _ -> Ok()
            ]

        match
            checks
            |> List.tryPick (fun check ->
                match check with
                | Error e -> Some e
                | Ok() -> None)
        with
        | Some error -> Error error
        | None -> Ok body

    /// A report's days: both set, start not after end.
    let validateDays (startDate: DateOnly) (endDate: DateOnly) =
        checkDates (Some startDate) (Some endDate)
        |> Result.map (fun () -> startDate, endDate)
