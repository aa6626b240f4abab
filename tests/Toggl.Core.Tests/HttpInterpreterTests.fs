module Toggl.Core.Tests.HttpInterpreterTests

open System
open System.Collections.Concurrent
open System.IO
open System.Net
open System.Net.Http
open System.Net.Sockets
open System.Text
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck.FSharp
open FsCheck
open Toggl.Core
open Toggl.Core.Tests.ResilienceTests.Support

/// A tiny HTTP/1.1 server on a loopback TCP port: it answers connection n with the raw bytes of
/// `script n` and closes it, and keeps the raw text of every request. Real sockets, real HttpClient.
type RawServer(script: int -> byte array) =
    let listener = new TcpListener(IPAddress.Loopback, 0)
    do listener.Start()
    let port = (listener.LocalEndpoint :?> IPEndPoint).Port
    let requests = ConcurrentQueue<string>()
    let mutable connections = 0

    let indexOf (pattern: byte array) (bytes: byte array) =
        let mutable found = -1
        let mutable i = 0

        while found < 0 && i <= bytes.Length - pattern.Length do
            if Span<byte>(bytes, i, pattern.Length).SequenceEqual(ReadOnlySpan<byte> pattern) then
                found <- i

            i <- i + 1

        found

    let readRequest (stream: NetworkStream) =
        task {
            let received = new MemoryStream()
            let buffer = Array.zeroCreate<byte> 8192
            let mutable complete = false

            while not complete do
                let! read = stream.ReadAsync(buffer, 0, buffer.Length)
                received.Write(buffer, 0, read)
                let bytes = received.ToArray()
                let headerEnd = indexOf "\r\n\r\n"B bytes

                if read = 0 then
                    complete <- true
                elif headerEnd >= 0 then
                    let head = Encoding.ASCII.GetString(bytes, 0, headerEnd)

                    let length =
                        head.Split "\r\n"
                        |> Array.tryPick (fun line ->
                            if line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase) then
                                Some(int (line.Substring(15).Trim()))
                            else
                                None)
                        |> Option.defaultValue 0

                    complete <- bytes.Length >= headerEnd + 4 + length

            return Encoding.UTF8.GetString(received.ToArray())
        }

    let _serving =
        task {
            try
                while true do
                    let! client = listener.AcceptTcpClientAsync()
                    let n = Interlocked.Increment &connections
                    use client = client
                    use stream = client.GetStream()
                    let! request = readRequest stream
                    requests.Enqueue request
                    let answer = script n
                    do! stream.WriteAsync(answer, 0, answer.Length)
                    do! stream.FlushAsync()
            with _ ->
                // The listener was stopped: the test is over.
                ()
        }

    /// The base address of the Toggl API on this server.
    member _.BaseAddress = Uri $"http://127.0.0.1:{port}/api/v9/"

    /// How many connections were accepted (one per attempt: every answer closes its connection).
    member _.Connections = Volatile.Read &connections

    /// The raw text of every request, in order.
    member _.Requests = List.ofSeq requests

    interface IDisposable with
        member _.Dispose() = listener.Stop()

/// A raw HTTP/1.1 answer; `Content-Length` is the body's unless `headers` sets one (to cut a body short).
let raw (status: int) (reason: string) (headers: (string * string) list) (body: string) =
    let bodyBytes = Encoding.UTF8.GetBytes body

    let length =
        if headers |> List.exists (fun (name, _) -> name = "Content-Length") then
            ""
        else
            $"Content-Length: {bodyBytes.Length}\r\n"

    let head =
        $"HTTP/1.1 {status} {reason}\r\n"
        + (headers
           |> List.map (fun (name, value) -> $"{name}: {value}\r\n")
           |> String.concat "")
        + length
        + "Connection: close\r\n\r\n"

    Array.append (Encoding.ASCII.GetBytes head) bodyBytes

/// The page nginx sends for a 502 (docs/toggl-api.md §3.1: HTML from the edge).
let nginx502 =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"

let private json = [ "Content-Type", "application/json; charset=utf-8" ]

let private quotaHeaders remaining resetsIn =
    [
        "X-Toggl-Quota-Remaining", string remaining
        "X-Toggl-Quota-Resets-In", string resetsIn
    ]

