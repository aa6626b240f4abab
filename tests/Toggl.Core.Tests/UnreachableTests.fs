/// "No network" is not "unanswered": a request whose connection was never made (a closed port, a name that does
/// not resolve) certainly did not reach Toggl. It is `Unreachable`, retried for every method (a create too), never
/// looked for by a recovery listing, and queued plainly by the outbox. A connection accepted and then dropped (the
/// sandbox's network switch) stays unanswered: the request may have arrived.
module Toggl.Core.Tests.UnreachableTests

open System
open System.Collections.Concurrent
open System.Net
open System.Net.Http
open System.Net.Sockets
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core
open Toggl.Core.Tests.ResilienceTests.Support
open Toggl.Core.Tests.OutboxReplayTests
open Toggl.Sandbox

let private ct = CancellationToken.None

let private exn' (error: exn) = error

/// A real socket handler under a handler that notes the method of every attempt, refused or not.
type private CountingHandler() =
    inherit DelegatingHandler(new SocketsHttpHandler())
    let methods = ConcurrentQueue<string>()

    /// The method of every attempt, in order.
    member _.Methods = List.ofSeq methods

    override _.SendAsync(request: HttpRequestMessage, token: CancellationToken) =
        methods.Enqueue request.Method.Method
        base.SendAsync(request, token)

/// An interpreter on the real clock with millisecond backoff, at `address`, over `handler`.
let private interpreterAt (address: Uri) (handler: HttpMessageHandler) =
    let settings =
        { HttpSettings.create credentials with
            BaseAddress = address
            BaseDelay = TimeSpan.FromMilliseconds 1.
            MaxDelay = TimeSpan.FromMilliseconds 5.
            HttpClient = Some(new HttpClient(handler))
        }

    match HttpInterpreter.create settings with
    | Ok http -> http
    | Error error -> failtestf "interpreter refused: %s" (TogglError.message error)

let private closedAddress () =
    Uri("http://127.0.0.1:" + string (closedPort ()) + "/api/v9/")

let private createBody =
    """{"created_with":"TogglFun","description":"on the train","duration":60,"start":"2026-03-02T08:00:00Z","stop":"2026-03-02T08:01:00Z","workspace_id":1}"""

let private create =
    {
        Api = TogglApi.Track
        Method = Toggl.Core.HttpMethod.Post
        Path = "workspaces/1/time_entries"
        Query = ""
        Body = Some createBody
    }

let private onTheTrain =
    let start = DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)

    { TrackerBody.empty with
        Description = Field.Set "on the train"
        Start = Field.Set start
        Stop = Field.Set(start.AddMinutes 1.)
    }

