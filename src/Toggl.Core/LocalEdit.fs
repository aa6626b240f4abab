namespace Toggl.Core

/// What a successful edit does to a tracker, computed locally. A bulk edit's answer lists only ids
/// (docs/toggl-api.md §6.6), so the cache applies the same change itself instead of spending a request per entry.
[<RequireQualifiedAccess>]
module internal LocalEdit =

    let private field (value: Field<'Value>) (current: 'Value option) =
        match value with
        | Field.Unset -> current
        | Field.Clear -> None
        | Field.Set v -> Some v

    let private listField (action: TagAction option) (value: Field<'Item list>) (current: 'Item list) =
        match value, action with
        | Field.Unset, _ -> current
        | Field.Clear, _ -> []
        | Field.Set items, None -> items
        | Field.Set items, Some TagAction.Add ->
            current @ (items |> List.filter (fun i -> not (List.contains i current)))
        | Field.Set items, Some TagAction.Remove -> current |> List.filter (fun i -> not (List.contains i items))

    /// The tracker as Toggl will hold it after `body` is applied.
    let apply (body: TrackerBody) (tracker: TogglTracker) : TogglTracker =
        let start =
            match body.Start with
            | Field.Set start -> start.ToUniversalTime()
            | Field.Unset
            | Field.Clear -> tracker.Start

        let stop = field body.Stop tracker.Stop |> Option.map (fun s -> s.ToUniversalTime())

        let duration =
            match body.Duration, stop with
            | Field.Set duration, _ -> duration
            // A stopped entry keeps duration = stop − start (docs/toggl-api.md §7.3).
            | _, Some stop when tracker.Duration >= 0L || body.Stop <> Field.Unset -> int64 (stop - start).TotalSeconds
            | _ -> tracker.Duration

        { tracker with
            Description = field body.Description tracker.Description
            ProjectId = field body.ProjectId tracker.ProjectId
            TaskId = field body.TaskId tracker.TaskId
            Billable =
                match body.Billable with
                | Field.Set billable -> billable
                | Field.Clear -> false
                | Field.Unset -> tracker.Billable
            Tags = listField body.TagAction body.Tags tracker.Tags
            TagIds = listField body.TagAction body.TagIds tracker.TagIds
            Start = start
            Stop = stop
            Duration = duration
        }
