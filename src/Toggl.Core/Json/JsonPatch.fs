namespace Toggl.Core

/// The operations of Toggl's bulk edit, RFC 6902 names (docs/toggl-api.md §6.6).
[<RequireQualifiedAccess>]
type internal PatchOperation =
    /// `add`: append elements (tags, tag ids).
    | Add
    /// `remove`: remove the given elements (tags, tag ids).
    | Remove
    /// `replace`: set the field.
    | Replace

    /// The operation's name on the wire.
    member operation.Name =
        match operation with
        | Add -> "add"
        | Remove -> "remove"
        | Replace -> "replace"

/// The value of a patch operation, as JSON.
[<RequireQualifiedAccess>]
type internal PatchValue =
    /// JSON `null`: clears the field.
    | Null
    /// A string (descriptions, and timestamps already formatted as UTC `yyyy-MM-ddTHH:mm:ssZ`).
    | String of string
    /// An integer (ids, durations).
    | Int64 of int64
    /// A boolean (billable).
    | Bool of bool
    /// A list of strings (tag names).
    | Strings of string list
    /// A list of integers (tag ids).
    | Int64s of int64 list

/// One JSON Patch operation of a bulk edit: `{"op": ..., "path": "/field", "value": ...}`.
type internal PatchOp =
    {
        /// add, remove or replace.
        Op: PatchOperation
        /// The JSON Pointer of the field, e.g. `/description`.
        Path: string
        /// The value (for `remove` on tags: the tags to remove, as Toggl expects).
        Value: PatchValue
    }
