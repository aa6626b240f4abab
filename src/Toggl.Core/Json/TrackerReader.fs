namespace Toggl.Core

open System
open System.Text
open System.Text.Json

/// The fields of a time entry (docs/toggl-api.md §5), dispatched on raw UTF-8 names: no string per property.
[<RequireQualifiedAccess>]
module internal TrackerFields =

    [<Literal>]
    let Unknown = -1

    [<Literal>]
    let Id = 0

    [<Literal>]
    let WorkspaceId = 1

    [<Literal>]
    let ProjectId = 2

    [<Literal>]
    let TaskId = 3

    [<Literal>]
    let Billable = 4

    [<Literal>]
    let Start = 5

    [<Literal>]
    let Stop = 6

    [<Literal>]
    let Duration = 7

    [<Literal>]
    let Description = 8

    [<Literal>]
    let Tags = 9

    [<Literal>]
    let TagIds = 10

    [<Literal>]
    let At = 11

    [<Literal>]
    let ServerDeletedAt = 12

    [<Literal>]
    let UserId = 13

    /// Toggl's names, indexed by key.
    let names =
        [|
            "id"
            "workspace_id"
            "project_id"
            "task_id"
            "billable"
            "start"
            "stop"
            "duration"
            "description"
            "tags"
            "tag_ids"
            "at"
            "server_deleted_at"
            "user_id"
        |]

    // Allocated once: a `"..."B` literal would make a new array on every evaluation.
    let private nameBytes = names |> Array.map Encoding.UTF8.GetBytes

    let private is (name: ReadOnlySpan<byte>, key: int) =
        name.SequenceEqual(ReadOnlySpan<byte>(nameBytes[key]))

    /// The key of an unescaped UTF-8 property name; legacy `uid`/`wid`/`pid`, `duronly` and meta fields
    /// are `Unknown` (ignored).
    let keyOf (name: ReadOnlySpan<byte>) =
        match name.Length with
        | 2 when is (name, Id) -> Id
        | 2 when is (name, At) -> At
        | 4 when is (name, Stop) -> Stop
        | 4 when is (name, Tags) -> Tags
        | 5 when is (name, Start) -> Start
        | 7 when is (name, TaskId) -> TaskId
        | 7 when is (name, TagIds) -> TagIds
        | 7 when is (name, UserId) -> UserId
        | 8 when is (name, Billable) -> Billable
        | 8 when is (name, Duration) -> Duration
        | 10 when is (name, ProjectId) -> ProjectId
        | 11 when is (name, Description) -> Description
        | 12 when is (name, WorkspaceId) -> WorkspaceId
        | 17 when is (name, ServerDeletedAt) -> ServerDeletedAt
        | _ -> Unknown

    /// The key of an escaped property name (`"\u0069d"` is legal JSON), the slow way.
    let keyOfText (name: string) =
        keyOf (ReadOnlySpan<byte>(Encoding.UTF8.GetBytes name))

    // Fields every time entry has (docs/toggl-api.md §5 "always"); the others are nullable or default.
    let private required = [| Id; WorkspaceId; Start; Duration; At; UserId |]

    /// The first required key missing from the `seen` bit set.
    let firstMissing (seen: int) =
        let mutable index = 0
        let mutable missing = ValueNone

        while missing.IsNone && index < required.Length do
            if seen &&& (1 <<< required[index]) = 0 then
                missing <- ValueSome required[index]

            index <- index + 1

        missing

    /// The error of a missing required field below `path`.
    let missing (path: string) (key: int) =
        {
            Path = Decode.fieldPath path names[key]
            Message = "required field is missing"
        }

