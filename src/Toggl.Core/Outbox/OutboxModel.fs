namespace Toggl.Core

open System

/// A time-entry write waiting in the outbox: the operation as data, compiled into its plan only when it is
/// replayed (a compiled plan would hold the cache's answers of the moment it was queued). Ids below zero are
/// local ids: entries created while the write could not be sent, never sent to Toggl.
[<RequireQualifiedAccess>]
type QueuedWrite =
    /// Create an entry: the local id the cache holds it under until Toggl gives it a real id, and the body as
    /// it will be sent (its start filled in when it was queued, so the entry starts when the user started it).
    | Create of localId: int64 * body: TrackerBody
    /// Change the fields the body sets, against `baseCopy`: the cached copy the change was made on (`None`
    /// for an entry that only exists locally), whose `at` tells whether Toggl changed the entry since.
    | Edit of trackerId: int64 * body: TrackerBody * baseCopy: TogglTracker option
    /// Stop a running entry at `stopAt` (when the user stopped it, not when the write reaches Toggl).
    | Stop of trackerId: int64 * stopAt: DateTimeOffset * baseCopy: TogglTracker option
    /// Delete an entry.
    | Delete of trackerId: int64 * baseCopy: TogglTracker option

    /// The entry the write is about: the local id for a create.
    member write.TrackerId =
        match write with
        | Create(localId, _) -> localId
        | Edit(trackerId, _, _)
        | Stop(trackerId, _, _)
        | Delete(trackerId, _) -> trackerId

    /// The copy of the entry the write was made against (`None` for a create and for a local entry).
    member write.BaseCopy =
        match write with
        | Create _ -> None
        | Edit(_, _, baseCopy)
        | Stop(_, _, baseCopy)
        | Delete(_, baseCopy) -> baseCopy

    /// One line naming the write, for lists and logs (written out: no reflection-based formatting).
    override write.ToString() =
        match write with
        | Create(localId, body) ->
            let description =
                match body.Description with
                | Field.Set text -> (" \"" + string text + "\"")
                | Field.Unset
                | Field.Clear -> ""

            ("create " + string localId + string description)
        | Edit(trackerId, _, _) -> ("edit " + string trackerId)
        | Stop(trackerId, stopAt, _) ->
            let stopText =
                stopAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Globalization.CultureInfo.InvariantCulture)

            ("stop " + string trackerId + " at " + string stopText)
        | Delete(trackerId, _) -> ("delete " + string trackerId)

/// Where an outbox item stands.
[<RequireQualifiedAccess>]
type OutboxState =
    /// Waiting to be sent.
    | Queued
    /// Its request was (or was about to be) sent when the replay stopped: the next replay's listing settles
    /// it (found on Toggl: done; not found: sent once) before anything else is sent.
    | Sending
    /// A create whose answer was lost and whose recovery listing failed too: neither failed nor sent again
    /// until a listing settles it.
    | Unknown
    /// Toggl changed or deleted the entry since the version the write was made against: not sent; waits for
    /// a resolution (keep mine, keep theirs, merge field by field).
    | Conflict
    /// Toggl refused it (a 4xx other than quota and rate limits): kept with Toggl's reason until dropped.
    | Refused

    /// The state's name as stored and shown.
    member state.Name =
        match state with
        | Queued -> "queued"
        | Sending -> "sending"
        | Unknown -> "unknown"
        | Conflict -> "conflict"
        | Refused -> "refused"

    override state.ToString() = state.Name

/// One write in the outbox.
type OutboxItem =
    {
        /// Its place in the queue (SQLite's rowid: increasing, never reused).
        Seq: int64
        /// When it was queued.
        CreatedAt: DateTimeOffset
        /// The write.
        Write: QueuedWrite
        /// Where it stands.
        State: OutboxState
        /// Why it is queued, refused or in conflict, for a person (no credentials: errors carry none).
        Reason: string option
        /// Toggl's copy of the entry, for a conflict (with `ServerDeletedAt` when Toggl deleted it).
        Theirs: TogglTracker option
    }

    /// `#seq state write`, one line.
    override item.ToString() =
        ("#"
         + string item.Seq
         + " "
         + string item.State.Name
         + " "
         + string (item.Write.ToString()))

/// Which side a conflicting field takes when a conflict is merged field by field.
[<RequireQualifiedAccess>]
type ConflictSide =
    /// The value the queued write sets.
    | Mine
    /// The value Toggl holds.
    | Theirs

    /// `mine` or `theirs`, as typed on the command line.
    override side.ToString() =
        match side with
        | Mine -> "mine"
        | Theirs -> "theirs"

/// How a conflict is resolved.
[<RequireQualifiedAccess>]
type Resolution =
    /// Send my write as it is, over Toggl's changes (a delete deletes; an edit sets every field it sets).
    | KeepMine
    /// Drop my write; the cache takes Toggl's copy.
    | KeepTheirs
    /// Per conflicting field, which side wins; the fields only I changed are sent, those only Toggl
    /// changed are kept. Every conflicting field must be named.
    | Merge of choices: Map<TrackerField, ConflictSide>

    /// The resolution in words (written out: no reflection-based formatting).
    override resolution.ToString() =
        match resolution with
        | KeepMine -> "keep mine"
        | KeepTheirs -> "keep theirs"
        | Merge choices -> ("merge (" + string choices.Count + " fields chosen)")

