namespace Toggl.Core

open System
open System.Collections.Generic

/// Translates `TogglQuery` to a parameterised SQL condition on the `trackers` table, with the same
/// semantics as `QueryEval` (property-tested against it). Values only ever travel as parameters;
/// column names only come from `SqliteSchema.column`.
[<RequireQualifiedAccess>]
module internal SqliteQuery =

    /// A condition with its parameters (`@q0`, `@q1`, ...).
    type Condition =
        {
            /// The SQL text: column names, operators and parameter names only.
            Sql: string
            /// Parameter values by name (without `@`).
            Parameters: IReadOnlyDictionary<string, objnull>
        }

    let private operator (comparison: Comparison) =
        match comparison with
        | Comparison.Equal -> "="
        | Comparison.Less -> "<"
        | Comparison.LessOrEqual -> "<="
        | Comparison.Greater -> ">"
        | Comparison.GreaterOrEqual -> ">="

    /// Matches nothing: the SQL counterpart of QueryEval's "false" (wrong type, missing value).
    [<Literal>]
    let private Nothing = "0"

    /// Whether the field can be missing (NULL column), and so match `Equal Null`.
    let private nullable (field: TrackerField) =
        match field with
        | TrackerField.Description
        | TrackerField.ProjectId
        | TrackerField.TaskId
        | TrackerField.ServerDeletedAt -> true
        | _ -> false

    /// Builds the condition for all queries, AND-ed ("1" for none).
    let where (queries: TogglQuery list) : Condition =
        let parameters = Dictionary<string, objnull>()

        let parameter (value: objnull) =
            let name = $"q{parameters.Count}"
            parameters[name] <- value
            "@" + name

        // `target` is the SQL expression compared: the column, or `value` inside json_each for list fields.
        let scalar (kind: QueryEval.FieldKind) (target: string) (comparison: Comparison) (value: QueryValue) =
            match kind, value with
            | (QueryEval.FieldKind.Int | QueryEval.FieldKind.IntList), QueryValue.Int v ->
                $"{target} {operator comparison} {parameter (box v)}"
            | (QueryEval.FieldKind.Text | QueryEval.FieldKind.TextList), QueryValue.Text v ->
                $"{target} {operator comparison} {parameter (box v)}"
            | QueryEval.FieldKind.Bool, QueryValue.Bool v ->
                $"{target} {operator comparison} {parameter (box (if v then 1L else 0L))}"
            | QueryEval.FieldKind.Instant, QueryValue.Instant v ->
                $"{target} {operator comparison} {parameter (box v.UtcTicks)}"
            | QueryEval.FieldKind.Instant, QueryValue.Day day ->
                // The whole UTC day [dayStart, dayEnd), as QueryEval compares it.
                let dayStart, dayEnd = QueryEval.dayBounds day

                match comparison with
                | Comparison.Equal ->
                    $"({target} >= {parameter (box dayStart.UtcTicks)} AND {target} < {parameter (box dayEnd.UtcTicks)})"
                | Comparison.Less -> $"{target} < {parameter (box dayStart.UtcTicks)}"
                | Comparison.LessOrEqual -> $"{target} < {parameter (box dayEnd.UtcTicks)}"
                | Comparison.Greater -> $"{target} >= {parameter (box dayEnd.UtcTicks)}"
                | Comparison.GreaterOrEqual -> $"{target} >= {parameter (box dayStart.UtcTicks)}"
            | _ -> Nothing

        let rec condition (field: TrackerField) (comparison: Comparison) (value: QueryValue) =
            let column = SqliteSchema.column field
            let kind = QueryEval.kind field

            match value with
            | QueryValue.AnyOf values ->
                let alternatives = values |> List.map (condition field comparison)

                if comparison <> Comparison.Equal || List.isEmpty alternatives then
                    Nothing
                else
                    "(" + String.Join(" OR ", alternatives) + ")"
            | QueryValue.Null ->
                match comparison, field with
                | Comparison.Equal, TrackerField.Stop -> "(stop IS NULL OR duration < 0)"
                | Comparison.Equal, (TrackerField.TagNames | TrackerField.TagIds) -> $"json_array_length({column}) = 0"
                | Comparison.Equal, _ when nullable field -> $"{column} IS NULL"
                | _ -> Nothing
            | _ ->
                match field with
                | TrackerField.TagNames
                | TrackerField.TagIds ->
                    match scalar kind "value" comparison value with
                    | Nothing -> Nothing
                    | inner -> $"EXISTS (SELECT 1 FROM json_each(trackers.{column}) WHERE {inner})"
                | TrackerField.Stop ->
                    // A running tracker has no stop even when Toggl sent one (docs/toggl-api.md §7.2).
                    match scalar kind column comparison value with
                    | Nothing -> Nothing
                    | inner -> $"(duration >= 0 AND {inner})"
                | _ -> scalar kind column comparison value

        let parts =
            queries
            |> List.map (fun query -> condition query.Key query.Comparison query.Value)

        let sql =
            if List.isEmpty parts then
                "1"
            else
                String.Join(" AND ", parts |> List.map (fun part -> "(" + part + ")"))

        { Sql = sql; Parameters = parameters }
