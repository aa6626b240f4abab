module Toggl.Core.Tests.ResilienceTests

open System
open System.Collections.Concurrent
open System.Net
open System.Net.Http
open System.Text
open System.Threading
open System.Threading.Channels
open System.Threading.Tasks
open Expecto
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Time.Testing
open Toggl.Core

/// Test doubles for the retry and timing tests: a fake clock that reports each timer started on it, a
/// stub HttpMessageHandler (allowed here: these are unit tests of retry and timing logic), a capturing logger.
[<AutoOpen>]
module Support =

    /// A FakeTimeProvider that reports the due time of every timer created on it, so a test can advance
    /// the clock exactly when the code under test waits for it — never by sleeping.
    type TestClock() =
        inherit FakeTimeProvider(DateTimeOffset(2025, 9, 10, 12, 0, 0, TimeSpan.Zero))
        let created = Channel.CreateUnbounded<TimeSpan>()
        let dues = ConcurrentQueue<TimeSpan>()

        override clock.CreateTimer(callback, state, dueTime, period) =
            let timer = base.CreateTimer(callback, state, dueTime, period)
            dues.Enqueue dueTime
            created.Writer.TryWrite dueTime |> ignore
            timer

        /// The due time of the next timer created (or of one created and not yet taken).
        member _.NextTimerAsync() = created.Reader.ReadAsync().AsTask()

        /// Due times of every timer created so far, in order.
        member _.Dues = List.ofSeq dues

    /// The start of every test clock.
    let epoch = DateTimeOffset(2025, 9, 10, 12, 0, 0, TimeSpan.Zero)

    /// A guard against a hung test, not a wait: every awaited event normally comes at once.
    let guard = TimeSpan.FromSeconds 30.

    /// Completes `work`, advancing the clock by the due time of each timer it starts — the retry delays —
    /// except timers of length `skip` (the per-attempt timeouts) and the default read deadline, which must
    /// not fire. At most 100 steps.
    let drive (clock: TestClock) (skip: TimeSpan) (work: Task<'Value>) : Task<'Value> =
        task {
            let mutable steps = 0

            while not work.IsCompleted do
                steps <- steps + 1

                if steps > 100 then
                    failtest "the request did not complete within 100 timer steps"

                let next = clock.NextTimerAsync()
                let! winner = Task.WhenAny(work :> Task, next :> Task).WaitAsync guard

                if Object.ReferenceEquals(winner, next) then
                    let due = next.Result

                    if
                        due <> skip
                        && due <> HttpSettings.defaultReadDeadline
                        && due > TimeSpan.Zero
                        && due <> Timeout.InfiniteTimeSpan
                    then
                        clock.Advance due

            return! work
        }

    /// The parts of a request the stub saw.
    type Seen =
        {
            Message: HttpRequestMessage
            Method: string
            Uri: Uri
            Authorization: string
            UserAgent: string
            Accept: string
            ContentType: string
            Body: string
        }

    /// A stub handler answering attempt number n (from 1) with `respond n`.
    type Stub(respond: int -> CancellationToken -> Task<HttpResponseMessage>) =
        inherit HttpMessageHandler()
        let seen = ConcurrentQueue<Seen>()
        let arrivals = Channel.CreateUnbounded<int>()
        let mutable count = 0

        /// How many requests arrived.
        member _.Count = Volatile.Read &count

        /// The requests that arrived, in order.
        member _.Seen = List.ofSeq seen

        /// The number of the next request to arrive.
        member _.NextArrivalAsync() =
            arrivals.Reader.ReadAsync().AsTask().WaitAsync guard

        override _.SendAsync(request, token) =
            task {
                let n = Interlocked.Increment &count

                let! body =
                    match request.Content with
                    | null -> Task.FromResult ""
                    | content -> content.ReadAsStringAsync token

                let header (value: obj | null) =
                    match value with
                    | null -> ""
                    | value -> string value

                seen.Enqueue
                    {
                        Message = request
                        Method = request.Method.Method
                        Uri =
                            (match request.RequestUri with
                             | null -> Uri "about:blank"
                             | uri -> uri)
                        Authorization = header request.Headers.Authorization
                        UserAgent = request.Headers.UserAgent.ToString()
                        Accept = request.Headers.Accept.ToString()
                        ContentType =
                            (match request.Content with
                             | null -> ""
                             | content -> header content.Headers.ContentType)
                        Body = body
                    }

                arrivals.Writer.TryWrite n |> ignore
                return! respond n token
            }

    /// A response with a status, a body and headers.
    let answer (status: int) (body: string) (headers: (string * string) list) =
        let response =
            new HttpResponseMessage(enum<HttpStatusCode> status, Content = new StringContent(body, Encoding.UTF8))

        for name, value in headers do
            response.Headers.TryAddWithoutValidation(name, value) |> ignore

        response

    /// Answers every attempt the same way.
    let always status body headers =
        fun (_: int) (_: CancellationToken) -> Task.FromResult(answer status body headers)

    /// Answers from a list by attempt number; the last answer repeats.
    let answers (script: (int * string * (string * string) list) list) =
        fun (n: int) (_: CancellationToken) ->
            let status, body, headers = script[min (n - 1) (script.Length - 1)]
            Task.FromResult(answer status body headers)

    /// Never answers; ends when the attempt is cancelled (by its timeout or by the caller).
    let hang (token: CancellationToken) : Task<HttpResponseMessage> =
        let never =
            TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously)

        token.Register(fun () -> never.TrySetCanceled token |> ignore) |> ignore
        never.Task

    /// A logger keeping every message with its level.
    type CapturingLogger() =
        let entries = ConcurrentQueue<LogLevel * string>()

        /// Everything logged, in order.
        member _.Entries = List.ofSeq entries

        interface ILogger with
            member _.BeginScope _ = null
            member _.IsEnabled _ = true

            member _.Log(level, _, state, error, formatter) =
                entries.Enqueue(level, formatter.Invoke(state, error))

    /// A Toggl API token, the secret that must never leak.
    let token = "1971800d4d82861d8f2c1651fea4d212"

    /// Credentials for `token`.
    let credentials =
        match BasicAuth.apiToken token with
        | Ok auth -> auth
        | Error error -> failtestf "test credentials refused: %s" (TogglError.message error)

    /// Settings for a stub: the fake clock, a shared HttpClient over the stub, then `configure`.
    let settingsFor (clock: TestClock) (stub: Stub) (configure: HttpSettings -> HttpSettings) =
        configure
            { HttpSettings.create credentials with
                TimeProvider = clock
                HttpClient = Some(new HttpClient(stub))
            }

    /// An interpreter over the stub.
    let interpreter clock stub configure =
        match HttpInterpreter.create (settingsFor clock stub configure) with
        | Ok http -> http
        | Error error -> failtestf "interpreter refused: %s" (TogglError.message error)

    /// A request with no body.
    let request (method: Toggl.Core.HttpMethod) (path: string) =
        {
            Api = TogglApi.Track
            Method = method
            Path = path
            Query = ""
            Body = None
        }

    /// `GET me/time_entries/current`.
    let current = request Toggl.Core.HttpMethod.Get "me/time_entries/current"

    /// A create request, never to be retried.
    let create =
        { request Toggl.Core.HttpMethod.Post "workspaces/1/time_entries" with
            Body =
                Some
                    """{"created_with":"TogglFun","description":"write tests","duration":-1,"start":"2025-09-10T12:00:00Z","workspace_id":1}"""
        }

    /// Sends and drives the clock through the retry delays.
    let send (clock: TestClock) (http: TogglHttp) (request: HttpRequest) =
        drive clock http.Settings.Timeout (http.Send(request, CancellationToken.None))

    /// Waits (on events, not time) until a timer of exactly `due` is started on the clock.
    let timerOf (clock: TestClock) (due: TimeSpan) =
        task {
            let mutable seen = TimeSpan.Zero

            while seen <> due do
                let! next = clock.NextTimerAsync().WaitAsync guard
                seen <- next
        }

    /// HTTP statuses: mostly 100–599, where the interesting ones are, sometimes any integer.
    let statuses =
        FsCheck.FSharp.Arb.fromGen (
            FsCheck.FSharp.Gen.frequency
                [
                    4, FsCheck.FSharp.Gen.choose (100, 599)
                    1, FsCheck.FSharp.ArbMap.defaults |> FsCheck.FSharp.ArbMap.generate<int>
                ]
        )

    /// The retry delays the clock was asked for (every timer but the per-attempt timeouts, which Polly
    /// starts unarmed and then sets, and a read's deadline).
    let retryDelays (clock: TestClock) (http: TogglHttp) =
        clock.Dues
        |> List.filter (fun due ->
            due <> http.Settings.Timeout
            && Some due <> http.Settings.ReadDeadline
            && due <> Timeout.InfiniteTimeSpan)

