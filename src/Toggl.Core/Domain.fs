namespace Toggl.Core

open System

/// A Toggl time entry, called a tracker as in the Python library (docs/toggl-api.md §5).
/// Optional fields are `None` where Toggl sends `null` or omits them.
type TogglTracker =
    {
        /// The entry's id (int64: Toggl's ids passed 3.7e9 in 2024).
        Id: int64
        /// The workspace the entry belongs to.
        WorkspaceId: int64
        /// The entry's description; `None` when it was never set.
        Description: string option
        /// When the entry started.
        Start: DateTimeOffset
        /// When the entry stopped; `None` while it runs.
        Stop: DateTimeOffset option
        /// Length in seconds; negative while running (Toggl echoes the negative value it was given).
        Duration: int64
        /// The project, if any.
        ProjectId: int64 option
        /// The task, if any.
        TaskId: int64 option
        /// Tag names (Toggl sends `null` on create when none were given; decoded as empty).
        Tags: string list
        /// Tag ids, in the same situations as `Tags`.
        TagIds: int64 list
        /// Whether the entry is billable.
        Billable: bool
        /// The user who created the entry.
        UserId: int64
        /// When the entry was last changed on the server.
        At: DateTimeOffset
        /// When the entry was deleted; only `since` listings return deleted entries.
        ServerDeletedAt: DateTimeOffset option
    }

/// Functions on trackers.
[<RequireQualifiedAccess>]
module TogglTracker =

    /// A tracker runs while it has no stop or a negative duration (docs/toggl-api.md §7.2: both happen).
    let isRunning (tracker: TogglTracker) =
        tracker.Stop.IsNone || tracker.Duration < 0L

    /// Whether Toggl reported the tracker as deleted.
    let isDeleted (tracker: TogglTracker) = tracker.ServerDeletedAt.IsSome

    /// The longest span between two instants DateTimeOffset can hold, in whole seconds (about 10,000
    /// years): no real duration is longer, and every TimeSpan and DateTimeOffset sum within it is safe.
    let internal maxDurationSeconds =
        int64 (DateTimeOffset.MaxValue - DateTimeOffset.MinValue).TotalSeconds

    /// The tracker with a duration every computation can use, whatever the server sent (docs/toggl-api.md
    /// docs/toggl-api.md §7.2, §7.3): a negative duration is a running marker, kept unless it lies beyond
    /// `maxDurationSeconds` (then −1); a non-negative one that reaches past the calendar from `start`
    /// cannot be true and is derived from stop − start instead (−1 without a stop: the entry runs).
    let internal normalise (tracker: TogglTracker) : TogglTracker =
        let duration = tracker.Duration

        let fits =
            if duration < 0L then
                duration >= -maxDurationSeconds
            else
                // Compared as seconds left before the calendar's end, so nothing here overflows.
                duration <= int64 (DateTimeOffset.MaxValue - tracker.Start).TotalSeconds

        if fits then
            tracker
        elif duration < 0L then
            { tracker with Duration = -1L }
        else
            match tracker.Stop with
            | Some stop when stop >= tracker.Start ->
                { tracker with
                    Duration = int64 (stop - tracker.Start).TotalSeconds
                }
            | Some _ -> { tracker with Duration = 0L }
            | None -> { tracker with Duration = -1L }

    /// Time tracked so far: `now − start` while running (never `now + duration`, docs/toggl-api.md §7.2), else the duration.
    /// Never throws: a duration beyond `maxDurationSeconds` (a tracker not made by `normalise`) is clamped.
    let elapsed (now: DateTimeOffset) (tracker: TogglTracker) : TimeSpan =
        if isRunning tracker then
            now - tracker.Start
        else
            TimeSpan.FromSeconds(float (min tracker.Duration maxDurationSeconds))

/// One field of a request body: left out, sent as `null` to clear it, or sent with a value.
/// "Not set" and "clear" are different: only fields the caller set are sent.
[<RequireQualifiedAccess>]
type Field<'Value> =
    /// Not sent at all; the server keeps its value.
    | Unset
    /// Sent as JSON `null`: the server clears the field.
    | Clear
    /// Sent with this value.
    | Set of 'Value

