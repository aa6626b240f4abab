namespace Toggl.Core

open System

/// How a cached field is compared with a query value (the Python library's `Comparison`).
[<RequireQualifiedAccess>]
type Comparison =
    /// Equal; with a list value, equal to any of them; on a list field, any common element.
    | Equal
    /// Less than.
    | Less
    /// Less than or equal.
    | LessOrEqual
    /// Greater than.
    | Greater
    /// Greater than or equal.
    | GreaterOrEqual

/// The tracker fields a query can name: a fixed list (the SQLite cache maps each to one column).
[<RequireQualifiedAccess>]
type TrackerField =
    /// `id`
    | Id
    /// `workspace_id`
    | WorkspaceId
    /// `description`
    | Description
    /// `start`
    | Start
    /// `stop`
    | Stop
    /// `duration`
    | Duration
    /// `project_id`
    | ProjectId
    /// `task_id`
    | TaskId
    /// `tags`, the tag names (a list field)
    | TagNames
    /// `tag_ids` (a list field)
    | TagIds
    /// `billable`
    | Billable
    /// `user_id`
    | UserId
    /// `at`
    | At
    /// `server_deleted_at`
    | ServerDeletedAt

/// A value to compare a field with.
[<RequireQualifiedAccess>]
type QueryValue =
    /// No value: `Equal Null` finds missing values (`stop = null` finds running entries).
    | Null
    /// An integer (ids, duration).
    | Int of int64
    /// A text (description, a tag name).
    | Text of string
    /// A boolean (billable).
    | Bool of bool
    /// An instant.
    | Instant of DateTimeOffset
    /// A calendar date, compared as the whole day in the date's own calendar (UTC).
    | Day of DateOnly
    /// Any of several values (with `Equal`).
    | AnyOf of QueryValue list

/// The fields of a cached object a query can name: a fixed list (the SQLite cache maps each to one column).
[<RequireQualifiedAccess>]
type ResourceField =
    /// `id`
    | Id
    /// `workspace_id`
    | WorkspaceId
    /// `parent_id`: a project's client, a task's project, a workspace's organization
    | ParentId
    /// `name`
    | Name
    /// `active`
    | Active
    /// `at`
    | At

/// One condition of a query over cached objects of one kind. Declared before `TogglQuery`, so a record
/// expression with these labels is a `TogglQuery` unless annotated `: ResourceQuery`.
type ResourceQuery =
    {
        /// The field compared.
        Key: ResourceField
        /// The value compared with (`Text` compares names without regard to case).
        Value: QueryValue
        /// How they are compared.
        Comparison: Comparison
    }

/// One condition of a cache query (the Python library's `TogglQuery(key, value, comparison)`).
type TogglQuery =
    {
        /// The field compared.
        Key: TrackerField
        /// The value compared with.
        Value: QueryValue
        /// How they are compared.
        Comparison: Comparison
    }