let private ms (value: int) = TimeSpan.FromMilliseconds(float value)

let private properties =
    testList
        "properties"
        [
            testProperty "a backoff is bounded by the maximum, at least the base, and grows with its base"
            <| fun (baseMs: uint16) (extraMs: uint16) (maxMs: uint32) (attempt: byte) (jitterSeed: uint16) ->
                let jitter = float jitterSeed / 65536.
                let attempt = int attempt % 40
                let maximum = ms (int (maxMs % 600_000u))
                let smaller = Backoff.delay (ms (int baseMs)) maximum attempt jitter
                let larger = Backoff.delay (ms (int baseMs + int extraMs)) maximum attempt jitter

                smaller <= larger
                && larger <= maximum
                && smaller >= min (ms (int baseMs)) maximum

            testProperty "a backoff does not shrink from one attempt to the next"
            <| fun (baseMs: uint16) (attempt: byte) (jitterSeed: uint16) ->
                let jitter = float jitterSeed / 65536.
                let maximum = TimeSpan.FromMinutes 1.
                let attempt = int attempt % 40

                Backoff.delay (ms (int baseMs)) maximum attempt jitter
                <= Backoff.delay (ms (int baseMs)) maximum (attempt + 1) jitter

            testProperty "parsing Retry-After never throws and never gives a negative or day-long-plus wait"
            <| fun (value: string) (offsetSeconds: int) ->
                let now = epoch.AddSeconds(float offsetSeconds)

                match RetryAfter.parse now value with
                | Some wait -> wait >= TimeSpan.Zero && wait <= TimeSpan.FromDays 1.
                | None -> true

            testProperty "a POST is retried only after a 429, a 402 never, a 5xx only when idempotent"
            <| FsCheck.FSharp.Prop.forAll statuses (fun status (retryAfterSeconds: byte option) (idempotent: bool) ->
                let retryAfter = retryAfterSeconds |> Option.map (float >> TimeSpan.FromSeconds)

                let decision =
                    Resilience.decide RetryPolicy.standard idempotent (AttemptOutcome.Answered(status, retryAfter))

                match status, idempotent, decision with
                | 402, _, RetryDecision.Stop -> true
                | 402, _, _ -> false
                // A 429 is retried unless it asks for a longer wait than the policy allows.
                | 429, _, RetryDecision.Stop ->
                    retryAfter |> Option.exists (fun wait -> wait > RetryPolicy.standard.MaxDelay)
                | 429, _, _ -> retryAfter |> Option.forall (fun wait -> wait <= RetryPolicy.standard.MaxDelay)
                | _, false, decision -> decision = RetryDecision.Stop
                | _, true, decision -> (decision <> RetryDecision.Stop) = (status >= 500 && status <= 599))

            testProperty "a backoff on any input never throws and lies between zero and the maximum"
            <| fun (baseTicks: int64) (maxTicks: int64) (attempt: int) (jitter: float) ->
                // Any span up to ±10 days (the settings allow a day), any attempt, any jitter (NaN and ±∞ too).
                let span (ticks: int64) =
                    TimeSpan(ticks % TimeSpan.FromDays(10.).Ticks)

                let maximum = span maxTicks
                let wait = Backoff.delay (span baseTicks) maximum attempt jitter

                wait >= TimeSpan.Zero
                // FromMilliseconds rounds to the tick: allow one.
                && wait.Ticks <= max 0L maximum.Ticks + 1L

            testProperty "decide never retries a POST unless Toggl answered 429, which was not processed"
            <| fun (status: int) (retryAfterSeconds: uint16 option) (kind: byte) ->
                let outcome =
                    match kind % 3uy with
                    | 0uy ->
                        AttemptOutcome.Answered(status, retryAfterSeconds |> Option.map (float >> TimeSpan.FromSeconds))
                    | 1uy -> AttemptOutcome.TransportFailed
                    | _ -> AttemptOutcome.TimedOut

                match outcome, Resilience.decide RetryPolicy.standard false outcome with
                | AttemptOutcome.Answered(429, _), _ -> true
                | _, decision -> decision = RetryDecision.Stop

            testProperty "a broken connection or a timeout is retried exactly when the request is idempotent"
            <| fun (timedOut: bool) (idempotent: bool) ->
                let outcome =
                    if timedOut then
                        AttemptOutcome.TimedOut
                    else
                        AttemptOutcome.TransportFailed

                (Resilience.decide RetryPolicy.standard idempotent outcome <> RetryDecision.Stop) = idempotent

            testProperty
                "a 429's Retry-After is waited for exactly when within the maximum, and a bare 429 waits at least 1 s"
            <| fun (seconds: uint16 option) (idempotent: bool) ->
                let wait = seconds |> Option.map (float >> TimeSpan.FromSeconds)

                match wait, Resilience.decide RetryPolicy.standard idempotent (AttemptOutcome.Answered(429, wait)) with
                | Some wait, RetryDecision.After after -> after = wait && wait <= RetryPolicy.standard.MaxDelay
                | Some wait, RetryDecision.Stop -> wait > RetryPolicy.standard.MaxDelay
                | None, RetryDecision.Backoff baseDelay -> baseDelay >= Resilience.rateLimitFloor
                | _ -> false

            testProperty "Retry-After in delay-seconds or as an HTTP date is the wait it names, at most a day"
            <| fun (seconds: uint32) (offsetSeconds: int) ->
                let day = TimeSpan.FromDays 1.
                let offset = TimeSpan.FromSeconds(float (offsetSeconds % 200_000))

                let date =
                    (epoch + offset).ToString("r", Globalization.CultureInfo.InvariantCulture)

                let expectedDate =
                    if offset < TimeSpan.Zero then
                        TimeSpan.Zero
                    else
                        min offset day

                RetryAfter.parse epoch (string seconds) = Some(min (TimeSpan.FromSeconds(float seconds)) day)
                && RetryAfter.parse epoch date = Some expectedDate

            testProperty "the caller's own cancellation is never taken for a timeout to retry"
            <| fun (callerCancelled: bool) ->
                use source = new CancellationTokenSource()

                if callerCancelled then
                    source.Cancel()

                let outcome = Resilience.classify source.Token (OperationCanceledException())

                outcome = (if callerCancelled then
                               None
                           else
                               Some AttemptOutcome.TimedOut)
        ]

