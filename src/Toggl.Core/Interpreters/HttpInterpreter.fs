namespace Toggl.Core

open System
open System.Globalization
open System.Net
open System.Net.Http
open System.Net.Http.Headers
open System.Reflection
open System.Runtime.ExceptionServices
open System.Text
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions

/// How the HTTP interpreter talks to Toggl. Build one with `HttpSettings.create` and change what you need.
[<NoEquality; NoComparison>]
type HttpSettings =
    {
        /// The Basic credentials sent with every request.
        Credentials: BasicAuth
        /// The API base; request paths are relative to it. `http://` only to a loopback host.
        BaseAddress: Uri
        /// How long one attempt may take, body included (10 ms to 1 day).
        Timeout: TimeSpan
        /// How long a read (GET) may take in all, every attempt and wait between them included (10 ms to 1 day);
        /// `None` bounds only each attempt.
        ReadDeadline: TimeSpan option
        /// Retries after the first attempt (0 to 10); see `Resilience.decide` for which failures are retried.
        Retries: int
        /// The first backoff delay; later ones double.
        BaseDelay: TimeSpan
        /// The longest backoff, and the longest `Retry-After` waited for.
        MaxDelay: TimeSpan
        /// The `User-Agent` header.
        UserAgent: string
        /// The clock for timeouts, backoff, pacing and quota timestamps.
        TimeProvider: TimeProvider
        /// Where retries are logged (never with credentials).
        Logger: ILogger
        /// A client to share (not disposed by the interpreter); `None` makes the interpreter own one.
        HttpClient: HttpClient option
        /// Client-side pacing for Toggl's 1 request/second bucket (docs/toggl-api.md §4.1); `None` sends at once.
        Pacer: Pacer option
        /// After a 402 that says when the quota resets, fail every call at once until then, sending nothing
        /// (docs/toggl-api.md §4.2: they would all be refused); `false` sends them anyway.
        FailFastOnExhaustedQuota: bool
        /// Where a spent quota is remembered; share one between interpreters using the same credentials.
        /// `None` makes the interpreter keep its own.
        QuotaGate: QuotaGate option
    }

/// Functions on HTTP settings.
[<RequireQualifiedAccess>]
module HttpSettings =

    /// Toggl's Track API v9 base (docs/toggl-api.md §1), with the trailing slash relative paths need.
    let defaultBaseAddress = Uri "https://api.track.toggl.com/api/v9/"

    /// `TogglFun/<informational version>`: Toggl can tell which client is calling.
    let defaultUserAgent =
        let assembly = typeof<HttpSettings>.Assembly

        let version =
            match assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>() with
            | null -> string (assembly.GetName().Version)
            | attribute -> attribute.InformationalVersion

        "TogglFun/" + version

    /// A read's deadline across all its attempts: long enough for a retry after a slow first attempt, short
    /// enough that a person at a terminal is not left waiting for every attempt's timeout.
    let defaultReadDeadline = TimeSpan.FromSeconds 15.

    /// Toggl's base address, a 10 s timeout per attempt and 15 s per read in all, 3 retries from 1 s (at most
    /// 60 s apart), the system clock, no logging, an owned HttpClient, no pacing, failing fast on a spent quota.
    let create (credentials: BasicAuth) : HttpSettings =
        {
            Credentials = credentials
            BaseAddress = defaultBaseAddress
            Timeout = TimeSpan.FromSeconds 10.
            ReadDeadline = Some defaultReadDeadline
            Retries = RetryPolicy.standard.Retries
            BaseDelay = RetryPolicy.standard.BaseDelay
            MaxDelay = RetryPolicy.standard.MaxDelay
            UserAgent = defaultUserAgent
            TimeProvider = TimeProvider.System
            Logger = NullLogger.Instance
            HttpClient = None
            Pacer = None
            FailFastOnExhaustedQuota = true
            QuotaGate = None
        }

    /// The retry part of the settings.
    let retryPolicy (settings: HttpSettings) : RetryPolicy =
        {
            Retries = settings.Retries
            BaseDelay = settings.BaseDelay
            MaxDelay = settings.MaxDelay
        }

