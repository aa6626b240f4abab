namespace Toggl.Core

open System

/// The rules the tracker plans share: sync's cursor and window, the cache queries of a filter.
[<RequireQualifiedAccess>]
module internal TrackerRules =

    /// How far back a sync cursor overlaps the previous sync, so a change written while the previous
    /// sync ran, or a small clock difference with Toggl, is not missed. Re-reading it costs nothing more:
    /// it comes in the same single request.
    let syncOverlap = TimeSpan.FromMinutes 1.0

    /// A cursor older than this is not trusted: Toggl's `since` is not documented past three months
    /// (docs/toggl-api.md §6.1), so an older cache is loaded whole again.
    let maxCursorAge = TimeSpan.FromDays 80.0

    /// The sync cursor that marks a cache as not to be trusted: it is older than `maxCursorAge`, so reads
    /// go to Toggl and the next sync loads the whole window again. Written when a write's outcome is unknown.
    let invalidCursor = DateTimeOffset.UnixEpoch

    /// The whole window Toggl lets `GET /me/time_entries` read: from its three-month floor (one day in, since
    /// Toggl's "today" is the user's) to the day after tomorrow.
    let fullWindow (now: DateTimeOffset) =
        let today = DateOnly.FromDateTime now.UtcDateTime
        today.AddMonths(-3).AddDays(1), today.AddDays(2)

    /// The cache queries equivalent to a collect filter (docs/toggl-api.md §6.1: ranges filter by start,
    /// `start_date ≤ start < end_date`; `since` by last change).
    let queriesOf (filter: CollectFilter) : TogglQuery list =
        let bound (value: DateBound) =
            match value with
            | DateBound.Day day -> QueryValue.Day day
            | DateBound.Instant instant -> QueryValue.Instant instant

        let condition key comparison value =
            value
            |> Option.map (fun value ->
                {
                    Key = key
                    Value = value
                    Comparison = comparison
                })

        List.choose
            id
            [
                condition TrackerField.At Comparison.GreaterOrEqual (filter.Since |> Option.map QueryValue.Instant)
                condition TrackerField.Start Comparison.Less (filter.Before |> Option.map bound)
                condition TrackerField.Start Comparison.GreaterOrEqual (filter.StartDate |> Option.map bound)
                condition TrackerField.Start Comparison.Less (filter.EndDate |> Option.map bound)
            ]

    /// The query of the trackers that claim to run.
    let runningQuery =
        [
            {
                Key = TrackerField.Stop
                Value = QueryValue.Null
                Comparison = Comparison.Equal
            }
        ]

    /// The cache answers reads only once a sync has loaded it: an empty or partial cache must not pass for
    /// "nothing there" (docs/python-reference.md bug 8). An invalidated cursor (a write of unknown outcome)
    /// is no sync.
    let synced (answers: CacheAnswers) =
        answers.HasCache
        && (answers.Cursor |> Option.exists (fun c -> c > invalidCursor))

    /// With a `MaxAge`, whether the cache must be synced before it answers: never synced, synced longer
    /// ago than `MaxAge` (the cursor is the sync's time less the overlap), or a clock that went back (a cursor
    /// ahead of the clock; within the overlap it is the skew between Toggl's clock, which set it, and ours).
    let needsSync (context: PlanContext) (answers: CacheAnswers) =
        match context.MaxAge with
        | Some maxAge when answers.HasCache ->
            match answers.Cursor |> Option.filter (fun c -> c > invalidCursor) with
            | None -> true
            | Some cursor ->
                let syncedAt = cursor + syncOverlap
                context.Now - syncedAt >= maxAge || context.Now < cursor
        | _ -> false

    /// The listing of a sync from the cursor the cache holds: `since` the cursor, or Toggl's whole window
    /// when there is none or it is too old.
    let syncFilter (now: DateTimeOffset) (cursor: DateTimeOffset option) =
        match cursor |> Option.filter (fun c -> now - c < maxCursorAge) with
        | Some since ->
            { CollectFilter.none with
                Since = Some since
            }
        | None ->
            let windowStart, windowEnd = fullWindow now

            { CollectFilter.none with
                StartDate = Some(DateBound.Day windowStart)
                EndDate = Some(DateBound.Day windowEnd)
            }
