namespace Toggl.Core

open System

/// What replay does with a queued write once the listing showed Toggl's copy of its entry.
[<RequireQualifiedAccess>]
type internal Verdict =
    /// Send this write (the queued one, or fewer fields when Toggl already holds some of mine).
    | Send of QueuedWrite
    /// Toggl already holds what the write would make: nothing to send.
    | AlreadyDone
    /// Both sides changed: not sent.
    | Conflict of mine: TogglTracker * conflicting: TrackerField list * merged: TrackerField list

/// The conflict rule. A write made against version `at` of an entry Toggl changed since (a newer `at`) or
/// deleted is not sent blindly. Each field my write sets is compared three ways — my base copy, mine, theirs:
/// theirs equal to mine needs nothing; theirs equal to the base (Toggl did not touch it) merges automatically;
/// anything else is a conflict on that field. Without conflicting fields, only the automatic ones are sent. A
/// delete of an entry Toggl changed is a conflict; of one Toggl deleted, already done; any other write on an
/// entry Toggl deleted is a conflict.
[<RequireQualifiedAccess>]
module internal Conflicts =

    /// A field's value, compared between copies.
    [<RequireQualifiedAccess; CustomEquality; NoComparison>]
    type private Value =
        | Text of string option
        | Instant of DateTimeOffset option
        | Number of int64 option
        | Names of string list
        | Ids of int64 list
        | Flag of bool

        override value.Equals(other: obj) =
            match other with
            | :? Value as other ->
                match value, other with
                | Text a, Text b -> a = b
                // Toggl keeps whole seconds.
                | Instant a, Instant b ->
                    (a |> Option.map (fun i -> i.ToUnixTimeSeconds())) = (b
                                                                          |> Option.map (fun i -> i.ToUnixTimeSeconds()))
                | Number a, Number b -> a = b
                | Names a, Names b -> List.sort a = List.sort b
                | Ids a, Ids b -> List.sort a = List.sort b
                | Flag a, Flag b -> a = b
                | _ -> false
            | _ -> false

        override value.GetHashCode() = 0

    let private value (field: TrackerField) (tracker: TogglTracker) =
        match field with
        | TrackerField.Description -> Value.Text tracker.Description
        | TrackerField.Start -> Value.Instant(Some tracker.Start)
        | TrackerField.Stop -> Value.Instant tracker.Stop
        | TrackerField.Duration -> Value.Number(Some tracker.Duration)
        | TrackerField.ProjectId -> Value.Number tracker.ProjectId
        | TrackerField.TaskId -> Value.Number tracker.TaskId
        | TrackerField.TagNames -> Value.Names tracker.Tags
        | TrackerField.TagIds -> Value.Ids tracker.TagIds
        | TrackerField.Billable -> Value.Flag tracker.Billable
        | TrackerField.Id -> Value.Number(Some tracker.Id)
        | TrackerField.WorkspaceId -> Value.Number(Some tracker.WorkspaceId)
        | TrackerField.UserId -> Value.Number(Some tracker.UserId)
        | TrackerField.At -> Value.Instant(Some tracker.At)
        | TrackerField.ServerDeletedAt -> Value.Instant tracker.ServerDeletedAt

    /// Whether two copies hold the same value of a field.
    let private same (field: TrackerField) (first: TogglTracker) (second: TogglTracker) =
        (value field first).Equals(value field second)

    /// A field's name as Toggl writes it (`description`, `tags`, …): the cache's column names are Toggl's.
    let fieldName (field: TrackerField) = SqliteSchema.column field

    /// The entry's fields a body sets, in a fixed order.
    let fieldsOf (body: TrackerBody) : TrackerField list =
        [
            if Field.isSent body.Description then
                TrackerField.Description
            if Field.isSent body.Start then
                TrackerField.Start
            if Field.isSent body.Stop then
                TrackerField.Stop
            if Field.isSent body.Duration then
                TrackerField.Duration
            if Field.isSent body.ProjectId then
                TrackerField.ProjectId
            if Field.isSent body.TaskId then
                TrackerField.TaskId
            if Field.isSent body.Tags then
                TrackerField.TagNames
            if Field.isSent body.TagIds then
                TrackerField.TagIds
            if Field.isSent body.Billable then
                TrackerField.Billable
        ]

    /// The body with only the fields kept (the others left out).
    let keepOnly (fields: TrackerField list) (body: TrackerBody) : TrackerBody =
        let keep field (value: Field<'T>) =
            if List.contains field fields then value else Field.Unset

        let tags = keep TrackerField.TagNames body.Tags
        let tagIds = keep TrackerField.TagIds body.TagIds

        { body with
            Description = keep TrackerField.Description body.Description
            Start = keep TrackerField.Start body.Start
            Stop = keep TrackerField.Stop body.Stop
            Duration = keep TrackerField.Duration body.Duration
            ProjectId = keep TrackerField.ProjectId body.ProjectId
            TaskId = keep TrackerField.TaskId body.TaskId
            Tags = tags
            TagIds = tagIds
            TagAction =
                if Field.isSent tags || Field.isSent tagIds then
                    body.TagAction
                else
                    None
            Billable = keep TrackerField.Billable body.Billable
        }

    /// The body of an edit or a stop.
    let bodyOf (write: QueuedWrite) =
        match write with
        | QueuedWrite.Edit(_, body, _)
        | QueuedWrite.Create(_, body) -> body
        | QueuedWrite.Stop(_, stopAt, _) -> OutboxEffect.stopBody stopAt
        | QueuedWrite.Delete _ -> TrackerBody.empty

    /// What to do with `write` given Toggl's copy from the listing (`None`: not listed, so unchanged since
    /// the listing's `since`).
    let verdict (write: QueuedWrite) (theirs: TogglTracker option) : Verdict =
        match write, theirs with
        | QueuedWrite.Create _, _
        | _, None -> Verdict.Send write
        | QueuedWrite.Delete _, Some theirs when TogglTracker.isDeleted theirs -> Verdict.AlreadyDone
        | _, Some theirs ->
            let baseCopy = write.BaseCopy |> Option.defaultValue theirs
            let changedSince = theirs.At > baseCopy.At || TogglTracker.isDeleted theirs

            match write with
            | QueuedWrite.Delete _ when changedSince ->
                Verdict.Conflict(
                    { theirs with
                        ServerDeletedAt = Some theirs.At
                    },
                    [],
                    []
                )
            | QueuedWrite.Delete _ -> Verdict.Send write
            | _ ->
                let body = bodyOf write
                let mine = LocalEdit.apply body baseCopy
                let fields = fieldsOf body

                if TogglTracker.isDeleted theirs then
                    Verdict.Conflict(mine, fields, [])
                else
                    let pending = fields |> List.filter (fun f -> not (same f theirs mine))

                    let automatic, conflicting =
                        pending
                        |> List.partition (fun f -> (not changedSince) || same f theirs baseCopy)

                    if not conflicting.IsEmpty then
                        Verdict.Conflict(mine, conflicting, automatic)
                    elif automatic.IsEmpty then
                        Verdict.AlreadyDone
                    elif automatic.Length = fields.Length then
                        Verdict.Send write
                    else
                        Verdict.Send(QueuedWrite.Edit(write.TrackerId, keepOnly automatic body, write.BaseCopy))

    /// The conflict of an item, for a person: mine, theirs, the fields to choose.
    let describe (item: OutboxItem) (theirs: TogglTracker) : OutboxConflict option =
        match verdict item.Write (Some theirs) with
        | Verdict.Conflict(mine, conflicting, merged) ->
            Some
                {
                    Item = item
                    BaseCopy = item.Write.BaseCopy
                    Mine = mine
                    Theirs = theirs
                    Conflicting = conflicting
                    MergedAutomatically = merged
                }
        | Verdict.Send _
        | Verdict.AlreadyDone -> None

    /// What a resolution sends: `Ok None` drops the item (Toggl's copy stays), `Ok(Some write)` queues it
    /// again against Toggl's copy (so it is not found in conflict again). A merge must choose every
    /// conflicting field; a write on an entry Toggl deleted can only be dropped.
    let resolve (conflict: OutboxConflict) (resolution: Resolution) : Result<QueuedWrite option, ValidationError> =
        let write = conflict.Item.Write
        let theirs = Some conflict.Theirs

        let against (body: TrackerBody) =
            // A tag action is relative to the copy it meets: on Toggl's copy it would not give my tags, so the
            // tags I chose are sent as they are in mine.
            let body =
                match body.TagAction with
                | Some _ ->
                    { body with
                        Tags =
                            (if Field.isSent body.Tags then
                                 Field.Set conflict.Mine.Tags
                             else
                                 Field.Unset)
                        TagIds =
                            (if Field.isSent body.TagIds then
                                 Field.Set conflict.Mine.TagIds
                             else
                                 Field.Unset)
                        TagAction = None
                    }
                | None -> body

            match write with
            | QueuedWrite.Delete(trackerId, _) -> QueuedWrite.Delete(trackerId, theirs)
            | QueuedWrite.Stop(trackerId, stopAt, _) when Field.isSent body.Stop ->
                QueuedWrite.Stop(trackerId, stopAt, theirs)
            | _ -> QueuedWrite.Edit(write.TrackerId, body, theirs)

        match resolution with
        | Resolution.KeepTheirs -> Ok None
        | _ when
            conflict.DeletedOnToggl
            && (match write with
                | QueuedWrite.Delete _ -> false
                | _ -> true)
            ->
            Error(
                ValidationError.InvalidArgument(
                    "resolution",
                    $"Toggl deleted entry {write.TrackerId}: only keeping theirs (dropping the change) resolves it"
                )
            )
        | Resolution.KeepMine -> Ok(Some(against (bodyOf write)))
        | Resolution.Merge choices ->
            match write with
            | QueuedWrite.Delete _ ->
                Error(
                    ValidationError.InvalidArgument(
                        "resolution",
                        "a delete has no fields to merge: keep mine (delete) or keep theirs"
                    )
                )
            | _ ->
                match conflict.Conflicting |> List.filter (fun f -> not (choices.ContainsKey f)) with
                | [] ->
                    let mineChosen =
                        conflict.Conflicting |> List.filter (fun f -> choices[f] = ConflictSide.Mine)

                    match conflict.MergedAutomatically @ mineChosen with
                    | [] -> Ok None
                    | fields -> Ok(Some(against (keepOnly fields (bodyOf write))))
                | missing ->
                    let names = missing |> List.map fieldName |> String.concat ", "

                    Error(
                        ValidationError.InvalidArgument(
                            "resolution",
                            $"choose mine or theirs for every conflicting field; not chosen: {names}"
                        )
                    )
