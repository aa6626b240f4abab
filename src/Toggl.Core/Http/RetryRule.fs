namespace Toggl.Core

open System
open System.Globalization
open System.IO
open System.Net.Http
open System.Net.Sockets
open System.Threading
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
type internal AttemptOutcome =
    /// The server answered with this status and, maybe, a `Retry-After`.
    | Answered of status: int * retryAfter: TimeSpan option
    /// The connection broke off after it was made (reset, truncated body), or failed in a way that does not
    /// show whether the request went out.
    | TransportFailed
    /// The connection was never made (refused, host unreachable, name not resolved): nothing was sent.
    | NotConnected
    /// No answer within the per-attempt timeout.
    | TimedOut

/// What to do after an attempt.
[<RequireQualifiedAccess>]
type internal RetryDecision =
    /// Keep the outcome: it is final.
    | Stop
    /// Try again after an exponential backoff growing from this base.
    | Backoff of baseDelay: TimeSpan
    /// Try again after exactly this delay (the server's `Retry-After`).
    | After of delay: TimeSpan

/// Exponential backoff with jitter.
[<RequireQualifiedAccess>]
module internal Backoff =

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
module internal RetryAfter =

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

/// No answer came in time: after `After` (one attempt's timeout, or a read's deadline), across `Attempts`
/// attempts. The interpreter turns it into `TogglError.Timeout`.
[<Sealed>]
type internal NoAnswerException(after: TimeSpan, attempts: int) =
    inherit
        TimeoutException(
            ("No answer within "
             + (after.TotalSeconds.ToString(CultureInfo.InvariantCulture))
             + " s ("
             + (string attempts)
             + " attempts).")
        )

    /// How long was waited.
    member _.After = after

    /// How many attempts were sent.
    member _.Attempts = attempts

/// Telling a connection that was never made from one that broke off.
[<AutoOpen>]
module internal Connecting =

    /// Socket errors that only a connect meets: no connection was made, so no byte of the request left.
    let private beforeConnecting (error: SocketError) =
        match error with
        | SocketError.ConnectionRefused
        | SocketError.HostUnreachable
        | SocketError.HostDown
        | SocketError.NetworkUnreachable
        | SocketError.NetworkDown
        | SocketError.HostNotFound
        | SocketError.TryAgain
        | SocketError.NoData
        | SocketError.AddressNotAvailable -> true
        | _ -> false

    /// Matches an attempt's exception when the connection was never made (refused, host or network
    /// unreachable, name not resolved): SocketsHttpHandler says so with `HttpRequestError.ConnectionError` or
    /// `NameResolutionError`; a bare SocketException (a custom connect) by its error code. Anything else may
    /// have been sent.
    let (|NeverConnected|_|) (error: exn) =
        match error with
        | :? HttpRequestException as request when
            request.HttpRequestError = HttpRequestError.ConnectionError
            || request.HttpRequestError = HttpRequestError.NameResolutionError
            ->
            Some()
        | :? SocketException as socket when beforeConnecting socket.SocketErrorCode -> Some()
        | _ -> None

/// Which attempts are tried again, and how long to wait before.
[<RequireQualifiedAccess>]
module internal Resilience =

    /// A 429 with no `Retry-After` waits at least this long: the leaky bucket drains 1 request per second.
    let rateLimitFloor = TimeSpan.FromSeconds 1.

    /// The retry rule of docs/toggl-api.md §3.2, as a pure function. 429 means the request was not processed,
    /// and a connection never made sent nothing, so both are retried even for a POST; 402 is never retried (no
    /// hammering a spent quota); 5xx, broken connections and timeouts are retried only for idempotent requests —
    /// a retried POST can duplicate an entry.
    let decide (policy: RetryPolicy) (idempotent: bool) (outcome: AttemptOutcome) : RetryDecision =
        match outcome with
        | AttemptOutcome.Answered(429, Some wait) when wait <= policy.MaxDelay -> RetryDecision.After wait
        // A longer wait than we are allowed: report RateLimited with it and let the caller decide.
        | AttemptOutcome.Answered(429, Some _) -> RetryDecision.Stop
        | AttemptOutcome.Answered(429, None) -> RetryDecision.Backoff(max policy.BaseDelay rateLimitFloor)
        | AttemptOutcome.Answered(status, _) when status >= 500 && status <= 599 && idempotent ->
            RetryDecision.Backoff policy.BaseDelay
        | AttemptOutcome.Answered _ -> RetryDecision.Stop
        // Nothing was sent: trying again cannot apply anything twice, whatever the method.
        | AttemptOutcome.NotConnected -> RetryDecision.Backoff policy.BaseDelay
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
        | NeverConnected -> Some AttemptOutcome.NotConnected
        | :? HttpRequestException
        | :? IOException
        | :? SocketException -> Some AttemptOutcome.TransportFailed
        | _ -> None

    /// The `Retry-After` of a response, if it has a valid one.
    let retryAfter (now: DateTimeOffset) (response: HttpResponseMessage) : TimeSpan option =
        match response.Headers.TryGetValues "Retry-After" with
        | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick (RetryAfter.parse now))
        | _ -> None
