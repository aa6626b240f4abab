namespace Toggl.Core

open System
open System.Net.Http
open System.Threading
open System.Threading.RateLimiting
open System.Threading.Tasks

/// Client-side pacing for Toggl's leaky bucket: "the safe window will be 1 request per second … per api
/// token per IP" (docs/toggl-api.md §4.1). Requests pass one at a time, in order, each at least `interval`
/// after the one before, measured on the given TimeProvider (so tests drive it with a fake clock). A
/// ConcurrencyLimiter of one permit keeps the queue; the permit is held through the wait. Share one pacer
/// between every interpreter that uses the same token. No request is refused.
[<Sealed>]
type Pacer private (interval: TimeSpan, timeProvider: TimeProvider) =
    // The token bucket of System.Threading.RateLimiting refills on the real clock even when replenished by
    // hand, so it cannot follow an injected TimeProvider; the queue of a one-permit limiter plus a delay on
    // that TimeProvider can.
    let limiter =
        new ConcurrencyLimiter(
            ConcurrencyLimiterOptions(
                PermitLimit = 1,
                QueueLimit = Int32.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst
            )
        )

    let mutable lastRelease: int64 option = None

    /// The time between two requests.
    member _.Interval = interval

    /// Waits until a request may be sent: its turn in the queue, then the rest of the interval since the
    /// previous request. Cancelled with the token.
    member _.WaitAsync(cancellationToken: CancellationToken) : Task =
        task {
            use! lease = limiter.AcquireAsync(1, cancellationToken)

            if not lease.IsAcquired then
                raise (HttpRequestException "The client-side pacer did not let the request through.")

            match lastRelease with
            | Some last ->
                let wait = interval - timeProvider.GetElapsedTime last

                if wait > TimeSpan.Zero then
                    do! Task.Delay(wait, timeProvider, cancellationToken)
            | None -> ()

            lastRelease <- Some(timeProvider.GetTimestamp())
        }

    /// A pacer letting one request through per `interval` (must be positive), timed by `timeProvider`.
    static member Create(interval: TimeSpan, timeProvider: TimeProvider) : Result<Pacer, TogglError> =
        if interval <= TimeSpan.Zero || interval > TimeSpan.FromDays 1. then
            Error(
                TogglError.Validation(
                    ValidationError.InvalidArgument("pacer_interval", "must be positive and at most one day")
                )
            )
        elif isNull (box timeProvider) then
            Error(TogglError.Validation(ValidationError.InvalidArgument("time_provider", "must not be null")))
        else
            Ok(new Pacer(interval, timeProvider))

    /// Releases waiting requests (they fail).
    member _.Dispose() = limiter.Dispose()

    interface IDisposable with
        member pacer.Dispose() = pacer.Dispose()

/// Functions creating pacers.
[<RequireQualifiedAccess>]
module Pacer =

    /// One request per second, Toggl's documented safe rate (docs/toggl-api.md §4.1).
    let perSecond (timeProvider: TimeProvider) : Pacer =
        match Pacer.Create(TimeSpan.FromSeconds 1., timeProvider) with
        | Ok pacer -> pacer
        | Error error -> invalidArg "timeProvider" (TogglError.message error)