/// An interpreter with its own HttpClient talking to the server, on the fake clock.
let private realInterpreter (clock: TestClock) (server: RawServer) (configure: HttpSettings -> HttpSettings) =
    let settings =
        configure
            { HttpSettings.create credentials with
                BaseAddress = server.BaseAddress
                TimeProvider = clock
            }

    match HttpInterpreter.create settings with
    | Ok http -> http
    | Error error -> failtestf "interpreter refused: %s" (TogglError.message error)

let private headerLine (name: string) (request: string) =
    request.Split "\r\n"
    |> Array.tryFind (fun line -> line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
    |> Option.map (fun line -> line.Substring(name.Length + 1).Trim())

let private base64 (text: string) =
    Convert.ToBase64String(Encoding.UTF8.GetBytes text)

let private invalidArgument error =
    match error with
    | Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))
    | Error(TogglError.Validation(ValidationError.OutOfRange(name, reason))) -> Some(name, reason)
    | _ -> None

let private properties =
    testList
        "properties"
        [
            testProperty "decoding an error body never throws and gives one non-empty line of bounded length"
            <| fun (status: int) (body: string) ->
                let message = ErrorBody.decode status body

                message.Length > 0
                && message.Length <= ErrorBody.MaxLength
                && not (message |> Seq.exists Char.IsControl)

            testProperty "a JSON string literal decodes to its text"
            <| fun (text: NonEmptyString) ->
                // Letters, digits and single spaces survive tidying unchanged.
                let words =
                    text.Get
                    |> String.filter (fun c -> Char.IsAsciiLetterOrDigit c || c = ' ')
                    |> fun s -> s.Split(' ', StringSplitOptions.RemoveEmptyEntries) |> String.concat " "

                let words = if words.Length = 0 then "x" else words
                let words = words.Substring(0, min words.Length ErrorBody.MaxLength)
                ErrorBody.decode 400 (JsonSerializer.Serialize words) = words

            testProperty "every status maps: 2xx to a response, anything else to an error that keeps the status"
            <| Prop.forAll statuses (fun status (body: string) ->
                match HttpStatus.interpret status ResponseHeaders.none epoch body with
                | Ok response -> status >= 200 && status <= 299 && response.Status = status
                | Error error -> (status < 200 || status > 299) && TogglError.status error = Some status)

            testProperty "quota headers parse on any text without throwing, and integers round-trip"
            <| fun (remaining: string) (resetsIn: string) (count: int) (seconds: uint32) ->
                let parsed =
                    {
                        QuotaRemaining = ResponseHeaders.parseRemaining remaining
                        QuotaResetsIn = ResponseHeaders.parseResetsIn resetsIn
                        RetryAfter = None
                        Next = None
                    }

                let quota = ResponseHeaders.quota epoch parsed

                (parsed.QuotaResetsIn |> Option.forall (fun wait -> wait >= TimeSpan.Zero))
                && (quota.IsSome = (parsed.QuotaRemaining.IsSome && parsed.QuotaResetsIn.IsSome))
                && ResponseHeaders.parseRemaining (string count) = Some count
                && ResponseHeaders.parseResetsIn (string seconds) = Some(
                    TimeSpan.FromSeconds(min (float seconds) 86400.)
                )

            testProperty "a 402 keeps the header's remaining count and reset, and its message is never empty"
            <| fun (remaining: int option) (resetsInSeconds: uint16 option) (body: string) ->
                let resetsIn = resetsInSeconds |> Option.map (float >> TimeSpan.FromSeconds)

                let headers =
                    { ResponseHeaders.none with
                        QuotaRemaining = remaining
                        QuotaResetsIn = resetsIn
                    }

                match HttpStatus.toError 402 headers body with
                | TogglError.QuotaExhausted(left, reset, message) ->
                    left = remaining
                    && (resetsIn.IsNone || reset = resetsIn)
                    && not (String.IsNullOrWhiteSpace message)
                | _ -> false
        ]

