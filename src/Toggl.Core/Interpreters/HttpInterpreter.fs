namespace Toggl.Core

open System
open System.Net
open System.Net.Http
open System.Net.Http.Headers
open System.Runtime.ExceptionServices
open System.Text
open System.Threading
open System.Threading.Tasks

/// The HTTP interpreter: sends `HttpRequest` values to Toggl with Basic auth, retries, timeouts and
/// pacing, and turns every answer into a `Result`. Create it with `HttpInterpreter.create`; dispose it to
/// release an owned HttpClient.
[<Sealed>]
type TogglHttp
    internal (settings: HttpSettings, baseAddress: Uri, client: HttpClient, ownsClient: bool, sender: ResilientSender) =
    let gate = obj ()
    let mutable lastQuota: Quota option = None
    let quotaBook = QuotaBook()
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

    let observe (request: HttpRequest) (response: HttpResponseMessage) =
        let now = settings.TimeProvider.GetUtcNow()

        match ResponseHeaders.read now response |> ResponseHeaders.quota now with
        | Some quota ->
            // The figures are those of the bucket the request counted against.
            quotaBook.Record(ResourceRequests.scope request, quota)

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

            // An export answers a file (CSV, PDF, XLSX), not JSON.
            message.Headers.Accept.Add(
                MediaTypeWithQualityHeaderValue(if request.IsFile then "*/*" else "application/json")
            )

            message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent)
            |> ignore

            match request.Body with
            | Some body -> message.Content <- new StringContent(body, Encoding.UTF8, "application/json")
            | None -> ()

            // ResponseContentRead: the body is read inside the attempt, so its timeout covers it and a
            // truncated body is a transport failure that can be retried.
            let! response = client.SendAsync(message, HttpCompletionOption.ResponseContentRead, token)
            observe request response
            return response
        }

    /// Wraps the attempts of one request so that `afterUnanswered` tells, once they are over, whether the
    /// answer or failure kept came after an earlier attempt that went unanswered (5xx, a dropped connection, a
    /// timeout), which may have been applied; a connection never made is not one. Attempts run one after
    /// another, never at once.
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
                    afterUnanswered.Value <- before

                    // A connection never made sent nothing: it cannot have applied anything.
                    match error with
                    | NeverConnected -> ()
                    | _ -> earlierUnanswered.Value <- true

                    ExceptionDispatchInfo.Throw error
                    return Unchecked.defaultof<HttpResponseMessage>
            }

    /// The Reports API's base on the same scheme, host and port (docs/toggl-api.md §9): `…/api/v9/` and
    /// `…/reports/api/v3/` are siblings, so a report path is never below the Track base.
    let reportsBase = BaseAddress.reports baseAddress

    let describe (error: exn) =
        let rec messages (e: exn | null) =
            match e with
            | null -> []
            | e -> e.Message :: messages e.InnerException

        messages error |> List.distinct |> String.concat " → "

    /// The quota of the newest response that carried `X-Toggl-Quota-*` headers, error answers included.
    member _.LastQuota: Quota option = lastQuota

    /// The newest quota figures per bucket (user-scoped, or a workspace's organization).
    member internal _.Quotas: QuotaBook = quotaBook

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

                let apiBase =
                    match request.Api with
                    | TogglApi.Track -> baseAddress
                    | TogglApi.Reports -> reportsBase

                match Uri.TryCreate(apiBase, relative) with
                // Only below the base: an absolute path ("https://elsewhere/") must not take the credentials along.
                | true, NonNull uri when apiBase.IsBaseOf uri ->
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
                        let status = int response.StatusCode
                        // A file's bytes are kept as sent (a PDF is not text); errors are Toggl's JSON or text.
                        let isFile = request.IsFile && status >= 200 && status <= 299
                        // Toggl sends UTF-8 (docs/toggl-api.md §1); invalid bytes become U+FFFD rather than an exception.
                        let body = if isFile then "" else Encoding.UTF8.GetString bytes

                        let result =
                            match
                                HttpStatus.interpret status (ResponseHeaders.read now response) now body
                                |> Result.map (fun answer ->
                                    if isFile then
                                        { answer with Bytes = Some bytes }
                                    else
                                        answer)
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
                            // The last attempt connected nowhere, but an earlier one that went unanswered may
                            // have reached Toggl: only when none did is the request known not to have arrived.
                            | Some AttemptOutcome.NotConnected when afterUnanswered.Value ->
                                return Error(TogglError.Transport(describe error))
                            | Some AttemptOutcome.NotConnected -> return Error(TogglError.Unreachable(describe error))
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
                                    $"'{relative}' is not an address below the API's base"
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

    interface IQuotaKnowledge with
        member _.QuotaOf scope = quotaBook.Last scope

/// Creating the HTTP interpreter.
[<RequireQualifiedAccess>]
module HttpInterpreter =

    let private invalid name reason =
        Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))

    let private outOfRange name reason =
        Error(TogglError.Validation(ValidationError.OutOfRange(name, reason)))

    let private between (low: TimeSpan) (high: TimeSpan) (value: TimeSpan) = value >= low && value <= high

    /// The base address with the trailing slash relative paths need, or why it cannot be used (`BaseAddress.check`).
    let internal baseAddress (address: Uri) : Result<Uri, TogglError> = BaseAddress.check address

    let private validate (settings: HttpSettings) : Result<Uri, TogglError> =
        let oneDay = TimeSpan.FromDays 1.

        if isNull (box settings.Credentials) then
            invalid "credentials" "must not be null"
        elif not (between (TimeSpan.FromMilliseconds 10.) oneDay settings.Timeout) then
            outOfRange "timeout" "must be between 10 ms and 1 day"
        elif
            settings.ReadDeadline
            |> Option.exists (between (TimeSpan.FromMilliseconds 10.) oneDay >> not)
        then
            outOfRange "read_deadline" "must be between 10 ms and 1 day"
        elif settings.Retries < 0 || settings.Retries > 10 then
            outOfRange "retries" "must be between 0 and 10"
        elif not (between TimeSpan.Zero oneDay settings.BaseDelay) then
            outOfRange "base_delay" "must be between 0 and 1 day"
        elif not (between TimeSpan.Zero oneDay settings.MaxDelay) then
            outOfRange "max_delay" "must be between 0 and 1 day"
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
