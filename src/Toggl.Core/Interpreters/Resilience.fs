namespace Toggl.Core

open System
open System.Globalization
open System.IO
open System.Net.Http
open System.Net.Sockets
open System.Threading
open System.Threading.RateLimiting
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Polly
open Polly.Retry
open Polly.Timeout

/// How many times and how patiently a failed request is tried again (docs/toggl-api.md §3.2).
type RetryPolicy =
    {
        /// Retries after the first attempt; 0 sends every request once.
        Retries: int
        /// The first backoff delay; later ones double.
        BaseDelay: TimeSpan
        /// No backoff is longer; a `Retry-After` longer than this is not waited for.
        MaxDelay: TimeSpan
    }

/// Functions on retry policies.
[<RequireQualifiedAccess>]
module RetryPolicy =

    /// Three retries from 1 s, at most 60 s apart: DDK retries 5xx three times 1–5 s apart, and
    /// Toggl's own clients wait 60 s after a 429 (docs/toggl-api.md §3.2, §4.1).
    let standard =
        {
            Retries = 3
            BaseDelay = TimeSpan.FromSeconds 1.
            MaxDelay = TimeSpan.FromSeconds 60.
        }

/// How one attempt ended, as far as retrying is concerned.
[<RequireQualifiedAccess>]
type AttemptOutcome =
    /// The server answered with this status and, maybe, a `Retry-After`.
    | Answered of status: int * retryAfter: TimeSpan option
    /// The connection failed or broke off (refused, reset, truncated body).
    | TransportFailed
    /// No answer within the per-attempt timeout.
    | TimedOut

/// What to do after an attempt.
[<RequireQualifiedAccess>]
type RetryDecision =
    /// Keep the outcome: it is final.
    | Stop
    /// Try again after an exponential backoff growing from this base.
    | Backoff of baseDelay: TimeSpan
    /// Try again after exactly this delay (the server's `Retry-After`).
    | After of delay: TimeSpan

/// Exponential backoff with jitter.
[<RequireQualifiedAccess>]
module Backoff =

    /// The delay before retry number `attempt + 1`: `baseDelay · 2^attempt`, lengthened by up to a quarter
    /// by `jitter` (0 ≤ jitter < 1) so that clients failing together do not retry together, and never longer
    /// than `maxDelay`. Never shorter than `min baseDelay maxDelay`; non-decreasing in the base and the attempt.
    let delay (baseDelay: TimeSpan) (maxDelay: TimeSpan) (attempt: int) (jitter: float) : TimeSpan =
        let baseMs = max 0. baseDelay.TotalMilliseconds
        let maxMs = max 0. maxDelay.TotalMilliseconds

        let jitter =
            if Double.IsNaN jitter then
                0.
            else
                Math.Clamp(jitter, 0., 1.)
        // 2^62 ms is far past any maximum; clamping the exponent keeps the product finite.
        let exponential = baseMs * Math.Pow(2., float (Math.Clamp(attempt, 0, 62)))
        TimeSpan.FromMilliseconds(min maxMs (exponential * (1. + 0.25 * jitter)))

/// The `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP date.
[<RequireQualifiedAccess>]
module RetryAfter =

    // A day is longer than any wait worth honouring, and keeps TimeSpan arithmetic far from overflow.
    let private longest = TimeSpan.FromDays 1.

    /// The wait a `Retry-After` value asks for, measured from `now`; `None` when it is not a valid value.
    /// A date in the past means no wait. Never throws.
    let parse (now: DateTimeOffset) (value: string) : TimeSpan option =
        if String.IsNullOrWhiteSpace value then
            None
        else
            let text = value.Trim()

            match Int64.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture) with
            | true, seconds ->
                Some(
                    if float seconds > longest.TotalSeconds then
                        longest
                    else
                        TimeSpan.FromSeconds(float seconds)
                )
            | _ ->
                match
                    DateTimeOffset.TryParseExact(
                        text,
                        "r",
                        CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal ||| DateTimeStyles.AssumeUniversal
                    )
                with
                | true, date ->
                    let wait = if date <= now then TimeSpan.Zero else date - now
                    Some(if wait > longest then longest else wait)
                | _ -> None

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