let private rules =
    testList
        "the retry rule"
        [
            testProperty "a connection never made is retried for every method, a create too"
            <| fun (idempotent: bool) (retries: byte) ->
                let policy =
                    { RetryPolicy.standard with
                        Retries = int retries
                    }

                Resilience.decide policy idempotent AttemptOutcome.NotConnected = RetryDecision.Backoff policy.BaseDelay

            test "a refused connection or an unresolved name is 'not connected'; a dropped one is a transport failure" {
                let classify = Resilience.classify CancellationToken.None

                Expect.equal
                    (classify (exn' (HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"))))
                    (Some AttemptOutcome.NotConnected)
                    "connection refused"

                Expect.equal
                    (classify (
                        exn' (HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known"))
                    ))
                    (Some AttemptOutcome.NotConnected)
                    "name not resolved"

                Expect.equal
                    (classify (SocketException(int SocketError.ConnectionRefused) :> exn))
                    (Some AttemptOutcome.NotConnected)
                    "a socket refused during connect"

                Expect.equal
                    (classify (
                        exn' (HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"))
                    ))
                    (Some AttemptOutcome.TransportFailed)
                    "a connection that broke off"

                Expect.equal
                    (classify (SocketException(int SocketError.ConnectionReset) :> exn))
                    (Some AttemptOutcome.TransportFailed)
                    "a connection reset"

                Expect.equal
                    (classify (HttpRequestException "An error occurred while sending the request."))
                    (Some AttemptOutcome.TransportFailed)
                    "no telling: may have been sent"
            }
        ]

let private overLoopback =
    testList
        "over loopback"
        [
            testCaseTask "a POST to a closed port is Unreachable after the retries, and names no token"
            <| fun () ->
                task {
                    let handler = new CountingHandler()
                    use http = interpreterAt (closedAddress ()) handler
                    let! result = http.Send(create, ct)

                    match result with
                    | Error(TogglError.Unreachable message) ->
                        Expect.isFalse (message.Contains token) "no token in the message"
                        Expect.isNonEmpty message "says why"
                    | Error other -> failtestf "expected Unreachable, got %s" (TogglError.message other)
                    | Ok _ -> failtest "expected Unreachable, got an answer"

                    Expect.equal handler.Methods [ "POST"; "POST"; "POST"; "POST" ] "the first attempt and 3 retries"
                }

            testCaseTask "a create to a closed port sends no recovery listing and is Unreachable, not OutcomeUnknown"
            <| fun () ->
                task {
                    let handler = new CountingHandler()
                    use http = interpreterAt (closedAddress ()) handler
                    let! added = Trackers.add (Trackers.over 1L http) onTheTrain ct

                    match added with
                    | Error(TogglError.Unreachable _) -> ()
                    | Error other -> failtestf "expected Unreachable, got %s" (TogglError.message other)
                    | Ok _ -> failtest "expected Unreachable, got a tracker"

                    Expect.equal handler.Methods [ "POST"; "POST"; "POST"; "POST" ] "no listing: only the create"
                }

            testCaseTask "a PUT answered 502 and then refused stays unanswered: its first attempt may have applied it"
            <| fun () ->
                task {
                    let server: HttpInterpreterTests.RawServer option ref = ref None

                    let answerOnceThenClose _ =
                        // Stop listening: the retries meet a closed port.
                        server.Value |> Option.iter (fun s -> (s :> IDisposable).Dispose())
                        HttpInterpreterTests.raw 502 "Bad Gateway" [] ""

                    let answering = new HttpInterpreterTests.RawServer(answerOnceThenClose)
                    server.Value <- Some answering
                    use _ = answering
                    use http = interpreterAt answering.BaseAddress (new SocketsHttpHandler())

                    let edit =
                        { create with
                            Method = Toggl.Core.HttpMethod.Put
                            Path = "workspaces/1/time_entries/5"
                        }

                    let! result = http.Send(edit, ct)

                    match result with
                    | Error(TogglError.Transport _) -> ()
                    | Error other -> failtestf "expected Transport, got %s" (TogglError.message other)
                    | Ok _ -> failtest "expected Transport, got an answer"

                    Expect.equal answering.Connections 1 "one attempt answered"
                }
        ]

let private outbox =
    testList
        "the outbox"
        [
            testTask "a create at a closed port is queued plainly, and the replay sends it once" {
                do!
                    withOutbox (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -30.0

                            let body =
                                { TrackerBody.empty with
                                    Description = Field.Set "no network"
                                    Start = Field.Set start
                                    Stop = Field.Set(start.AddMinutes 20.0)
                                }

                            let! added = Outbox.add f.Offline body ct

                            match added with
                            | Ok(Written.Queued(_, notice)) ->
                                match notice.Reason with
                                | Some(TogglError.Unreachable _) -> ()
                                | Some other -> failtestf "expected Unreachable, got %s" (TogglError.message other)
                                | None -> failtest "expected Unreachable, got no reason"
                            | Ok(Written.Sent _) -> failtest "expected it queued, it was sent"
                            | Error error -> failtestf "expected it queued, got %s" (TogglError.message error)

                            let! items = Outbox.items f.Online ct

                            match items with
                            | Ok items ->
                                Expect.equal (items |> List.map (fun i -> i.State)) [ OutboxState.Queued ] "queued"
                            | Error error -> failtestf "the items: %s" (TogglError.message error)

                            let! results = Outbox.replay f.Online None ct

                            match results with
                            | Ok [ ReplayResult.Sent _ ] -> ()
                            | Ok other -> failtestf "expected one sent, got %d results" other.Length
                            | Error error -> failtestf "replay: %s" (TogglError.message error)

                            Expect.equal (f.Requests "POST") 1 "one create"
                            Expect.equal (f.Entries "no network").Length 1 "Toggl holds it once"
                        })
            }

            testTask "a create whose connection is dropped after it was accepted (network off) stays unknown" {
                do!
                    withOutboxClock true (fun clock -> SandboxOptions(TimeProvider = clock)) (fun f ->
                        task {
                            let start = f.Clock.GetUtcNow().AddMinutes -30.0
                            f.Sandbox.TurnNetworkOff()

                            let body =
                                { TrackerBody.empty with
                                    Description = Field.Set "dropped"
                                    Start = Field.Set start
                                    Stop = Field.Set(start.AddMinutes 20.0)
                                }

                            let! added = Outbox.add f.Online body ct

                            match added with
                            | Ok(Written.Queued(_, notice)) ->
                                match notice.Reason with
                                | Some(TogglError.OutcomeUnknown(_, TogglError.Transport _)) -> ()
                                | Some other ->
                                    failtestf "expected an unknown outcome, got %s" (TogglError.message other)
                                | None -> failtest "expected an unknown outcome, got no reason"
                            | Ok(Written.Sent _) -> failtest "expected it queued, it was sent"
                            | Error error -> failtestf "expected it queued, got %s" (TogglError.message error)

                            let! items = Outbox.items f.Online ct

                            match items with
                            | Ok items ->
                                Expect.equal (items |> List.map (fun i -> i.State)) [ OutboxState.Unknown ] "unknown"
                            | Error error -> failtestf "the items: %s" (TogglError.message error)

                            Expect.equal (f.Requests "POST") 1 "the create was sent once, not retried"
                        })
            }
        ]

let tests = testList "UnreachableTests" [ rules; overLoopback; outbox ]
