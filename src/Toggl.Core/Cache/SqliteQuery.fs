namespace Toggl.Core

open System
open System.Collections.Generic

/// Translates `TogglQuery` (on the `trackers` table) and `ResourceQuery` (on the `resources` table) to a
/// parameterised SQL condition, with the same semantics as `QueryEval` (property-tested against it). One
/// translation serves both: each field is described by a `Column`. Values only ever travel as parameters;
/// column names only come from `SqliteSchema.column` and `SqliteSchema.resourceColumn`.
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

    /// How SQL reads one queryable field.
    type Column =
        {
            /// The column, qualified by its table for a list field (read through json_each).
            Name: string
            /// The type of value it holds.
            Kind: QueryEval.FieldKind
            /// What `Equal Null` becomes (`Nothing` for a field that is never missing).
            Missing: string
            /// Conditions on a value that must also hold (`Stop`: only a stopped tracker has one).
            Guard: string option
            /// Applied to a text value before it becomes a parameter (`Name`: `QueryEval.foldName`).
            Fold: string -> string
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

    /// A tracker field's column.
    let private trackerColumn (field: TrackerField) =
        let name = SqliteSchema.column field

        let plain =
            {
                Name = name
                Kind = QueryEval.kind field
                Missing = Nothing
                Guard = None
                Fold = id
            }

        match field with
        | TrackerField.Description
        | TrackerField.ProjectId
        | TrackerField.TaskId
        | TrackerField.ServerDeletedAt ->
            { plain with
                Missing = $"{name} IS NULL"
            }
        | TrackerField.TagNames
        | TrackerField.TagIds ->
            { plain with
                Name = $"trackers.{name}"
                Missing = $"json_array_length({name}) = 0"
            }
        // A running tracker has no stop even when Toggl sent one (docs/toggl-api.md §7.2).
        | TrackerField.Stop ->
            { plain with
                Missing = "(stop IS NULL OR duration < 0)"
                Guard = Some "duration >= 0"
            }
        | _ -> plain

    /// A cached object's field's column.
    let private resourceColumn (field: ResourceField) =
        let name = SqliteSchema.resourceColumn field

        let plain =
            {
                Name = name
                Kind = QueryEval.resourceKind field
                Missing = Nothing
                Guard = None
                Fold = id
            }

        match field with
        | ResourceField.WorkspaceId
        | ResourceField.ParentId
        | ResourceField.At ->
            { plain with
                Missing = $"{name} IS NULL"
            }
        | ResourceField.Name -> { plain with Fold = QueryEval.foldName }
        | _ -> plain

    /// Builds the condition for all queries (field, comparison, value), AND-ed ("1" for none).
    let private whereWith (columnOf: 'Field -> Column) (queries: ('Field * Comparison * QueryValue) list) : Condition =
        let parameters = Dictionary<string, objnull>()

        let parameter (value: objnull) =
            let name = $"q{string parameters.Count}"
            parameters[name] <- value
            "@" + name

        // `target` is the SQL expression compared: the column, or `value` inside json_each for list fields.
        let scalar (column: Column) (target: string) (comparison: Comparison) (value: QueryValue) =
            match column.Kind, value with
            | (QueryEval.FieldKind.Int | QueryEval.FieldKind.IntList), QueryValue.Int v ->
                (target + " " + (operator comparison) + " " + (parameter (box v)))
            | (QueryEval.FieldKind.Text | QueryEval.FieldKind.TextList), QueryValue.Text v ->
                (target + " " + (operator comparison) + " " + (parameter (box (column.Fold v))))
            | QueryEval.FieldKind.Bool, QueryValue.Bool v ->
                (target
                 + " "
                 + (operator comparison)
                 + " "
                 + (parameter (box (if v then 1L else 0L))))
            | QueryEval.FieldKind.Instant, QueryValue.Instant v ->
                (target + " " + (operator comparison) + " " + (parameter (box v.UtcTicks)))
            | QueryEval.FieldKind.Instant, QueryValue.Day day ->
                // The whole UTC day [dayStart, dayEnd), as QueryEval compares it.
                let dayStart, dayEnd = QueryEval.dayBounds day

                match comparison with
                | Comparison.Equal ->
                    ("("
                     + target
                     + " >= "
                     + (parameter (box dayStart.UtcTicks))
                     + " AND "
                     + target
                     + " < "
                     + (parameter (box dayEnd.UtcTicks))
                     + ")")
                | Comparison.Less -> $"{target} < {parameter (box dayStart.UtcTicks)}"
                | Comparison.LessOrEqual -> $"{target} < {parameter (box dayEnd.UtcTicks)}"
                | Comparison.Greater -> $"{target} >= {parameter (box dayEnd.UtcTicks)}"
                | Comparison.GreaterOrEqual -> $"{target} >= {parameter (box dayStart.UtcTicks)}"
            | _ -> Nothing

        let rec condition (column: Column) (comparison: Comparison) (value: QueryValue) =
            match value with
            | QueryValue.AnyOf values ->
                let alternatives = values |> List.map (condition column comparison)

                if comparison <> Comparison.Equal || List.isEmpty alternatives then
                    Nothing
                else
                    "(" + String.Join(" OR ", alternatives) + ")"
            | QueryValue.Null when comparison = Comparison.Equal -> column.Missing
            | QueryValue.Null -> Nothing
            | _ ->
                match column.Kind with
                | QueryEval.FieldKind.IntList
                | QueryEval.FieldKind.TextList ->
                    match scalar column "value" comparison value with
                    | Nothing -> Nothing
                    | inner -> ("EXISTS (SELECT 1 FROM json_each(" + column.Name + ") WHERE " + inner + ")")
                | _ ->
                    match scalar column column.Name comparison value, column.Guard with
                    | Nothing, _ -> Nothing
                    | inner, Some guard -> ("(" + guard + " AND " + inner + ")")
                    | inner, None -> inner

        let parts =
            queries
            |> List.map (fun (field, comparison, value) -> condition (columnOf field) comparison value)

        let sql =
            if List.isEmpty parts then
                "1"
            else
                String.Join(" AND ", parts |> List.map (fun part -> "(" + part + ")"))

        { Sql = sql; Parameters = parameters }

    /// The condition on the `trackers` table for all queries, AND-ed ("1" for none).
    let where (queries: TogglQuery list) : Condition =
        queries
        |> List.map (fun query -> query.Key, query.Comparison, query.Value)
        |> whereWith trackerColumn

    /// The condition on the `resources` table for all queries, AND-ed ("1" for none).
    let whereResources (queries: ResourceQuery list) : Condition =
        queries
        |> List.map (fun query -> query.Key, query.Comparison, query.Value)
        |> whereWith resourceColumn
