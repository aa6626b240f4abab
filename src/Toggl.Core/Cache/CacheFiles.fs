namespace Toggl.Core

open System
open System.IO
open System.Threading
open System.Threading.Tasks

/// File-system steps both caches share: owner-only files and folders, moving a broken file aside,
/// expiry arithmetic and turning exceptions into `TogglError.CacheFailure`.
[<RequireQualifiedAccess>]
module internal CacheFiles =

    /// rw------- : the caches hold personal data (descriptions, times), readable by the owner only.
    let ownerOnlyFile = UnixFileMode.UserRead ||| UnixFileMode.UserWrite

    /// rwx------ for a folder the cache creates.
    let ownerOnlyFolder =
        UnixFileMode.UserRead ||| UnixFileMode.UserWrite ||| UnixFileMode.UserExecute

    /// Creates the folder owner-only if it does not exist; an existing folder keeps its mode.
    let ensureFolder (folder: string) =
        if not (String.IsNullOrEmpty folder) && not (Directory.Exists folder) then
            if OperatingSystem.IsWindows() then
                Directory.CreateDirectory folder |> ignore
            else
                Directory.CreateDirectory(folder, ownerOnlyFolder) |> ignore

    /// Options of a new file created owner-only from the first byte (no window where it is world-readable).
    let createOptions (mode: FileMode) (access: FileAccess) (share: FileShare) =
        let options = FileStreamOptions(Mode = mode, Access = access, Share = share)

        if not (OperatingSystem.IsWindows()) then
            options.UnixCreateMode <- Nullable ownerOnlyFile

        options

    /// Creates an empty owner-only file if none exists (another process creating it first is fine).
    let ensureFile (path: string) =
        if not (File.Exists path) then
            try
                use _ =
                    new FileStream(path, createOptions FileMode.CreateNew FileAccess.Write FileShare.ReadWrite)

                ()
            with :? IOException when File.Exists path ->
                ()

    /// The error for a folder where the cache's file belongs. The folder may hold the user's files, so
    /// the cache never deletes or moves it: the message says which folder to move or delete.
    let folderInPlace (path: string) =
        TogglError.CacheFailure
            $"{path} is a folder, but the cache keeps its file at that path: move or delete the folder {path}, and the cache creates its file there."

    /// Throws ObjectDisposedException for an operation on a disposed cache: a programming error, not
    /// a failure of the cache, so it is not turned into a `CacheFailure`.
    let throwIfDisposed (disposed: bool) (cache: Type) =
        ObjectDisposedException.ThrowIf(disposed, cache)

    /// Moves a broken file aside to `<path>.<timestamp>.corrupt` (a counter keeps names unique) and
    /// returns the new path.
    let moveAside (path: string) (now: DateTimeOffset) =
        let stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'")
        let first = $"{path}.{stamp}.corrupt"

        // A plain loop, not Seq.initInfinite: that one caches items in Lazy<T>, which the native tool's trimmer flags.
        let rec free n =
            let candidate =
                if n = 0 then
                    first
                else
                    (path + "." + stamp + "-" + (string n) + ".corrupt")

            if File.Exists candidate then free (n + 1) else candidate

        let target = free 0

        File.Move(path, target)
        target

    /// The oldest `cached_at` (UTC ticks) still visible at `now`: an entry cached longer ago than
    /// `expireAfter` is invisible to every read.
    let cutoff (expireAfter: TimeSpan option) (now: DateTimeOffset) =
        match expireAfter with
        | Some after -> now.UtcTicks - after.Ticks
        | None -> Int64.MinValue

    /// A short description of an exception for a `CacheFailure` (type and message, no stack).
    let describe (error: exn) =
        match error with
        | :? AggregateException as aggregate when aggregate.InnerExceptions.Count = 1 ->
            aggregate.InnerExceptions[0].Message
        | _ -> error.Message

    /// Runs a cache operation: a cancelled token gives `Cancelled`, any exception a `CacheFailure` naming
    /// the operation and the file, never an exception to the caller, except ObjectDisposedException.
    let guard
        (what: string)
        (path: string)
        (cancellationToken: CancellationToken)
        (operation: unit -> Task<Result<'T, TogglError>>)
        : Task<Result<'T, TogglError>> =
        task {
            if cancellationToken.IsCancellationRequested then
                return Error TogglError.Cancelled
            else
                try
                    return! operation ()
                with
                | :? OperationCanceledException when cancellationToken.IsCancellationRequested ->
                    return Error TogglError.Cancelled
                // Using a disposed cache is the caller's bug, not a cache failure: it stays an exception.
                | :? ObjectDisposedException as error -> return raise error
                | error -> return Error(TogglError.CacheFailure(what + " " + path + " failed: " + (describe error)))
        }