let private retryAfter =
    testList
        "Retry-After"
        [
            test "delay-seconds and HTTP dates are read relative to now, past dates mean no wait" {
                Expect.equal (RetryAfter.parse epoch "7") (Some(TimeSpan.FromSeconds 7.)) "delay-seconds"
                Expect.equal (RetryAfter.parse epoch " 120 ") (Some(TimeSpan.FromSeconds 120.)) "white space around"

                Expect.equal
                    (RetryAfter.parse epoch "Wed, 10 Sep 2025 12:00:30 GMT")
                    (Some(TimeSpan.FromSeconds 30.))
                    "an HTTP date 30 s ahead"

                Expect.equal (RetryAfter.parse epoch "Wed, 10 Sep 2025 11:00:00 GMT") (Some TimeSpan.Zero) "a past date"
                Expect.equal (RetryAfter.parse epoch "-5") None "a negative number is invalid"
                Expect.equal (RetryAfter.parse epoch "soon") None "text is invalid"
            }
        ]

let private retries =
    testList
        "retries"
        [
            testCaseTask "a GET answered 503 twice and then 200 succeeds on the third attempt"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(answers [ 503, "", []; 503, "", []; 200, "null", [] ])
                    use http = interpreter clock stub id
                    let! result = send clock http current

                    Expect.equal
                        result
                        (Ok
                            {
                                Status = 200
                                Body = "null"
                                Quota = None
                                Date = None
                                Bytes = None
                                Next = None
                            })
                        "the third answer"

                    Expect.equal stub.Count 3 "two retries"
                }

            testCaseTask
                "a GET answered 500 forever fails with ServerError after exactly retries + 1 attempts, backing off"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 500 "\"internal error\"" [])
                    use http = interpreter clock stub id
                    let! result = send clock http current
                    Expect.equal result (Error(TogglError.ServerError(500, "internal error"))) "Toggl's message kept"
                    Expect.equal stub.Count 4 "3 retries + the first attempt"
                    let delays = retryDelays clock http
                    Expect.hasLength delays 3 "one delay per retry"

                    for attempt, delay in List.indexed delays do
                        let expected = TimeSpan.FromSeconds(2. ** float attempt)
                        Expect.isGreaterThanOrEqual delay expected $"delay {attempt} is at least 2^{attempt} s"
                        Expect.isLessThanOrEqual delay (expected * 1.25) $"delay {attempt} has at most 25%% jitter"
                }

            testCaseTask "a POST answered 500 is sent exactly once: a retried create could duplicate the entry"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 500 "" [])
                    use http = interpreter clock stub id
                    let! result = send clock http create
                    Expect.equal result (Error(TogglError.ServerError(500, "Internal Server Error"))) "no retry"
                    Expect.equal stub.Count 1 "one attempt"
                }

            testCaseTask "with retries 0 a GET answered 503 is sent once"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 503 "" [])
                    use http = interpreter clock stub (fun s -> { s with Retries = 0 })
                    let! result = send clock http current
                    Expect.equal result (Error(TogglError.ServerError(503, "Service Unavailable"))) "the first answer"
                    Expect.equal stub.Count 1 "one attempt"
                }

            testCaseTask "a transport failure is retried for a GET"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(fun n _ ->
                            if n = 1 then
                                Task.FromException<HttpResponseMessage>(
                                    HttpRequestException "Connection reset by peer"
                                )
                            else
                                Task.FromResult(answer 200 "[]" []))

                    use http = interpreter clock stub id
                    let! result = send clock http (request Toggl.Core.HttpMethod.Get "me/time_entries")

                    Expect.equal
                        result
                        (Ok
                            {
                                Status = 200
                                Body = "[]"
                                Quota = None
                                Date = None
                                Bytes = None
                                Next = None
                            })
                        "the second attempt answers"

                    Expect.equal stub.Count 2 "one retry"
                }

            testCaseTask "a transport failure is not retried for a POST and gives Transport"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(fun _ _ ->
                            Task.FromException<HttpResponseMessage>(HttpRequestException "Connection reset by peer"))

                    use http = interpreter clock stub id
                    let! result = send clock http create

                    match result with
                    | Error(TogglError.Transport message) ->
                        Expect.stringContains message "Connection reset by peer" "the cause is named"
                        Expect.isFalse (message.Contains token) "no token in the message"
                    | other -> failtestf "expected Transport, got %A" other

                    Expect.equal stub.Count 1 "one attempt"
                }

            testCaseTask "each retry of a PUT sends its body again in a new request message"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(answers [ 502, "", []; 504, "", []; 200, "{}", [] ])
                    use http = interpreter clock stub id

                    let edit =
                        { request Toggl.Core.HttpMethod.Put "workspaces/1/time_entries/42" with
                            Body = Some """{"description":"edited"}"""
                        }

                    let! result = send clock http edit
                    Expect.isOk result "the third attempt answers"
                    let seen = stub.Seen
                    Expect.hasLength seen 3 "three attempts"
                    Expect.allEqual (seen |> List.map _.Body) """{"description":"edited"}""" "the body every time"

                    Expect.equal
                        (seen
                         |> List.map (fun s -> s.Message)
                         |> List.distinctBy LanguagePrimitives.PhysicalHash
                         |> List.length)
                        3
                        "a new HttpRequestMessage per attempt"
                }

            testCaseTask "retries are logged naming the method, path and cause, never the credentials"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(answers [ 503, "", []; 200, "null", [] ])
                    let logger = CapturingLogger()
                    use http = interpreter clock stub (fun s -> { s with Logger = logger })
                    let! _ = send clock http current

                    match logger.Entries with
                    | [ level, message ] ->
                        Expect.equal level LogLevel.Warning "a 5xx retry is a warning"
                        Expect.stringContains message "GET me/time_entries/current" "method and path"
                        Expect.stringContains message "status 503" "the cause"
                        Expect.stringContains message "retry 1 of 3" "which retry"
                        Expect.isFalse (message.Contains token) "no token"
                        Expect.isFalse (message.Contains(BasicAuth.headerValue credentials)) "no Authorization value"
                    | entries -> failtestf "expected one log entry, got %A" entries
                }
        ]

