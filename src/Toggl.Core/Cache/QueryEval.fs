namespace Toggl.Core

open System

/// The reference semantics of `TogglQuery` and `ResourceQuery`, evaluated in memory on one tracker or one
/// cached object. The JSON file cache answers queries with it, and the SQLite cache's SQL translation is
/// property-tested against it, so both caches give the same answer for the same query. One evaluator serves
/// both row types: each field is described by a `Reader` (what type of value it holds and how to get it).
///
/// The rules:
/// - `Equal`, `Less`, `LessOrEqual`, `Greater`, `GreaterOrEqual` compare the field with the value.
/// - `Equal (AnyOf values)` means "equal to any of them"; `AnyOf` with another comparison matches nothing.
/// - A list field (`TagNames`, `TagIds`) matches when any of its elements matches.
/// - `Equal Null` finds missing values: no project, no description, no tags, and for `Stop` a running
///   tracker. A running tracker has no stop even when Toggl sent one with a negative duration
///   (docs/toggl-api.md §7.2: "treat any duration &lt; 0 or stop == null as running"), so it never matches
///   an ordered comparison on `Stop`.
/// - A `Day` compares as the whole UTC day: `Equal` means "on that day", `Less` "before that day",
///   `LessOrEqual` "before the end of that day", `Greater` "after that day", `GreaterOrEqual`
///   "from the start of that day on".
/// - A missing value compared with anything but `Equal Null` is false, never an exception.
/// - A value of the wrong type for the field (a text for `ProjectId`, a day for `Duration`) matches
///   nothing; `QueryEval.validate` names such a query as an error for callers who want to refuse it.
/// - Texts compare by Unicode code point (ordinal, case-sensitive), the order SQLite's BINARY
///   collation gives UTF-8 text.
/// - A cached object's `Name` compares without regard to case: both sides are folded with
///   `foldName` (.NET's invariant upper case, so `Equal` is `StringComparison.OrdinalIgnoreCase`'s
///   equality: "Café" = "CAFÉ"), then by code point. Objects of one kind are listed in that order,
///   then by id (`resourceOrder`).
/// - A cached object's `WorkspaceId`, `ParentId` and `At` can be missing (`Equal Null` finds them);
///   `Id`, `Name` and `Active` never are.
[<RequireQualifiedAccess>]
module QueryEval =

    /// What kind of value a field holds.
    [<RequireQualifiedAccess>]
    type internal FieldKind =
        | Int
        | Text
        | Bool
        | Instant
        | IntList
        | TextList

    /// How a query reads one field of a row: the type of its value and the function that gets it.
    [<RequireQualifiedAccess>]
    type internal Reader<'Row> =
        | Int of ('Row -> int64 voption)
        | IntList of ('Row -> int64 list)
        /// A text, compared after `fold` is applied to both sides (`id`: exactly).
        | Text of ('Row -> string voption) * fold: (string -> string)
        | TextList of ('Row -> string list)
        | Bool of ('Row -> bool)
        /// UTC ticks.
        | Instant of ('Row -> int64 voption)

    /// The kind of value a reader holds.
    let internal readerKind (reader: Reader<'Row>) =
        match reader with
        | Reader.Int _ -> FieldKind.Int
        | Reader.IntList _ -> FieldKind.IntList
        | Reader.Text _ -> FieldKind.Text
        | Reader.TextList _ -> FieldKind.TextList
        | Reader.Bool _ -> FieldKind.Bool
        | Reader.Instant _ -> FieldKind.Instant

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

    /// The integer a query compares for an integer field (no allocation: reads run it per tracker).
    let private integer (field: TrackerField) : TogglTracker -> int64 voption =
        let ofOption (value: int64 option) =
            match value with
            | Some v -> ValueSome v
            | None -> ValueNone

        match field with
        | TrackerField.Id -> fun t -> ValueSome t.Id
        | TrackerField.WorkspaceId -> fun t -> ValueSome t.WorkspaceId
        | TrackerField.Duration -> fun t -> ValueSome t.Duration
        | TrackerField.UserId -> fun t -> ValueSome t.UserId
        | TrackerField.ProjectId -> fun t -> ofOption t.ProjectId
        | TrackerField.TaskId -> fun t -> ofOption t.TaskId
        | _ -> fun _ -> ValueNone

    /// The instant (UTC ticks) a query compares for a timestamp field.
    let private instant (field: TrackerField) : TogglTracker -> int64 voption =
        let ofOption (value: DateTimeOffset option) =
            match value with
            | Some v -> ValueSome v.UtcTicks
            | None -> ValueNone

        match field with
        | TrackerField.Start -> fun t -> ValueSome t.Start.UtcTicks
        | TrackerField.At -> fun t -> ValueSome t.At.UtcTicks
        | TrackerField.ServerDeletedAt -> fun t -> ofOption t.ServerDeletedAt
        // A running tracker has no stop, whatever Toggl echoed (docs/toggl-api.md §7.2).
        | TrackerField.Stop ->
            fun t ->
                if TogglTracker.isRunning t then
                    ValueNone
                else
                    ofOption t.Stop
        | _ -> fun _ -> ValueNone

    /// Whether the field is missing: what `Equal Null` finds.
    let private missing (field: TrackerField) : TogglTracker -> bool =
        match field with
        | TrackerField.Description -> fun t -> t.Description.IsNone
        | TrackerField.ProjectId -> fun t -> t.ProjectId.IsNone
        | TrackerField.TaskId -> fun t -> t.TaskId.IsNone
        | TrackerField.ServerDeletedAt -> fun t -> t.ServerDeletedAt.IsNone
        | TrackerField.Stop -> TogglTracker.isRunning
        | TrackerField.TagNames -> fun t -> List.isEmpty t.Tags
        | TrackerField.TagIds -> fun t -> List.isEmpty t.TagIds
        | _ -> fun _ -> false

    /// Maps a UTF-16 code unit so that comparing mapped units orders strings by code point:
    /// surrogates (U+D800–U+DFFF) move above U+E000–U+FFFF, as they are in UTF-8 and code point order.
    let private codePointOrder (unit: char) =
        let c = int unit

        if c >= 0xE000 then c - 0x800
        elif c >= 0xD800 then c + 0x2000
        else c

    /// Ordinal comparison by Unicode code point: the order of SQLite's BINARY collation on UTF-8 text.
    let internal compareText (left: string) (right: string) =
        let length = min left.Length right.Length
        let mutable i = 0

        while i < length && left[i] = right[i] do
            i <- i + 1

        if i < length then
            compare (codePointOrder left[i]) (codePointOrder right[i])
        else
            compare left.Length right.Length

    /// The UTC half-open interval [start, end) of a calendar day.
    let internal dayBounds (day: DateOnly) =
        let start = DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        // The last day .NET knows ends at the largest instant it can hold.
        start,
        (if day = DateOnly.MaxValue then
             DateTimeOffset.MaxValue
         else
             start.AddDays 1.0)

    let private ordered (comparison: Comparison) (order: int) =
        match comparison with
        | Comparison.Equal -> order = 0
        | Comparison.Less -> order < 0
        | Comparison.LessOrEqual -> order <= 0
        | Comparison.Greater -> order > 0
        | Comparison.GreaterOrEqual -> order >= 0

    /// An instant (UTC ticks) compared with a whole UTC day [dayStart, dayEnd).
    let private againstDay (comparison: Comparison) (dayStart: int64) (dayEnd: int64) (ticks: int64) =
        match comparison with
        | Comparison.Equal -> dayStart <= ticks && ticks < dayEnd
        | Comparison.Less -> ticks < dayStart
        | Comparison.LessOrEqual -> ticks < dayEnd
        | Comparison.Greater -> ticks >= dayEnd
        | Comparison.GreaterOrEqual -> ticks >= dayStart

    /// A tracker field as the evaluator reads it.
    let private trackerReader (field: TrackerField) : Reader<TogglTracker> =
        match kind field with
        | FieldKind.Int -> Reader.Int(integer field)
        | FieldKind.Instant -> Reader.Instant(instant field)
        | FieldKind.Text ->
            Reader.Text(
                (fun t ->
                    match t.Description with
                    | Some text -> ValueSome text
                    | None -> ValueNone),
                id
            )
        | FieldKind.Bool -> Reader.Bool(fun t -> t.Billable)
        | FieldKind.IntList -> Reader.IntList(fun t -> t.TagIds)
        | FieldKind.TextList -> Reader.TextList(fun t -> t.Tags)

    /// A name as compared and ordered without regard to case: .NET's invariant upper case, the fold of
    /// `StringComparison.OrdinalIgnoreCase`. The SQLite cache stores it next to the name (`name_key`), so
    /// SQL and this evaluator compare the same texts.
    let internal foldName (name: string) = name.ToUpperInvariant()

    /// The kind of each field of a cached object.
    let internal resourceKind (field: ResourceField) =
        match field with
        | ResourceField.Id
        | ResourceField.WorkspaceId
        | ResourceField.ParentId -> FieldKind.Int
        | ResourceField.Name -> FieldKind.Text
        | ResourceField.Active -> FieldKind.Bool
        | ResourceField.At -> FieldKind.Instant

    let private valueOf (value: 'T option) =
        match value with
        | Some v -> ValueSome v
        | None -> ValueNone

    /// A field of a cached object as the evaluator reads it, and whether it is missing.
    let private resourceReader (field: ResourceField) : Reader<CachedResource> * (CachedResource -> bool) =
        match field with
        | ResourceField.Id -> Reader.Int(fun r -> ValueSome r.Id), (fun _ -> false)
        | ResourceField.WorkspaceId -> Reader.Int(fun r -> valueOf r.WorkspaceId), (fun r -> r.WorkspaceId.IsNone)
        | ResourceField.ParentId -> Reader.Int(fun r -> valueOf r.ParentId), (fun r -> r.ParentId.IsNone)
        | ResourceField.Name -> Reader.Text((fun r -> ValueSome r.Name), foldName), (fun _ -> false)
        | ResourceField.Active -> Reader.Bool(fun r -> r.Active), (fun _ -> false)
        | ResourceField.At ->
            Reader.Instant(fun r ->
                match r.At with
                | Some at -> ValueSome at.UtcTicks
                | None -> ValueNone),
            (fun r -> r.At.IsNone)

    /// One query as a test on a row, decided once per query rather than once per row.
    let rec private compileOne
        (reader: Reader<'Row>)
        (missing: 'Row -> bool)
        (comparison: Comparison)
        (value: QueryValue)
        : 'Row -> bool =
        let never: 'Row -> bool = fun _ -> false

        match value with
        | QueryValue.AnyOf values when comparison = Comparison.Equal ->
            let tests = values |> List.map (compileOne reader missing comparison)
            fun row -> tests |> List.exists (fun test -> test row)
        | QueryValue.AnyOf _ -> never
        | QueryValue.Null when comparison = Comparison.Equal -> missing
        | QueryValue.Null -> never
        | _ ->
            // The comparison is built once; a missing value is false.
            let present (get: 'Row -> int64 voption) (against: int64 -> bool) =
                fun row ->
                    match get row with
                    | ValueSome v -> against v
                    | ValueNone -> false

            match reader, value with
            | Reader.Int get, QueryValue.Int v -> present get (fun f -> ordered comparison (compare f v))
            | Reader.IntList get, QueryValue.Int v ->
                fun row -> get row |> List.exists (fun e -> ordered comparison (compare e v))
            | Reader.Text(get, fold), QueryValue.Text v ->
                let v = fold v

                fun row ->
                    match get row with
                    | ValueSome text -> ordered comparison (compareText (fold text) v)
                    | ValueNone -> false
            | Reader.TextList get, QueryValue.Text v ->
                fun row -> get row |> List.exists (fun e -> ordered comparison (compareText e v))
            | Reader.Bool get, QueryValue.Bool v -> fun row -> ordered comparison (compare (get row) v)
            | Reader.Instant get, QueryValue.Instant v ->
                let ticks = v.UtcTicks
                present get (fun f -> ordered comparison (compare f ticks))
            | Reader.Instant get, QueryValue.Day day ->
                let dayStart, dayEnd = dayBounds day
                present get (againstDay comparison dayStart.UtcTicks dayEnd.UtcTicks)
            // A value of the wrong type for the field.
            | _ -> never

    /// Every test must hold (no test: every row matches).
    let private all (tests: ('Row -> bool) list) : 'Row -> bool =
        match tests with
        | [] -> fun _ -> true
        | [ single ] -> single
        | tests -> fun row -> tests |> List.forall (fun test -> test row)

    let private compileTracker (query: TogglQuery) =
        compileOne (trackerReader query.Key) (missing query.Key) query.Comparison query.Value

    /// The queries as one test on a tracker: every query must hold (no query: every tracker matches).
    let internal compile (queries: TogglQuery list) : TogglTracker -> bool =
        queries |> List.map compileTracker |> all

    /// Whether one tracker matches one query.
    let internal matchesOne (query: TogglQuery) (tracker: TogglTracker) = compileTracker query tracker

    /// Whether one tracker matches every query (an empty list matches every tracker).
    let internal matches (queries: TogglQuery list) (tracker: TogglTracker) = compile queries tracker

    /// The queries as one test on a cached object: every query must hold (no query: every object matches).
    let internal compileResources (queries: ResourceQuery list) : CachedResource -> bool =
        queries
        |> List.map (fun query ->
            let reader, missing = resourceReader query.Key
            compileOne reader missing query.Comparison query.Value)
        |> all

    /// The order objects of one kind are listed in: by name without regard to case (`foldName`, then code
    /// point), then by id. The SQLite cache orders by `name_key, id`, the same.
    let internal resourceOrder (a: CachedResource) (b: CachedResource) =
        match compareText (foldName a.Name) (foldName b.Name) with
        | 0 -> compare a.Id b.Id
        | order -> order

    /// Whether the field can be missing on a tracker: what `Equal Null` can find.
    let private canBeMissing (field: TrackerField) =
        match field with
        | TrackerField.Description
        | TrackerField.ProjectId
        | TrackerField.TaskId
        | TrackerField.ServerDeletedAt
        | TrackerField.Stop
        | TrackerField.TagNames
        | TrackerField.TagIds -> true
        | _ -> false

    /// Whether a value (not `Null` nor `AnyOf`) has a type the field can be compared with.
    let private fits (fieldKind: FieldKind) (value: QueryValue) =
        match fieldKind, value with
        | (FieldKind.Int | FieldKind.IntList), QueryValue.Int _ -> true
        | (FieldKind.Text | FieldKind.TextList), QueryValue.Text _ -> true
        | FieldKind.Bool, QueryValue.Bool _ -> true
        | FieldKind.Instant, (QueryValue.Instant _ | QueryValue.Day _) -> true
        | _ -> false

    /// What a field is compared with, in words.
    let private expected (fieldKind: FieldKind) =
        match fieldKind with
        | FieldKind.Int
        | FieldKind.IntList -> "an integer"
        | FieldKind.Text
        | FieldKind.TextList -> "a text"
        | FieldKind.Bool -> "a boolean"
        | FieldKind.Instant -> "an instant or a day"

    let private describe (value: QueryValue) =
        match value with
        | QueryValue.Null -> "null"
        | QueryValue.Int _ -> "an integer"
        | QueryValue.Text _ -> "a text"
        | QueryValue.Bool _ -> "a boolean"
        | QueryValue.Instant _ -> "an instant"
        | QueryValue.Day _ -> "a day"
        | QueryValue.AnyOf _ -> "a list"

    /// A field's name in a message: the case's name, written out (a union's own ToString is reflection).
    let private fieldName (field: TrackerField) =
        match field with
        | TrackerField.Id -> "Id"
        | TrackerField.WorkspaceId -> "WorkspaceId"
        | TrackerField.Description -> "Description"
        | TrackerField.Start -> "Start"
        | TrackerField.Stop -> "Stop"
        | TrackerField.Duration -> "Duration"
        | TrackerField.ProjectId -> "ProjectId"
        | TrackerField.TaskId -> "TaskId"
        | TrackerField.TagNames -> "TagNames"
        | TrackerField.TagIds -> "TagIds"
        | TrackerField.Billable -> "Billable"
        | TrackerField.UserId -> "UserId"
        | TrackerField.At -> "At"
        | TrackerField.ServerDeletedAt -> "ServerDeletedAt"

    /// A comparison's name in a message.
    let private comparisonName (comparison: Comparison) =
        match comparison with
        | Comparison.Equal -> "Equal"
        | Comparison.Less -> "Less"
        | Comparison.LessOrEqual -> "LessOrEqual"
        | Comparison.Greater -> "Greater"
        | Comparison.GreaterOrEqual -> "GreaterOrEqual"

    /// A resource field's name in a message.
    let private resourceFieldName (field: ResourceField) =
        match field with
        | ResourceField.Id -> "Id"
        | ResourceField.WorkspaceId -> "WorkspaceId"
        | ResourceField.ParentId -> "ParentId"
        | ResourceField.Name -> "Name"
        | ResourceField.Active -> "Active"
        | ResourceField.At -> "At"

    /// Whether a resource field can be missing: what `Equal Null` can find.
    let private resourceCanBeMissing (field: ResourceField) =
        match field with
        | ResourceField.WorkspaceId
        | ResourceField.ParentId
        | ResourceField.At -> true
        | _ -> false

    /// Why a value can never match on a field (`name`, holding `fieldKind`, maybe missing) with
    /// `comparison`, if it cannot; `row` names what the field belongs to ("a tracker").
    let rec private problem
        (row: string)
        (name: string)
        (fieldKind: FieldKind)
        (mayBeMissing: bool)
        (comparison: Comparison)
        (value: QueryValue)
        =
        match value with
        | QueryValue.AnyOf _
        | QueryValue.Null when comparison <> Comparison.Equal ->
            Some $"{describe value} can only be compared with Equal, not {comparisonName comparison}."
        | QueryValue.AnyOf [] -> Some $"the list of values for {name} is empty: it would match nothing."
        | QueryValue.AnyOf values ->
            // A list is refused only when none of its values could match: one that can still matches.
            let problems =
                values |> List.map (problem row name fieldKind mayBeMissing comparison)

            if problems |> List.forall Option.isSome then
                List.head problems
            else
                None
        | QueryValue.Null when not mayBeMissing ->
            Some $"{name} is never missing on {row}: compare it with a value, not null."
        | QueryValue.Null -> None
        | value when not (fits fieldKind value) ->
            Some(
                name
                + " is compared with "
                + (expected fieldKind)
                + ", not "
                + (describe value)
                + "."
            )
        | _ -> None

    /// The first problem of a list of queries, as a validation error.
    let private firstProblem (found: (string * string) option) =
        match found with
        | Some(name, reason) -> Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))
        | None -> Ok()

    /// Promised (the rest of this module is the caches' own): refuses queries that can never match because of their shape: a value of the wrong type for the
    /// field, `AnyOf` or `Null` with an ordering comparison, an empty `AnyOf` or one none of whose values could
    /// match, `Null` on a field no tracker lacks. The caches do not call it (such a query simply matches nothing there); an endpoint that
    /// prefers to tell the caller calls it first (the façade's `TogglQuery` does).
    let validate (queries: TogglQuery list) : Result<unit, TogglError> =
        queries
        |> List.tryPick (fun query ->
            let name = fieldName query.Key

            problem "a tracker" name (kind query.Key) (canBeMissing query.Key) query.Comparison query.Value
            |> Option.map (fun reason -> $"query on {name}", reason))
        |> firstProblem

    /// `validate` for queries over cached objects (projects, clients, ...): the same rules, with the
    /// fields of `ResourceField` (`Name` takes a text, `Active` a boolean, `At` an instant or a day; only
    /// `WorkspaceId`, `ParentId` and `At` can be missing). The caches do not call it either.
    let validateResources (queries: ResourceQuery list) : Result<unit, TogglError> =
        queries
        |> List.tryPick (fun query ->
            let name = resourceFieldName query.Key

            problem
                "a cached object"
                name
                (resourceKind query.Key)
                (resourceCanBeMissing query.Key)
                query.Comparison
                query.Value
            |> Option.map (fun reason -> $"query on {name}", reason))
        |> firstProblem