/// What the interpreter reads from the headers of a response.
type ResponseHeaders =
    {
        /// `X-Toggl-Quota-Remaining`: requests left in the hourly window (may be negative, docs/toggl-api.md §4.2).
        QuotaRemaining: int option
        /// `X-Toggl-Quota-Resets-In`: seconds until the window resets.
        QuotaResetsIn: TimeSpan option
        /// `Retry-After`, as a wait from when the response arrived.
        RetryAfter: TimeSpan option
    }

/// Reading Toggl's quota and retry headers. Every parser takes any text and never throws.
[<RequireQualifiedAccess>]
module ResponseHeaders =

    /// The header with the requests left (docs/toggl-api.md §4.2).
    [<Literal>]
    let QuotaRemainingName = "X-Toggl-Quota-Remaining"

    /// The header with the seconds until the quota window resets (docs/toggl-api.md §4.2).
    [<Literal>]
    let QuotaResetsInName = "X-Toggl-Quota-Resets-In"

    /// No headers of interest.
    let none =
        {
            QuotaRemaining = None
            QuotaResetsIn = None
            RetryAfter = None
        }

    /// An integer count of requests; negative counts happen while quotas are not enforced (docs/toggl-api.md §4.2).
    let parseRemaining (value: string) : int option =
        match
            Int32.TryParse(
                value,
                NumberStyles.AllowLeadingSign
                ||| NumberStyles.AllowLeadingWhite
                ||| NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture
            )
        with
        | true, remaining -> Some remaining
        | _ -> None

    /// Whole or fractional seconds, not negative; more than a day is taken as a day (an hourly window never needs more).
    let parseResetsIn (value: string) : TimeSpan option =
        match Double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture) with
        | true, seconds when Double.IsFinite seconds && seconds >= 0. ->
            Some(TimeSpan.FromSeconds(min seconds (TimeSpan.FromDays 1.).TotalSeconds))
        | _ -> None

    /// The quota, when both quota headers were present and valid.
    let quota (observedAt: DateTimeOffset) (headers: ResponseHeaders) : Quota option =
        match headers.QuotaRemaining, headers.QuotaResetsIn with
        | Some remaining, Some resetsIn ->
            Some
                {
                    Remaining = remaining
                    ResetsIn = resetsIn
                    ObservedAt = observedAt
                }
        | _ -> None

    let private first (response: HttpResponseMessage) (name: string) (parse: string -> 'Value option) =
        match response.Headers.TryGetValues name with
        | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick parse)
        | _ ->
            // Some servers put headers on the content; look there too.
            match response.Content.Headers.TryGetValues name with
            | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick parse)
            | _ -> None

    /// The headers of interest of a response that arrived at `now`.
    let read (now: DateTimeOffset) (response: HttpResponseMessage) : ResponseHeaders =
        {
            QuotaRemaining = first response QuotaRemainingName parseRemaining
            QuotaResetsIn = first response QuotaResetsInName parseResetsIn
            RetryAfter = Resilience.retryAfter now response
        }

/// What an HTTP status means for the caller (docs/toggl-api.md §3.2).
[<RequireQualifiedAccess>]
module HttpStatus =

    /// The error of a non-2xx answer. Every status maps, and `TogglError.status` gives it back: 401/403 →
    /// Unauthorized, 402 → QuotaExhausted (resets-in from the header, else from the message), 404 →
    /// NotFound, 409 → Conflict, 429 → RateLimited, other 4xx → BadRequest, anything else → ServerError.
    let toError (status: int) (headers: ResponseHeaders) (body: string) : TogglError =
        let message = ErrorBody.decode status body

        match status with
        | 401
        | 403 -> TogglError.Unauthorized(status, message)
        | 402 ->
            let resetsIn =
                headers.QuotaResetsIn |> Option.orElse (ErrorBody.quotaResetsIn message)

            // With the reset known, TogglError.message states it (once, and current after a fail-fast wait):
            // Toggl's own "will reset in N seconds" goes.
            let message =
                match resetsIn with
                | Some _ ->
                    match ErrorBody.withoutQuotaReset message with
                    | "" -> ErrorBody.defaultPhrase 402
                    | rest -> rest
                | None -> message

            TogglError.QuotaExhausted(headers.QuotaRemaining, resetsIn, message)
        | 404 -> TogglError.NotFound message
        | 409 -> TogglError.Conflict message
        | 429 -> TogglError.RateLimited(headers.RetryAfter, message)
        | _ when status >= 400 && status <= 499 -> TogglError.BadRequest(status, message)
        // 5xx once retries are spent, and statuses Toggl never sends (1xx, 3xx): the server misbehaved.
        | _ -> TogglError.ServerError(status, message)

    /// A 2xx answer as a response (its body as sent, quota when the headers had it), anything else as an error.
    let interpret
        (status: int)
        (headers: ResponseHeaders)
        (observedAt: DateTimeOffset)
        (body: string)
        : Result<HttpResponse, TogglError> =
        if status >= 200 && status <= 299 then
            Ok
                {
                    Status = status
                    Body =
                        (match box body with
                         | null -> ""
                         | _ -> body)
                    Quota = ResponseHeaders.quota observedAt headers
                    Date = None
                }
        else
            Error(toError status headers body)