let private timing =
    testList
        "timeouts and cancellation"
        [
            testCaseTask "an attempt that outlasts the timeout gives Timeout"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(fun _ token -> hang token)
                    use http = interpreter clock stub (fun s -> { s with Retries = 0 })
                    let pending = http.Send(current, CancellationToken.None)
                    let! _ = stub.NextArrivalAsync()
                    clock.Advance(TimeSpan.FromSeconds 10.)
                    let! result = pending.WaitAsync guard

                    Expect.equal
                        result
                        (Error(TogglError.Timeout(TimeSpan.FromSeconds 10., 1)))
                        "our timeout, not a cancellation"
                }

            testCaseTask "a timed-out GET is retried and the next answer is used"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(fun n token ->
                            if n = 1 then
                                hang token
                            else
                                Task.FromResult(answer 200 "null" []))

                    use http = interpreter clock stub id
                    let pending = http.Send(current, CancellationToken.None)
                    let! _ = stub.NextArrivalAsync()
                    clock.Advance(TimeSpan.FromSeconds 10.)
                    let! result = drive clock http.Settings.Timeout pending

                    Expect.equal
                        result
                        (Ok
                            {
                                Status = 200
                                Body = "null"
                                Quota = None
                                Date = None
                                Bytes = None
                                Next = None
                            })
                        "the retry answers"

                    Expect.equal stub.Count 2 "one retry after the timeout"
                }

            testCaseTask "the caller's cancellation gives Cancelled, not Timeout"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(fun _ token -> hang token)
                    use http = interpreter clock stub id
                    use cancellation = new CancellationTokenSource()
                    let pending = http.Send(current, cancellation.Token)
                    let! _ = stub.NextArrivalAsync()
                    cancellation.Cancel()
                    let! result = pending.WaitAsync guard
                    Expect.equal result (Error TogglError.Cancelled) "cancelled"
                    Expect.equal stub.Count 1 "no retry after a cancellation"
                }

            testCaseTask "cancelling during a retry delay gives Cancelled without another attempt"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 503 "" [])
                    use http = interpreter clock stub id
                    use cancellation = new CancellationTokenSource()
                    let pending = http.Send(current, cancellation.Token)
                    // The first retry waits 1 s to 1.25 s; cancel once that wait has begun.
                    let mutable due = TimeSpan.Zero

                    while due < TimeSpan.FromSeconds 1. || due = http.Settings.Timeout do
                        let! next = clock.NextTimerAsync().WaitAsync guard
                        due <- next

                    cancellation.Cancel()
                    let! result = pending.WaitAsync guard
                    Expect.equal result (Error TogglError.Cancelled) "cancelled while waiting"
                    Expect.equal stub.Count 1 "the retry never went out"
                }
        ]

