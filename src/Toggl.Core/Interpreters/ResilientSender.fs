namespace Toggl.Core

open System
open System.Net.Http
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Polly
open Polly.Retry
open Polly.Timeout

/// Polly pipelines running the retry rule of `Resilience.decide` and the per-attempt timeout.
[<RequireQualifiedAccess>]
module internal ResiliencePipelines =

    let private outcomeOf (now: DateTimeOffset) (context: ResilienceContext) (outcome: Outcome<HttpResponseMessage>) =
        match outcome.Exception with
        | null ->
            match outcome.Result with
            | null -> None
            | response -> Some(AttemptOutcome.Answered(int response.StatusCode, Resilience.retryAfter now response))
        | error -> Resilience.classify context.CancellationToken error

    let private describe (outcome: AttemptOutcome) (timeout: TimeSpan) =
        match outcome with
        | AttemptOutcome.Answered(status, _) -> $"status {string status}"
        | AttemptOutcome.TransportFailed -> "transport failure"
        | AttemptOutcome.NotConnected -> "no connection"
        | AttemptOutcome.TimedOut -> $"no answer within {string timeout.TotalSeconds} s"

    /// The key under which the request being sent travels in Polly's context.
    let internal requestKey = ResiliencePropertyKey<HttpRequest> "Toggl.HttpRequest"

    let private decisionFor policy (timeProvider: TimeProvider) (context: ResilienceContext) outcome =
        match context.Properties.TryGetValue requestKey, outcomeOf (timeProvider.GetUtcNow()) context outcome with
        | (true, request), Some attempt -> Some attempt, Resilience.decide policy request.IsIdempotent attempt
        // Without the request we cannot know it is idempotent: treat it as a POST.
        | _, Some attempt -> Some attempt, Resilience.decide policy false attempt
        | _, None -> None, RetryDecision.Stop

    /// The retry strategy of `Resilience.decide` on Polly, timed by `timeProvider`; retries are logged without
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
                        | error -> (what + ": " + (error.GetType().Name) + ": " + error.Message)

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
type internal ResilientSender
    (
        policy: RetryPolicy,
        timeout: TimeSpan,
        readDeadline: TimeSpan option,
        timeProvider: TimeProvider,
        logger: ILogger,
        pacer: Pacer option
    ) =
    let retry = ResiliencePipelines.retryPipeline policy timeout timeProvider logger
    let perAttempt = ResiliencePipelines.attemptTimeout timeout timeProvider

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
            context.Properties.Set(ResiliencePipelines.requestKey, request)

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