/// The HTTP interpreter: sends `HttpRequest` values to Toggl with Basic auth, retries, timeouts and
/// pacing, and turns every answer into a `Result`. Create it with `HttpInterpreter.create`; dispose it to
/// release an owned HttpClient.
[<Sealed>]
type TogglHttp
    internal (settings: HttpSettings, baseAddress: Uri, client: HttpClient, ownsClient: bool, sender: ResilientSender) =
    let gate = obj ()
    let mutable lastQuota: Quota option = None
    let mutable disposed = false

    let quotaGate =
        match settings.QuotaGate with
        | Some shared when not (isNull (box shared)) -> shared
        | _ -> QuotaGate()

    /// A 402 of a spent quota (not of a feature the plan lacks, which leaves requests to spare) closes the gate.
    let remember (now: DateTimeOffset) (result: Result<HttpResponse, TogglError>) =
        match result with
        | Error(TogglError.QuotaExhausted(remaining, Some resetsIn, message)) when
            remaining |> Option.forall (fun left -> left <= 0)
            ->
            quotaGate.Close(now, remaining, resetsIn, message)
        | _ -> ()

        result

    let observe (response: HttpResponseMessage) =
        let now = settings.TimeProvider.GetUtcNow()

        match ResponseHeaders.read now response |> ResponseHeaders.quota now with
        | Some quota ->
            lock gate (fun () ->
                // Answers to concurrent requests may arrive out of order: keep the newest figures.
                match lastQuota with
                | Some known when known.ObservedAt > quota.ObservedAt -> ()
                | _ -> lastQuota <- Some quota)
        | None -> ()

    let attempt (request: HttpRequest) (uri: Uri) (token: CancellationToken) : Task<HttpResponseMessage> =
        task {
            // A HttpRequestMessage cannot be sent twice: each attempt builds its own, body included.
            use message =
                new HttpRequestMessage(System.Net.Http.HttpMethod request.Method.Name, uri)

            message.Headers.TryAddWithoutValidation("Authorization", settings.Credentials.HeaderValue)
            |> ignore

            message.Headers.Accept.Add(MediaTypeWithQualityHeaderValue "application/json")

            message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent)
            |> ignore

            match request.Body with
            | Some body -> message.Content <- new StringContent(body, Encoding.UTF8, "application/json")
            | None -> ()

            // ResponseContentRead: the body is read inside the attempt, so its timeout covers it and a
            // truncated body is a transport failure that can be retried.
            let! response = client.SendAsync(message, HttpCompletionOption.ResponseContentRead, token)
            observe response
            return response
        }

    /// Wraps the attempts of one request so that `afterUnanswered` tells, once they are over, whether the
    /// answer kept came after an earlier attempt that went unanswered (5xx, a dropped connection, a
    /// timeout), which may have been applied. Attempts run one after another, never at once.
    let watchAttempts
        (afterUnanswered: bool ref)
        (attempt: CancellationToken -> Task<HttpResponseMessage>)
        : CancellationToken -> Task<HttpResponseMessage> =
        let earlierUnanswered = ref false

        fun token ->
            task {
                let before = earlierUnanswered.Value

                try
                    let! response = attempt token
                    afterUnanswered.Value <- before

                    if int response.StatusCode >= 500 then
                        earlierUnanswered.Value <- true

                    return response
                with error ->
                    earlierUnanswered.Value <- true
                    ExceptionDispatchInfo.Throw error
                    return Unchecked.defaultof<HttpResponseMessage>
            }

    let describe (error: exn) =
        let rec messages (e: exn | null) =
            match e with
            | null -> []
            | e -> e.Message :: messages e.InnerException

        messages error |> List.distinct |> String.concat " → "

    /// The quota of the newest response that carried `X-Toggl-Quota-*` headers, error answers included.
    member _.LastQuota: Quota option = lastQuota

    /// The settings the interpreter was created with.
    member _.Settings = settings

    /// Sends one request (retried as `Resilience.decide` allows) and returns the 2xx response or the error.
    /// Never throws for a failure of the network or the server: those are `TogglError` values, and the
    /// caller's cancellation is `Cancelled`.
    member _.Send(request: HttpRequest, cancellationToken: CancellationToken) : Task<Result<HttpResponse, TogglError>> =
        task {
            let spent =
                if settings.FailFastOnExhaustedQuota then
                    quotaGate.Check(settings.TimeProvider.GetUtcNow())
                else
                    None

            if disposed then
                return Error(TogglError.Transport "The HTTP interpreter was disposed: create a new one.")
            elif spent.IsSome then
                return Error spent.Value
            else
                let relative =
                    (if String.IsNullOrEmpty request.Path then
                         ""
                     else
                         request.RelativeUri)
                        .TrimStart
                        '/'

                match Uri.TryCreate(baseAddress, relative) with
                // Only below the base: an absolute path ("https://elsewhere/") must not take the credentials along.
                | true, NonNull uri when baseAddress.IsBaseOf uri ->
                    let afterUnanswered = ref false

                    try
                        use! response =
                            sender.SendAsync(
                                request,
                                watchAttempts afterUnanswered (attempt request uri),
                                cancellationToken
                            )

                        let! bytes = response.Content.ReadAsByteArrayAsync cancellationToken
                        let now = settings.TimeProvider.GetUtcNow()
                        // Toggl sends UTF-8 (docs/toggl-api.md §1); invalid bytes become U+FFFD rather than an exception.
                        let body = Encoding.UTF8.GetString bytes

                        let result =
                            match
                                HttpStatus.interpret
                                    (int response.StatusCode)
                                    (ResponseHeaders.read now response)
                                    now
                                    body
                            with
                            // A 409 after an attempt that went unanswered is most likely our own write, applied.
                            | Error(TogglError.Conflict message) when afterUnanswered.Value ->
                                Error(TogglError.ConflictOnRetry message)
                            | result -> result

                        return remember now (HttpResponse.dated response.Headers.Date result)
                    with error ->
                        match error with
                        | :? OperationCanceledException when cancellationToken.IsCancellationRequested ->
                            return Error TogglError.Cancelled
                        | :? NoAnswerException as late -> return Error(TogglError.Timeout(late.After, late.Attempts))
                        | _ ->
                            match Resilience.classify cancellationToken error with
                            | Some AttemptOutcome.TimedOut -> return Error(TogglError.Timeout(settings.Timeout, 1))
                            | Some AttemptOutcome.TransportFailed -> return Error(TogglError.Transport(describe error))
                            | Some(AttemptOutcome.Answered _)
                            | None ->
                                // Not a failure of Toggl or the network, but a bug: let it surface.
                                ExceptionDispatchInfo.Throw error
                                return Error TogglError.Cancelled
                | _ ->
                    return
                        Error(
                            TogglError.Validation(
                                ValidationError.InvalidArgument(
                                    "path",
                                    $"'{relative}' is not an address below the API base"
                                )
                            )
                        )
        }

    /// Releases the HttpClient if the interpreter owns it; a shared one is left open.
    member _.Dispose() =
        if not disposed then
            disposed <- true

            if ownsClient then
                client.Dispose()

    interface IDisposable with
        member http.Dispose() = http.Dispose()

    interface ISend with
        member http.Send(request, cancellationToken) = http.Send(request, cancellationToken)