/// A conflict between a queued write and Toggl's copy, field by field.
type OutboxConflict =
    {
        /// The outbox item in conflict.
        Item: OutboxItem
        /// The copy the write was made against (`None` when the cache held none).
        BaseCopy: TogglTracker option
        /// The entry as my write would leave it (the base copy, or Toggl's copy without one, with my change).
        Mine: TogglTracker
        /// Toggl's copy now (`ServerDeletedAt` set when Toggl deleted it).
        Theirs: TogglTracker
        /// Fields both sides changed to different values: a resolution must choose.
        Conflicting: TrackerField list
        /// Fields only I changed: they merge automatically.
        MergedAutomatically: TrackerField list
    }

    /// Whether Toggl deleted the entry.
    member conflict.DeletedOnToggl = conflict.Theirs.ServerDeletedAt.IsSome

    /// One line: the item and how many fields must be chosen.
    override conflict.ToString() =
        if conflict.DeletedOnToggl then
            ("#"
             + string conflict.Item.Seq
             + ": Toggl deleted entry "
             + string conflict.Theirs.Id)
        else
            ("#"
             + string conflict.Item.Seq
             + ": entry "
             + string conflict.Theirs.Id
             + ", "
             + string conflict.Conflicting.Length
             + " conflicting and "
             + string conflict.MergedAutomatically.Length
             + " merged fields")

/// What happened to outbox items during a replay, reported as it happens.
[<RequireQualifiedAccess>]
type ReplayResult =
    /// Toggl applied the write: its answer (`None` for a delete). `items` are the outbox items it sent
    /// (several when compaction folded them into one request).
    | Sent of items: int64 list * tracker: TogglTracker option
    /// The listing showed Toggl already had it (a create whose answer was lost, a delete already done): not
    /// sent again.
    | AlreadyDone of items: int64 list * tracker: TogglTracker option
    /// Folded away by compaction: into the item `into` (sent as one request with it), or, with `into` None,
    /// cancelled out (a local entry created then deleted): nothing of their own to send.
    | Folded of items: int64 list * into: int64 option
    /// Toggl changed or deleted the entry since: not sent, waiting for a resolution.
    | Conflicted of OutboxConflict
    /// Toggl refused it (kept as `Refused` with the reason).
    | Refused of items: int64 list * error: TogglError
    /// Not sent now (no network, a spent quota, rate limited, outcome unknown): still in the outbox.
    /// `resetsAt` is when the quota refills, when that is the reason.
    | StillQueued of items: int64 list * reason: TogglError * resetsAt: DateTimeOffset option

    /// One line for a person (written out: no reflection-based formatting).
    override result.ToString() =
        let seqs (items: int64 list) =
            items |> List.map (fun seq -> ("#" + string seq)) |> String.concat ", "

        let id (tracker: TogglTracker option) =
            match tracker with
            | Some tracker -> (" (entry " + string tracker.Id + ")")
            | None -> ""

        match result with
        | Sent(items, tracker) -> ("sent " + string (seqs items) + string (id tracker))
        | AlreadyDone(items, tracker) -> ("already on Toggl: " + string (seqs items) + string (id tracker))
        | Folded(items, Some into) -> "folded by compaction into #" + string into + ": " + seqs items
        | Folded(items, None) -> "cancelled out by compaction (created and deleted): " + seqs items
        | Conflicted conflict -> ("conflict " + string (conflict.ToString()))
        | Refused(items, error) -> ("refused " + string (seqs items) + ": " + string (error.ToString()))
        | StillQueued(items, reason, Some resetsAt) ->
            let at =
                resetsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Globalization.CultureInfo.InvariantCulture)

            ("still queued "
             + string (seqs items)
             + " until "
             + string at
             + ": "
             + string (reason.ToString()))
        | StillQueued(items, reason, None) ->
            ("still queued " + string (seqs items) + ": " + string (reason.ToString()))

/// A write made through the outbox: sent now, or queued (its effect already shown by the cache).
[<RequireQualifiedAccess>]
type Written<'T> =
    /// Toggl answered.
    | Sent of result: 'T
    /// Not sent now: queued, and the cache shows `optimistic` (the entry with a local id for a create).
    | Queued of optimistic: 'T * notice: QueuedNotice

    /// `sent`, or the queued notice (the result itself is not printed: it may be any type).
    override written.ToString() =
        match written with
        | Sent _ -> "sent"
        | Queued(_, notice) -> notice.ToString()

/// What a person is told when a write is queued.
and QueuedNotice =
    {
        /// The outbox items the write added.
        Items: int64 list
        /// Why it was not sent now (`None`: other writes were queued before it, and it waits behind them).
        Reason: TogglError option
        /// When the quota refills, when a spent quota is the reason.
        ResetsAt: DateTimeOffset option
        /// How many items the outbox holds now.
        Pending: int
    }

    /// "queued: 3 changes waiting, sent when the quota resets at 14:00:00Z", one line.
    override notice.ToString() =
        let waiting =
            if notice.Pending = 1 then
                "1 change waiting"
            else
                (string notice.Pending + " changes waiting")

        match notice.ResetsAt, notice.Reason with
        | Some resetsAt, _ ->
            let at =
                resetsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Globalization.CultureInfo.InvariantCulture)

            ("queued: " + string waiting + ", sent when the quota resets at " + string at)
        | None, Some reason -> ("queued: " + string waiting + " (" + string (reason.ToString()) + ")")
        | None, None -> ("queued: " + string waiting + ", behind the writes queued before")
