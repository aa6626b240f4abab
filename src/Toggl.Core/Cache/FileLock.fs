namespace Toggl.Core

open System
open System.Globalization
open System.IO
open System.Threading
open System.Threading.Tasks

/// An inter-process lock held as an open lock file. Opening it with `FileShare.None` makes .NET take an
/// exclusive `flock` on Unix (a share-mode lock on Windows); the operating system releases it when the
/// holder closes it or dies, so a killed writer never leaves the cache locked. The lock file is never
/// deleted: deleting it would let two processes lock two different files.
[<RequireQualifiedAccess>]
module internal FileLock =

    /// How long a writer waits for another process before giving up with a `CacheFailure`.
    let defaultTimeout = TimeSpan.FromSeconds 30.0

    /// The first wait between attempts; it doubles up to `maximumBackoff`.
    let private firstBackoff = TimeSpan.FromMilliseconds 1.0

    let private maximumBackoff = TimeSpan.FromMilliseconds 50.0

    let private tryOpen (lockPath: string) =
        try
            Ok(
                new FileStream(
                    lockPath,
                    CacheFiles.createOptions FileMode.OpenOrCreate FileAccess.ReadWrite FileShare.None
                )
            )
        with :? IOException as busy ->
            Error busy

    /// Takes the lock, retrying with a bounded exponential backoff for up to `timeout`. The lock is held
    /// until the returned value is disposed. Waiting uses the real clock: it waits for another process,
    /// not for the cache's notion of time.
    let acquire
        (lockPath: string)
        (timeout: TimeSpan)
        (cancellationToken: CancellationToken)
        : Task<Result<IDisposable, TogglError>> =
        task {
            let started = Diagnostics.Stopwatch.StartNew()
            let mutable backoff = firstBackoff
            let mutable result = None

            while result.IsNone do
                match tryOpen lockPath with
                | Ok stream -> result <- Some(Ok(stream :> IDisposable))
                | Error busy when started.Elapsed < timeout ->
                    ignore busy
                    do! Task.Delay(backoff, cancellationToken)
                    backoff <- TimeSpan.FromTicks(min (backoff.Ticks * 2L) maximumBackoff.Ticks)
                | Error busy ->
                    result <-
                        Some(
                            Error(
                                TogglError.CacheFailure(
                                    "Could not lock "
                                    + lockPath
                                    + " within "
                                    + (timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture))
                                    + " s: another process holds it ("
                                    + busy.Message
                                    + ")."
                                )
                            )
                        )

            return result.Value
        }
