module Toggl.Core.Tests.BaseAddressTests

open System
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

/// The reason of a refusal, or the address accepted.
let private outcome (result: Result<Uri, TogglError>) =
    match result with
    | Ok uri -> Ok uri.AbsoluteUri
    | Error(TogglError.Validation(ValidationError.InvalidArgument("base_address", reason))) -> Error reason
    | Error other -> failtestf "not a base_address refusal: %s" (TogglError.message other)

/// Hosts plain http may go to: this machine only.
let private loopbackHosts = [ "127.0.0.1"; "127.9.9.9"; "localhost"; "[::1]" ]

/// Path segments of a generated address.
let private segment = Gen.elements [ "api"; "v9"; "toggl"; "a-b"; "x_1" ]

let private addresses =
    gen {
        let! scheme, host =
            Gen.oneof
                [
                    Gen.elements loopbackHosts |> Gen.map (fun host -> "http", host)
                    Gen.elements [ "api.track.toggl.com"; "example.com"; "127.0.0.1" ]
                    |> Gen.map (fun host -> "https", host)
                ]

        let! port = Gen.elements [ ""; ":5000"; ":443" ]
        let! segments = Gen.listOfLength 2 segment
        let! trailing = Gen.elements [ ""; "/" ]
        return $"{scheme}://{host}{port}/" + String.Join("/", segments) + trailing
    }
    |> Arb.fromGen

let tests =
    testList
        "base address"
        [
            test "the rule as a table: accepted with the trailing slash added, or refused with the reason" {
                let cases =
                    [
                        "https://api.track.toggl.com/api/v9", Ok "https://api.track.toggl.com/api/v9/"
                        "https://api.track.toggl.com/api/v9/", Ok "https://api.track.toggl.com/api/v9/"
                        "  https://example.com  ", Ok "https://example.com/"
                        "http://127.0.0.1:8080/api/v9", Ok "http://127.0.0.1:8080/api/v9/"
                        "http://localhost:5000/api/v9/", Ok "http://localhost:5000/api/v9/"
                        "http://[::1]:5000/", Ok "http://[::1]:5000/"
                        "http://example.com/api/v9/", Error "is not a loopback host"
                        "http://10.0.0.1/", Error "is not a loopback host"
                        "ftp://example.com/", Error "not ftp://"
                        "file:///etc/passwd", Error "not file://"
                        "https://ada:hunter2@example.com/", Error "must not contain user info"
                        "https://example.com/api/v9/?workspace=1", Error "must not have a query string or a fragment"
                        "https://example.com/api/v9/#top", Error "must not have a query string or a fragment"
                        "not an address", Error "must be an absolute"
                        "", Error "must be an absolute"
                        "api/v9/", Error "must be an absolute"
                    ]

                for text, expected in cases do
                    match outcome (BaseAddress.parse text), expected with
                    | Ok actual, Ok wanted -> Expect.equal actual wanted $"'{text}' normalised"
                    | Error reason, Error fragment ->
                        Expect.stringContains reason fragment $"'{text}' refused for the right reason"
                        Expect.isFalse (reason.Contains "hunter2") "a secret in the address is never echoed"
                    | actual, _ -> failtestf "'%s': expected %A, got %A" text expected actual
            }

            test "the HTTP interpreter, parse and check apply the same rule" {
                for text in [ "http://127.0.0.1/api"; "http://example.com/"; "https://example.com/a?b" ] do
                    let uri = Uri text

                    Expect.equal
                        (outcome (HttpInterpreter.baseAddress uri))
                        (outcome (BaseAddress.check uri))
                        $"{text}: one rule"

                    Expect.equal
                        (outcome (BaseAddress.parse text))
                        (outcome (BaseAddress.check uri))
                        $"{text}: text and Uri"
            }

            test "Toggl's default address passes the rule unchanged" {
                Expect.equal
                    (BaseAddress.check HttpSettings.defaultBaseAddress)
                    (Ok HttpSettings.defaultBaseAddress)
                    "the default is already normal"
            }

            testProperty "an accepted address ends with a slash, keeps its path, and accepting it again changes nothing"
            <| Prop.forAll addresses (fun text ->
                match BaseAddress.parse text with
                | Ok uri ->
                    uri.AbsoluteUri.EndsWith "/"
                    && uri.AbsoluteUri.TrimEnd('/') = Uri(text).AbsoluteUri.TrimEnd('/')
                    && BaseAddress.check uri = Ok uri
                | Error _ -> false)
        ]