let private rateLimits =
    testList
        "429 and 402"
        [
            testCaseTask "a 429 with Retry-After waits exactly that long and is retried even for a POST"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(answers [ 429, "Too many requests", [ "Retry-After", "7" ]; 200, "{}", [] ])

                    use http = interpreter clock stub id
                    let! result = send clock http create

                    Expect.equal
                        result
                        (Ok
                            {
                                Status = 200
                                Body = "{}"
                                Quota = None
                                Date = None
                                Bytes = None
                                Next = None
                            })
                        "the retry answers"

                    Expect.equal stub.Count 2 "a 429 was not processed, so the POST is sent again"
                    Expect.equal (retryDelays clock http) [ TimeSpan.FromSeconds 7. ] "the wait Toggl asked for"
                    Expect.equal (clock.GetUtcNow() - epoch) (TimeSpan.FromSeconds 7.) "and no more"
                }

            testCaseTask "a 429 without Retry-After backs off from at least 1 s, then gives RateLimited"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(always 429 "<html><title>429 Too Many Requests</title></html>" [])
                    // A short base for 5xx: the 429 floor of 1 s must still hold.
                    use http =
                        interpreter clock stub (fun s ->
                            { s with
                                BaseDelay = TimeSpan.FromMilliseconds 100.
                            })

                    let! result = send clock http current

                    Expect.equal
                        result
                        (Error(TogglError.RateLimited(None, "429 Too Many Requests")))
                        "after the retries"

                    Expect.equal stub.Count 4 "3 retries"
                    let delays = retryDelays clock http
                    Expect.hasLength delays 3 "one wait per retry"

                    for attempt, delay in List.indexed delays do
                        Expect.isGreaterThanOrEqual
                            delay
                            (TimeSpan.FromSeconds(2. ** float attempt))
                            "exponential from 1 s"
                }

            testCaseTask "a 429 asking for longer than MaxDelay is returned at once with its wait"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 429 "" [ "Retry-After", "3600" ])
                    use http = interpreter clock stub id
                    let! result = send clock http current

                    Expect.equal
                        result
                        (Error(TogglError.RateLimited(Some(TimeSpan.FromHours 1.), "Too Many Requests")))
                        "the caller decides about an hour"

                    Expect.equal stub.Count 1 "not waited for"
                }

            testCaseTask "a 402 is sent once and gives QuotaExhausted with resets-in from the header"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            always
                                402
                                "\"You have hit your hourly limit for API calls.\""
                                [ "X-Toggl-Quota-Remaining", "0"; "X-Toggl-Quota-Resets-In", "1800" ]
                        )

                    use http = interpreter clock stub id
                    let! result = send clock http current

                    Expect.equal
                        result
                        (Error(
                            TogglError.QuotaExhausted(
                                Some 0,
                                Some(TimeSpan.FromSeconds 1800.),
                                "You have hit your hourly limit for API calls."
                            )
                        ))
                        "the quota error"

                    Expect.equal stub.Count 1 "no hammering a spent quota"
                    Expect.isEmpty (retryDelays clock http) "no wait either"
                }

            testCaseTask "a 402 without quota headers takes resets-in from Toggl's message"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            always
                                402
                                "\"You have hit your hourly limit for API calls. The quota will reset in 133 seconds.\""
                                []
                        )

                    use http = interpreter clock stub id
                    let! result = send clock http create

                    match result with
                    | Error(TogglError.QuotaExhausted(None, Some resetsIn, _)) ->
                        Expect.equal resetsIn (TimeSpan.FromSeconds 133.) "read from the message"
                    | other -> failtestf "expected QuotaExhausted, got %A" other

                    Expect.equal stub.Count 1 "one attempt"
                }
        ]