/// Creating the HTTP interpreter.
[<RequireQualifiedAccess>]
module HttpInterpreter =

    let private invalid name reason =
        Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))

    let private between (low: TimeSpan) (high: TimeSpan) (value: TimeSpan) = value >= low && value <= high

    /// The base address with the trailing slash relative paths need, or why it cannot be used.
    let baseAddress (address: Uri) : Result<Uri, TogglError> =
        if isNull (box address) then
            invalid "base_address" "must not be null"
        elif not address.IsAbsoluteUri then
            invalid "base_address" "must be an absolute http:// or https:// address"
        elif address.Scheme <> Uri.UriSchemeHttps && address.Scheme <> Uri.UriSchemeHttp then
            invalid "base_address" $"must use https:// (or http:// to a loopback host), not {address.Scheme}://"
        elif not (String.IsNullOrEmpty address.UserInfo) then
            // Never echo the address here: its user info may be a secret.
            invalid "base_address" "must not contain user info: credentials belong in BasicAuth"
        elif address.Scheme = Uri.UriSchemeHttp && not address.IsLoopback then
            // Basic credentials are readable by anyone on the path: plain HTTP only to this machine.
            invalid
                "base_address"
                $"http://{address.Host} is not a loopback host: credentials are only sent over https:// (or http:// to 127.0.0.0/8, ::1 or localhost)"
        elif not (String.IsNullOrEmpty address.Query && String.IsNullOrEmpty address.Fragment) then
            invalid "base_address" "must not have a query string or a fragment"
        elif address.AbsolutePath.EndsWith "/" then
            Ok address
        else
            Ok(Uri(address.AbsoluteUri + "/"))

    let private validate (settings: HttpSettings) : Result<Uri, TogglError> =
        let oneDay = TimeSpan.FromDays 1.

        if isNull (box settings.Credentials) then
            invalid "credentials" "must not be null"
        elif not (between (TimeSpan.FromMilliseconds 10.) oneDay settings.Timeout) then
            invalid "timeout" "must be between 10 ms and 1 day"
        elif
            settings.ReadDeadline
            |> Option.exists (between (TimeSpan.FromMilliseconds 10.) oneDay >> not)
        then
            invalid "read_deadline" "must be between 10 ms and 1 day"
        elif settings.Retries < 0 || settings.Retries > 10 then
            invalid "retries" "must be between 0 and 10"
        elif not (between TimeSpan.Zero oneDay settings.BaseDelay) then
            invalid "base_delay" "must be between 0 and 1 day"
        elif not (between TimeSpan.Zero oneDay settings.MaxDelay) then
            invalid "max_delay" "must be between 0 and 1 day"
        elif
            String.IsNullOrWhiteSpace settings.UserAgent
            || settings.UserAgent |> Seq.exists Char.IsControl
        then
            invalid "user_agent" "must not be empty or contain control characters"
        elif isNull (box settings.TimeProvider) then
            invalid "time_provider" "must not be null"
        elif isNull (box settings.Logger) then
            invalid "logger" "must not be null"
        else
            match settings.HttpClient with
            | Some client when isNull (box client) -> invalid "http_client" "must not be Some null"
            | _ -> baseAddress settings.BaseAddress

    /// An interpreter for the settings, or a validation error naming the setting that is wrong.
    let create (settings: HttpSettings) : Result<TogglHttp, TogglError> =
        match validate settings with
        | Error error -> Error error
        | Ok address ->
            let client, owned =
                match settings.HttpClient with
                | Some shared -> shared, false
                | None ->
                    let handler =
                        new SocketsHttpHandler(
                            PooledConnectionLifetime = TimeSpan.FromMinutes 5.,
                            AutomaticDecompression = DecompressionMethods.All,
                            // Toggl does not redirect; following one would only move the credentials elsewhere.
                            AllowAutoRedirect = false
                        )

                    // Our per-attempt timeout runs on the injected clock; HttpClient's own would not.
                    new HttpClient(handler, true, Timeout = Timeout.InfiniteTimeSpan), true

            let sender =
                ResilientSender(
                    HttpSettings.retryPolicy settings,
                    settings.Timeout,
                    settings.ReadDeadline,
                    settings.TimeProvider,
                    settings.Logger,
                    settings.Pacer
                )

            Ok(new TogglHttp(settings, address, client, owned, sender))