/// Functions on body fields.
[<RequireQualifiedAccess>]
module Field =

    /// `Set value` for `Some value`, `Unset` for `None`.
    let ofOption (value: 'Value option) =
        match value with
        | Some v -> Field.Set v
        | None -> Field.Unset

    /// Whether the caller set or cleared the field.
    let isSent (field: Field<'Value>) =
        match field with
        | Field.Unset -> false
        | Field.Clear
        | Field.Set _ -> true

/// How tags in a body apply to an existing entry's tags (Toggl's `tag_action`).
[<RequireQualifiedAccess>]
type TagAction =
    /// Add the given tags to the entry's tags (`"add"`).
    | Add
    /// Remove the given tags from the entry's tags (`"delete"`).
    | Remove

/// The body of a create, update or bulk edit: the Python library's TrackerBody plus billable and task id.
/// Every field defaults to `Unset`; the caller's value is never mutated (records are immutable).
type TrackerBody =
    {
        /// The description.
        Description: Field<string>
        /// Duration in seconds; negative only when the caller starts a running entry.
        Duration: Field<int64>
        /// The project.
        ProjectId: Field<int64>
        /// The task.
        TaskId: Field<int64>
        /// Start time, sent as UTC `yyyy-MM-ddTHH:mm:ssZ`.
        Start: Field<DateTimeOffset>
        /// Stop time, sent as UTC `yyyy-MM-ddTHH:mm:ssZ`.
        Stop: Field<DateTimeOffset>
        /// How `Tags` and `TagIds` combine with existing tags; `None` replaces them.
        TagAction: TagAction option
        /// Tag ids.
        TagIds: Field<int64 list>
        /// Tag names (unknown names create tags).
        Tags: Field<string list>
        /// Users to share the entry with.
        SharedWithUserIds: Field<int64 list>
        /// The name of the creating application (Toggl documents it as required on create).
        CreatedWith: string option
        /// Whether the entry is billable.
        Billable: Field<bool>
    }

/// Functions on tracker bodies.
[<RequireQualifiedAccess>]
module TrackerBody =

    /// The application name sent as `created_with` when the caller gives none.
    [<Literal>]
    let DefaultCreatedWith = "TogglFun"

    /// A body with nothing set.
    let empty: TrackerBody =
        {
            Description = Field.Unset
            Duration = Field.Unset
            ProjectId = Field.Unset
            TaskId = Field.Unset
            Start = Field.Unset
            Stop = Field.Unset
            TagAction = None
            TagIds = Field.Unset
            Tags = Field.Unset
            SharedWithUserIds = Field.Unset
            CreatedWith = None
            Billable = Field.Unset
        }

/// One entry a bulk edit could not change, with Toggl's reason.
type EditFailure =
    {
        /// The entry's id.
        Id: int64
        /// Toggl's message, e.g. "Time entry with ID: 1 was not found/is not accessible".
        Message: string
    }

/// The result of a bulk edit: Toggl applies it per entry, without a transaction (docs/toggl-api.md §6.6).
type Edits =
    {
        /// Ids of the entries changed.
        Successes: int64 list
        /// Entries not changed, with Toggl's message.
        Failures: EditFailure list
    }

/// Functions on bulk edit results.
[<RequireQualifiedAccess>]
module Edits =

    /// No successes and no failures.
    let empty = { Successes = []; Failures = [] }

    /// Results of two chunks of the same bulk edit, in order.
    let combine (first: Edits) (second: Edits) =
        {
            Successes = first.Successes @ second.Successes
            Failures = first.Failures @ second.Failures
        }

/// A date bound given by the caller: a plain calendar date (a whole day) or an exact instant.
[<RequireQualifiedAccess>]
type DateBound =
    /// A calendar date, sent as `YYYY-MM-DD`.
    | Day of DateOnly
    /// An instant, converted to UTC (never re-labelled) and sent as RFC 3339.
    | Instant of DateTimeOffset

/// Filters of `GET /me/time_entries` (docs/toggl-api.md §6.1). Validation decides which mixes are legal.
type CollectFilter =
    {
        /// Entries modified since this instant, deleted ones included (sent as UNIX seconds).
        Since: DateTimeOffset option
        /// Entries that started before this bound.
        Before: DateBound option
        /// Start of a range of start times; needs `EndDate`.
        StartDate: DateBound option
        /// End of a range of start times; needs `StartDate`.
        EndDate: DateBound option
        /// Ask Toggl for meta fields (project name, client name ...).
        Meta: bool
    }

/// Functions on collect filters.
[<RequireQualifiedAccess>]
module CollectFilter =

    /// No filter: Toggl's latest entries.
    let none =
        {
            Since = None
            Before = None
            StartDate = None
            EndDate = None
            Meta = false
        }

/// Toggl's hourly quota as last reported by `X-Toggl-Quota-Remaining` / `X-Toggl-Quota-Resets-In` (docs/toggl-api.md §4.2).
type Quota =
    {
        /// Requests left in the current window.
        Remaining: int
        /// Time until the window resets, as reported.
        ResetsIn: TimeSpan
        /// When the response carrying these figures arrived (so `ResetsAt = ObservedAt + ResetsIn`).
        ObservedAt: DateTimeOffset
    }

    /// When the window resets.
    member quota.ResetsAt = quota.ObservedAt + quota.ResetsIn
