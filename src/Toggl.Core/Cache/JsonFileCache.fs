namespace Toggl.Core

open System
open System.Buffers
open System.Collections.Generic
open System.IO
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions

/// One cached tracker with the time it was cached (for expiry) and, once encoded or read, the tracker's
/// JSON (so a commit encodes only the trackers it changed; re-committing an equal tracker reuses it).
type internal JsonCacheEntry(tracker: TogglTracker, cachedAt: DateTimeOffset, encoded: ReadOnlyMemory<byte>) =
    member val Tracker = tracker
    member val CachedAt = cachedAt
    /// The tracker as UTF-8 JSON in Toggl's shape; empty until first encoded.
    member val Encoded = encoded with get, set

/// What a `trackers.json` file holds once read.
[<RequireQualifiedAccess>]
type internal JsonCacheFile =
    /// Our format: the generation, the sync cursor with when it was stored, the entries.
    | Content of
        generation: int64 *
        cursor: (DateTimeOffset * DateTimeOffset) option *
        entries: JsonCacheEntry array *
        trackersJson: ReadOnlyMemory<byte>
    /// A newer version of the format: left untouched, every operation fails.
    | Newer of version: int

/// The format of `trackers.json`.
[<RequireQualifiedAccess>]
module internal JsonCacheFormat =

    /// The `format` marker: a JSON file without it is not ours (e.g. the Python library's cache).
    [<Literal>]
    let Name = "togglfun.trackers"

    /// The version this library writes and reads.
    [<Literal>]
    let Version = 1

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

    /// Writes the whole file: the header first, in a fixed key order, so `generation` can be read from the
    /// first bytes; then `cached_at` and `trackers`, two arrays of the same length and order. `trackers` is
    /// a plain array of Toggl time entries, so reading it takes the codec's fast path
    /// (`TrackerJson.decodeTrackersUtf8`).
    let write
        (encoder: TrackerEncoder)
        (stream: Stream)
        (generation: int64)
        (cursor: (DateTimeOffset * DateTimeOffset) option)
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

        writer.WriteStartArray "cached_at"

        for entry in entries do
            writer.WriteStringValue(Encode.fullTimestamp entry.CachedAt)
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
                    | Error error -> problem $"trackers: {error}"
            | "format"
            | "version"
            | "generation"
            | "sync_cursor"
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
        | None, Some format, _, _, _ when format <> Name -> Error $"format is \"{format}\", not \"{Name}\""
        | None, Some _, Some _, Some generation, Some(decoded: TogglTracker list, trackersJson) when sawCachedAt ->
            let entries = Array.ofList decoded

            if cachedAt.Count <> entries.Length then
                Error $"{cachedAt.Count} cached_at times for {entries.Length} trackers"
            else
                let entries =
                    entries
                    |> Array.mapi (fun i tracker -> JsonCacheEntry(tracker, cachedAt[i], ReadOnlyMemory.Empty))

                Ok(JsonCacheFile.Content(generation, cursor, entries, trackersJson))
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