let private quotaGate =
    testList
        "a spent quota"
        [
            testCaseTask "after a 402 with a reset time, calls fail at once until the reset, then go out again"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            answers
                                [
                                    402,
                                    "\"You have hit your hourly limit for API calls. The quota will reset in 1800 seconds.\"",
                                    [ "X-Toggl-Quota-Remaining", "0"; "X-Toggl-Quota-Resets-In", "1800" ]
                                    200, "null", []
                                ]
                        )

                    use http = interpreter clock stub id
                    let! first = send clock http current
                    clock.Advance(TimeSpan.FromSeconds 600.)
                    let! second = send clock http create

                    match first, second with
                    | Error(TogglError.QuotaExhausted(Some 0, Some firstResetsIn, firstMessage)),
                      Error(TogglError.QuotaExhausted(Some 0, Some secondResetsIn, secondMessage)) ->
                        Expect.equal firstResetsIn (TimeSpan.FromSeconds 1800.) "from the header"
                        Expect.equal secondResetsIn (TimeSpan.FromSeconds 1200.) "less the time gone by"
                        Expect.equal secondMessage firstMessage "the same error"
                    | other -> failtestf "expected two QuotaExhausted, got %A" other

                    Expect.equal stub.Count 1 "the second call sent nothing"
                    clock.Advance(TimeSpan.FromSeconds 1200.)
                    let! third = send clock http current
                    Expect.isOk third "after the reset the call goes out"
                    Expect.equal stub.Count 2 "and reaches the server"
                }

            testCaseTask "with FailFastOnExhaustedQuota off every call is sent"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            always
                                402
                                "\"You have hit your hourly limit for API calls.\""
                                [ "X-Toggl-Quota-Remaining", "0"; "X-Toggl-Quota-Resets-In", "1800" ]
                        )

                    use http =
                        interpreter clock stub (fun s ->
                            { s with
                                FailFastOnExhaustedQuota = false
                            })

                    let! _ = send clock http current
                    let! _ = send clock http current
                    Expect.equal stub.Count 2 "both sent"
                }

            testCaseTask "a 402 without a spent quota (a feature the plan lacks) does not stop later calls"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            answers
                                [
                                    402,
                                    "\"This feature is not available on your plan.\"",
                                    [ "X-Toggl-Quota-Remaining", "25"; "X-Toggl-Quota-Resets-In", "1800" ]
                                    200, "null", []
                                ]
                        )

                    use http = interpreter clock stub id
                    let! _ = send clock http current
                    let! next = send clock http current
                    Expect.isOk next "sent and answered"
                    Expect.equal stub.Count 2 "both sent"
                }

            testCaseTask "the message of a 402 says when the quota resets once"
            <| fun () ->
                task {
                    let clock = TestClock()

                    let stub =
                        new Stub(
                            always
                                402
                                "\"You have hit your hourly limit for API calls. The quota will reset in 3600 seconds.\""
                                [ "X-Toggl-Quota-Remaining", "0"; "X-Toggl-Quota-Resets-In", "3600" ]
                        )

                    use http = interpreter clock stub id
                    let! result = send clock http current

                    match result with
                    | Error error ->
                        let message = TogglError.message error
                        Expect.stringContains message "hourly limit" "Toggl's words"

                        Expect.equal
                            (Text.RegularExpressions.Regex.Matches(message, "reset").Count)
                            1
                            $"one reset in: {message}"

                        Expect.stringContains message "3600 s" "when"
                    | Ok _ -> failtest "expected an error"
                }
        ]

