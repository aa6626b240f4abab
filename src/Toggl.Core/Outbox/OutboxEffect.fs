namespace Toggl.Core

open System

/// What a queued write does to an entry, computed locally: the optimistic change the cache shows while the
/// write waits, the "mine" side of a conflict, and the model of Toggl the compaction properties replay.
[<RequireQualifiedAccess>]
module internal OutboxEffect =

    /// The body a stop amounts to: the stop time set (Toggl derives the duration).
    let stopBody (stopAt: DateTimeOffset) =
        { TrackerBody.empty with
            Stop = Field.Set stopAt
        }

    /// The entry a create makes, as Toggl would hold it: start and stop from the body, running (duration
    /// −1) without a stop or a duration, tags as named. `at` is when it was queued; `userId` the user's.
    let created
        (workspaceId: int64)
        (userId: int64)
        (at: DateTimeOffset)
        (localId: int64)
        (body: TrackerBody)
        : TogglTracker =
        let start =
            match body.Start with
            | Field.Set start -> start.ToUniversalTime()
            | Field.Unset
            | Field.Clear -> at.ToUniversalTime()

        let stop =
            match body.Stop with
            | Field.Set stop -> Some(stop.ToUniversalTime())
            | Field.Unset
            | Field.Clear -> None

        let duration =
            match body.Duration, stop with
            | Field.Set duration, _ -> duration
            | _, Some stop -> int64 (stop - start).TotalSeconds
            | _, None -> -1L

        let setOr fallback (field: Field<'T>) =
            match field with
            | Field.Set value -> value
            | Field.Unset
            | Field.Clear -> fallback

        let optional (field: Field<'T>) =
            match field with
            | Field.Set value -> Some value
            | Field.Unset
            | Field.Clear -> None

        {
            Id = localId
            WorkspaceId = workspaceId
            Description = optional body.Description
            Start = start
            Stop = stop
            Duration = duration
            ProjectId = optional body.ProjectId
            TaskId = optional body.TaskId
            Tags = setOr [] body.Tags
            TagIds = setOr [] body.TagIds
            Billable = setOr false body.Billable
            UserId = userId
            At = at
            ServerDeletedAt = None
        }

    /// The entry after the write, from the entry before it (`None`: none, or deleted). A write on an
    /// entry that does not exist leaves none (Toggl would answer 404).
    let apply
        (workspaceId: int64)
        (userId: int64)
        (at: DateTimeOffset)
        (write: QueuedWrite)
        (before: TogglTracker option)
        : TogglTracker option =
        match write, before with
        | QueuedWrite.Create(localId, body), _ -> Some(created workspaceId userId at localId body)
        | QueuedWrite.Edit(_, body, _), Some tracker -> Some(LocalEdit.apply body tracker)
        | QueuedWrite.Stop(_, stopAt, _), Some tracker -> Some(LocalEdit.apply (stopBody stopAt) tracker)
        | QueuedWrite.Delete _, Some _ -> None
        | (QueuedWrite.Edit _ | QueuedWrite.Stop _ | QueuedWrite.Delete _), None -> None
