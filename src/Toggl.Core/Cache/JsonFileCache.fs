namespace Toggl.Core

open System
open System.Collections.Generic
open System.IO
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions

/// A tracker cache in one JSON file (`trackers.json`) in a folder, holding Toggl's other objects too
/// (`resources`, `resource_syncs`: format version 2; a version 1 file loads as one without them).
///
/// - Atomic writes: a commit writes a temporary file in the same folder, flushes it to disk, and renames
///   it over `trackers.json`, so a reader or a crash sees the old file or the new one, never a torn one.
/// - Inter-process lock: every commit is a read-modify-write under `trackers.json.lock`, so two processes
///   writing the same folder lose nothing (docs/python-reference.md bug 7: no locking, torn files).
/// - A corrupt or empty file is moved aside to `trackers.json.<timestamp>.corrupt` with a logged warning,
///   and the cache starts empty; construction never throws. A file of a newer format version is left
///   untouched and every operation answers `CacheFailure`.
/// - Strings stay strings, and no entry is ever dropped (no size cap).
/// - An in-memory index answers reads; the file is re-read only when its length, last-write time or
///   generation changed.
/// - A file holding one tracker id twice keeps the copy with the newest `at` (the later on a tie), with a
///   logged warning. A folder in place of `trackers.json` is left alone and every operation answers a
///   `CacheFailure` saying to move it. A disposed cache throws `ObjectDisposedException`.
/// - Files and a folder it creates are owner-only (0600 / 0700).
type JsonFileCache(folder: string, expireAfter: TimeSpan option, timeProvider: TimeProvider, logger: ILogger) =

    let path = Path.Combine(folder, "trackers.json")
    let lockPath = path + ".lock"
    let gate = new SemaphoreSlim(1, 1)
    let encoder = new JsonCacheFormat.TrackerEncoder()

    let entries = Dictionary<int64, JsonCacheEntry>()
    /// Toggl's other objects by (kind, id), each with when it was written (for expiry).
    let resources = Dictionary<ResourceKind * int64, CachedResource * DateTimeOffset>()
    /// When each (kind, scope) was last synced, with when that was stored (for expiry).
    let syncs = Dictionary<ResourceKind * int64, DateTimeOffset * DateTimeOffset>()
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

    let newerFailure (version: int) =
        TogglError.CacheFailure(
            path
            + " has format version "
            + string version
            + ", newer than this library's "
            + (string JsonCacheFormat.Version)
            + ": it was written by a newer TogglFun and is left untouched."
        )

    /// Read order: start descending, then id descending (Toggl's list order, docs/toggl-api.md §7).
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
        (resources': JsonCacheResources)
        (loaded: JsonCacheEntry array)
        (trackersJson: ReadOnlyMemory<byte>)
        =
        entries.Clear()
        resources.Clear()
        syncs.Clear()

        // A (kind, id) written twice (a hand-edited file): the later copy, as a later write would have put it.
        for row, writtenAt in resources'.Objects do
            resources[(row.Kind, row.Id)] <- (row, writtenAt)

        for key, sync in resources'.Syncs do
            syncs[key] <- sync

        let mutable duplicated = []

        for entry in loaded do
            match entries.TryGetValue entry.Tracker.Id with
            | true, kept ->
                duplicated <- entry.Tracker.Id :: duplicated
                // Two copies of one id (a hand-edited or merged file): the newest `at` is Toggl's latest
                // word on the entry; on a tie the later copy, as a later write would have put it.
                if entry.Tracker.At >= kept.Tracker.At then
                    entries[entry.Tracker.Id] <- entry
            | _ -> entries[entry.Tracker.Id] <- entry

        if not (List.isEmpty duplicated) then
            logger.LogWarning(
                "The JSON cache {Path} holds {Trackers} more than once; kept the copy with the newest at of each.",
                path,
                duplicated
                |> List.distinct
                |> List.rev
                |> List.map (fun id -> $"tracker {string id}")
                |> String.concat ", "
            )

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
                replaceAll 0L None JsonCacheFormat.noResources [||] ReadOnlyMemory.Empty
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
                | Ok(JsonCacheFile.Content(generation', cursor', resources', loaded, trackersJson)) ->
                    replaceAll generation' cursor' resources' loaded trackersJson

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

        replaceAll 0L None JsonCacheFormat.noResources [||] ReadOnlyMemory.Empty
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

    /// `archive.json`, the archive beside the synced entries.
    let archivePath = Path.Combine(folder, JsonArchiveFile.FileName)

    /// An archive operation under the cache's lock (another process may be archiving the same months).
    let archiveWith (what: string) (cancellationToken: CancellationToken) (operation: unit -> Result<'T, TogglError>) =
        CacheFiles.guard what archivePath cancellationToken (fun () -> withLock cancellationToken operation)

    /// A folder where `trackers.json` belongs cannot be read nor replaced by a rename: say so.
    let failIfFolder () =
        if Directory.Exists path then
            Error(CacheFiles.folderInPlace path)
        else
            Ok()

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

    /// The other objects and sync instants as the file holds them, in a fixed order (kind, then id or
    /// scope) so that equal contents write equal files.
    let resourcesToWrite () =
        let byKey ((kind: ResourceKind, n: int64), _) = ResourceRows.storedName kind, n

        {
            Objects =
                resources
                |> Seq.map (fun (KeyValue(key, value)) -> key, value)
                |> Seq.sortBy byKey
                |> Seq.map snd
                |> Array.ofSeq
            Syncs =
                syncs
                |> Seq.map (fun (KeyValue(key, value)) -> key, value)
                |> Seq.sortBy byKey
                |> Array.ofSeq
        }

    /// Writes the index whole over `trackers.json` (`OwnerOnlyFile`: a temporary file, flushed, renamed).
    let writeFile () =
        let nextGeneration = generation + 1L

        let length, lastWrite =
            OwnerOnlyFile.Replace(
                path,
                Func<FileStream, int64 * DateTime>(fun stream ->
                    JsonCacheFormat.write encoder stream nextGeneration cursor (resourcesToWrite ()) (sorted ())
                    stream.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle))
            )

        generation <- nextGeneration

        stamp <-
            Some
                {
                    Length = length
                    LastWrite = lastWrite
                    Generation = nextGeneration
                }

        stale <- false

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

    /// Applies a batch of other objects: upserts (an older copy than the cached one is skipped), then deletes,
    /// then sync instants, stamped now.
    let applyResources (change: ResourceChange) =
        let writtenAt = now ()

        for row in change.Upserts do
            // Newer wins (as the SQLite cache): a listing answered before another process cached a newer copy
            // must not undo it. Both are dated by Toggl's `at`; an undated one always writes.
            match resources.TryGetValue((row.Kind, row.Id)) with
            | true, (cached, _) when
                (match cached.At, row.At with
                 | Some cachedAt, Some at -> at < cachedAt
                 | _ -> false)
                ->
                ()
            | _ -> resources[(row.Kind, row.Id)] <- (row, writtenAt)

        for key in change.Deletes do
            resources.Remove key |> ignore

        for kind, scope, syncedAt in change.Synced do
            syncs[(kind, scope)] <- (syncedAt, writtenAt)

    /// Runs a read or write, one at a time per cache object.
    let run (what: string) (cancellationToken: CancellationToken) (operation: unit -> Task<Result<'T, TogglError>>) =
        CacheFiles.throwIfDisposed disposed typeof<JsonFileCache>

        CacheFiles.guard what path cancellationToken (fun () ->
            task {
                match failIfFolder () with
                | Error error -> return Error error
                | Ok() ->
                    do! gate.WaitAsync(cancellationToken)

                    try
                        try
                            // Again under the gate: Dispose may have run while this operation waited.
                            CacheFiles.throwIfDisposed disposed typeof<JsonFileCache>
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

    /// A read-modify-write of the whole file under the lock: start from what other processes committed,
    /// `change` the index, write the file. A failed write leaves the index stale (`run`), so the next
    /// read answers from the file as it was: nothing of the batch is half-applied.
    let commitWith (what: string) (cancellationToken: CancellationToken) (change: unit -> unit) =
        run what cancellationToken (fun () ->
            withLock cancellationToken (fun () ->
                ensureCurrentLocked ()

                failIfNewer ()
                |> Result.map (fun () ->
                    match unattached with
                    | Some(trackersJson, loaded) ->
                        JsonCacheFormat.attachEncoded trackersJson loaded
                        unattached <- None
                    | None -> ()

                    cleanTemporaries ()
                    change ()
                    writeFile ())))

    do
        // Read at construction so a corrupt file is moved aside now; never throw from here.
        try
            match
                failIfFolder ()
                |> Result.bind (fun () -> (ensureCurrent CancellationToken.None).GetAwaiter().GetResult())
            with
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

    interface IResourceCache with
        member _.LoadResources(kind, queries, cancellationToken) =
            read "Loading cached objects from" cancellationToken (fun () ->
                let test = QueryEval.compileResources queries

                resources.Values
                |> Seq.filter (fun (row, _) -> row.Kind = kind)
                |> ResourceRows.visible (CacheFiles.cutoff expireAfter (now ())) test)

        member _.CommitResources(change, cancellationToken) =
            match ResourceRows.check change with
            | Error error -> Task.FromResult(Error error)
            | Ok() -> commitWith "Committing cached objects to" cancellationToken (fun () -> applyResources change)

        member _.ResourceSynced(kind, scope, cancellationToken) =
            read "Reading when objects were synced in" cancellationToken (fun () ->
                // Expires with the rows it brought, as the trackers' cursor does.
                let cutoff = CacheFiles.cutoff expireAfter (now ())

                match syncs.TryGetValue((kind, scope)) with
                | true, (syncedAt, storedAt) when storedAt.UtcTicks >= cutoff -> Some syncedAt
                | _ -> None)

    interface IArchiveCache with
        member _.ArchivedMonths(cancellationToken) =
            archiveWith "Reading the archived months of" cancellationToken (fun () ->
                JsonArchiveFile.read archivePath
                |> Result.map (fun months -> months |> Map.keys |> List.ofSeq))

        member _.LoadArchived(firstMonth, lastMonth, cancellationToken) =
            archiveWith "Loading archived entries from" cancellationToken (fun () ->
                JsonArchiveFile.read archivePath
                |> Result.map (fun months ->
                    months
                    |> Map.toList
                    |> List.filter (fun (month, _) -> month >= firstMonth && month <= lastMonth)
                    |> List.collect snd
                    |> List.sortWith (fun a b ->
                        match compare b.Start.UtcTicks a.Start.UtcTicks with
                        | 0 -> compare b.Id a.Id
                        | order -> order)))

        member _.StoreArchive(month, trackers, cancellationToken) =
            archiveWith "Archiving entries in" cancellationToken (fun () ->
                JsonArchiveFile.read archivePath
                |> Result.map (fun months -> JsonArchiveFile.write archivePath (Map.add month trackers months)))

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
            commitWith "Committing to" cancellationToken (fun () -> apply change)

    interface IDisposable with
        member _.Dispose() =
            if not disposed then
                gate.Wait()

                try
                    disposed <- true
                    (encoder :> IDisposable).Dispose()
                finally
                    gate.Release() |> ignore