let private errorBodies =
    testList
        "error bodies"
        [
            test "a JSON string literal gives its text" {
                Expect.equal
                    (ErrorBody.decode 400 "\"start is required for time entry creation\"")
                    "start is required for time entry creation"
                    "Toggl's usual 400 body"
            }

            test "an empty body gives a phrase for the status" {
                Expect.equal (ErrorBody.decode 405 "") "Method Not Allowed" "405 comes empty"
                Expect.stringContains (ErrorBody.decode 401 "  \r\n") "Unauthorized" "401 comes empty"
                Expect.equal (ErrorBody.decode 418 "") "HTTP status 418" "an unknown status"
            }

            test "plain text is kept on one line" {
                Expect.equal (ErrorBody.decode 400 "Invalid start date\n") "Invalid start date" "v8-era text"
                Expect.equal (ErrorBody.decode 400 "two\r\nlines") "two lines" "line breaks become spaces"
            }

            test "an nginx page gives its title" {
                Expect.equal (ErrorBody.decode 502 nginx502) "502 Bad Gateway" "the title"
            }

            test "HTML without a title gives its text without tags or scripts, entities decoded" {
                let page =
                    "<html><body><script>var x = 1;</script><h1>Rate   limited</h1><p>Slow &amp; steady</p></body></html>"

                Expect.equal (ErrorBody.decode 429 page) "Rate limited Slow & steady" "the text"
            }

            test "a long body is cut to MaxLength with an ellipsis" {
                let message = ErrorBody.decode 500 (String.replicate 1000 "overload ")
                Expect.equal message.Length ErrorBody.MaxLength "bounded"
                Expect.isTrue (message.EndsWith "…") "marked as cut"
            }

            test "a JSON string cut short gives its text without the quote, and an object its message" {
                Expect.equal (ErrorBody.decode 400 "\"start is requ") "start is requ" "truncated literal"
                Expect.equal (ErrorBody.decode 500 """{"message":"boom"}""") "boom" "a proxy's object"
                Expect.equal (ErrorBody.decode 400 "null") "null" "a JSON null is shown as sent"
            }

            test "the quota reset is read from a 402 message" {
                Expect.equal
                    (ErrorBody.quotaResetsIn
                        "You have hit your hourly limit for API calls. The quota will reset in 133 seconds.")
                    (Some(TimeSpan.FromSeconds 133.))
                    "133 s"

                Expect.equal (ErrorBody.quotaResetsIn "Please upgrade to a paid plan") None "no figure"
            }
        ]

let private statuses =
    testList
        "status mapping"
        [
            test "each error status of docs/toggl-api.md §3.2 gives its error" {
                let error status body =
                    match HttpStatus.interpret status ResponseHeaders.none epoch body with
                    | Error error -> error
                    | Ok response -> failtestf "expected an error for %d, got %A" status response

                Expect.equal (error 400 "\"bad\"") (TogglError.BadRequest(400, "bad")) "400"

                Expect.equal
                    (error 401 "")
                    (TogglError.Unauthorized(401, ErrorBody.defaultPhrase 401))
                    "401 with its empty body"

                Expect.equal
                    (error 403 "\"User does not have access to this resource\"")
                    (TogglError.Unauthorized(403, "User does not have access to this resource"))
                    "403"

                Expect.equal (error 404 "\"Time entry not found\"") (TogglError.NotFound "Time entry not found") "404"
                Expect.equal (error 405 "") (TogglError.BadRequest(405, "Method Not Allowed")) "405"

                Expect.equal
                    (error 409 "\"Time entry already stopped\"")
                    (TogglError.Conflict "Time entry already stopped")
                    "409"

                Expect.equal (error 410 "") (TogglError.BadRequest(410, "Gone")) "410"
                Expect.equal (error 429 "") (TogglError.RateLimited(None, "Too Many Requests")) "429"
                Expect.equal (error 503 "") (TogglError.ServerError(503, "Service Unavailable")) "503"
            }

            test "a 402 prefers the quota headers to the message" {
                let headers =
                    { ResponseHeaders.none with
                        QuotaRemaining = Some -2
                        QuotaResetsIn = Some(TimeSpan.FromSeconds 60.)
                    }

                Expect.equal
                    (HttpStatus.toError
                        402
                        headers
                        "\"You have hit your hourly limit for API calls. The quota will reset in 133 seconds.\"")
                    (TogglError.QuotaExhausted(
                        Some -2,
                        Some(TimeSpan.FromSeconds 60.),
                        "You have hit your hourly limit for API calls."
                    ))
                    "the header's 60 s, not the message's 133 s, which leaves the message"
            }
        ]

