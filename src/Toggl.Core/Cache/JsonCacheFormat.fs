namespace Toggl.Core

open System
open System.Buffers
open System.IO
open System.Text.Json

/// One cached tracker with the time it was cached (for expiry) and, once encoded or read, the tracker's
/// JSON (so a commit encodes only the trackers it changed; re-committing an equal tracker reuses it).
type internal JsonCacheEntry(tracker: TogglTracker, cachedAt: DateTimeOffset, encoded: ReadOnlyMemory<byte>) =
    member val Tracker = tracker
    member val CachedAt = cachedAt
    /// The tracker as UTF-8 JSON in Toggl's shape; empty until first encoded.
    member val Encoded = encoded with get, set

/// The file's other objects (`resources`: each with when this cache wrote it, for expiry) and when each
/// kind was last synced per scope (`resource_syncs`: the instant and when it was stored, for expiry).
type internal JsonCacheResources =
    {
        /// The cached objects, each with when it was written.
        Objects: (CachedResource * DateTimeOffset) array
        /// (kind, scope) → (synced at, stored at).
        Syncs: ((ResourceKind * int64) * (DateTimeOffset * DateTimeOffset)) array
    }

/// What a `trackers.json` file holds once read.
[<RequireQualifiedAccess>]
type internal JsonCacheFile =
    /// Our format: the generation, the sync cursor with when it was stored, the other objects, the entries.
    | Content of
        generation: int64 *
        cursor: (DateTimeOffset * DateTimeOffset) option *
        resources: JsonCacheResources *
        entries: JsonCacheEntry array *
        trackersJson: ReadOnlyMemory<byte>
    /// A newer version of the format: left untouched, every operation fails.
    | Newer of version: int

