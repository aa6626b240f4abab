namespace Toggl.Core

open System
open System.Buffers
open System.Runtime.InteropServices
open System.Text
open System.Text.Json

/// Toggl's time entry JSON (docs/toggl-api.md §5), request bodies (§6.4) and bulk edit patches (docs/toggl-api.md §6.6).
[<RequireQualifiedAccess>]
module TrackerJson =

    /// A decode of UTF-8 by `TrackerReader` (a delegate: a span cannot be an F# function's argument).
    type private Utf8Decode<'T> = delegate of ReadOnlySpan<byte> -> Result<'T, DecodeError>

    /// Runs `decode` on the UTF-8 of `text`, through a pooled buffer.
    let private viaUtf8 (decode: Utf8Decode<'T>) (text: string) =
        let length = Encoding.UTF8.GetByteCount text
        let buffer = ArrayPool<byte>.Shared.Rent length

        try
            let written = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0)
            decode.Invoke(ReadOnlySpan<byte>(buffer, 0, written))
        finally
            ArrayPool<byte>.Shared.Return buffer

    /// Runs `decode` on the raw UTF-8 of an element of a parsed document, its errors placed below `path`
    /// (the reader names the element `$`).
    let private viaElement (decode: Utf8Decode<'T>) : Decoder<'T> =
        fun path element ->
            match decode.Invoke(JsonMarshal.GetRawUtf8Value element) with
            | Ok value -> Ok value
            | Error e ->
                Error
                    { e with
                        Path = path + e.Path.Substring 1
                    }

    /// Decodes one time entry from JSON text (docs/toggl-api.md §5): nullable description, project, task, stop
    /// and server_deleted_at; `null` tags and tag ids as empty lists; unknown, legacy (`pid`, `uid`, `wid`)
    /// and meta fields ignored; an impossible duration normalised (`TogglTracker.normalise`).
    let decodeTracker (text: string) : Result<TogglTracker, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Error Decode.emptyBody
        else
            viaUtf8 (Utf8Decode TrackerReader.tracker) text

    /// Decodes a JSON array of time entries (`GET me/time_entries`, docs/toggl-api.md §6.1) straight from
    /// UTF-8 bytes, in one streaming pass (the hot path: bench/DecodeBench.fs), in the order given.
    let decodeTrackersUtf8 (utf8: ReadOnlyMemory<byte>) : Result<TogglTracker list, DecodeError> =
        TrackerReader.trackers utf8.Span

    /// Decodes a JSON array of time entries from text; see `decodeTrackersUtf8`.
    let decodeTrackers (text: string) : Result<TogglTracker list, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Error Decode.emptyBody
        else
            viaUtf8 (Utf8Decode TrackerReader.trackers) text

    /// Decodes the body of `GET me/time_entries/current` (docs/toggl-api.md §6.2): `null` (Toggl's answer
    /// when nothing runs), an empty body or `{}` (seen in third-party clients) are `None`.
    let decodeCurrent (text: string) : Result<TogglTracker option, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Ok None
        else
            viaUtf8 (Utf8Decode TrackerReader.current) text

    /// A time entry inside a parsed document, for decoders that embed one; decoded by the same reader
    /// as `decodeTracker` from the element's raw UTF-8.
    let internal decoder: Decoder<TogglTracker> =
        viaElement (Utf8Decode TrackerReader.tracker)

    /// An array of time entries inside a parsed document; see `decoder`.
    let internal listDecoder: Decoder<TogglTracker list> =
        viaElement (Utf8Decode TrackerReader.trackers)

    /// The running entry inside a parsed document; see `decodeCurrent` and `decoder`.
    let internal currentDecoder: Decoder<TogglTracker option> =
        viaElement (Utf8Decode TrackerReader.current)

    /// One failure of a bulk edit: `{"id": ..., "message": ...}` (docs/toggl-api.md §6.6).
    let internal editFailureDecoder: Decoder<EditFailure> =
        Decode.map2
            (fun id message -> { Id = id; Message = message })
            (Decode.field "id" Decode.int64)
            (Decode.optionalField "message" Decode.string |> Decode.withDefault "")

    /// The bulk edit result `{"success": [ids], "failure": [{id, message}]}`; `null` or absent arrays are empty.
    let internal editsDecoder: Decoder<Edits> =
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
    let internal tagActionName (action: TagAction) =
        match action with
        | TagAction.Add -> "add"
        | TagAction.Remove -> "delete"

    /// Writes the fields a body sets, with `time` writing its instants (Toggl's request form, or every tick where
    /// the outbox stores a body): only the fields the caller set, `null` for cleared ones, `created_with` when the
    /// body names one. The one writer of a body's fields, for the request and the outbox's stored form.
    let internal writeBodyFields
        (time: Utf8JsonWriter -> string -> DateTimeOffset -> unit)
        (writer: Utf8JsonWriter)
        (body: TrackerBody)
        =
        match body.CreatedWith with
        | Some createdWith -> Encode.string writer "created_with" createdWith
        | None -> ()

        Encode.field Encode.string writer "description" body.Description
        Encode.field time writer "start" body.Start
        Encode.field time writer "stop" body.Stop
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

    /// Writes the body of a create or update (docs/toggl-api.md §6.4, §6.5): only the fields the caller set, `null` for
    /// cleared ones, `workspace_id` always, `created_with` when the body names one (`Request.toHttp` names
    /// `TrackerBody.DefaultCreatedWith` on a create, where Toggl documents it as required; an update leaves it out).
    /// No `description: null` unless cleared, no duration unless set (docs/python-reference.md bug 4).
    let internal writeBody (writer: Utf8JsonWriter) (workspaceId: int64) (body: TrackerBody) =
        writer.WriteStartObject()
        writeBodyFields Encode.requestTime writer body
        Encode.int64 writer "workspace_id" workspaceId
        writer.WriteEndObject()

    /// The body of a create or update as JSON text; see `writeBody`.
    let internal encodeBody (workspaceId: int64) (body: TrackerBody) : string =
        Encode.toText (fun writer -> writeBody writer workspaceId body)

    /// Writes one patch value.
    let internal writePatchValue (writer: Utf8JsonWriter) (value: PatchValue) =
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
    let internal encodePatchOps (operations: PatchOp list) : string =
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