let private credentialsTests =
    testList
        "credentials"
        [
            test "BasicAuth's ToString and %A hide the token, the email and the password" {
                let byEmail =
                    match BasicAuth.emailPassword "ada@example.com" "correct horse" with
                    | Ok auth -> auth
                    | Error error -> failtestf "refused: %s" (TogglError.message error)

                for shown in
                    [
                        string credentials
                        sprintf "%A" credentials
                        sprintf "%O" credentials
                        sprintf "%A" (Some credentials)
                        sprintf "%A" (HttpSettings.create credentials)
                    ] do
                    Expect.isFalse (shown.Contains token) $"no token in {shown}"
                    Expect.isFalse (shown.Contains(base64 (token + ":api_token"))) "no header value"

                for shown in [ string byEmail; sprintf "%A" byEmail ] do
                    Expect.isFalse (shown.Contains "correct horse") "no password"
                    Expect.isFalse (shown.Contains "ada@example.com") "no email"
                    Expect.stringContains shown "hidden" "says it is hidden"

                Expect.stringContains (sprintf "%A" credentials) "api token" "says what kind"
            }

            test "BasicAuth refuses empty or malformed credentials without echoing them" {
                Expect.equal (invalidArgument (BasicAuth.apiToken "")) (Some("api_token", "must not be empty")) "empty"

                match BasicAuth.apiToken "secret:value" with
                | Error error -> Expect.isFalse ((TogglError.message error).Contains "secret") "the token is not echoed"
                | Ok _ -> failtest "a token with a colon must be refused"

                Expect.equal
                    (invalidArgument (BasicAuth.emailPassword "ada:x@example.com" "pw")
                     |> Option.map fst)
                    (Some "email")
                    "a colon in the email"

                Expect.equal
                    (invalidArgument (BasicAuth.emailPassword "ada@example.com" "") |> Option.map fst)
                    (Some "password")
                    "an empty password"
            }

            test "the header value is Basic base64 of token:api_token" {
                Expect.equal
                    (BasicAuth.headerValue credentials)
                    ("Basic " + base64 (token + ":api_token"))
                    "Toggl's token form (docs/toggl-api.md §2)"
            }
        ]

let private settingsTests =
    testList
        "settings"
        [
            test "the defaults are Toggl's base, 10 s, 3 retries and a TogglFun User-Agent" {
                let settings = HttpSettings.create credentials
                Expect.equal settings.BaseAddress (Uri "https://api.track.toggl.com/api/v9/") "Toggl's base"
                Expect.equal settings.Timeout (TimeSpan.FromSeconds 10.) "10 s"
                Expect.equal settings.Retries 3 "3 retries"
                Expect.isTrue (settings.UserAgent.StartsWith "TogglFun/0.1.0") "names TogglFun and its version"
                Expect.equal settings.TimeProvider TimeProvider.System "the system clock"
            }

            test "an http:// base address that is not loopback is refused" {
                for address in
                    [
                        "http://api.track.toggl.com/api/v9/"
                        "http://10.0.0.1/"
                        "http://128.0.0.1/"
                    ] do
                    let refused =
                        HttpInterpreter.create
                            { HttpSettings.create credentials with
                                BaseAddress = Uri address
                            }
                        |> Result.map ignore
                        |> invalidArgument

                    match refused with
                    | Some(name, reason) ->
                        Expect.equal name "base_address" "names the setting"
                        Expect.stringContains reason "https" $"says why for {address}"
                    | None -> failtestf "%s must be refused" address
            }

            test "http:// to 127.0.0.0/8, localhost and ::1 is accepted, and so is any https://" {
                for address in
                    [
                        "http://127.0.0.1:8080/api/v9/"
                        "http://127.9.9.9/"
                        "http://localhost:5000/api/v9"
                        "http://[::1]:5000/"
                        "https://api.track.toggl.com/api/v9/"
                    ] do
                    match
                        HttpInterpreter.create
                            { HttpSettings.create credentials with
                                BaseAddress = Uri address
                            }
                    with
                    | Ok http -> http.Dispose()
                    | Error error -> failtestf "%s refused: %s" address (TogglError.message error)
            }

            test "a base address with user info is refused without echoing it" {
                let refused =
                    HttpInterpreter.create
                        { HttpSettings.create credentials with
                            BaseAddress = Uri "https://ada:hunter2@api.track.toggl.com/api/v9/"
                        }
                    |> Result.map ignore

                match refused with
                | Error error -> Expect.isFalse ((TogglError.message error).Contains "hunter2") "not echoed"
                | Ok() -> failtest "user info must be refused"
            }

            test "settings out of range are refused, naming the setting" {
                let refusedName configure =
                    HttpInterpreter.create (configure (HttpSettings.create credentials))
                    |> Result.map ignore
                    |> invalidArgument
                    |> Option.map fst

                Expect.equal (refusedName (fun s -> { s with Retries = -1 })) (Some "retries") "negative retries"
                Expect.equal (refusedName (fun s -> { s with Retries = 11 })) (Some "retries") "too many retries"
                Expect.equal (refusedName (fun s -> { s with Timeout = TimeSpan.Zero })) (Some "timeout") "no timeout"

                Expect.equal
                    (refusedName (fun s ->
                        { s with
                            UserAgent = "TogglFun\r\nX-Evil: 1"
                        }))
                    (Some "user_agent")
                    "header injection"

                Expect.equal
                    (refusedName (fun s ->
                        { s with
                            BaseAddress = Uri "ftp://127.0.0.1/"
                        }))
                    (Some "base_address")
                    "not http"
            }
        ]