/// No answer came in time: after `After` (one attempt's timeout, or a read's deadline), across `Attempts`
/// attempts. The interpreter turns it into `TogglError.Timeout`.
[<Sealed>]
type NoAnswerException(after: TimeSpan, attempts: int) =
    inherit TimeoutException($"No answer within {after.TotalSeconds} s ({attempts} attempts).")

    /// How long was waited.
    member _.After = after

    /// How many attempts were sent.
    member _.Attempts = attempts

/// A spent hourly quota remembered until it resets (docs/toggl-api.md §4.2: every request until then is
/// refused), so that calls fail at once instead of spending requests on 402s. Share one gate between
/// interpreters using the same credentials. Thread-safe; times are passed in, so any clock drives it.
[<Sealed>]
type QuotaGate() =
    let gate = obj ()
    let mutable closedUntil: (DateTimeOffset * int option * string) option = None

    /// Closes the gate until `now + resetsIn`, keeping the 402's remaining count and message for the errors
    /// given until then. A later reset already known is kept.
    member _.Close(now: DateTimeOffset, remaining: int option, resetsIn: TimeSpan, message: string) =
        let until = now + resetsIn

        lock gate (fun () ->
            match closedUntil with
            | Some(known, _, _) when known >= until -> ()
            | _ -> closedUntil <- Some(until, remaining, message))

    /// The error to fail with at `now` while the quota is spent, with the time left until it resets;
    /// `None` once it has reset (the gate then opens).
    member _.Check(now: DateTimeOffset) : TogglError option =
        lock gate (fun () ->
            match closedUntil with
            | Some(until, remaining, message) when now < until ->
                Some(TogglError.QuotaExhausted(remaining, Some(until - now), message))
            | Some _ ->
                closedUntil <- None
                None
            | None -> None)

