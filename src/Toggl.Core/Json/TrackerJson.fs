namespace Toggl.Core

open System
open System.Buffers
open System.Runtime.InteropServices
open System.Text
open System.Text.Json

/// Toggl's time entry JSON (docs/toggl-api.md §5), request bodies (§6.4) and bulk edit patches (docs/toggl-api.md §6.6).
[<RequireQualifiedAccess>]
module TrackerJson =

    let private keyOf (property: JsonProperty) =
        let raw = JsonMarshal.GetRawUtf8PropertyName(property)

        if raw.IndexOf(byte '\\') < 0 then
            TrackerFields.keyOf raw
        else
            TrackerFields.keyOfText property.Name

    let private tagsDecoder = Decode.nullable (Decode.list Decode.string)
    let private tagIdsDecoder = Decode.nullable (Decode.list Decode.int64)
    let private optionalString = Decode.nullable Decode.string
    let private optionalInt64 = Decode.nullable Decode.int64
    let private optionalTime = Decode.nullable Decode.dateTimeOffset
    let private optionalBool = Decode.nullable Decode.bool

    /// Decodes one time entry at `path`. Fields decode with the relative path "" and errors get
    /// the field's path only on failure, so a good entry costs no path strings.
    let private readTracker (path: string) (element: JsonElement) : Result<TogglTracker, DecodeError> =
        if element.ValueKind <> JsonValueKind.Object then
            Decode.mismatch "a time entry object" path element
        else
            let mutable seen = 0
            let mutable error = ValueNone
            let mutable id = 0L
            let mutable workspaceId = 0L
            let mutable projectId = None
            let mutable taskId = None
            let mutable billable = false
            let mutable start = DateTimeOffset.MinValue
            let mutable stop = None
            let mutable duration = 0L
            let mutable description = None
            let mutable tags = []
            let mutable tagIds = []
            let mutable at = DateTimeOffset.MinValue
            let mutable deletedAt = None
            let mutable userId = 0L
            let mutable properties = element.EnumerateObject()

            while error.IsNone && properties.MoveNext() do
                let property = properties.Current
                let value = property.Value
                let key = keyOf property

                let failure =
                    match key with
                    | TrackerFields.Id ->
                        match Decode.int64 "" value with
                        | Ok v ->
                            id <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.WorkspaceId ->
                        match Decode.int64 "" value with
                        | Ok v ->
                            workspaceId <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.ProjectId ->
                        match optionalInt64 "" value with
                        | Ok v ->
                            projectId <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.TaskId ->
                        match optionalInt64 "" value with
                        | Ok v ->
                            taskId <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Billable ->
                        // Toggl always sends a boolean; a `null` is read as Toggl's default, false.
                        match optionalBool "" value with
                        | Ok v ->
                            billable <- Option.defaultValue false v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Start ->
                        match Decode.dateTimeOffset "" value with
                        | Ok v ->
                            start <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Stop ->
                        match optionalTime "" value with
                        | Ok v ->
                            stop <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Duration ->
                        match Decode.int64 "" value with
                        | Ok v ->
                            duration <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Description ->
                        match optionalString "" value with
                        | Ok v ->
                            description <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.Tags ->
                        // `null` on create when none were sent (docs/toggl-api.md §5, §7.4).
                        match tagsDecoder "" value with
                        | Ok v ->
                            tags <- Option.defaultValue [] v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.TagIds ->
                        match tagIdsDecoder "" value with
                        | Ok v ->
                            tagIds <- Option.defaultValue [] v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.At ->
                        match Decode.dateTimeOffset "" value with
                        | Ok v ->
                            at <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.ServerDeletedAt ->
                        match optionalTime "" value with
                        | Ok v ->
                            deletedAt <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | TrackerFields.UserId ->
                        match Decode.int64 "" value with
                        | Ok v ->
                            userId <- v
                            ValueNone
                        | Error e -> ValueSome e
                    | _ -> ValueNone

                match failure with
                | ValueSome e -> error <- ValueSome(Decode.relocate (Decode.fieldPath path TrackerFields.names[key]) e)
                | ValueNone ->
                    if key >= 0 then
                        seen <- seen ||| (1 <<< key)

            match error with
            | ValueSome e -> Error e
            | ValueNone ->
                match TrackerFields.firstMissing seen with
                | ValueSome missing -> Error(TrackerFields.missing path missing)
                | ValueNone ->
                    // The field rules both decoders share (TrackerReader.fs does the same): a duration
                    // that cannot be true is normalised, never an error that hides the whole list.
                    Ok(
                        TogglTracker.normalise
                            {
                                Id = id
                                WorkspaceId = workspaceId
                                Description = description
                                Start = start
                                Stop = stop
                                Duration = duration
                                ProjectId = projectId
                                TaskId = taskId
                                Tags = tags
                                TagIds = tagIds
                                Billable = billable
                                UserId = userId
                                At = at
                                ServerDeletedAt = deletedAt
                            }
                    )

    /// Decodes Toggl's time entry (docs/toggl-api.md §5): nullable description, project, task, stop and server_deleted_at;
    /// `null` tags and tag ids as empty lists; unknown, legacy (`pid`, `uid`, `wid`) and meta fields ignored.
    let decoder: Decoder<TogglTracker> = readTracker

    /// Decodes a JSON array of time entries (`GET me/time_entries`, docs/toggl-api.md §6.1), in the order given.
    let listDecoder: Decoder<TogglTracker list> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.Array then
                Decode.mismatch "an array of time entries" path element
            else
                let result = Array.zeroCreate (element.GetArrayLength())
                let mutable error = ValueNone
                let mutable index = 0
                let mutable items = element.EnumerateArray()

                while error.IsNone && items.MoveNext() do
                    match readTracker "" items.Current with
                    | Ok tracker -> result[index] <- tracker
                    | Error e -> error <- ValueSome(Decode.relocate (Decode.itemPath path index) e)

                    index <- index + 1

                match error with
                | ValueSome e -> Error e
                | ValueNone -> Ok(List.ofArray result)

    /// Decodes one time entry from JSON text.
    let decodeTracker (text: string) : Result<TogglTracker, DecodeError> = Decode.fromString decoder text

    /// Decodes a JSON array of time entries (`GET me/time_entries`) straight from UTF-8 bytes, in one
    /// streaming pass (the hot path: bench/DecodeBench.fs). Decodes the same as `listDecoder`.
    let decodeTrackersUtf8 (utf8: ReadOnlyMemory<byte>) : Result<TogglTracker list, DecodeError> =
        TrackerReader.trackers utf8.Span

    /// Decodes a JSON array of time entries from text, through the UTF-8 hot path.
    let decodeTrackers (text: string) : Result<TogglTracker list, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Error Decode.emptyBody
        else
            let length = Encoding.UTF8.GetByteCount text
            let buffer = ArrayPool<byte>.Shared.Rent length

            try
                let written = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0)
                TrackerReader.trackers (ReadOnlySpan<byte>(buffer, 0, written))
            finally
                ArrayPool<byte>.Shared.Return buffer

    let private isEmptyObject (element: JsonElement) =
        let mutable properties = element.EnumerateObject()
        not (properties.MoveNext())

    /// The running entry of `GET me/time_entries/current` (docs/toggl-api.md §6.2): `null` (Toggl's answer when nothing
    /// runs), an empty body or `{}` (seen in third-party clients) are `None`.
    let currentDecoder: Decoder<TogglTracker option> =
        fun path element ->
            match element.ValueKind with
            | JsonValueKind.Null -> Ok None
            | JsonValueKind.Object when isEmptyObject element -> Ok None
            | _ ->
                match readTracker path element with
                | Ok tracker -> Ok(Some tracker)
                | Error e -> Error e

    /// Decodes the body of `GET me/time_entries/current`; see `currentDecoder`.
    let decodeCurrent (text: string) : Result<TogglTracker option, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Ok None
        else
            Decode.fromString currentDecoder text

    /// One failure of a bulk edit: `{"id": ..., "message": ...}` (docs/toggl-api.md §6.6).
    let editFailureDecoder: Decoder<EditFailure> =
        Decode.map2
            (fun id message -> { Id = id; Message = message })
            (Decode.field "id" Decode.int64)
            (Decode.optionalField "message" Decode.string |> Decode.withDefault "")

    /// The bulk edit result `{"success": [ids], "failure": [{id, message}]}`; `null` or absent arrays are empty.
    let editsDecoder: Decoder<Edits> =
        Decode.map2
            (fun successes failures ->
                {
                    Successes = successes
                    Failures = failures
                })
            (Decode.optionalField "success" (Decode.list Decode.int64)
             |> Decode.withDefault [])
            (Decode.optionalField "failure" (Decode.list editFailureDecoder)
             |> Decode.withDefault [])

    /// Decodes a bulk edit result from text.
    let decodeEdits (text: string) : Result<Edits, DecodeError> = Decode.fromString editsDecoder text

    /// Writes a full tracker in Toggl's shape and key order (docs/toggl-api.md §5). `start`, `stop`, `at` and
    /// `server_deleted_at` keep every tick (7 fraction digits, UTC), so `decoder` reads back the same value.
    let writeTracker (writer: Utf8JsonWriter) (tracker: TogglTracker) =
        writer.WriteStartObject()
        Encode.int64 writer "id" tracker.Id
        Encode.int64 writer "workspace_id" tracker.WorkspaceId
        Encode.nullable Encode.int64 writer "project_id" tracker.ProjectId
        Encode.nullable Encode.int64 writer "task_id" tracker.TaskId
        Encode.bool writer "billable" tracker.Billable
        Encode.fullTime writer "start" tracker.Start
        Encode.nullable Encode.fullTime writer "stop" tracker.Stop
        Encode.int64 writer "duration" tracker.Duration
        Encode.nullable Encode.string writer "description" tracker.Description
        Encode.strings writer "tags" tracker.Tags
        Encode.int64s writer "tag_ids" tracker.TagIds
        Encode.fullTime writer "at" tracker.At
        Encode.nullable Encode.fullTime writer "server_deleted_at" tracker.ServerDeletedAt
        Encode.int64 writer "user_id" tracker.UserId
        writer.WriteEndObject()

    /// A full tracker as JSON text; see `writeTracker`.
    let encodeTracker (tracker: TogglTracker) : string =
        Encode.toText (fun writer -> writeTracker writer tracker)

    /// Trackers as a JSON array; see `writeTracker`.
    let encodeTrackers (trackers: TogglTracker seq) : string =
        Encode.toText (fun writer ->
            writer.WriteStartArray()

            for tracker in trackers do
                writeTracker writer tracker

            writer.WriteEndArray())

    /// Toggl's name of a tag action (docs/toggl-api.md §6.4: `"add"` or `"delete"`).
    let tagActionName (action: TagAction) =
        match action with
        | TagAction.Add -> "add"
        | TagAction.Remove -> "delete"

    /// Writes the body of a create or update (docs/toggl-api.md §6.4, §6.5): only the fields the caller set, `null` for
    /// cleared ones, `workspace_id` always, `created_with` when the body names one (`Request.toHttp` names
    /// `TrackerBody.DefaultCreatedWith` on a create, where Toggl documents it as required; an update leaves it out).
    /// No `description: null` unless cleared, no duration unless set (docs/python-reference.md bug 4).
    let writeBody (writer: Utf8JsonWriter) (workspaceId: int64) (body: TrackerBody) =
        writer.WriteStartObject()

        match body.CreatedWith with
        | Some createdWith -> Encode.string writer "created_with" createdWith
        | None -> ()

        Encode.field Encode.string writer "description" body.Description
        Encode.field Encode.requestTime writer "start" body.Start
        Encode.field Encode.requestTime writer "stop" body.Stop
        Encode.field Encode.int64 writer "duration" body.Duration
        Encode.field Encode.int64 writer "project_id" body.ProjectId
        Encode.field Encode.int64 writer "task_id" body.TaskId
        Encode.field Encode.strings writer "tags" body.Tags
        Encode.field Encode.int64s writer "tag_ids" body.TagIds

        match body.TagAction with
        | Some action -> Encode.string writer "tag_action" (tagActionName action)
        | None -> ()

        Encode.field Encode.bool writer "billable" body.Billable
        Encode.field Encode.int64s writer "shared_with_user_ids" body.SharedWithUserIds
        Encode.int64 writer "workspace_id" workspaceId
        writer.WriteEndObject()

    /// The body of a create or update as JSON text; see `writeBody`.
    let encodeBody (workspaceId: int64) (body: TrackerBody) : string =
        Encode.toText (fun writer -> writeBody writer workspaceId body)

    /// Writes one patch value.
    let writePatchValue (writer: Utf8JsonWriter) (value: PatchValue) =
        match value with
        | PatchValue.Null -> writer.WriteNullValue()
        | PatchValue.String text -> writer.WriteStringValue(text)
        | PatchValue.Int64 number -> writer.WriteNumberValue(number)
        | PatchValue.Bool flag -> writer.WriteBooleanValue(flag)
        | PatchValue.Strings texts ->
            writer.WriteStartArray()

            for text in texts do
                writer.WriteStringValue(text)

            writer.WriteEndArray()
        | PatchValue.Int64s numbers ->
            writer.WriteStartArray()

            for number in numbers do
                writer.WriteNumberValue(number)

            writer.WriteEndArray()

    /// The JSON Patch array of a bulk edit (docs/toggl-api.md §6.6): `[{"op": ..., "path": ..., "value": ...}, ...]`.
    let encodePatchOps (operations: PatchOp list) : string =
        Encode.toText (fun writer ->
            writer.WriteStartArray()

            for operation in operations do
                writer.WriteStartObject()
                writer.WriteString("op", operation.Op.Name)
                writer.WriteString("path", operation.Path)
                writer.WritePropertyName("value")
                writePatchValue writer operation.Value
                writer.WriteEndObject()

            writer.WriteEndArray())