let private overLoopback =
    testList
        "over real loopback HTTP"
        [
            testCaseTask "an nginx 502 page and then 200 is retried for a GET, and the answer's quota kept"
            <| fun () ->
                task {
                    use server =
                        new RawServer(fun n ->
                            if n = 1 then
                                raw 502 "Bad Gateway" [ "Content-Type", "text/html"; "Server", "nginx" ] nginx502
                            else
                                raw 200 "OK" (json @ quotaHeaders 29 3599) "[]")

                    let clock = TestClock()
                    use http = realInterpreter clock server id
                    let! result = send clock http (request Toggl.Core.HttpMethod.Get "me/time_entries")

                    let quota =
                        Some
                            {
                                Remaining = 29
                                ResetsIn = TimeSpan.FromSeconds 3599.
                                ObservedAt = clock.GetUtcNow()
                            }

                    Expect.equal
                        result
                        (Ok
                            {
                                Status = 200
                                Body = "[]"
                                Quota = quota
                                Date = None
                                Bytes = None
                                Next = None
                            })
                        "the second answer"

                    Expect.equal http.LastQuota quota "LastQuota follows"
                    Expect.equal server.Connections 2 "one retry"

                    for sent in server.Requests do
                        Expect.isTrue (sent.StartsWith "GET /api/v9/me/time_entries HTTP/1.1") "base + path"
                }

            testCaseTask "a body cut short is a transport failure, retried for a GET until the retries are spent"
            <| fun () ->
                task {
                    use server =
                        new RawServer(fun _ -> raw 200 "OK" (("Content-Length", "100") :: json) "[{\"id\": 1, \"wor")

                    let clock = TestClock()
                    use http = realInterpreter clock server id
                    let! result = send clock http current

                    match result with
                    | Error(TogglError.Transport message) ->
                        Expect.isFalse (message.Contains token) "no token in the message"
                    | other -> failtestf "expected Transport, got %A" other

                    Expect.equal server.Connections 4 "3 retries"
                }

            testCaseTask "a POST answered with an nginx 502 page fails at once with the page's title"
            <| fun () ->
                task {
                    use server =
                        new RawServer(fun _ -> raw 502 "Bad Gateway" [ "Content-Type", "text/html" ] nginx502)

                    let clock = TestClock()
                    use http = realInterpreter clock server id
                    let! result = send clock http create
                    Expect.equal result (Error(TogglError.ServerError(502, "502 Bad Gateway"))) "the title"
                    Expect.equal server.Connections 1 "a create is never retried"
                    let sent = server.Requests.Head
                    Expect.isTrue (sent.StartsWith "POST /api/v9/workspaces/1/time_entries HTTP/1.1") "the path"

                    Expect.equal
                        (headerLine "Content-Type" sent)
                        (Some "application/json; charset=utf-8")
                        "the body is JSON"

                    Expect.isTrue (sent.EndsWith create.Body.Value) "the body as built"
                }

            testCaseTask "each request carries Basic token:api_token, a TogglFun User-Agent and Accept JSON"
            <| fun () ->
                task {
                    use server = new RawServer(fun _ -> raw 200 "OK" json "null")
                    let clock = TestClock()
                    use http = realInterpreter clock server id

                    let! result = send clock http { current with Query = "meta=true" }

                    Expect.isOk result "answered"
                    let sent = server.Requests.Head

                    Expect.isTrue
                        (sent.StartsWith "GET /api/v9/me/time_entries/current?meta=true HTTP/1.1")
                        "query kept"

                    Expect.equal
                        (headerLine "Authorization" sent)
                        (Some("Basic " + base64 (token + ":api_token")))
                        "Basic auth"

                    Expect.equal (headerLine "User-Agent" sent) (Some HttpSettings.defaultUserAgent) "User-Agent"
                    Expect.stringContains HttpSettings.defaultUserAgent "TogglFun/" "names TogglFun"
                    Expect.equal (headerLine "Accept" sent) (Some "application/json") "Accept"
                }

            testCaseTask "email and password go as Basic email:password, to a base without a trailing slash"
            <| fun () ->
                task {
                    use server = new RawServer(fun _ -> raw 200 "OK" json "{}")
                    let clock = TestClock()

                    let byEmail =
                        match BasicAuth.emailPassword "ada@example.com" "pässword 1" with
                        | Ok auth -> auth
                        | Error error -> failtestf "refused: %s" (TogglError.message error)

                    let trimmed = Uri(server.BaseAddress.AbsoluteUri.TrimEnd '/')

                    use http =
                        realInterpreter clock server (fun s ->
                            { s with
                                Credentials = byEmail
                                BaseAddress = trimmed
                            })

                    let! result = send clock http (request Toggl.Core.HttpMethod.Get "me")
                    Expect.isOk result "answered"
                    let sent = server.Requests.Head
                    Expect.isTrue (sent.StartsWith "GET /api/v9/me HTTP/1.1") "the base keeps its last segment"

                    Expect.equal
                        (headerLine "Authorization" sent)
                        (Some("Basic " + base64 "ada@example.com:pässword 1"))
                        "UTF-8 email:password"
                }

            testCaseTask "quota headers are read from error answers too, and LastQuota keeps the newest figures"
            <| fun () ->
                task {
                    use server =
                        new RawServer(fun n ->
                            match n with
                            | 1 -> raw 200 "OK" (json @ quotaHeaders 10 1200) "null"
                            | 2 -> raw 404 "Not Found" (json @ quotaHeaders 9 1190) "\"Time entry not found\""
                            | _ -> raw 200 "OK" json "null")

                    let clock = TestClock()
                    use http = realInterpreter clock server id
                    Expect.equal http.LastQuota None "nothing known before the first answer"
                    let! first = send clock http current

                    Expect.equal
                        (first |> Result.map _.Quota)
                        (Ok(
                            Some
                                {
                                    Remaining = 10
                                    ResetsIn = TimeSpan.FromSeconds 1200.
                                    ObservedAt = epoch
                                }
                        ))
                        "on success"

                    clock.Advance(TimeSpan.FromSeconds 10.)
                    let! second = send clock http (request Toggl.Core.HttpMethod.Get "me/time_entries/7")
                    Expect.equal second (Error(TogglError.NotFound "Time entry not found")) "the 404"

                    let afterError =
                        Some
                            {
                                Remaining = 9
                                ResetsIn = TimeSpan.FromSeconds 1190.
                                ObservedAt = epoch.AddSeconds 10.
                            }

                    Expect.equal http.LastQuota afterError "read from the 404"
                    let! third = send clock http current
                    Expect.equal (third |> Result.map _.Quota) (Ok None) "no headers this time"
                    Expect.equal http.LastQuota afterError "the last known figures stay"
                }

            testCaseTask "a shared HttpClient stays open after the interpreter is disposed; the interpreter does not"
            <| fun () ->
                task {
                    use server = new RawServer(fun _ -> raw 200 "OK" json "null")
                    use shared = new HttpClient()
                    let clock = TestClock()

                    let http =
                        realInterpreter clock server (fun s -> { s with HttpClient = Some shared })

                    let! before = send clock http current
                    Expect.isOk before "answered through the shared client"
                    http.Dispose()
                    let! after = http.Send(current, CancellationToken.None)
                    Expect.isError after "a disposed interpreter answers with an error, not an exception"
                    use! response = shared.GetAsync(Uri(server.BaseAddress, "me"))
                    Expect.equal response.StatusCode HttpStatusCode.OK "the shared client still works"
                }

            testCaseTask "a path that leaves the API base is refused before anything is sent"
            <| fun () ->
                task {
                    use server = new RawServer(fun _ -> raw 200 "OK" json "null")
                    let clock = TestClock()
                    use http = realInterpreter clock server id
                    let! result = send clock http (request Toggl.Core.HttpMethod.Get "https://example.com/steal")
                    Expect.equal (invalidArgument result |> Option.map fst) (Some "path") "refused"
                    Expect.equal server.Connections 0 "nothing sent"
                }
        ]

/// Error bodies, status mapping, headers, credentials, settings, and the interpreter over real loopback HTTP.
let tests =
    testList
        "HttpInterpreterTests"
        [
            properties
            errorBodies
            statuses
            credentialsTests
            settingsTests
            overLoopback
        ]
