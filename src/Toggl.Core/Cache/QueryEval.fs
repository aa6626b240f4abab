namespace Toggl.Core

open System

/// The reference semantics of `TogglQuery`, evaluated in memory on one tracker.
/// The JSON file cache answers queries with it, and the SQLite cache's SQL translation is
/// property-tested against it, so both caches give the same answer for the same query.
///
/// The rules:
/// - `Equal`, `Less`, `LessOrEqual`, `Greater`, `GreaterOrEqual` compare the field with the value.
/// - `Equal (AnyOf values)` means "equal to any of them"; `AnyOf` with another comparison matches nothing.
/// - A list field (`TagNames`, `TagIds`) matches when any of its elements matches.
/// - `Equal Null` finds missing values: no project, no description, no tags, and for `Stop` a running
///   tracker. A running tracker has no stop even when Toggl sent one with a negative duration
///   (toggl-api-v9.md §7.2: "treat any duration &lt; 0 or stop == null as running"), so it never matches
///   an ordered comparison on `Stop`.
/// - A `Day` compares as the whole UTC day: `Equal` means "on that day", `Less` "before that day",
///   `LessOrEqual` "before the end of that day", `Greater` "after that day", `GreaterOrEqual`
///   "from the start of that day on".
/// - A missing value compared with anything but `Equal Null` is false, never an exception.
/// - A value of the wrong type for the field (a text for `ProjectId`, a day for `Duration`) matches
///   nothing; `QueryEval.validate` names such a query as an error for callers who want to refuse it.
/// - Texts compare by Unicode code point (ordinal, case-sensitive), the order SQLite's BINARY
///   collation gives UTF-8 text.
[<RequireQualifiedAccess>]
module QueryEval =

    /// The value of one field of one tracker, as a query sees it.
    [<RequireQualifiedAccess>]
    type internal FieldValue =
        | Missing
        | Int of int64
        | Text of string
        | Bool of bool
        | Instant of DateTimeOffset
        | Ints of int64 list
        | Texts of string list

    /// What kind of value a field holds.
    [<RequireQualifiedAccess>]
    type internal FieldKind =
        | Int
        | Text
        | Bool
        | Instant
        | IntList
        | TextList

    /// The kind of each queryable field.
    let internal kind (field: TrackerField) =
        match field with
        | TrackerField.Id
        | TrackerField.WorkspaceId
        | TrackerField.Duration
        | TrackerField.ProjectId
        | TrackerField.TaskId
        | TrackerField.UserId -> FieldKind.Int
        | TrackerField.Description -> FieldKind.Text
        | TrackerField.Billable -> FieldKind.Bool
        | TrackerField.Start
        | TrackerField.Stop
        | TrackerField.At
        | TrackerField.ServerDeletedAt -> FieldKind.Instant
        | TrackerField.TagNames -> FieldKind.TextList
        | TrackerField.TagIds -> FieldKind.IntList

    let private ofOption wrap value =
        match value with
        | Some v -> wrap v
        | None -> FieldValue.Missing

    /// The value a query compares for this field of this tracker.
    let internal fieldValue (field: TrackerField) (tracker: TogglTracker) =
        match field with
        | TrackerField.Id -> FieldValue.Int tracker.Id
        | TrackerField.WorkspaceId -> FieldValue.Int tracker.WorkspaceId
        | TrackerField.Description -> ofOption FieldValue.Text tracker.Description
        | TrackerField.Start -> FieldValue.Instant tracker.Start
        | TrackerField.Stop ->
            // A running tracker has no stop, whatever Toggl echoed (toggl-api-v9.md §7.2).
            if TogglTracker.isRunning tracker then
                FieldValue.Missing
            else
                ofOption FieldValue.Instant tracker.Stop
        | TrackerField.Duration -> FieldValue.Int tracker.Duration
        | TrackerField.ProjectId -> ofOption FieldValue.Int tracker.ProjectId
        | TrackerField.TaskId -> ofOption FieldValue.Int tracker.TaskId
        | TrackerField.TagNames -> FieldValue.Texts tracker.Tags
        | TrackerField.TagIds -> FieldValue.Ints tracker.TagIds
        | TrackerField.Billable -> FieldValue.Bool tracker.Billable
        | TrackerField.UserId -> FieldValue.Int tracker.UserId
        | TrackerField.At -> FieldValue.Instant tracker.At
        | TrackerField.ServerDeletedAt -> ofOption FieldValue.Instant tracker.ServerDeletedAt

    /// Maps a UTF-16 code unit so that comparing mapped units orders strings by code point:
    /// surrogates (U+D800–U+DFFF) move above U+E000–U+FFFF, as they are in UTF-8 and code point order.
    let private codePointOrder (unit: char) =
        let c = int unit

        if c >= 0xE000 then c - 0x800
        elif c >= 0xD800 then c + 0x2000
        else c

    /// Ordinal comparison by Unicode code point: the order of SQLite's BINARY collation on UTF-8 text.
    let compareText (left: string) (right: string) =
        let length = min left.Length right.Length
        let mutable i = 0

        while i < length && left[i] = right[i] do
            i <- i + 1

        if i < length then
            compare (codePointOrder left[i]) (codePointOrder right[i])
        else
            compare left.Length right.Length

    /// The UTC half-open interval [start, end) of a calendar day.
    let dayBounds (day: DateOnly) =
        let start = DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        start, start.AddDays 1.0

    let private ordered (comparison: Comparison) (order: int) =
        match comparison with
        | Comparison.Equal -> order = 0
        | Comparison.Less -> order < 0
        | Comparison.LessOrEqual -> order <= 0
        | Comparison.Greater -> order > 0
        | Comparison.GreaterOrEqual -> order >= 0

    /// An instant compared with a whole UTC day.
    let private againstDay (comparison: Comparison) (instant: DateTimeOffset) (day: DateOnly) =
        let dayStart, dayEnd = dayBounds day

        match comparison with
        | Comparison.Equal -> dayStart <= instant && instant < dayEnd
        | Comparison.Less -> instant < dayStart
        | Comparison.LessOrEqual -> instant < dayEnd
        | Comparison.Greater -> instant >= dayEnd
        | Comparison.GreaterOrEqual -> instant >= dayStart

    /// One present scalar compared with one query value that is not `AnyOf`.
    let private scalar (comparison: Comparison) (field: FieldValue) (value: QueryValue) =
        match field, value with
        | FieldValue.Int f, QueryValue.Int v -> ordered comparison (compare f v)
        | FieldValue.Text f, QueryValue.Text v -> ordered comparison (compareText f v)
        | FieldValue.Bool f, QueryValue.Bool v -> ordered comparison (compare f v)
        | FieldValue.Instant f, QueryValue.Instant v -> ordered comparison (compare f.UtcTicks v.UtcTicks)
        | FieldValue.Instant f, QueryValue.Day v -> againstDay comparison f v
        | _ -> false

    let rec private test (comparison: Comparison) (field: FieldValue) (value: QueryValue) =
        match value with
        | QueryValue.AnyOf values -> comparison = Comparison.Equal && values |> List.exists (test comparison field)
        | QueryValue.Null ->
            comparison = Comparison.Equal
            && (match field with
                | FieldValue.Missing -> true
                | FieldValue.Ints [] -> true
                | FieldValue.Texts [] -> true
                | _ -> false)
        | _ ->
            match field with
            | FieldValue.Missing -> false
            | FieldValue.Ints elements -> elements |> List.exists (fun e -> scalar comparison (FieldValue.Int e) value)
            | FieldValue.Texts elements ->
                elements |> List.exists (fun e -> scalar comparison (FieldValue.Text e) value)
            | _ -> scalar comparison field value

    /// Whether one tracker matches one query.
    let matchesOne (query: TogglQuery) (tracker: TogglTracker) =
        test query.Comparison (fieldValue query.Key tracker) query.Value

    /// Whether one tracker matches every query (an empty list matches every tracker).
    let matches (queries: TogglQuery list) (tracker: TogglTracker) =
        queries |> List.forall (fun query -> matchesOne query tracker)

    /// Whether a value has a type the field can be compared with.
    let rec private fits (fieldKind: FieldKind) (value: QueryValue) =
        match fieldKind, value with
        | _, QueryValue.Null -> true
        | _, QueryValue.AnyOf values -> values |> List.forall (fits fieldKind)
        | (FieldKind.Int | FieldKind.IntList), QueryValue.Int _ -> true
        | (FieldKind.Text | FieldKind.TextList), QueryValue.Text _ -> true
        | FieldKind.Bool, QueryValue.Bool _ -> true
        | FieldKind.Instant, (QueryValue.Instant _ | QueryValue.Day _) -> true
        | _ -> false

    let private describe (value: QueryValue) =
        match value with
        | QueryValue.Null -> "null"
        | QueryValue.Int _ -> "an integer"
        | QueryValue.Text _ -> "a text"
        | QueryValue.Bool _ -> "a boolean"
        | QueryValue.Instant _ -> "an instant"
        | QueryValue.Day _ -> "a day"
        | QueryValue.AnyOf _ -> "a list"

    /// Refuses queries that can never match because of their shape: a value of the wrong type for the
    /// field, `AnyOf` or `Null` with an ordering comparison. The caches do not call it (such a query simply
    /// matches nothing there); an endpoint that prefers to tell the caller calls it first.
    let validate (queries: TogglQuery list) : Result<unit, TogglError> =
        let problem (query: TogglQuery) =
            let name = $"query on {query.Key}"

            match query.Value, query.Comparison with
            | (QueryValue.AnyOf _ | QueryValue.Null), comparison when comparison <> Comparison.Equal ->
                Some(name, $"{describe query.Value} can only be compared with Equal, not {comparison}.")
            | value, _ when not (fits (kind query.Key) value) ->
                Some(name, $"{describe value} cannot be compared with {query.Key} (a {kind query.Key} field).")
            | _ -> None

        match queries |> List.tryPick problem with
        | Some(name, reason) -> Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))
        | None -> Ok()