/// The one decoder of Toggl's time entry (docs/toggl-api.md §5): a single pass of `Utf8JsonReader` over
/// UTF-8, with no document built, no string per property name and no path string unless something fails.
/// Every way the library reads a time entry (`TrackerJson`'s text, UTF-8 and `JsonElement` entry points,
/// the JSON file cache) comes here, so the fields and their rules are written once.
[<RequireQualifiedAccess>]
module internal TrackerReader =

    let private describe (token: JsonTokenType) =
        match token with
        | JsonTokenType.String -> "a string"
        | JsonTokenType.Number -> "a number"
        | JsonTokenType.True
        | JsonTokenType.False -> "a boolean"
        | JsonTokenType.Null -> "null"
        | JsonTokenType.StartObject -> "an object"
        | JsonTokenType.StartArray -> "an array"
        | _ -> "nothing"

    // Errors carry a path relative to the value ("" or "[2]"); callers put the field's path in front.
    let private mismatch (what: string) (token: JsonTokenType) =
        {
            Path = ""
            Message = $"expected {what}, got {describe token}"
        }

    let private int64Value (reader: byref<Utf8JsonReader>) : Result<int64, DecodeError> =
        let mutable value = 0L

        if reader.TokenType <> JsonTokenType.Number then
            Error(mismatch "an integer" reader.TokenType)
        elif reader.TryGetInt64(&value) then
            Ok value
        else
            Error
                {
                    Path = ""
                    Message = $"expected a 64-bit integer, got {Encoding.UTF8.GetString(reader.ValueSpan)}"
                }

    let private optionalInt64 (reader: byref<Utf8JsonReader>) : Result<int64 option, DecodeError> =
        if reader.TokenType = JsonTokenType.Null then
            Ok None
        else
            match int64Value &reader with
            | Ok value -> Ok(Some value)
            | Error e -> Error e

    let private stringValue (reader: byref<Utf8JsonReader>) : Result<string, DecodeError> =
        if reader.TokenType <> JsonTokenType.String then
            Error(mismatch "a string" reader.TokenType)
        else
            let mutable text = null
            let mutable failed = false

            try
                text <- reader.GetString()
            with :? InvalidOperationException ->
                failed <- true

            match text with
            | null when failed ->
                Error
                    {
                        Path = ""
                        Message = "expected a string, got a string with an invalid UTF-16 escape"
                    }
            | null -> Error(mismatch "a string" reader.TokenType)
            | value -> Ok value

    let private optionalString (reader: byref<Utf8JsonReader>) : Result<string option, DecodeError> =
        if reader.TokenType = JsonTokenType.Null then
            Ok None
        else
            match stringValue &reader with
            | Ok value -> Ok(Some value)
            | Error e -> Error e

    let private timeValue (reader: byref<Utf8JsonReader>) : Result<DateTimeOffset, DecodeError> =
        if reader.TokenType <> JsonTokenType.String then
            Error(mismatch "a timestamp string" reader.TokenType)
        else
            let parsed =
                if not reader.ValueIsEscaped then
                    Timestamp.tryParseUtf8 reader.ValueSpan
                else
                    match stringValue &reader with
                    | Ok text -> Timestamp.tryParse text
                    | Error _ -> ValueNone

            match parsed with
            | ValueSome value -> Ok value
            | ValueNone ->
                Error
                    {
                        Path = ""
                        Message = Decode.timestampMessage reader.ValueSpan
                    }

    let private optionalTime (reader: byref<Utf8JsonReader>) : Result<DateTimeOffset option, DecodeError> =
        if reader.TokenType = JsonTokenType.Null then
            Ok None
        else
            match timeValue &reader with
            | Ok value -> Ok(Some value)
            | Error e -> Error e

    /// An F# list of the buffer's items, built from the end: one cons cell per item and nothing else.
    let private toList (buffer: ResizeArray<'T>) =
        let mutable list = []

        for index in buffer.Count - 1 .. -1 .. 0 do
            list <- buffer[index] :: list

        list

    /// Reads one value where the reader stands (a delegate: an F# function cannot take a byref).
    type private ValueReader<'T> = delegate of byref<Utf8JsonReader> -> Result<'T, DecodeError>

    // Allocated once, not per call.
    let private stringItem = ValueReader<string>(fun reader -> stringValue &reader)
    let private int64Item = ValueReader<int64>(fun reader -> int64Value &reader)

    /// Tags and tag ids: `null` (POST responses, docs/toggl-api.md §7.4) is empty. Items go through a reused buffer.
    let private items
        (reader: byref<Utf8JsonReader>, buffer: ResizeArray<'T>, item: ValueReader<'T>)
        : Result<'T list, DecodeError> =
        match reader.TokenType with
        | JsonTokenType.Null -> Ok []
        | JsonTokenType.StartArray ->
            buffer.Clear()
            let mutable error = ValueNone

            while error.IsNone && reader.Read() && reader.TokenType <> JsonTokenType.EndArray do
                match item.Invoke(&reader) with
                | Ok value -> buffer.Add value
                | Error e -> error <- ValueSome(Decode.relocate (Decode.itemPath "" buffer.Count) e)

            match error with
            | ValueSome e -> Error e
            | ValueNone -> Ok(toList buffer)
        | token -> Error(mismatch "an array" token)

    /// One time entry; the reader is on its first token and is left on its last. Paths are relative ("").
    let private readTracker
        (reader: byref<Utf8JsonReader>, tagBuffer: ResizeArray<string>, idBuffer: ResizeArray<int64>)
        : Result<TogglTracker, DecodeError> =
        if reader.TokenType <> JsonTokenType.StartObject then
            Error(mismatch "a time entry object" reader.TokenType)
        else
            let mutable seen = 0
            let mutable error = ValueNone
            let mutable finished = false
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

            while error.IsNone && not finished && reader.Read() do
                if reader.TokenType = JsonTokenType.EndObject then
                    finished <- true
                else
                    let key =
                        if reader.ValueIsEscaped then
                            match reader.GetString() with
                            | null -> TrackerFields.Unknown
                            | name -> TrackerFields.keyOfText name
                        else
                            TrackerFields.keyOf reader.ValueSpan

                    reader.Read() |> ignore

                    let failure =
                        match key with
                        | TrackerFields.Id ->
                            match int64Value &reader with
                            | Ok v ->
                                id <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.WorkspaceId ->
                            match int64Value &reader with
                            | Ok v ->
                                workspaceId <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.ProjectId ->
                            match optionalInt64 &reader with
                            | Ok v ->
                                projectId <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.TaskId ->
                            match optionalInt64 &reader with
                            | Ok v ->
                                taskId <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.Billable ->
                            // Toggl always sends a boolean; a `null` is read as Toggl's default, false.
                            match reader.TokenType with
                            | JsonTokenType.True ->
                                billable <- true
                                ValueNone
                            | JsonTokenType.False
                            | JsonTokenType.Null ->
                                billable <- false
                                ValueNone
                            | token -> ValueSome(mismatch "a boolean" token)
                        | TrackerFields.Start ->
                            match timeValue &reader with
                            | Ok v ->
                                start <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.Stop ->
                            match optionalTime &reader with
                            | Ok v ->
                                stop <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.Duration ->
                            match int64Value &reader with
                            | Ok v ->
                                duration <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.Description ->
                            match optionalString &reader with
                            | Ok v ->
                                description <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.Tags ->
                            match items (&reader, tagBuffer, stringItem) with
                            | Ok v ->
                                tags <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.TagIds ->
                            match items (&reader, idBuffer, int64Item) with
                            | Ok v ->
                                tagIds <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.At ->
                            match timeValue &reader with
                            | Ok v ->
                                at <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.ServerDeletedAt ->
                            match optionalTime &reader with
                            | Ok v ->
                                deletedAt <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | TrackerFields.UserId ->
                            match int64Value &reader with
                            | Ok v ->
                                userId <- v
                                ValueNone
                            | Error e -> ValueSome e
                        | _ ->
                            // Legacy, meta and unknown fields: skip their value, nested or not.
                            reader.Skip()
                            ValueNone

                    match failure with
                    | ValueSome e ->
                        error <- ValueSome(Decode.relocate (Decode.fieldPath "" TrackerFields.names[key]) e)
                    | ValueNone -> seen <- seen ||| (1 <<< key)

            match error with
            | ValueSome e -> Error e
            | ValueNone when not finished -> Error(Decode.notJson "the time entry object is not closed")
            | ValueNone ->
                match TrackerFields.firstMissing seen with
                | ValueSome key -> Error(TrackerFields.missing "" key)
                | ValueNone ->
                    // A duration that cannot be true is normalised, never an error that hides the whole list.
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

    let private readerOptions = JsonReaderOptions(MaxDepth = 64)

    let private list (utf8: ReadOnlySpan<byte>) : Result<TogglTracker list, DecodeError> =
        let mutable reader = Utf8JsonReader(utf8, readerOptions)
        reader.Read() |> ignore

        if reader.TokenType <> JsonTokenType.StartArray then
            Error
                {
                    Path = "$"
                    Message = $"expected an array of time entries, got {describe reader.TokenType}"
                }
        else
            let trackers = ResizeArray<TogglTracker>()
            let tagBuffer = ResizeArray<string>()
            let idBuffer = ResizeArray<int64>()
            let mutable error = ValueNone
            let mutable closed = false

            while error.IsNone && not closed && reader.Read() do
                if reader.TokenType = JsonTokenType.EndArray then
                    closed <- true
                else
                    match readTracker (&reader, tagBuffer, idBuffer) with
                    | Ok value -> trackers.Add value
                    | Error e -> error <- ValueSome(Decode.relocate (Decode.itemPath "$" trackers.Count) e)

            match error with
            | ValueSome e -> Error e
            | ValueNone when not closed -> Error(Decode.notJson "the array is not closed")
            // Reading past the array makes the reader reject anything but whitespace after it.
            | ValueNone when reader.Read() -> Error(Decode.notJson "more JSON follows the array")
            | ValueNone -> Ok(toList trackers)

    /// Whether the reader, on the first token, is at `null` or `{}`: "nothing runs" in `GET me/time_entries/current`.
    let private isNothing (reader: byref<Utf8JsonReader>) =
        match reader.TokenType with
        | JsonTokenType.Null -> true
        | JsonTokenType.StartObject ->
            // A copy of the reader looks ahead; the reader itself stays on `{`.
            let mutable probe = reader
            probe.Read() && probe.TokenType = JsonTokenType.EndObject
        | _ -> false

    /// One time entry as the whole document. With `orNothing` (the body of `GET me/time_entries/current`)
    /// `null` and `{}` are `ValueNone` rather than errors.
    let private single (utf8: ReadOnlySpan<byte>) (orNothing: bool) : Result<TogglTracker voption, DecodeError> =
        let mutable reader = Utf8JsonReader(utf8, readerOptions)
        reader.Read() |> ignore

        let decoded =
            if orNothing && isNothing &reader then
                reader.Skip()
                Ok ValueNone
            else
                match readTracker (&reader, ResizeArray(), ResizeArray()) with
                | Ok value -> Ok(ValueSome value)
                | Error e -> Error(Decode.relocate "$" e)

        match decoded with
        | Error e -> Error e
        // Reading past the value makes the reader reject anything but whitespace after it.
        | Ok _ when reader.Read() -> Error(Decode.notJson "more JSON follows the time entry")
        | Ok value -> Ok value

    /// The error for the reader's exceptions on malformed input (at `$`); any other exception is a bug.
    let private malformed (error: exn) =
        match error with
        | :? JsonException
        | :? InvalidOperationException
        | :? ArgumentException -> ValueSome(Decode.notJson error.Message)
        | _ -> ValueNone

    /// Decodes a JSON array of time entries from UTF-8. Never throws: malformed JSON is an error at `$`.
    let trackers (utf8: ReadOnlySpan<byte>) : Result<TogglTracker list, DecodeError> =
        if Decode.isBlank utf8 then
            Error Decode.emptyBody
        else
            try
                list utf8
            with error ->
                match malformed error with
                | ValueSome e -> Error e
                | ValueNone -> reraise ()

    /// Decodes one time entry, the whole document, from UTF-8. Never throws: malformed JSON is an error at `$`.
    let tracker (utf8: ReadOnlySpan<byte>) : Result<TogglTracker, DecodeError> =
        if Decode.isBlank utf8 then
            Error Decode.emptyBody
        else
            try
                match single utf8 false with
                | Ok(ValueSome value) -> Ok value
                | Ok ValueNone -> Error Decode.emptyBody
                | Error e -> Error e
            with error ->
                match malformed error with
                | ValueSome e -> Error e
                | ValueNone -> reraise ()

    /// Decodes the body of `GET me/time_entries/current` from UTF-8: a blank body, `null` or `{}` is `None`
    /// (docs/toggl-api.md §6.2). Never throws: malformed JSON is an error at `$`.
    let current (utf8: ReadOnlySpan<byte>) : Result<TogglTracker option, DecodeError> =
        if Decode.isBlank utf8 then
            Ok None
        else
            try
                match single utf8 true with
                | Ok(ValueSome value) -> Ok(Some value)
                | Ok ValueNone -> Ok None
                | Error e -> Error e
            with error ->
                match malformed error with
                | ValueSome e -> Error e
                | ValueNone -> reraise ()
