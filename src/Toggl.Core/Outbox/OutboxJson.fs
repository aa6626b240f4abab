namespace Toggl.Core

open System.Text.Json

/// The outbox's stored form of a queued write, hand-written like the rest of `Json/` (no reflection):
/// `{"v":1,"op":"create"|"edit"|"stop"|"delete", …}`. Bodies keep every tick of their instants and tell a
/// field left out (absent) from a field cleared (`null`); base copies are trackers in Toggl's shape.
[<RequireQualifiedAccess>]
module internal OutboxJson =

    /// The version of the stored form; a newer one is refused by name, never guessed at.
    [<Literal>]
    let Version = 1

    let private writeBody (writer: Utf8JsonWriter) (name: string) (body: TrackerBody) =
        writer.WritePropertyName name
        writer.WriteStartObject()
        // Every tick of the instants: a replayed write must send what the user did, to the tick.
        TrackerJson.writeBodyFields Encode.fullTime writer body
        writer.WriteEndObject()

    let private writeBase (writer: Utf8JsonWriter) (baseCopy: TogglTracker option) =
        match baseCopy with
        | Some tracker ->
            writer.WritePropertyName "base"
            TrackerJson.writeTracker writer tracker
        | None -> ()

    /// The write as stored text.
    let encode (write: QueuedWrite) : string =
        Encode.toText (fun writer ->
            writer.WriteStartObject()
            Encode.int writer "v" Version

            match write with
            | QueuedWrite.Create(localId, body) ->
                Encode.string writer "op" "create"
                Encode.int64 writer "local_id" localId
                writeBody writer "body" body
            | QueuedWrite.Edit(trackerId, body, baseCopy) ->
                Encode.string writer "op" "edit"
                Encode.int64 writer "id" trackerId
                writeBody writer "body" body
                writeBase writer baseCopy
            | QueuedWrite.Stop(trackerId, stopAt, baseCopy) ->
                Encode.string writer "op" "stop"
                Encode.int64 writer "id" trackerId
                Encode.fullTime writer "stop_at" stopAt
                writeBase writer baseCopy
            | QueuedWrite.Delete(trackerId, baseCopy) ->
                Encode.string writer "op" "delete"
                Encode.int64 writer "id" trackerId
                writeBase writer baseCopy

            writer.WriteEndObject())

    /// A body field: absent is `Unset`, `null` is `Clear`, a value is `Set`.
    let private bodyField (name: string) (decoder: Decoder<'T>) : Decoder<Field<'T>> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.Object then
                Decode.mismatch "an object" path element
            else
                let mutable value = Unchecked.defaultof<JsonElement>

                if not (element.TryGetProperty(name, &value)) then
                    Ok Field.Unset
                elif value.ValueKind = JsonValueKind.Null then
                    Ok Field.Clear
                else
                    match decoder "" value with
                    | Ok v -> Ok(Field.Set v)
                    | Error e -> Error(Decode.relocate (Decode.fieldPath path name) e)

    let private tagAction: Decoder<TagAction> =
        Decode.string
        |> Decode.bind (fun name ->
            match name with
            | "add" -> Decode.succeed TagAction.Add
            | "delete" -> Decode.succeed TagAction.Remove
            | other -> Decode.fail ("expected \"add\" or \"delete\", got \"" + string other + "\""))

    let private body: Decoder<TrackerBody> =
        decodeObject {
            let! createdWith = Decode.optionalField "created_with" Decode.string
            let! description = bodyField "description" Decode.string
            let! start = bodyField "start" Decode.dateTimeOffset
            let! stop = bodyField "stop" Decode.dateTimeOffset
            let! duration = bodyField "duration" Decode.int64
            let! projectId = bodyField "project_id" Decode.int64
            let! taskId = bodyField "task_id" Decode.int64
            let! tags = bodyField "tags" (Decode.list Decode.string)
            let! tagIds = bodyField "tag_ids" (Decode.list Decode.int64)
            let! action = Decode.optionalField "tag_action" tagAction
            let! billable = bodyField "billable" Decode.bool
            let! shared = bodyField "shared_with_user_ids" (Decode.list Decode.int64)

            return
                {
                    Description = description
                    Duration = duration
                    ProjectId = projectId
                    TaskId = taskId
                    Start = start
                    Stop = stop
                    TagAction = action
                    TagIds = tagIds
                    Tags = tags
                    SharedWithUserIds = shared
                    CreatedWith = createdWith
                    Billable = billable
                }
        }

    let private baseCopy = Decode.optionalField "base" TrackerJson.decoder

    let private write: Decoder<QueuedWrite> =
        decodeObject {
            let! version = Decode.field "v" Decode.int

            if version <> Version then
                return!
                    Decode.fail (
                        "outbox item version "
                        + string version
                        + " is not "
                        + string Version
                        + ": it was written by another TogglFun version"
                    )
            else
                let! op = Decode.field "op" Decode.string

                match op with
                | "create" ->
                    let! localId = Decode.field "local_id" Decode.int64
                    let! body = Decode.field "body" body
                    return QueuedWrite.Create(localId, body)
                | "edit" ->
                    let! trackerId = Decode.field "id" Decode.int64
                    let! body = Decode.field "body" body
                    let! baseCopy = baseCopy
                    return QueuedWrite.Edit(trackerId, body, baseCopy)
                | "stop" ->
                    let! trackerId = Decode.field "id" Decode.int64
                    let! stopAt = Decode.field "stop_at" Decode.dateTimeOffset
                    let! baseCopy = baseCopy
                    return QueuedWrite.Stop(trackerId, stopAt, baseCopy)
                | "delete" ->
                    let! trackerId = Decode.field "id" Decode.int64
                    let! baseCopy = baseCopy
                    return QueuedWrite.Delete(trackerId, baseCopy)
                | other -> return! Decode.fail ("unknown outbox operation \"" + string other + "\"")
        }

    /// The write from its stored text; a shape or version it does not know is a `DecodeError` naming it.
    let decode (text: string) : Result<QueuedWrite, DecodeError> = Decode.fromString write text

    /// Toggl's copy of an entry, stored with a conflict.
    let encodeTracker (tracker: TogglTracker) = TrackerJson.encodeTracker tracker

    /// Toggl's copy of an entry, read back.
    let decodeTracker (text: string) = TrackerJson.decodeTracker text