let private deadline =
    testList
        "read deadline"
        [
            testCaseTask "a GET Toggl never answers fails after the 15 s read deadline, naming the attempts"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(fun _ token -> hang token)
                    use http = interpreter clock stub id
                    let pending = http.Send(current, CancellationToken.None)
                    let! _ = stub.NextArrivalAsync()
                    // The first attempt times out after 10 s; the retry waits 1–1.25 s, then the second attempt goes.
                    clock.Advance(TimeSpan.FromSeconds 10.)
                    let mutable delay = TimeSpan.Zero

                    while delay < TimeSpan.FromSeconds 1. || delay > TimeSpan.FromSeconds 1.25 do
                        let! next = clock.NextTimerAsync().WaitAsync guard
                        delay <- next

                    clock.Advance delay
                    let! _ = stub.NextArrivalAsync()
                    clock.Advance(TimeSpan.FromSeconds 15. - (clock.GetUtcNow() - epoch))
                    let! result = pending.WaitAsync(TimeSpan.FromSeconds 10.)

                    match result with
                    | Error(TogglError.Timeout _ as error) ->
                        Expect.equal
                            (TogglError.message error)
                            "Toggl did not answer within 15 s (2 attempts)."
                            "what happened"
                    | other -> failtestf "expected Timeout, got %A" other

                    Expect.equal stub.Count 2 "no third attempt"
                }

            testCaseTask "a POST is not bound by the read deadline"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(fun _ token -> hang token)

                    use http =
                        interpreter clock stub (fun s ->
                            { s with
                                Timeout = TimeSpan.FromSeconds 20.
                            })

                    let pending = http.Send(create, CancellationToken.None)
                    let! _ = stub.NextArrivalAsync()
                    clock.Advance(TimeSpan.FromSeconds 16.)
                    Expect.isFalse pending.IsCompleted "still waiting for its own timeout"
                    clock.Advance(TimeSpan.FromSeconds 4.)
                    let! result = pending.WaitAsync guard

                    Expect.equal
                        (result |> Result.mapError TogglError.message)
                        (Error "Toggl did not answer within 20 s (1 attempt).")
                        "the attempt's timeout"
                }
        ]