/// Which attempts are tried again, and how long to wait before.
[<RequireQualifiedAccess>]
module Resilience =

    /// A 429 with no `Retry-After` waits at least this long: the leaky bucket drains 1 request per second.
    let rateLimitFloor = TimeSpan.FromSeconds 1.

    /// The retry rule of docs/toggl-api.md §3.2, as a pure function. 429 means the request was not processed,
    /// so it is retried even for a POST; 402 is never retried (no hammering a spent quota); 5xx, broken
    /// connections and timeouts are retried only for idempotent requests — a retried POST can duplicate an entry.
    let decide (policy: RetryPolicy) (idempotent: bool) (outcome: AttemptOutcome) : RetryDecision =
        match outcome with
        | AttemptOutcome.Answered(429, Some wait) when wait <= policy.MaxDelay -> RetryDecision.After wait
        // A longer wait than we are allowed: report RateLimited with it and let the caller decide.
        | AttemptOutcome.Answered(429, Some _) -> RetryDecision.Stop
        | AttemptOutcome.Answered(429, None) -> RetryDecision.Backoff(max policy.BaseDelay rateLimitFloor)
        | AttemptOutcome.Answered(status, _) when status >= 500 && status <= 599 && idempotent ->
            RetryDecision.Backoff policy.BaseDelay
        | AttemptOutcome.Answered _ -> RetryDecision.Stop
        | AttemptOutcome.TransportFailed
        | AttemptOutcome.TimedOut when idempotent -> RetryDecision.Backoff policy.BaseDelay
        | AttemptOutcome.TransportFailed
        | AttemptOutcome.TimedOut -> RetryDecision.Stop

    /// Whether an exception of an attempt is a transport failure or a timeout; `None` for anything else
    /// (the caller's cancellation among them).
    let classify (callerToken: CancellationToken) (error: exn) : AttemptOutcome option =
        match error with
        | :? NoAnswerException
        | :? TimeoutRejectedException -> Some AttemptOutcome.TimedOut
        // A shared HttpClient's own Timeout surfaces as a cancellation the caller did not ask for.
        | :? OperationCanceledException when not callerToken.IsCancellationRequested -> Some AttemptOutcome.TimedOut
        | :? HttpRequestException
        | :? IOException
        | :? SocketException -> Some AttemptOutcome.TransportFailed
        | _ -> None

    /// The `Retry-After` of a response, if it has a valid one.
    let retryAfter (now: DateTimeOffset) (response: HttpResponseMessage) : TimeSpan option =
        match response.Headers.TryGetValues "Retry-After" with
        | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick (RetryAfter.parse now))
        | _ -> None

    let private outcomeOf (now: DateTimeOffset) (context: ResilienceContext) (outcome: Outcome<HttpResponseMessage>) =
        match outcome.Exception with
        | null ->
            match outcome.Result with
            | null -> None
            | response -> Some(AttemptOutcome.Answered(int response.StatusCode, retryAfter now response))
        | error -> classify context.CancellationToken error

    let private describe (outcome: AttemptOutcome) (timeout: TimeSpan) =
        match outcome with
        | AttemptOutcome.Answered(status, _) -> $"status {status}"
        | AttemptOutcome.TransportFailed -> "transport failure"
        | AttemptOutcome.TimedOut -> $"no answer within {timeout.TotalSeconds} s"

    /// The key under which the request being sent travels in Polly's context.
    let internal requestKey = ResiliencePropertyKey<HttpRequest> "Toggl.HttpRequest"

    let private decisionFor policy (timeProvider: TimeProvider) (context: ResilienceContext) outcome =
        match context.Properties.TryGetValue requestKey, outcomeOf (timeProvider.GetUtcNow()) context outcome with
        | (true, request), Some attempt -> Some attempt, decide policy request.IsIdempotent attempt
        // Without the request we cannot know it is idempotent: treat it as a POST.
        | _, Some attempt -> Some attempt, decide policy false attempt
        | _, None -> None, RetryDecision.Stop

    /// The retry strategy of `decide` on Polly, timed by `timeProvider`; retries are logged without
    /// credentials (only the method, the path and what went wrong).
    let retryPipeline
        (policy: RetryPolicy)
        (timeout: TimeSpan)
        (timeProvider: TimeProvider)
        (logger: ILogger)
        : ResiliencePipeline<HttpResponseMessage> =
        let builder =
            ResiliencePipelineBuilder<HttpResponseMessage>(TimeProvider = timeProvider)

        if policy.Retries > 0 then
            let options = RetryStrategyOptions<HttpResponseMessage>()
            options.MaxRetryAttempts <- policy.Retries

            options.ShouldHandle <-
                fun args ->
                    match snd (decisionFor policy timeProvider args.Context args.Outcome) with
                    | RetryDecision.Stop -> ValueTask<bool> false
                    | RetryDecision.Backoff _
                    | RetryDecision.After _ -> ValueTask<bool> true

            options.DelayGenerator <-
                fun args ->
                    let delay =
                        match snd (decisionFor policy timeProvider args.Context args.Outcome) with
                        | RetryDecision.After wait -> wait
                        | RetryDecision.Backoff baseDelay ->
                            Backoff.delay baseDelay policy.MaxDelay args.AttemptNumber (Random.Shared.NextDouble())
                        | RetryDecision.Stop -> TimeSpan.Zero

                    ValueTask<Nullable<TimeSpan>>(Nullable delay)

            options.OnRetry <-
                fun args ->
                    let attempt, _ = decisionFor policy timeProvider args.Context args.Outcome

                    let method, path =
                        match args.Context.Properties.TryGetValue requestKey with
                        | true, request -> request.Method.Name, request.Path
                        | _ -> "?", "?"

                    let reason =
                        let what =
                            attempt
                            |> Option.map (fun a -> describe a timeout)
                            |> Option.defaultValue "failure"

                        // Exception messages name the host and the cause, never the headers.
                        match args.Outcome.Exception with
                        | null -> what
                        | error -> $"{what}: {error.GetType().Name}: {error.Message}"

                    // A 429 is Toggl asking us to slow down, not a fault.
                    let level =
                        match attempt with
                        | Some(AttemptOutcome.Answered(429, _)) -> LogLevel.Information
                        | _ -> LogLevel.Warning

                    logger.Log(
                        level,
                        "Toggl request {Method} {Path} failed ({Reason}); retry {Retry} of {Retries} in {DelayMs} ms",
                        method,
                        path,
                        reason,
                        args.AttemptNumber + 1,
                        policy.Retries,
                        int64 args.RetryDelay.TotalMilliseconds
                    )

                    ValueTask.CompletedTask

            builder.AddRetry options |> ignore

        builder.Build()

    /// The per-attempt timeout on Polly, timed by `timeProvider` (10 ms to 1 day, Polly's range).
    let attemptTimeout (timeout: TimeSpan) (timeProvider: TimeProvider) : ResiliencePipeline =
        ResiliencePipelineBuilder(TimeProvider = timeProvider).AddTimeout(timeout).Build()

