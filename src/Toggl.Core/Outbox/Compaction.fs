namespace Toggl.Core

/// A write replay sends after compaction, with the outbox items it stands for (`None`: they fold to nothing,
/// a local entry created then deleted).
type internal CompactedWrite =
    {
        /// The items folded into it, in queue order.
        Sources: int64 list
        /// What is sent for them, if anything.
        Write: QueuedWrite option
    }

/// Folds the writes on one entry into the fewest requests, keeping the order across entries: create then
/// stop is one create with a stop; create then edits one create; edits (and stops) one edit, later fields
/// winning, against the first one's base copy; anything then a delete of a local entry nothing; edits then a
/// delete of a real entry one delete. Pure: replaying the result leaves Toggl as replaying every write would.
[<RequireQualifiedAccess>]
module internal Compaction =

    /// The body a write sets, for folding: a stop is an edit of its stop time.
    let private bodyOf (write: QueuedWrite) =
        match write with
        | QueuedWrite.Create(_, body)
        | QueuedWrite.Edit(_, body, _) -> Some body
        | QueuedWrite.Stop(_, stopAt, _) -> Some(OutboxEffect.stopBody stopAt)
        | QueuedWrite.Delete _ -> None

    let private later (first: Field<'T>) (second: Field<'T>) =
        if Field.isSent second then second else first

    let private setsTags (body: TrackerBody) =
        Field.isSent body.Tags || Field.isSent body.TagIds

    /// Toggl derives the duration from start and stop: a later start or stop without a duration makes an
    /// earlier duration stale, so it is dropped and derived again.
    let private duration (first: TrackerBody) (second: TrackerBody) =
        if Field.isSent second.Duration then
            second.Duration
        elif Field.isSent second.Start || Field.isSent second.Stop then
            Field.Unset
        else
            first.Duration

    /// Two edits as one, or `None` when their tags cannot be said in one body (a tag action applies to both
    /// tag fields of a body, so two different ways of changing tags stay two requests).
    let mergeEdits (first: TrackerBody) (second: TrackerBody) : TrackerBody option =
        let tags =
            if not (setsTags second) then
                Some(first.Tags, first.TagIds, first.TagAction)
            elif not (setsTags first) then
                Some(second.Tags, second.TagIds, second.TagAction)
            elif
                first.TagAction.IsNone
                && second.TagAction.IsNone
                && (Field.isSent second.Tags || not (Field.isSent first.Tags))
                && (Field.isSent second.TagIds || not (Field.isSent first.TagIds))
            then
                // Replacements both, and the second replaces every tag field the first set.
                Some(second.Tags, second.TagIds, None)
            else
                None

        tags
        |> Option.map (fun (names, ids, action) ->
            {
                Description = later first.Description second.Description
                Duration = duration first second
                ProjectId = later first.ProjectId second.ProjectId
                TaskId = later first.TaskId second.TaskId
                Start = later first.Start second.Start
                Stop = later first.Stop second.Stop
                TagAction = action
                TagIds = ids
                Tags = names
                SharedWithUserIds = later first.SharedWithUserIds second.SharedWithUserIds
                CreatedWith = first.CreatedWith
                Billable = later first.Billable second.Billable
            })

    /// A tag field of a create after an edit's change to it, as `LocalEdit` applies it to an entry.
    let private createdList (action: TagAction option) (created: Field<'Item list>) (edit: Field<'Item list>) =
        let current =
            match created with
            | Field.Set items -> items
            | Field.Unset
            | Field.Clear -> []

        match edit, action with
        | Field.Unset, _ -> created
        | Field.Clear, _ -> Field.Set []
        | Field.Set items, None -> Field.Set items
        | Field.Set items, Some TagAction.Add ->
            Field.Set(current @ (items |> List.filter (fun i -> not (List.contains i current))))
        | Field.Set items, Some TagAction.Remove ->
            Field.Set(current |> List.filter (fun i -> not (List.contains i items)))

    /// A create followed by an edit, as one create (a new entry has nothing to clear: a cleared field is
    /// left out, except the description, which Toggl stores as none).
    let mergeIntoCreate (create: TrackerBody) (edit: TrackerBody) : TrackerBody =
        let notCleared (field: Field<'T>) =
            match field with
            | Field.Clear -> Field.Unset
            | other -> other

        { create with
            Description = later create.Description edit.Description
            Duration = duration create edit |> notCleared
            ProjectId = later create.ProjectId edit.ProjectId |> notCleared
            TaskId = later create.TaskId edit.TaskId |> notCleared
            Start = later create.Start edit.Start |> notCleared
            Stop = later create.Stop edit.Stop |> notCleared
            Tags = createdList edit.TagAction create.Tags edit.Tags
            TagIds = createdList edit.TagAction create.TagIds edit.TagIds
            TagAction = None
            SharedWithUserIds = later create.SharedWithUserIds edit.SharedWithUserIds
            Billable = later create.Billable edit.Billable |> notCleared
        }

    /// `write` folded onto the group's write so far, or `None` when it starts a group of its own.
    let private fold (sofar: QueuedWrite option) (write: QueuedWrite) : QueuedWrite option option =
        match sofar, write with
        // A local entry created then deleted: nothing is sent.
        | Some(QueuedWrite.Create _), QueuedWrite.Delete _ -> Some None
        | Some(QueuedWrite.Create(localId, created)), _ ->
            bodyOf write
            |> Option.map (fun body -> Some(QueuedWrite.Create(localId, mergeIntoCreate created body)))
        // A real entry edited then deleted: the delete, against the first base copy.
        | Some(QueuedWrite.Edit(trackerId, _, baseCopy) | QueuedWrite.Stop(trackerId, _, baseCopy)),
          QueuedWrite.Delete _ -> Some(Some(QueuedWrite.Delete(trackerId, baseCopy)))
        | Some(QueuedWrite.Edit(trackerId, _, baseCopy) | QueuedWrite.Stop(trackerId, _, baseCopy) as first),
          (QueuedWrite.Edit _ | QueuedWrite.Stop _) ->
            match bodyOf first, bodyOf write with
            | Some firstBody, Some body ->
                mergeEdits firstBody body
                |> Option.map (fun merged -> Some(QueuedWrite.Edit(trackerId, merged, baseCopy)))
            | _ -> None
        // Nothing follows a delete, nothing precedes a create: such a write starts its own group.
        | Some(QueuedWrite.Delete _), _
        | Some(QueuedWrite.Edit _ | QueuedWrite.Stop _), QueuedWrite.Create _
        | None, _ -> None

    /// Whether a group is edits or stops of an entry (which its delete makes pointless).
    let private isChange (group: CompactedWrite) =
        match group.Write with
        | Some(QueuedWrite.Edit _ | QueuedWrite.Stop _) -> true
        | _ -> false

    /// The compacted writes with the items each stands for, in queue order (a group takes the place of its
    /// first item). Every item is in exactly one group; a write only ever joins its entry's last group, so
    /// the items of a group and the groups themselves stay in queue order.
    let groups (items: (int64 * QueuedWrite) list) : CompactedWrite list =
        // Slots in queue order (`None`: a group absorbed into an earlier one); per entry, its groups' slots.
        let slots = ResizeArray<CompactedWrite option>()
        let mutable byEntry: Map<int64, int list> = Map.empty

        for seq, write in items do
            let key = write.TrackerId
            let positions = byEntry.TryFind key |> Option.defaultValue []

            let changes = positions |> List.forall (fun p -> slots[p] |> Option.exists isChange)

            match write with
            // A real entry's delete makes every change before it pointless: one delete, in the first one's place.
            | QueuedWrite.Delete _ when not positions.IsEmpty && changes ->
                let first = List.head positions

                let sources =
                    (positions
                     |> List.collect (fun p -> slots[p] |> Option.map (fun g -> g.Sources) |> Option.defaultValue []))
                    @ [ seq ]

                let baseCopy =
                    slots[first]
                    |> Option.bind (fun g -> g.Write)
                    |> Option.bind (fun w -> w.BaseCopy)

                slots[first] <-
                    Some
                        {
                            Sources = sources
                            Write = Some(QueuedWrite.Delete(key, baseCopy))
                        }

                for p in List.tail positions do
                    slots[p] <- None

                byEntry <- byEntry.Add(key, [ first ])
            | _ ->
                let joined =
                    positions
                    |> List.tryLast
                    |> Option.bind (fun p ->
                        slots[p]
                        |> Option.bind (fun group ->
                            group.Write
                            |> Option.bind (fun sofar -> fold (Some sofar) write)
                            |> Option.map (fun folded -> p, group, folded)))

                match joined with
                | Some(p, group, folded) ->
                    slots[p] <-
                        Some
                            {
                                Sources = group.Sources @ [ seq ]
                                Write = folded
                            }

                    // A group folded to nothing closes: its entry no longer exists.
                    if folded.IsNone then
                        byEntry <- byEntry.Remove key
                | None ->
                    slots.Add(
                        Some
                            {
                                Sources = [ seq ]
                                Write = Some write
                            }
                    )

                    byEntry <- byEntry.Add(key, positions @ [ slots.Count - 1 ])

        slots |> Seq.choose id |> List.ofSeq

    /// The writes replay sends for `writes`, in order.
    let compact (writes: QueuedWrite list) : QueuedWrite list =
        writes
        |> List.mapi (fun i write -> int64 i, write)
        |> groups
        |> List.choose (fun group -> group.Write)
