/// The outbox's pure rules as properties: compaction leaves Toggl as the full queue would (against a model of
/// Toggl's state), is idempotent and never adds requests; local-id rewriting commutes with replay; the conflict
/// rule reports exactly the fields both sides changed, and merges the rest; the stored form reads back exactly.
module Toggl.Core.Tests.OutboxPropertyTests

open System
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

let private epoch = DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)

/// When the model's Toggl receives the replay: after every queued write was made.
let private replayAt = epoch.AddDays 10.0
let private workspaceId = 7L
let private userId = 9L

/// Toggl as a map from the entry's identity (its local id for a local create) to the entry.
type private Model = Map<int64, TogglTracker>

/// One write applied by the model's Toggl: a running create stops what runs, at the server's now.
let private applyToggl (state: Model) (write: QueuedWrite) : Model =
    match write with
    | QueuedWrite.Create(localId, body) ->
        let created = OutboxEffect.created workspaceId userId replayAt localId body

        let state =
            if TogglTracker.isRunning created then
                state
                |> Map.map (fun _ other ->
                    if TogglTracker.isRunning other then
                        Running.stoppedAt replayAt other
                    else
                        other)
            else
                state

        state.Add(localId, created)
    | _ ->
        match OutboxEffect.apply workspaceId userId replayAt write (state.TryFind write.TrackerId) with
        | Some tracker -> state.Add(tracker.Id, tracker)
        | None -> state.Remove write.TrackerId

let private replay (initial: Model) (writes: QueuedWrite list) = List.fold applyToggl initial writes

/// Entries Toggl holds before the queue: two stopped, one running.
let private initial: Model =
    [
        for id in 1L .. 3L ->
            let start = epoch.AddHours(float id)

            id,
            {
                Id = id
                WorkspaceId = workspaceId
                Description = Some $"entry {id}"
                Start = start
                Stop = (if id = 3L then None else Some(start.AddMinutes 30.0))
                Duration = (if id = 3L then -1L else 1800L)
                ProjectId = None
                TaskId = None
                Tags = [ "t" ]
                TagIds = []
                Billable = false
                UserId = userId
                At = epoch
                ServerDeletedAt = None
            }
    ]
    |> Map.ofList

