namespace Toggl.Core

open System

/// Pure checks made before anything is sent. Each returns the checked value or a typed `ValidationError`.
[<RequireQualifiedAccess>]
module internal Validation =

    /// The instant a bound stands for: a `Day` is the start of that day in UTC, an `Instant` is itself
    /// (converted to UTC, never relabelled: docs/python-reference.md bug 3).
    let boundInstant (bound: DateBound) : DateTimeOffset =
        match bound with
        | DateBound.Day day -> DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        | DateBound.Instant instant -> instant.ToUniversalTime()

    /// Toggl's oldest accepted `start_date`: today (the UTC date of `now`) minus three calendar months
    /// (docs/toggl-api.md §6.1, §7.6). `AddMonths` clamps to the month's last day (May 31 → Feb 28/29).
    let startDateFloor (now: DateTimeOffset) : DateOnly =
        DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-3)

    /// A new tracker needs a description that is set and not blank (the Python library's NamingError).
    let add (body: TrackerBody) : Result<TrackerBody, ValidationError> =
        match body.Description with
        | Field.Set description when not (String.IsNullOrWhiteSpace description) -> Ok body
        | Field.Set _
        | Field.Clear
        | Field.Unset -> Error ValidationError.MissingDescription

    /// The filters of `collect` (docs/toggl-api.md §6.1), checked in this order: `since` with `before`
    /// (Toggl answers 400), a cursor with a range, a one-sided range, a range that ends before it starts,
    /// a start in the future, a start older than Toggl's three-month floor.
    let collect (now: DateTimeOffset) (filter: CollectFilter) : Result<CollectFilter, ValidationError> =
        let hasRange = filter.StartDate.IsSome || filter.EndDate.IsSome

        match filter with
        | { Since = Some _; Before = Some _ } -> Error ValidationError.SinceWithBefore
        | _ when (filter.Since.IsSome || filter.Before.IsSome) && hasRange -> Error ValidationError.CursorWithRange
        | { StartDate = Some _; EndDate = None } -> Error(ValidationError.OneSidedRange "end_date")
        | { StartDate = None; EndDate = Some _ } -> Error(ValidationError.OneSidedRange "start_date")
        | {
              StartDate = Some startDate
              EndDate = Some endDate
          } ->
            let start = boundInstant startDate
            let floor = startDateFloor now

            if boundInstant endDate < start then
                Error(ValidationError.EndBeforeStart(startDate, endDate))
            elif start > now then
                Error(ValidationError.StartDateInFuture(startDate, now))
            elif start < boundInstant (DateBound.Day floor) then
                Error(ValidationError.StartDateTooOld(startDate, floor))
            else
                Ok filter
        | _ -> Ok filter

    /// A tracker id must be positive.
    let trackerId (id: int64) : Result<int64, ValidationError> =
        if id > 0L then
            Ok id
        else
            Error(ValidationError.InvalidId id)

    /// Whether the body sets or clears at least one field a bulk edit can change (docs/toggl-api.md §6.6 paths).
    let hasEdits (body: TrackerBody) =
        Field.isSent body.Description
        || Field.isSent body.Tags
        || Field.isSent body.TagIds
        || Field.isSent body.ProjectId
        || Field.isSent body.TaskId
        || Field.isSent body.Billable
        || Field.isSent body.Start
        || Field.isSent body.Stop
        || Field.isSent body.Duration
        || Field.isSent body.SharedWithUserIds

    /// A bulk edit needs ids (each positive) and a body that changes something.
    let bulkEdit (ids: int64 list) (body: TrackerBody) : Result<int64 list * TrackerBody, ValidationError> =
        match ids |> List.tryFind (fun id -> id <= 0L) with
        | _ when List.isEmpty ids -> Error ValidationError.NoIds
        | Some invalid -> Error(ValidationError.InvalidId invalid)
        | None when not (hasEdits body) -> Error ValidationError.NothingToEdit
        | None -> Ok(ids, body)

/// Preparing bodies the way the Python library's `add` does, without mutating the caller's value.
[<RequireQualifiedAccess>]
module internal Body =

    /// The body `add` sends: with no start, start = `now`; with no stop and no duration, duration −1
    /// (a running entry, docs/toggl-api.md §6.4). A body with a stop or a duration keeps them untouched.
    /// A cleared start or stop counts as none: a new entry has nothing to clear.
    let forAdd (now: DateTimeOffset) (body: TrackerBody) : TrackerBody =
        let withStart =
            match body.Start with
            | Field.Set _ -> body
            | Field.Unset
            | Field.Clear -> { body with Start = Field.Set now }

        match withStart.Stop, withStart.Duration with
        | (Field.Unset | Field.Clear), Field.Unset ->
            { withStart with
                Duration = Field.Set -1L
            }
        | _ -> withStart