/// The format of `trackers.json`. Version 2 added `resource_syncs` and `resources` (Toggl's other objects);
/// a version 1 file reads as one holding none of them, and is written back as version 2.
[<RequireQualifiedAccess>]
module internal JsonCacheFormat =

    /// The `format` marker: a JSON file without it is not ours (e.g. the Python library's cache).
    [<Literal>]
    let Name = "togglfun.trackers"

    /// The version this library writes; it reads this one and every older one.
    [<Literal>]
    let Version = 2

    /// No other objects: what a version 1 file holds.
    let noResources = { Objects = [||]; Syncs = [||] }

    let private writerOptions =
        JsonWriterOptions(Encoder = Encode.writerOptions.Encoder, Indented = false, SkipValidation = true)

    /// Encodes trackers, reusing one buffer and one writer (a commit may encode thousands of them).
    type TrackerEncoder() =
        let buffer = ArrayBufferWriter<byte>(4096)
        let writer = new Utf8JsonWriter(buffer, writerOptions)

        /// The entry's tracker as JSON, encoded once and kept on the entry.
        member _.Encoded(entry: JsonCacheEntry) =
            if entry.Encoded.IsEmpty then
                buffer.ResetWrittenCount()
                writer.Reset buffer
                TrackerJson.writeTracker writer entry.Tracker
                writer.Flush()
                entry.Encoded <- ReadOnlyMemory(buffer.WrittenSpan.ToArray())

            entry.Encoded

        interface IDisposable with
            member _.Dispose() = writer.Dispose()

    /// Writes one cached object: its queryable fields, when it was written, and its JSON as a string
    /// (opaque here: kept byte for byte).
    let private writeResource (writer: Utf8JsonWriter) (row: CachedResource, writtenAt: DateTimeOffset) =
        let optionalNumber (name: string) (value: int64 option) =
            match value with
            | Some number -> writer.WriteNumber(name, number)
            | None -> writer.WriteNull name

        writer.WriteStartObject()
        writer.WriteString("kind", ResourceRows.storedName row.Kind)
        writer.WriteNumber("id", row.Id)
        optionalNumber "workspace_id" row.WorkspaceId
        optionalNumber "parent_id" row.ParentId
        writer.WriteString("name", row.Name)
        writer.WriteBoolean("active", row.Active)

        match row.At with
        | Some at -> Encode.fullTime writer "at" at
        | None -> writer.WriteNull "at"

        Encode.fullTime writer "written_at" writtenAt
        writer.WriteString("json", row.Json)
        writer.WriteEndObject()

    /// Writes the whole file: the header first, in a fixed key order, so `generation` can be read from the
    /// first bytes; then `resource_syncs` and `resources`; then `cached_at` and `trackers`, two arrays of
    /// the same length and order. `trackers` is last and a plain array of Toggl time entries, so reading it
    /// takes the codec's fast path (`TrackerJson.decodeTrackersUtf8`).
    let write
        (encoder: TrackerEncoder)
        (stream: Stream)
        (generation: int64)
        (cursor: (DateTimeOffset * DateTimeOffset) option)
        (resources: JsonCacheResources)
        (entries: JsonCacheEntry array)
        =
        use writer = new Utf8JsonWriter(stream, writerOptions)

        let flushNow () =
            if writer.BytesPending > 65536 then
                writer.Flush()

        writer.WriteStartObject()
        writer.WriteString("format", Name)
        writer.WriteNumber("version", Version)
        writer.WriteNumber("generation", generation)

        match cursor with
        | Some(value, storedAt) ->
            writer.WriteStartObject "sync_cursor"
            Encode.fullTime writer "value" value
            Encode.fullTime writer "stored_at" storedAt
            writer.WriteEndObject()
        | None -> writer.WriteNull "sync_cursor"

        writer.WriteStartArray "resource_syncs"

        for (kind, scope), (syncedAt, storedAt) in resources.Syncs do
            writer.WriteStartObject()
            writer.WriteString("kind", ResourceRows.storedName kind)
            writer.WriteNumber("scope", scope)
            Encode.fullTime writer "synced_at" syncedAt
            Encode.fullTime writer "stored_at" storedAt
            writer.WriteEndObject()

        writer.WriteEndArray()
        writer.WriteStartArray "resources"

        for resource in resources.Objects do
            writeResource writer resource
            flushNow ()

        writer.WriteEndArray()
        writer.WriteStartArray "cached_at"

        for entry in entries do
            // ISO 8601 in UTC with the fraction trimmed, through the writer's own formatter: one per tracker,
            // it costs a fraction of a custom format string.
            writer.WriteStringValue(entry.CachedAt.UtcDateTime)
            flushNow ()

        writer.WriteEndArray()
        writer.WriteStartArray "trackers"

        for entry in entries do
            writer.WriteRawValue((encoder.Encoded entry).Span, skipInputValidation = true)
            flushNow ()

        writer.WriteEndArray()
        writer.WriteEndObject()
        writer.Flush()

    let private headerGeneration (head: ReadOnlySpan<byte>) =
        let mutable reader =
            Utf8JsonReader(head, isFinalBlock = false, state = JsonReaderState())

        let mutable depth = 0
        let mutable found = None
        let mutable finished = false

        while not finished && reader.Read() do
            match reader.TokenType with
            | JsonTokenType.StartObject
            | JsonTokenType.StartArray -> depth <- depth + 1
            | JsonTokenType.EndObject
            | JsonTokenType.EndArray -> depth <- depth - 1
            | JsonTokenType.PropertyName when depth = 1 && reader.ValueTextEquals("generation") ->
                if reader.Read() && reader.TokenType = JsonTokenType.Number then
                    match reader.TryGetInt64() with
                    | true, value -> found <- Some value
                    | false, _ -> ()

                finished <- true
            | _ -> ()

            // The header's keys come first; past the first nested value, there is no generation to find.
            if depth > 1 then
                finished <- true

        found

    /// The generation in the header, read from the file's first bytes; `None` if it is not there or the
    /// bytes are not JSON (the full read then reports the file as corrupt).
    let generation (head: ReadOnlySpan<byte>) =
        try
            headerGeneration head
        with :? JsonException ->
            None

    let private problem (message: string) = raise (JsonException message)

    let private expect (reader: byref<Utf8JsonReader>) (token: JsonTokenType) (what: string) =
        if not (reader.Read()) || reader.TokenType <> token then
            problem $"expected {what}"

    let private timestamp (reader: byref<Utf8JsonReader>) (what: string) =
        if reader.TokenType <> JsonTokenType.String || reader.ValueIsEscaped then
            problem $"expected {what} as a timestamp string"

        match Timestamp.tryParseUtf8 reader.ValueSpan with
        | ValueSome value -> value
        | ValueNone -> problem $"{what} is not an RFC 3339 timestamp"

    let private cursorObject (reader: byref<Utf8JsonReader>) =
        let mutable value = None
        let mutable storedAt = None

        while reader.Read() && reader.TokenType = JsonTokenType.PropertyName do
            let isValue = reader.ValueTextEquals "value"
            let isStoredAt = reader.ValueTextEquals "stored_at"
            reader.Read() |> ignore

            if isValue then
                value <- Some(timestamp &reader "sync_cursor.value")
            elif isStoredAt then
                storedAt <- Some(timestamp &reader "sync_cursor.stored_at")
            else
                reader.Skip()

        match value, storedAt with
        | Some value, Some storedAt -> value, storedAt
        | _ -> problem "sync_cursor needs value and stored_at"

    let private kindOf (reader: byref<Utf8JsonReader>) (what: string) =
        if reader.TokenType <> JsonTokenType.String then
            problem $"expected {what} as a text"

        match ResourceRows.tryStored (reader.GetString() |> string) with
        | Some kind -> kind
        | None -> problem $"{what} is not a kind this library knows"

    let private optionalInteger (reader: byref<Utf8JsonReader>) (what: string) =
        match reader.TokenType with
        | JsonTokenType.Null -> None
        | JsonTokenType.Number -> Some(reader.GetInt64())
        | _ -> problem $"expected {what} as an integer or null"

    /// One element of `resource_syncs`.
    let private syncObject (reader: byref<Utf8JsonReader>) =
        if reader.TokenType <> JsonTokenType.StartObject then
            problem "expected each of resource_syncs as an object"

        let mutable kind = None
        let mutable scope = None
        let mutable syncedAt = None
        let mutable storedAt = None

        while reader.Read() && reader.TokenType = JsonTokenType.PropertyName do
            let name = reader.GetString()
            reader.Read() |> ignore

            match name with
            | "kind" -> kind <- Some(kindOf &reader "resource_syncs.kind")
            | "scope" when reader.TokenType = JsonTokenType.Number -> scope <- Some(reader.GetInt64())
            | "synced_at" -> syncedAt <- Some(timestamp &reader "resource_syncs.synced_at")
            | "stored_at" -> storedAt <- Some(timestamp &reader "resource_syncs.stored_at")
            | _ -> reader.Skip()

        match kind, scope, syncedAt, storedAt with
        | Some kind, Some scope, Some syncedAt, Some storedAt -> (kind, scope), (syncedAt, storedAt)
        | _ -> problem "each of resource_syncs needs kind, scope, synced_at and stored_at"

    /// One element of `resources`.
    let private resourceObject (reader: byref<Utf8JsonReader>) : CachedResource * DateTimeOffset =
        if reader.TokenType <> JsonTokenType.StartObject then
            problem "expected each of resources as an object"

        let mutable kind = None
        let mutable id = None
        let mutable workspaceId = None
        let mutable parentId = None
        let mutable name = None
        let mutable active = None
        let mutable at = None
        let mutable writtenAt = None
        let mutable json = None

        while reader.Read() && reader.TokenType = JsonTokenType.PropertyName do
            let property = reader.GetString()
            reader.Read() |> ignore

            match property with
            | "kind" -> kind <- Some(kindOf &reader "resources.kind")
            | "id" when reader.TokenType = JsonTokenType.Number -> id <- Some(reader.GetInt64())
            | "workspace_id" -> workspaceId <- optionalInteger &reader "resources.workspace_id"
            | "parent_id" -> parentId <- optionalInteger &reader "resources.parent_id"
            | "name" when reader.TokenType = JsonTokenType.String -> name <- Some(reader.GetString() |> string)
            | "active" when reader.TokenType = JsonTokenType.True -> active <- Some true
            | "active" when reader.TokenType = JsonTokenType.False -> active <- Some false
            | "at" when reader.TokenType = JsonTokenType.Null -> ()
            | "at" -> at <- Some(timestamp &reader "resources.at")
            | "written_at" -> writtenAt <- Some(timestamp &reader "resources.written_at")
            | "json" when reader.TokenType = JsonTokenType.String -> json <- Some(reader.GetString() |> string)
            | "kind"
            | "id"
            | "name"
            | "active"
            | "json" -> problem $"resources.{property} has the wrong type"
            | _ -> reader.Skip()

        match kind, id, name, active, writtenAt, json with
        | Some kind, Some id, Some name, Some active, Some writtenAt, Some json ->
            {
                Kind = kind
                Id = id
                WorkspaceId = workspaceId
                ParentId = parentId
                Name = name
                Active = active
                At = at
                Json = json
            },
            writtenAt
        | _ -> problem "each of resources needs kind, id, name, active, written_at and json"

    /// Gives each entry read from a file the bytes of its tracker in that file's `trackers` array
    /// (`trackersJson`, in the same order), so a commit writes unchanged trackers again without encoding
    /// them. Done at the first commit, not at load: a load that is never followed by a commit skips it.
    let attachEncoded (trackersJson: ReadOnlyMemory<byte>) (entries: JsonCacheEntry array) =
        let mutable reader = Utf8JsonReader(trackersJson.Span)
        reader.Read() |> ignore
        let mutable index = 0

        while reader.Read()
              && reader.TokenType <> JsonTokenType.EndArray
              && index < entries.Length do
            let start = int reader.TokenStartIndex
            reader.Skip()

            if entries[index].Encoded.IsEmpty then
                entries[index].Encoded <- trackersJson.Slice(start, int reader.BytesConsumed - start)

            index <- index + 1

    let private isWhitespace (b: byte) =
        b = byte ' ' || b = byte '\n' || b = byte '\r' || b = byte '\t'

    let private readFile (utf8: ReadOnlyMemory<byte>) : Result<JsonCacheFile, string> =
        let mutable reader = Utf8JsonReader(utf8.Span, JsonReaderOptions(MaxDepth = 64))
        let mutable format = None
        let mutable version = None
        let mutable generation = None
        let mutable cursor = None
        let cachedAt = ResizeArray<DateTimeOffset>()
        let mutable sawCachedAt = false
        let mutable trackers = None
        let resources = ResizeArray<CachedResource * DateTimeOffset>()

        let syncs =
            ResizeArray<(ResourceKind * int64) * (DateTimeOffset * DateTimeOffset)>()

        let mutable newer = None
        let mutable ended = false

        expect &reader JsonTokenType.StartObject "an object"

        while newer.IsNone
              && not ended
              && reader.Read()
              && reader.TokenType = JsonTokenType.PropertyName do
            let name = reader.GetString()
            reader.Read() |> ignore

            match name with
            | "format" when reader.TokenType = JsonTokenType.String -> format <- Some(reader.GetString())
            | "version" when reader.TokenType = JsonTokenType.Number ->
                let number = reader.GetInt32()
                version <- Some number

                // Only a file that says it is ours is a newer version of ours.
                if number > Version && format = Some Name then
                    newer <- Some number
            | "generation" when reader.TokenType = JsonTokenType.Number -> generation <- Some(reader.GetInt64())
            | "sync_cursor" when reader.TokenType = JsonTokenType.Null -> ()
            | "sync_cursor" when reader.TokenType = JsonTokenType.StartObject -> cursor <- Some(cursorObject &reader)
            | "resource_syncs" when reader.TokenType = JsonTokenType.StartArray ->
                while reader.Read() && reader.TokenType <> JsonTokenType.EndArray do
                    syncs.Add(syncObject &reader)
            | "resources" when reader.TokenType = JsonTokenType.StartArray ->
                while reader.Read() && reader.TokenType <> JsonTokenType.EndArray do
                    resources.Add(resourceObject &reader)
            | "cached_at" when reader.TokenType = JsonTokenType.StartArray ->
                sawCachedAt <- true

                while reader.Read() && reader.TokenType <> JsonTokenType.EndArray do
                    cachedAt.Add(timestamp &reader "cached_at")
            | "trackers" when reader.TokenType = JsonTokenType.StartArray ->
                let start = int reader.TokenStartIndex
                // `trackers` is written last: the array should run to the object's closing brace, and then
                // the codec's decoder is the only pass over it (it checks that the array is complete).
                let mutable last = utf8.Length - 1

                while last > start && isWhitespace utf8.Span[last] do
                    last <- last - 1

                let tail = utf8.Slice(start, last - start)

                match
                    (if utf8.Span[last] = byte '}' then
                         TrackerJson.decodeTrackersUtf8 tail
                     else
                         Error
                             {
                                 Path = "$"
                                 Message = "no closing brace"
                             })
                with
                | Ok decoded ->
                    trackers <- Some(decoded, tail)
                    ended <- true
                | Error _ ->
                    // Not last after all (a file someone edited): skip the array, then decode exactly it.
                    reader.Skip()
                    let slice = utf8.Slice(start, int reader.BytesConsumed - start)

                    match TrackerJson.decodeTrackersUtf8 slice with
                    | Ok decoded -> trackers <- Some(decoded, slice)
                    | Error error -> problem $"trackers: {string error}"
            | "format"
            | "version"
            | "generation"
            | "sync_cursor"
            | "resource_syncs"
            | "resources"
            | "cached_at"
            | "trackers" -> problem $"{name} has the wrong type"
            | _ -> reader.Skip()

        // Nothing but whitespace may follow the object (a half-written file has no end at all).
        if
            newer.IsNone
            && not ended
            && (reader.TokenType <> JsonTokenType.EndObject || reader.Read())
        then
            problem "the object is not closed, or more JSON follows it"

        match newer, format, version, generation, trackers with
        | Some version, _, _, _, _ -> Ok(JsonCacheFile.Newer version)
        | None, Some format, _, _, _ when format <> Name -> Error("format is \"" + format + "\", not \"" + Name + "\"")
        | None, Some _, Some _, Some generation, Some(decoded: TogglTracker list, trackersJson) when sawCachedAt ->
            let entries = Array.ofList decoded

            if cachedAt.Count <> entries.Length then
                Error $"{string cachedAt.Count} cached_at times for {string entries.Length} trackers"
            else
                let entries =
                    entries
                    |> Array.mapi (fun i tracker -> JsonCacheEntry(tracker, cachedAt[i], ReadOnlyMemory.Empty))

                let resources =
                    {
                        Objects = resources.ToArray()
                        Syncs = syncs.ToArray()
                    }

                Ok(JsonCacheFile.Content(generation, cursor, resources, entries, trackersJson))
        | _ -> Error "not a TogglFun trackers file: format, version, generation, cached_at or trackers is missing"

    /// Reads a whole file; an error says what is wrong (the file is then corrupt). Never throws.
    let read (utf8: ReadOnlyMemory<byte>) : Result<JsonCacheFile, string> =
        try
            readFile utf8
        with
        | :? JsonException as error -> Error error.Message
        | :? InvalidOperationException as error -> Error error.Message
        | :? FormatException as error -> Error error.Message

/// How the file looked when it was last read or written: a change of any part means another process
/// (or a person) changed it, and the in-memory index is reloaded.
[<Struct>]
type internal FileStamp =
    {
        Length: int64
        LastWrite: DateTime
        Generation: int64
    }