let private pacing =
    testList
        "pacing"
        [
            testCaseTask "the pacer lets one request through per second, in order"
            <| fun () ->
                task {
                    let clock = TestClock()
                    let stub = new Stub(always 200 "null" [])
                    use pacer = Pacer.perSecond clock
                    use http = interpreter clock stub (fun s -> { s with Pacer = Some pacer })
                    let arrivals = ConcurrentQueue<TimeSpan>()

                    let sendTimed () =
                        task {
                            let! result = http.Send(current, CancellationToken.None)
                            return result
                        }

                    let pending = [ for _ in 1..3 -> sendTimed () ]

                    for step in 0..2 do
                        let! _ = stub.NextArrivalAsync()
                        arrivals.Enqueue(clock.GetUtcNow() - epoch)
                        // No other request may pass before the clock moves.
                        Expect.equal stub.Count (step + 1) $"only {step + 1} sent at {step} s"

                        if step < 2 then
                            // The next request waits for the clock: move it only once it does.
                            do! timerOf clock (TimeSpan.FromSeconds 1.)
                            clock.Advance(TimeSpan.FromSeconds 1.)

                    let! results = (Task.WhenAll pending).WaitAsync guard
                    Expect.all results Result.isOk "every request answered"

                    Expect.equal
                        (List.ofSeq arrivals)
                        [ TimeSpan.Zero; TimeSpan.FromSeconds 1.; TimeSpan.FromSeconds 2. ]
                        "one second apart"
                }

            test "a pacer interval must be positive" {
                Expect.isError (Pacer.Create(TimeSpan.Zero, TimeProvider.System)) "zero is refused"
            }
        ]

/// The retry, backoff, timeout, 429/402 and pacing behaviour of the HTTP interpreter, on a fake clock.
let tests =
    testList
        "ResilienceTests"
        [
            properties
            retryAfter
            retries
            timing
            rateLimits
            quotaGate
            deadline
            pacing
        ]