/// A tracker cache in one JSON file per model type (`trackers.json`) in a folder.
///
/// - Atomic writes: a commit writes a temporary file in the same folder, flushes it to disk, and renames
///   it over `trackers.json`, so a reader or a crash sees the old file or the new one, never a torn one.
/// - Inter-process lock: every commit is a read-modify-write under `trackers.json.lock`, so two processes
///   writing the same folder lose nothing (reference-wrapper.md bug 7: no locking, torn files).
/// - A corrupt or empty file is moved aside to `trackers.json.<timestamp>.corrupt` with a logged warning,
///   and the cache starts empty; construction never throws. A file of a newer format version is left
///   untouched and every operation answers `CacheFailure`.
/// - Strings stay strings, and no entry is ever dropped (no size cap).
/// - An in-memory index answers reads; the file is re-read only when its length, last-write time or
///   generation changed.
/// - Files and a folder it creates are owner-only (0600 / 0700).
type JsonFileCache(folder: string, expireAfter: TimeSpan option, timeProvider: TimeProvider, logger: ILogger) =

    let path = Path.Combine(folder, "trackers.json")
    let lockPath = path + ".lock"
    let gate = new SemaphoreSlim(1, 1)
    let encoder = new JsonCacheFormat.TrackerEncoder()

    let entries = Dictionary<int64, JsonCacheEntry>()
    let mutable cursor: (DateTimeOffset * DateTimeOffset) option = None
    let mutable generation = 0L
    /// The file as last seen; `None` for "no file", and `stale` forces a re-read.
    let mutable stamp: FileStamp option = None
    let mutable stale = true
    /// Entries sorted as reads return them (start descending, then id descending), rebuilt after a change.
    let mutable ordered: JsonCacheEntry array | null = null
    let mutable newer: int option = None
    let mutable temporariesCleaned = false
    let mutable disposed = false

    let now () = timeProvider.GetUtcNow()

    let newerFailure version =
        TogglError.CacheFailure
            $"{path} has format version {version}, newer than this library's {JsonCacheFormat.Version}: it was written by a newer TogglFun and is left untouched."

    /// Read order: start descending, then id descending (Toggl's list order, toggl-api-v9.md §7).
    let readOrder (a: JsonCacheEntry) (b: JsonCacheEntry) =
        match compare b.Tracker.Start.UtcTicks a.Tracker.Start.UtcTicks with
        | 0 -> compare b.Tracker.Id a.Tracker.Id
        | order -> order

    /// The entries of the file last read and its `trackers` JSON, until the first commit attaches the
    /// file's bytes to them (`JsonCacheFormat.attachEncoded`).
    let mutable unattached: (ReadOnlyMemory<byte> * JsonCacheEntry array) option = None

    let replaceAll
        (generation': int64)
        (cursor': (DateTimeOffset * DateTimeOffset) option)
        (loaded: JsonCacheEntry array)
        (trackersJson: ReadOnlyMemory<byte>)
        =
        entries.Clear()

        for entry in loaded do
            entries[entry.Tracker.Id] <- entry

        cursor <- cursor'
        generation <- generation'
        // Files are written in read order: then the loaded array is the sorted index as it is.
        let inOrder =
            entries.Count = loaded.Length
            && Seq.forall (fun i -> readOrder loaded[i - 1] loaded[i] < 0) (seq { 1 .. loaded.Length - 1 })

        ordered <- if inOrder then loaded else null

        unattached <-
            if loaded.Length > 0 then
                Some(trackersJson, loaded)
            else
                None

    let openForRead () =
        new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            // Delete: a writer may rename a new file over this one while we read (on Windows too).
            FileShare.ReadWrite ||| FileShare.Delete,
            bufferSize = 1,
            options = FileOptions.SequentialScan
        )

    let readHead (stream: FileStream) =
        let head = Array.zeroCreate<byte> (int (min stream.Length 256L))
        stream.ReadExactly(head, 0, head.Length)
        JsonCacheFormat.generation (ReadOnlySpan head)

    /// Why a file could not be read, or `None` when it was read (or is absent) and the index is current.
    let refresh () : string option =
        let current =
            try
                Some(openForRead ())
            with
            | :? FileNotFoundException
            | :? DirectoryNotFoundException -> None

        match current with
        | None ->
            if stale || stamp.IsSome then
                replaceAll 0L None [||] ReadOnlyMemory.Empty
                stamp <- None
                stale <- false
                newer <- None

            None
        | Some stream ->
            use stream = stream
            let length = stream.Length
            let lastWrite = File.GetLastWriteTimeUtc(stream.SafeFileHandle)
            let headGeneration = readHead stream

            let same =
                match stamp, headGeneration with
                | Some known, Some generation' ->
                    not stale
                    && known.Length = length
                    && known.LastWrite = lastWrite
                    && known.Generation = generation'
                | _ -> false

            if same then
                None
            else
                let bytes = Array.zeroCreate<byte> (int length)
                stream.Position <- 0L
                stream.ReadExactly(bytes, 0, bytes.Length)

                match JsonCacheFormat.read (ReadOnlyMemory bytes) with
                | Ok(JsonCacheFile.Content(generation', cursor', loaded, trackersJson)) ->
                    replaceAll generation' cursor' loaded trackersJson

                    stamp <-
                        Some
                            {
                                Length = length
                                LastWrite = lastWrite
                                Generation = generation'
                            }

                    stale <- false
                    newer <- None
                    None
                | Ok(JsonCacheFile.Newer version) ->
                    newer <- Some version
                    stale <- true
                    None
                | Error problem -> Some problem

    /// Moves a corrupt file aside (under the lock, after checking it is still corrupt) and starts empty.
    let recover (reason: string) =
        let target = CacheFiles.moveAside path (now ())

        logger.LogWarning(
            "The JSON cache {Path} could not be read ({Reason}); moved it aside to {Target} and started empty.",
            path,
            reason,
            target
        )

        replaceAll 0L None [||] ReadOnlyMemory.Empty
        stamp <- None
        stale <- false

    let withLock (cancellationToken: CancellationToken) (operation: unit -> Result<'T, TogglError>) =
        task {
            CacheFiles.ensureFolder folder

            match! FileLock.acquire lockPath FileLock.defaultTimeout cancellationToken with
            | Error error -> return Error error
            | Ok held ->
                use _ = held
                return operation ()
        }

    /// Brings the index up to date with the file while holding the lock: the file cannot change under
    /// us, so a file that does not read is corrupt and is moved aside.
    let ensureCurrentLocked () =
        match refresh () with
        | Some reason -> recover reason
        | None -> ()

    /// Brings the index up to date with the file; a corrupt file is moved aside under the lock.
    let ensureCurrent (cancellationToken: CancellationToken) : Task<Result<unit, TogglError>> =
        match refresh () with
        | None -> Task.FromResult(Ok())
        // Re-read under the lock: a writer may have replaced the file meanwhile.
        | Some _ -> withLock cancellationToken (fun () -> Ok(ensureCurrentLocked ()))

    let failIfNewer () =
        match newer with
        | Some version -> Error(newerFailure version)
        | None -> Ok()

    let sorted () =
        match ordered with
        | null ->
            let array = Array.ofSeq entries.Values
            Array.sortInPlaceWith readOrder array
            ordered <- array
            array
        | array -> array

    let visibleWhere (predicate: TogglTracker -> bool) =
        let cutoff = CacheFiles.cutoff expireAfter (now ())
        let array = sorted ()
        let mutable result = []

        // Backwards, consing: the list comes out in read order with no reversal.
        for i = array.Length - 1 downto 0 do
            let entry = array[i]

            if entry.CachedAt.UtcTicks >= cutoff && predicate entry.Tracker then
                result <- entry.Tracker :: result

        result

    let cleanTemporaries () =
        if not temporariesCleaned then
            // Under the lock only the lock holder writes a temporary file: any left is from a killed writer.
            for stray in Directory.EnumerateFiles(folder, "trackers.json.*.tmp") do
                try
                    File.Delete stray
                with :? IOException ->
                    ()

            temporariesCleaned <- true

    /// Writes the index to a temporary file, flushes it to disk and renames it over `trackers.json`.
    let writeFile () =
        let temporary = $"{path}.{Guid.NewGuid():N}.tmp"
        let nextGeneration = generation + 1L

        try
            let length, lastWrite =
                let options =
                    CacheFiles.createOptions FileMode.CreateNew FileAccess.Write FileShare.None

                options.BufferSize <- 0
                use stream = new FileStream(temporary, options)

                JsonCacheFormat.write encoder stream nextGeneration cursor (sorted ())
                // Flush(true) is fsync: the new content is on disk before the rename makes it visible.
                stream.Flush(true)
                stream.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle)

            File.Move(temporary, path, overwrite = true)
            generation <- nextGeneration

            stamp <-
                Some
                    {
                        Length = length
                        LastWrite = lastWrite
                        Generation = nextGeneration
                    }

            stale <- false
        with _ ->
            try
                File.Delete temporary
            with _ ->
                ()

            reraise ()

    let apply (change: CacheChange) =
        let cachedAt = now ()

        for tracker in change.Upserts do
            // A sync re-fetches many unchanged trackers: an equal tracker keeps its encoded JSON.
            let encoded =
                match entries.TryGetValue tracker.Id with
                | true, known when known.Tracker = tracker -> known.Encoded
                | _ -> ReadOnlyMemory.Empty

            entries[tracker.Id] <- JsonCacheEntry(tracker, cachedAt, encoded)

        for id in change.Deletes do
            entries.Remove id |> ignore

        match change.SyncCursor with
        | Some value -> cursor <- Some(value, cachedAt)
        | None -> ()

        ordered <- null

    /// Runs a read or write, one at a time per cache object.
    let run (what: string) (cancellationToken: CancellationToken) (operation: unit -> Task<Result<'T, TogglError>>) =
        CacheFiles.guard what path cancellationToken (fun () ->
            task {
                if disposed then
                    return Error(TogglError.CacheFailure $"The JSON cache {path} is disposed.")
                else
                    do! gate.WaitAsync(cancellationToken)

                    try
                        try
                            return! operation ()
                        with error ->
                            // The index may be half-updated: re-read the file next time.
                            stale <- true
                            return raise error
                    finally
                        gate.Release() |> ignore
            })

    let read (what: string) (cancellationToken: CancellationToken) (answer: unit -> 'T) =
        run what cancellationToken (fun () ->
            task {
                match! ensureCurrent cancellationToken with
                | Error error -> return Error error
                | Ok() ->
                    match failIfNewer () with
                    | Error error -> return Error error
                    | Ok() -> return Ok(answer ())
            })

    do
        // Read at construction so a corrupt file is moved aside now; never throw from here.
        try
            match (ensureCurrent CancellationToken.None).GetAwaiter().GetResult() with
            | Ok() ->
                match newer with
                | Some version -> logger.LogWarning("{Error}", TogglError.message (newerFailure version))
                | None -> ()
            | Error error -> logger.LogWarning("The JSON cache could not be opened: {Error}", TogglError.message error)
        with error ->
            stale <- true
            logger.LogWarning("The JSON cache {Path} could not be opened: {Reason}", path, CacheFiles.describe error)

    /// A JSON file cache with the system clock and no logging.
    new(folder: string, expireAfter: TimeSpan option) =
        new JsonFileCache(folder, expireAfter, TimeProvider.System, NullLogger.Instance)

    /// The cache file, `trackers.json` in the folder.
    member _.Path = path

    interface ITrackerCache with
        member _.ExpireAfter = expireAfter

        member _.Load(cancellationToken) =
            read "Loading" cancellationToken (fun () -> visibleWhere (fun _ -> true))

        member _.Find(trackerId, cancellationToken) =
            read "Finding a tracker in" cancellationToken (fun () ->
                let cutoff = CacheFiles.cutoff expireAfter (now ())

                match entries.TryGetValue trackerId with
                | true, entry when entry.CachedAt.UtcTicks >= cutoff -> Some entry.Tracker
                | _ -> None)

        member _.Query(queries, cancellationToken) =
            read "Querying" cancellationToken (fun () -> visibleWhere (QueryEval.compile queries))

        member _.SyncCursor(cancellationToken) =
            read "Reading the sync cursor of" cancellationToken (fun () ->
                // The cursor expires like the entries: an older cursor would make `since` skip the
                // expired entries forever.
                let cutoff = CacheFiles.cutoff expireAfter (now ())

                match cursor with
                | Some(value, storedAt) when storedAt.UtcTicks >= cutoff -> Some value
                | _ -> None)

        member _.Commit(change, cancellationToken) =
            run "Committing to" cancellationToken (fun () ->
                withLock cancellationToken (fun () ->
                    // Read-modify-write under the lock: start from what other processes committed.
                    ensureCurrentLocked ()

                    failIfNewer ()
                    |> Result.map (fun () ->
                        match unattached with
                        | Some(trackersJson, loaded) ->
                            JsonCacheFormat.attachEncoded trackersJson loaded
                            unattached <- None
                        | None -> ()

                        cleanTemporaries ()
                        apply change
                        writeFile ())))

    interface IDisposable with
        member _.Dispose() =
            if not disposed then
                gate.Wait()

                try
                    disposed <- true
                    (encoder :> IDisposable).Dispose()
                finally
                    gate.Release() |> ignore