let private field (value: Gen<'T>) =
    Gen.frequency
        [
            3, Gen.constant Field.Unset
            1, Gen.constant Field.Clear
            3, Gen.map Field.Set value
        ]

let private setOrUnset (value: Gen<'T>) =
    Gen.frequency [ 1, Gen.constant Field.Unset; 1, Gen.map Field.Set value ]

let private names =
    Gen.elements [ "x"; "y"; "t" ] |> Gen.listOfLength 2 |> Gen.map List.distinct

/// An edit's body: a few fields, tags replaced, added or removed, a start moved earlier, a stop moved.
let private editBody (tracker: TogglTracker) =
    gen {
        let! description = field (Gen.elements [ "a"; "b"; "c" ])
        let! project = field (Gen.elements [ 11L; 12L ])
        let! billable = setOrUnset (Gen.elements [ true; false ])
        let! tags = setOrUnset names
        let! action = Gen.elements [ None; Some TagAction.Add; Some TagAction.Remove ]
        let! earlier = Gen.frequency [ 3, Gen.constant None; 1, Gen.map Some (Gen.choose (1, 90)) ]
        let! later = Gen.frequency [ 4, Gen.constant None; 1, Gen.map Some (Gen.choose (1, 90)) ]

        let body =
            { TrackerBody.empty with
                Description = description
                ProjectId = project
                Billable = billable
                Tags = tags
                TagAction = (if Field.isSent tags then action else None)
                Start =
                    earlier
                    |> Option.map (fun m -> Field.Set(tracker.Start.AddMinutes(float -m)))
                    |> Option.defaultValue Field.Unset
                Stop =
                    match later, tracker.Stop with
                    | Some m, Some stop -> Field.Set(stop.AddMinutes(float m))
                    | _ -> Field.Unset
            }

        return
            if Conflicts.fieldsOf body |> List.isEmpty then
                { body with
                    Description = Field.Set "d"
                }
            else
                body
    }

/// A queue as the outbox makes it: creates (running or stopped, a running one after an explicit stop of what runs),
/// edits, stops and deletes of entries that exist at that point.
let private queues: Gen<QueuedWrite list> =
    let rec build (state: Model) (nextLocal: int64) (minute: int) (left: int) (writes: QueuedWrite list) =
        gen {
            if left = 0 then
                return List.rev writes
            else
                let live = state |> Map.toList |> List.map snd
                let running = live |> List.filter TogglTracker.isRunning
                let baseOf (t: TogglTracker) = if t.Id < 0L then None else Some t
                let now = epoch.AddMinutes(float (300 + minute))

                let create =
                    gen {
                        let! description = Gen.elements [ "a"; "b"; "c" ]
                        let! stopped = Gen.elements [ true; false ]
                        // The outbox queues a stop of every entry that runs before a running create (Toggl's
                        // own stop would land at the replay's time): compaction relies on it.
                        let explicitStop = true
                        let! tags = Gen.oneof [ Gen.constant Field.Unset; Gen.map Field.Set names ]

                        let body =
                            { TrackerBody.empty with
                                Description = Field.Set description
                                Start = Field.Set now
                                Stop =
                                    (if stopped then
                                         Field.Set(now.AddMinutes 20.0)
                                     else
                                         Field.Unset)
                                Duration = (if stopped then Field.Unset else Field.Set -1L)
                                Tags = tags
                            }

                        let stops =
                            if not stopped && explicitStop then
                                running |> List.map (fun t -> QueuedWrite.Stop(t.Id, now, baseOf t))
                            else
                                []

                        return stops @ [ QueuedWrite.Create(nextLocal, body) ], nextLocal - 1L
                    }

                let onExisting =
                    [
                        if not live.IsEmpty then
                            3,
                            gen {
                                let! tracker = Gen.elements live
                                let! body = editBody tracker
                                return [ QueuedWrite.Edit(tracker.Id, body, baseOf tracker) ], nextLocal
                            }

                            1,
                            gen {
                                let! tracker = Gen.elements live
                                return [ QueuedWrite.Delete(tracker.Id, baseOf tracker) ], nextLocal
                            }
                        if not running.IsEmpty then
                            2,
                            gen {
                                let! tracker = Gen.elements running

                                return
                                    [ QueuedWrite.Stop(tracker.Id, max now tracker.Start, baseOf tracker) ], nextLocal
                            }
                    ]

                let! added, nextLocal = Gen.frequency ((3, create) :: onExisting)
                let state = replay state added
                return! build state nextLocal (minute + 7) (left - 1) (List.rev added @ writes)
        }

    Gen.sized (fun size -> Gen.choose (0, min 25 (size + 1)))
    |> Gen.bind (fun length -> build initial -1L 0 length [])

let private config =
    { FsCheckConfig.defaultConfig with
        maxTest = 400
        arbitrary = []
    }

/// The model after a queue, with the ids of local creates kept (the identity of what was created).
let private afterAll writes = replay initial writes

/// Replays a queue the way the outbox does: each create answered with the next real id, every later write
/// on its local id rewritten before it is sent.
let private replayWithRealIds (writes: QueuedWrite list) =
    let rec go (state: Model) (nextReal: int64) (renames: Map<int64, int64>) (writes: QueuedWrite list) =
        match writes with
        | [] -> state, renames
        | QueuedWrite.Create(localId, body) :: rest ->
            let created = applyToggl state (QueuedWrite.Create(nextReal, body))
            go created (nextReal + 1L) (renames.Add(localId, nextReal)) (LocalIds.rewriteAll localId nextReal rest)
        | write :: rest -> go (applyToggl state write) nextReal renames rest

    go initial 1000L Map.empty writes

let private renamed (renames: Map<int64, int64>) (state: Model) : Model =
    state
    |> Map.toList
    |> List.map (fun (id, t) ->
        match renames.TryFind id with
        | Some real -> real, { t with Id = real }
        | None -> id, t)
    |> Map.ofList

/// A base copy, a change of mine and a change Toggl made meanwhile (newer `at`).
let private conflictCases =
    gen {
        let tracker = initial[1L]
        let! mine = editBody tracker
        let! theirsBody = editBody tracker
        let! toggled = Gen.elements [ true; false ]
        let theirs = LocalEdit.apply theirsBody tracker

        let theirs =
            { theirs with
                At = tracker.At.AddMinutes 5.0
            }

        return
            tracker,
            mine,
            (if toggled then
                 theirs
             else
                 { tracker with
                     At = tracker.At.AddMinutes 5.0
                 })
    }

/// The value of a field in a copy, as text for comparison (tags compared as sets).
let private shown (field: TrackerField) (tracker: TogglTracker) =
    match field with
    | TrackerField.Description -> string tracker.Description
    | TrackerField.Start -> string (tracker.Start.ToUnixTimeSeconds())
    | TrackerField.Stop -> string (tracker.Stop |> Option.map (fun s -> s.ToUnixTimeSeconds()))
    | TrackerField.ProjectId -> string tracker.ProjectId
    | TrackerField.TagNames -> String.Join(",", List.sort tracker.Tags)
    | TrackerField.Billable -> string tracker.Billable
    | _ -> ""

let private comparedFields =
    [
        TrackerField.Description
        TrackerField.Start
        TrackerField.Stop
        TrackerField.ProjectId
        TrackerField.TagNames
        TrackerField.Billable
    ]

let tests =
    testList
        "OutboxPropertyTests"
        [
            testPropertyWithConfig config "replaying the compacted queue leaves Toggl as replaying the full queue"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                let compacted = Compaction.compact writes
                Expect.equal (afterAll compacted) (afterAll writes) "the same entries, fields, tags and stops")

            testPropertyWithConfig config "compaction is idempotent and never sends more than the queue"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                let compacted = Compaction.compact writes
                Expect.equal (Compaction.compact compacted) compacted "compacting twice changes nothing more"
                Expect.isLessThanOrEqual compacted.Length writes.Length "never more writes")

            testPropertyWithConfig config "compaction's groups hold every item once, in queue order"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                let items = writes |> List.mapi (fun i w -> int64 (i + 1), w)
                let groups = Compaction.groups items
                let sources = groups |> List.collect (fun g -> g.Sources)
                Expect.equal (List.sort sources) (items |> List.map fst) "every item in exactly one group"

                Expect.equal
                    (groups |> List.map (fun g -> List.head g.Sources))
                    (groups |> List.map (fun g -> List.head g.Sources) |> List.sort)
                    "groups in the order of their first item")

            testPropertyWithConfig
                config
                "local ids rewritten as creates are answered: Toggl ends as the queue says, under the real ids"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                let withRealIds, renames = replayWithRealIds writes
                Expect.equal withRealIds (renamed renames (afterAll writes)) "the same entries under their real ids"

                Expect.isTrue
                    (renames |> Map.forall (fun local real -> local < 0L && real > 0L))
                    "local ids are negative, real ones positive")

            testPropertyWithConfig config "rewriting a local id touches only the writes naming it"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                let rewritten = LocalIds.rewriteAll -1L 5000L writes

                for before, after in List.zip writes rewritten do
                    match before with
                    | QueuedWrite.Create _ -> Expect.equal after before "a create keeps its local id"
                    | _ when before.TrackerId = -1L -> Expect.equal after.TrackerId 5000L "the local id is replaced"
                    | _ -> Expect.equal after before "other writes untouched")

            testPropertyWithConfig
                config
                "conflicts are exactly the fields both sides changed to different values; the rest merges"
            <| Prop.forAll (Arb.fromGen conflictCases) (fun (baseCopy, mine, theirs) ->
                let write = QueuedWrite.Edit(baseCopy.Id, mine, Some baseCopy)
                let mineCopy = LocalEdit.apply mine baseCopy

                let mineFields =
                    Conflicts.fieldsOf mine |> List.filter (fun f -> List.contains f comparedFields)

                let bothChanged =
                    mineFields
                    |> List.filter (fun f -> shown f theirs <> shown f baseCopy && shown f theirs <> shown f mineCopy)

                match Conflicts.verdict write (Some theirs) with
                | Verdict.Conflict(_, conflicting, _) ->
                    Expect.equal
                        (conflicting |> List.filter (fun f -> List.contains f comparedFields))
                        bothChanged
                        "the conflicting fields"

                    Expect.isNonEmpty conflicting "a conflict names a field"
                | Verdict.AlreadyDone ->
                    Expect.isEmpty bothChanged "no field both changed"

                    for f in mineFields do
                        Expect.equal (shown f theirs) (shown f mineCopy) $"Toggl holds my {f} already"
                | Verdict.Send sent ->
                    Expect.isEmpty bothChanged "no field both changed"
                    let merged = LocalEdit.apply (Conflicts.bodyOf sent) theirs

                    for f in comparedFields do
                        if List.contains f mineFields then
                            Expect.equal (shown f merged) (shown f mineCopy) $"my {f} is sent"
                        else
                            Expect.equal (shown f merged) (shown f theirs) $"their {f} is kept")

            testPropertyWithConfig config "a merge resolution sends my chosen fields and keeps theirs"
            <| Prop.forAll
                (Arb.fromGen (Gen.zip conflictCases (Gen.elements [ ConflictSide.Mine; ConflictSide.Theirs ])))
                (fun ((baseCopy, mine, theirs), side) ->
                    let item =
                        {
                            Seq = 1L
                            CreatedAt = epoch
                            Write = QueuedWrite.Edit(baseCopy.Id, mine, Some baseCopy)
                            State = OutboxState.Conflict
                            Reason = None
                            Theirs = Some theirs
                        }

                    match Conflicts.describe item theirs with
                    | None -> ()
                    | Some conflict ->
                        let choices = conflict.Conflicting |> List.map (fun f -> f, side) |> Map.ofList

                        match Conflicts.resolve conflict (Resolution.Merge choices) with
                        | Error error ->
                            failtestf "a complete merge is accepted, got %s" (ValidationError.message error)
                        | Ok None ->
                            Expect.equal side ConflictSide.Theirs "nothing sent only when theirs wins everywhere"
                            Expect.isEmpty conflict.MergedAutomatically "and nothing merged automatically"
                        | Ok(Some resolved) ->
                            let merged = LocalEdit.apply (Conflicts.bodyOf resolved) theirs

                            for f in conflict.Conflicting |> List.filter (fun f -> List.contains f comparedFields) do
                                let expected = if side = ConflictSide.Mine then conflict.Mine else theirs
                                Expect.equal (shown f merged) (shown f expected) $"{f} from the chosen side"

                            match Conflicts.verdict resolved (Some theirs) with
                            | Verdict.Conflict _ -> failtest "a resolved write is not in conflict again"
                            | _ -> ()

                        if not conflict.Conflicting.IsEmpty then
                            match Conflicts.resolve conflict (Resolution.Merge Map.empty) with
                            | Error(ValidationError.InvalidArgument("resolution", message)) ->
                                Expect.stringContains message "not chosen" "names the fields left to choose"
                            | other -> failtestf "an incomplete merge is refused, got %A" other)

            testPropertyWithConfig config "the stored form of a queued write reads back exactly"
            <| Prop.forAll (Arb.fromGen queues) (fun writes ->
                for write in writes do
                    Expect.equal (OutboxJson.decode (OutboxJson.encode write)) (Ok write) "read back exactly")

            test "a stored write of another version or operation is refused by name" {
                match OutboxJson.decode """{"v":2,"op":"create"}""" with
                | Error error -> Expect.stringContains error.Message "version 2" "names the version"
                | Ok _ -> failtest "a newer version is refused"

                match OutboxJson.decode """{"v":1,"op":"rename","id":1}""" with
                | Error error -> Expect.stringContains error.Message "rename" "names the operation"
                | Ok _ -> failtest "an unknown operation is refused"
            }

            test "create then stop is one create with the stop; create then delete is nothing" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "a"
                        Start = Field.Set epoch
                        Duration = Field.Set -1L
                    }

                let stopAt = epoch.AddHours 1.0

                match Compaction.compact [ QueuedWrite.Create(-1L, body); QueuedWrite.Stop(-1L, stopAt, None) ] with
                | [ QueuedWrite.Create(-1L, merged) ] ->
                    Expect.equal merged.Stop (Field.Set stopAt) "the stop goes into the create"
                    Expect.equal merged.Duration Field.Unset "Toggl derives the duration"
                | other -> failtestf "expected one create, got %A" other

                Expect.isEmpty
                    (Compaction.compact [ QueuedWrite.Create(-1L, body); QueuedWrite.Delete(-1L, None) ])
                    "nothing is sent"
            }
        ]