/// Sends requests with retries, a per-attempt timeout, an overall deadline for reads and optional pacing,
/// all timed by one TimeProvider.
[<Sealed>]
type ResilientSender
    (
        policy: RetryPolicy,
        timeout: TimeSpan,
        readDeadline: TimeSpan option,
        timeProvider: TimeProvider,
        logger: ILogger,
        pacer: Pacer option
    ) =
    let retry = Resilience.retryPipeline policy timeout timeProvider logger
    let perAttempt = Resilience.attemptTimeout timeout timeProvider

    /// Runs `attempt` (which must build a fresh HttpRequestMessage each time: one cannot be sent twice)
    /// until it succeeds, fails for good or runs out of retries. Each attempt waits for the pacer first —
    /// outside its timeout, so queueing is not mistaken for a slow server. A GET has `readDeadline` for all
    /// its attempts and waits together: a server that never answers costs that long, not every attempt's
    /// timeout plus the backoff. Throws what the last attempt threw, a `NoAnswerException` when no answer
    /// came in time, `OperationCanceledException` when the caller cancelled.
    member _.SendAsync
        (
            request: HttpRequest,
            attempt: CancellationToken -> Task<HttpResponseMessage>,
            cancellationToken: CancellationToken
        ) : Task<HttpResponseMessage> =
        task {
            let deadline =
                match readDeadline with
                | Some limit when request.Method = Toggl.Core.HttpMethod.Get -> Some limit
                | _ -> None

            use deadlineSource =
                match deadline with
                | Some limit -> new CancellationTokenSource(limit, timeProvider)
                | None -> new CancellationTokenSource()

            use linked =
                CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineSource.Token)

            let mutable attempts = 0
            let context = ResilienceContextPool.Shared.Get linked.Token
            context.Properties.Set(Resilience.requestKey, request)

            let once (context: ResilienceContext) =
                task {
                    match pacer with
                    | Some pacer -> do! pacer.WaitAsync context.CancellationToken
                    | None -> ()

                    Interlocked.Increment &attempts |> ignore

                    return!
                        perAttempt
                            .ExecuteAsync(
                                (fun token -> ValueTask<HttpResponseMessage>(attempt token)),
                                context.CancellationToken
                            )
                            .AsTask()
                }

            try
                try
                    return!
                        retry
                            .ExecuteAsync((fun context -> ValueTask<HttpResponseMessage>(once context)), context)
                            .AsTask()
                with
                | :? OperationCanceledException when
                    deadlineSource.IsCancellationRequested
                    && not cancellationToken.IsCancellationRequested
                    ->
                    return raise (NoAnswerException(Option.defaultValue timeout deadline, max 1 attempts))
                | :? TimeoutRejectedException -> return raise (NoAnswerException(timeout, max 1 attempts))
            finally
                ResilienceContextPool.Shared.Return context
        }
