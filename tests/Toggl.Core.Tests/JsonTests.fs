module Toggl.Core.Tests.JsonTests

open System
open System.Globalization
open System.Text
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

/// The real GET example of docs/toggl-api.md §5 (meta=true, legacy fields included).
let realGetExample =
    """{"id":3731531776,"workspace_id":2230580,"project_id":63334409,"task_id":null,"billable":false,"start":"2024-12-16T17:05:25+00:00","stop":"2024-12-16T18:07:05+00:00","duration":3700,"description":"Inbox Zero","tags":[],"tag_ids":[],"duronly":true,"at":"2024-12-16T18:07:05.694469Z","server_deleted_at":null,"user_id":2166261,"uid":2166261,"wid":2230580,"pid":63334409,"client_name":"AGL","project_name":"AGL Social Media","project_color":"#d92b2b","project_active":true,"project_billable":false,"user_name":"Marco","user_avatar_url":"https://…"}"""

/// A POST response of a running entry created without tags (docs/toggl-api.md §5, §7.4: tags null on create).
let postResponse =
    """{"id":3730303299,"workspace_id":2230580,"project_id":null,"task_id":null,"billable":false,"start":"2024-12-16T01:55:24Z","stop":null,"duration":-1,"description":"Writing","tags":null,"tag_ids":null,"duronly":true,"at":"2024-12-16T02:05:25.5667Z","server_deleted_at":null,"user_id":2166261,"uid":2166261,"wid":2230580}"""

let utc (text: string) =
    DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime()

let timestamp (text: string) =
    Decode.fromString Decode.dateTimeOffset ("\"" + text + "\"")

let expectDecodeError (path: string) (result: Result<'T, DecodeError>) =
    match result with
    | Error error -> Expect.equal error.Path path $"the error's path ({error.Message})"
    | Ok value -> failtest $"expected a decode error at {path}, got {value}"

/// Strings as a person may type them, lone surrogates replaced (they cannot be sent as UTF-8 at all).
let sanitize (text: string) =
    if String.IsNullOrEmpty text then
        ""
    else
        let builder = StringBuilder()
        let mutable i = 0

        while i < text.Length do
            let c = text[i]

            if Char.IsHighSurrogate c && i + 1 < text.Length && Char.IsLowSurrogate text[i + 1] then
                builder.Append(c).Append(text[i + 1]) |> ignore
                i <- i + 2
            elif Char.IsSurrogate c then
                builder.Append('\uFFFD') |> ignore
                i <- i + 1
            else
                builder.Append(c) |> ignore
                i <- i + 1

        builder.ToString()

let genText =
    Gen.oneof
        [
            ArbMap.defaults |> ArbMap.generate<string> |> Gen.map sanitize
            Gen.elements
                [
                    "123"
                    "null"
                    "true"
                    ""
                    "\"quoted\""
                    "naïve café ☕"
                    "Ω emoji 🎉 🇩🇪"
                    "tab\tnew\nline"
                    "</script>&<"
                    "\\u0000"
                ]
        ]

let genInstant =
    gen {
        let! seconds = Gen.choose (1_000_000_000, 1_950_000_000)
        let! ticks = Gen.choose (0, 9_999_999)
        let! quarters = Gen.choose (-56, 56)

        return
            DateTimeOffset.UnixEpoch
                .AddSeconds(float seconds)
                .AddTicks(int64 ticks)
                .ToOffset(TimeSpan.FromMinutes(float (quarters * 15)))
    }

let genId = Gen.choose (1, Int32.MaxValue) |> Gen.map (fun i -> int64 i * 7L)

let genTracker =
    gen {
        let! id = genId
        let! workspaceId = genId
        let! description = Gen.optionOf genText
        let! start = genInstant
        let! stop = Gen.optionOf genInstant
        let! duration = Gen.choose (-1, 1_000_000) |> Gen.map int64
        let! projectId = Gen.optionOf genId
        let! taskId = Gen.optionOf genId
        let! tags = Gen.listOf genText
        let! tagIds = Gen.listOf genId
        let! billable = Gen.elements [ true; false ]
        let! userId = genId
        let! at = genInstant
        let! deletedAt = Gen.optionOf genInstant

        return
            {
                Id = id
                WorkspaceId = workspaceId
                Description = description
                Start = start
                Stop = stop
                Duration = duration
                ProjectId = projectId
                TaskId = taskId
                Tags = tags
                TagIds = tagIds
                Billable = billable
                UserId = userId
                At = at
                ServerDeletedAt = deletedAt
            }
    }

/// Every timestamp of a tracker has offset zero and the same ticks as the original instant.
let sameInstantsInUtc (original: TogglTracker) (decoded: TogglTracker) =
    let same (a: DateTimeOffset) (b: DateTimeOffset) =
        b.Offset = TimeSpan.Zero && a.UtcTicks = b.UtcTicks

    let sameOption a b =
        match a, b with
        | Some x, Some y -> same x y
        | None, None -> true
        | _ -> false

    same original.Start decoded.Start
    && same original.At decoded.At
    && sameOption original.Stop decoded.Stop
    && sameOption original.ServerDeletedAt decoded.ServerDeletedAt

/// Damages valid JSON the way a network or a buggy proxy might.
let genMutated =
    gen {
        let! trackers = Gen.listOfLength 2 genTracker
        let bytes = Encoding.UTF8.GetBytes(TrackerJson.encodeTrackers trackers)
        let! position = Gen.choose (0, bytes.Length - 1)
        let! kind = Gen.choose (0, 4)
        let! noise = Gen.choose (0, 255)

        return
            match kind with
            | 0 -> bytes[.. position - 1]
            | 1 ->
                let copy = Array.copy bytes
                copy[position] <- copy[position] ^^^ byte (max 1 noise)
                copy
            | 2 -> Array.concat [ bytes[.. position - 1]; "null"B; bytes[position..] ]
            | 3 -> Array.concat [ bytes[.. position - 1]; bytes[position + 1 ..] ]
            | _ -> Array.concat [ bytes[.. position - 1]; [| byte noise |]; bytes[position..] ]
    }

let neverThrows (text: string) =
    let bytes = Encoding.UTF8.GetBytes text

    try
        TrackerJson.decodeTracker text |> ignore
        TrackerJson.decodeTrackers text |> ignore
        TrackerJson.decodeTrackersUtf8 (ReadOnlyMemory bytes) |> ignore
        TrackerJson.decodeCurrent text |> ignore
        TrackerJson.decodeEdits text |> ignore
        true
    with e ->
        failwith $"threw {e.GetType().Name}: {e.Message}"

let berlin = TimeZoneInfo.FindSystemTimeZoneById "Europe/Berlin"

/// The last Sunday of a month at 01:00 UTC: when Europe/Berlin changes its clocks.
let transition (year: int) (month: int) =
    let last =
        DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc)

    DateTimeOffset(last.AddDays(-(float (int last.DayOfWeek))))

let decoding =
    testList
        "decoding"
        [
            test "the real GET example of docs/toggl-api.md §5 decodes with legacy and meta fields ignored" {
                let expected =
                    {
                        Id = 3731531776L
                        WorkspaceId = 2230580L
                        Description = Some "Inbox Zero"
                        Start = utc "2024-12-16T17:05:25Z"
                        Stop = Some(utc "2024-12-16T18:07:05Z")
                        Duration = 3700L
                        ProjectId = Some 63334409L
                        TaskId = None
                        Tags = []
                        TagIds = []
                        Billable = false
                        UserId = 2166261L
                        At = utc "2024-12-16T18:07:05.694469Z"
                        ServerDeletedAt = None
                    }

                Expect.equal (TrackerJson.decodeTracker realGetExample) (Ok expected) "every field"
            }

            test "a POST response with tags and tag_ids null decodes as a running entry with no tags" {
                match TrackerJson.decodeTracker postResponse with
                | Ok tracker ->
                    Expect.equal tracker.Tags [] "tags null → []"
                    Expect.equal tracker.TagIds [] "tag_ids null → []"
                    Expect.isNone tracker.Stop "running"
                    Expect.isTrue (TogglTracker.isRunning tracker) "duration -1"
                    Expect.equal tracker.At (utc "2024-12-16T02:05:25.5667Z") "at with microseconds"
                | Error e -> failtest (string e)
            }

            test "current is None for null, an empty body and {}" {
                for body in [ "null"; ""; "  "; "{}"; " null\n" ] do
                    Expect.equal (TrackerJson.decodeCurrent body) (Ok None) $"body {body}"
            }

            test "one time entry or current followed by more JSON is an error at $" {
                for body in [ "null []"; "{} {}"; postResponse + " 1" ] do
                    expectDecodeError "$" (TrackerJson.decodeCurrent body)

                expectDecodeError "$" (TrackerJson.decodeTracker (postResponse + " {}"))
                expectDecodeError "$.id" (TrackerJson.decodeTracker "{} ")
            }

            test "current refuses a value that is neither null nor a time entry, naming it" {
                match TrackerJson.decodeCurrent "[]" with
                | Error e ->
                    Expect.equal e.Path "$" "the root"
                    Expect.stringContains e.Message "a time entry object" "what was expected"
                | other -> failtest $"got {other}"
            }

            test "current decodes a running entry" {
                match TrackerJson.decodeCurrent postResponse with
                | Ok(Some tracker) -> Expect.equal tracker.Id 3730303299L "the entry"
                | other -> failtest $"got {other}"
            }

            test "an HTML body from the edge is a decode error at $, not an exception" {
                let html = "<html><body><h1>502 Bad Gateway</h1></body></html>"

                match TrackerJson.decodeTrackers html with
                | Error error ->
                    Expect.equal error.Path "$" "the root"
                    Expect.stringContains error.Message "not valid JSON" "says what is wrong"
                | Ok _ -> failtest "HTML decoded"
            }

            test "truncated JSON is a decode error at $" {
                expectDecodeError "$" (TrackerJson.decodeTracker (realGetExample.Substring(0, 120)))
                expectDecodeError "$" (TrackerJson.decodeEdits """{"success":[1,2""")
            }

            test "an error names the JSON path of the bad value" {
                let bad = realGetExample.Replace("\"tags\":[]", "\"tags\":[\"a\",\"b\",3]")

                match TrackerJson.decodeTracker bad with
                | Error error ->
                    Expect.equal (string error) "$.tags[2]: expected a string, got a number" "path and message"
                | Ok _ -> failtest "decoded a number as a tag"
            }

            test "an error in a list names the item" {
                let second =
                    realGetExample.Replace("\"start\":\"2024-12-16T17:05:25+00:00\"", "\"start\":\"yesterday\"")

                expectDecodeError "$[1].start" (TrackerJson.decodeTrackers $"[{realGetExample},{second}]")
            }

            test "both list decoders name the same path for a wrongly typed value" {
                let bad = postResponse.Replace("\"tag_ids\":null", "\"tag_ids\":[1,\"2\"]")
                let json = $"[{realGetExample},{bad}]"
                expectDecodeError "$[1].tag_ids[1]" (TrackerJson.decodeTrackers json)
                expectDecodeError "$[1].tag_ids[1]" (Decode.fromString TrackerJson.listDecoder json)
            }

            test "the list decoder refuses an object, trailing JSON and an empty body" {
                expectDecodeError "$" (TrackerJson.decodeTrackers realGetExample)
                expectDecodeError "$" (TrackerJson.decodeTrackers "[] []")
                expectDecodeError "$" (TrackerJson.decodeTrackers " \n")
                Expect.equal (TrackerJson.decodeTrackers "[]") (Ok []) "an empty list is fine"
            }

            test "a missing required field is named" {
                let noUser = postResponse.Replace("\"user_id\":2166261,", "")

                match TrackerJson.decodeTracker noUser with
                | Error error -> Expect.equal (string error) "$.user_id: required field is missing" "names user_id"
                | Ok _ -> failtest "decoded without user_id"
            }

            test "ids beyond 32 bits decode, numbers beyond 64 bits are errors" {
                let big = realGetExample.Replace("3731531776", "9007199254740993")

                Expect.equal
                    (TrackerJson.decodeTracker big |> Result.map (fun t -> t.Id))
                    (Ok 9007199254740993L)
                    "no double rounding"

                let huge = realGetExample.Replace("3731531776", "99999999999999999999")
                expectDecodeError "$.id" (TrackerJson.decodeTracker huge)
            }

            test "escaped property names are recognised" {
                let escaped = realGetExample.Replace("\"description\"", "\"\\u0064escription\"")

                Expect.equal
                    (TrackerJson.decodeTracker escaped |> Result.map (fun t -> t.Description))
                    (Ok(Some "Inbox Zero"))
                    "unescaped name"
            }

            test "a string with a lone surrogate escape is an error, not an exception" {
                let bad = realGetExample.Replace("Inbox Zero", "\\ud800")
                expectDecodeError "$.description" (TrackerJson.decodeTracker bad)
            }

            test "the UTF-8 fast path decodes the same as the text path" {
                let text = $"[{realGetExample},{postResponse}]"

                let utf8 =
                    TrackerJson.decodeTrackersUtf8 (ReadOnlyMemory(Encoding.UTF8.GetBytes text))

                Expect.equal utf8 (TrackerJson.decodeTrackers text) "same result"
                Expect.equal (utf8 |> Result.map List.length) (Ok 2) "two entries"
            }

            test "bulk edit results decode successes and failures with Toggl's message" {
                let body =
                    """{"success":[204301830],"failure":[{"id":202793182,"message":"Time entry with ID: 202793182 was not found/is not accessible"}]}"""

                Expect.equal
                    (TrackerJson.decodeEdits body)
                    (Ok
                        {
                            Successes = [ 204301830L ]
                            Failures =
                                [
                                    {
                                        Id = 202793182L
                                        Message = "Time entry with ID: 202793182 was not found/is not accessible"
                                    }
                                ]
                        })
                    "docs/toggl-api.md §6.6"

                Expect.equal (TrackerJson.decodeEdits """{"success":null,"failure":null}""") (Ok Edits.empty) "nulls"
                expectDecodeError "$" (TrackerJson.decodeEdits "[1,2]")
                expectDecodeError "$.failure[0].id" (TrackerJson.decodeEdits """{"failure":[{"message":"x"}]}""")
            }

            test "oneOf reports every alternative's message" {
                let decoder = Decode.oneOf [ Decode.map string Decode.int64; Decode.string ]
                Expect.equal (Decode.fromString decoder "\"7\"") (Ok "7") "the second alternative"

                match Decode.fromString decoder "true" with
                | Error error ->
                    Expect.equal
                        error.Message
                        "expected an integer, got a boolean; or expected a string, got a boolean"
                        "both"
                | Ok _ -> failtest "decoded a boolean"
            }
        ]

let timestamps =
    testList
        "timestamps"
        [
            test "Z, +00:00, lower case and other offsets decode to the same UTC instant" {
                let expected = Ok(utc "2024-12-16T17:05:25Z")

                for text in
                    [
                        "2024-12-16T17:05:25Z"
                        "2024-12-16T17:05:25+00:00"
                        "2024-12-16t17:05:25z"
                        "2024-12-16T18:05:25+01:00"
                        "2024-12-16T11:35:25-05:30"
                        "2024-12-16 17:05:25Z"
                    ] do
                    Expect.equal (timestamp text) expected text

                match timestamp "2024-12-16T18:05:25+01:00" with
                | Ok value -> Expect.equal value.Offset TimeSpan.Zero "converted to UTC"
                | Error e -> failtest (string e)
            }

            test "eight and nine fraction digits are truncated to ticks" {
                let expected =
                    Ok(DateTimeOffset(2024, 12, 16, 2, 24, 56, TimeSpan.Zero).AddTicks(1234567L))

                Expect.equal (timestamp "2024-12-16T02:24:56.12345678Z") expected "8 digits"
                Expect.equal (timestamp "2024-12-16T02:24:56.123456789Z") expected "9 digits"
                Expect.equal (timestamp "2024-12-16T02:24:56.1Z") (Ok(utc "2024-12-16T02:24:56.1Z")) "1 digit"
            }

            test "timestamps without an offset or with impossible values are errors" {
                for text in
                    [
                        "2024-12-16T17:05:25"
                        "2024-02-30T17:05:25Z"
                        "2024-12-16T24:00:00Z"
                        "2024-12-31T23:59:60Z"
                        "2024-12-16T17:05:25.Z"
                        "2024-12-16T17:05:25+15:00"
                        "2024-12-16"
                        "yesterday"
                        ""
                    ] do
                    expectDecodeError "$" (timestamp text)
            }

            test "the two wall clocks of Berlin's autumn hour decode one hour apart" {
                match timestamp "2025-10-26T02:30:00+02:00", timestamp "2025-10-26T02:30:00+01:00" with
                | Ok summer, Ok winter -> Expect.equal (winter - summer) (TimeSpan.FromHours 1.0) "offsets converted"
                | other -> failtest $"got {other}"
            }

            test "request timestamps are UTC, whole seconds, converted and never relabelled" {
                let value = DateTimeOffset.Parse "2024-12-16T02:55:24.837112+01:00"
                Expect.equal (Encode.requestTimestamp value) "2024-12-16T01:55:24Z" "docs/toggl-api.md §1.1 example"
            }
        ]

let encoding =
    testList
        "encoding"
        [
            test "a description of digits stays a string through the cache format" {
                match TrackerJson.decodeTracker realGetExample with
                | Ok tracker ->
                    let digits =
                        { tracker with
                            Description = Some "123"
                        }

                    let json = TrackerJson.encodeTracker digits
                    Expect.stringContains json "\"description\":\"123\"" "written as a string"
                    Expect.equal (TrackerJson.decodeTracker json) (Ok digits) "read back as a string"
                | Error e -> failtest (string e)
            }

            test "a tracker is written in Toggl's key order with full-precision times" {
                match TrackerJson.decodeTracker postResponse with
                | Ok tracker ->
                    Expect.equal
                        (TrackerJson.encodeTracker tracker)
                        """{"id":3730303299,"workspace_id":2230580,"project_id":null,"task_id":null,"billable":false,"start":"2024-12-16T01:55:24.0000000Z","stop":null,"duration":-1,"description":"Writing","tags":[],"tag_ids":[],"at":"2024-12-16T02:05:25.5667000Z","server_deleted_at":null,"user_id":2166261}"""
                        "docs/toggl-api.md §5 shape"
                | Error e -> failtest (string e)
            }

            test "a lone surrogate is written as U+FFFD instead of throwing" {
                let json =
                    TrackerJson.encodeBody
                        1L
                        { TrackerBody.empty with
                            Description = Field.Set "a\ud800b"
                        }

                Expect.stringContains json "a\uFFFDb" "replaced"
            }

            test "a body with tags null on purpose sends tags: null and tag_action only when given" {
                let json =
                    TrackerJson.encodeBody
                        7L
                        { TrackerBody.empty with
                            Tags = Field.Clear
                            CreatedWith = Some "tests"
                        }

                Expect.equal json """{"created_with":"tests","tags":null,"workspace_id":7}""" "exact body"
            }
        ]

/// Any instant DateTimeOffset can hold, in UTC, the ends of the calendar included.
let genAnyInstant =
    Gen.frequency
        [
            1, Gen.elements [ DateTimeOffset.MinValue; DateTimeOffset.MaxValue; DateTimeOffset.UnixEpoch ]
            6,
            ArbMap.defaults
            |> ArbMap.generate<uint64>
            |> Gen.map (fun n ->
                DateTimeOffset(int64 (n % uint64 (DateTimeOffset.MaxValue.UtcTicks + 1L)), TimeSpan.Zero))
        ]

/// Any int64, weighted to the ends and to the values that mean something (running markers, zero).
let genAnyDuration =
    Gen.frequency
        [
            2, Gen.elements [ Int64.MinValue; Int64.MaxValue; Int64.MinValue + 1L; -1L; 0L; -2L ]
            2, Gen.elements [ TogglTracker.maxDurationSeconds; TogglTracker.maxDurationSeconds + 1L ]
            6, ArbMap.defaults |> ArbMap.generate<int64>
        ]

/// A tracker as a server could send it: any start, stop and duration, however absurd.
let genAbsurdTracker =
    gen {
        let! tracker = genTracker
        let! start = genAnyInstant
        let! stop = Gen.optionOf genAnyInstant
        let! duration = genAnyDuration

        return
            { tracker with
                Start = start
                Stop = stop
                Duration = duration
            }
    }

/// Everything a client computes from a decoded tracker, none of which may throw.
let useEveryWay (now: DateTimeOffset) (tracker: TogglTracker) =
    TogglTracker.elapsed now tracker |> ignore
    // The façade's TogglTracker.Duration, and the CLI's display of it.
    let duration = TimeSpan.FromSeconds(tracker.Duration)
    duration.Duration() |> ignore
    (now - tracker.Start) |> ignore
    // The caches encode what was decoded.
    TrackerJson.encodeTracker tracker |> ignore

/// One time entry decoded alone and as the only item of a list.
let decodeBothWays (json: string) =
    TrackerJson.decodeTracker json, TrackerJson.decodeTrackers ("[" + json + "]")

let absurdDurations =
    testList
        "absurd durations"
        [
            for duration, stop, expected, what in
                [
                    Int64.MinValue, None, -1L, "the smallest int64 while running is the running marker -1"
                    Int64.MinValue,
                    Some 2700.0,
                    -1L,
                    "a negative duration with a stop still runs (docs/toggl-api.md §7.2)"
                    -2L, None, -2L, "a negative duration in range is kept as sent"
                    -1734049107L, None, -1734049107L, "minus the start epoch is kept as sent"
                    Int64.MaxValue, Some 2700.0, 2700L, "an impossible duration with a stop is stop − start"
                    Int64.MaxValue, None, -1L, "an impossible duration without a stop runs"
                    9_223_372_036L, Some 2700.0, 9_223_372_036L, "a long but possible duration is kept"
                ] do
                testCase what (fun () ->
                    let start = utc "2024-12-16T01:00:00Z"

                    let sent =
                        { (Gen.sample 1 genTracker |> Seq.head) with
                            Start = start
                            Stop = stop |> Option.map start.AddSeconds
                            Duration = duration
                        }

                    let json = TrackerJson.encodeTracker sent

                    match decodeBothWays json with
                    | Ok one, Ok [ listed ] ->
                        Expect.equal one.Duration expected "decoded alone"
                        Expect.equal listed one "the list agrees"
                        Expect.equal one.Stop sent.Stop "stop kept"
                        Expect.equal one.Start sent.Start "start kept"
                    | other -> failtestf "it should decode alone and listed, got %A" other)

            testCase "an entry starting at the end of the calendar with a huge duration decodes and runs" (fun () ->
                let json =
                    TrackerJson.encodeTracker
                        { (Gen.sample 1 genTracker |> Seq.head) with
                            Start = DateTimeOffset.MaxValue
                            Stop = None
                            Duration = 1L
                        }

                match decodeBothWays json with
                | Ok one, Ok [ listed ] ->
                    Expect.equal one.Duration -1L "1 s past the calendar's end cannot be: the entry runs"
                    Expect.equal listed one "alone and listed agree"
                    useEveryWay DateTimeOffset.MinValue one
                | other -> failtestf "it should decode alone and listed, got %A" other)

            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 1000
                }
                "any int64 duration with any start and stop decodes both ways alike, and nothing computed from it throws"
            <| Prop.forAll (Arb.fromGen (Gen.zip genAbsurdTracker genAnyInstant)) (fun (sent, now) ->
                match decodeBothWays (TrackerJson.encodeTracker sent) with
                | Ok one, Ok [ listed ] ->
                    useEveryWay now one
                    let runningKept = TogglTracker.isRunning one = TogglTracker.isRunning sent
                    listed = one && runningKept && one.Start = sent.Start && one.Stop = sent.Stop
                | _ -> false)

            testProperty "normalise leaves every tracker of ordinary durations as it is"
            <| Prop.forAll (Arb.fromGen genTracker) (fun tracker -> TogglTracker.normalise tracker = tracker)

            testProperty "elapsed never throws, even on a tracker nobody normalised"
            <| Prop.forAll (Arb.fromGen (Gen.zip genAbsurdTracker genAnyInstant)) (fun (tracker, now) ->
                TogglTracker.elapsed now tracker |> ignore
                true)
        ]

let properties =
    testList
        "properties"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 300
                }
                "a tracker encoded for the cache decodes to the same tracker, times in UTC"
            <| Prop.forAll (Arb.fromGen genTracker) (fun tracker ->
                match TrackerJson.decodeTracker (TrackerJson.encodeTracker tracker) with
                | Ok decoded -> decoded = tracker && sameInstantsInUtc tracker decoded
                | Error _ -> false)

            testProperty "a list of trackers round-trips through the text and the UTF-8 paths alike"
            <| Prop.forAll (Arb.fromGen (Gen.listOf genTracker)) (fun trackers ->
                let json = TrackerJson.encodeTrackers trackers
                let viaText = TrackerJson.decodeTrackers json

                let viaUtf8 =
                    TrackerJson.decodeTrackersUtf8 (ReadOnlyMemory(Encoding.UTF8.GetBytes json))

                viaText = Ok trackers && viaUtf8 = viaText)

            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 1000
                }
                "decoding arbitrary text never throws"
            <| Prop.forAll (Arb.fromGen (ArbMap.defaults |> ArbMap.generate<string>)) (fun text ->
                neverThrows (if String.IsNullOrEmpty text then "" else text))

            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 1000
                }
                "decoding truncated, flipped or padded JSON never throws"
            <| Prop.forAll (Arb.fromGen genMutated) (fun bytes ->
                let asUtf8 =
                    try
                        TrackerJson.decodeTrackersUtf8 (ReadOnlyMemory bytes) |> ignore
                        TrackerJson.decodeCurrent (Encoding.UTF8.GetString bytes) |> ignore
                        true
                    with e ->
                        failwith $"threw {e.GetType().Name}: {e.Message}"

                asUtf8 && neverThrows (Encoding.UTF8.GetString bytes))

            testProperty "a list inside a larger document decodes through the JsonElement adapter as on its own"
            <| Prop.forAll (Arb.fromGen (Gen.listOf genTracker)) (fun trackers ->
                let json = TrackerJson.encodeTrackers trackers
                let embedded = $"{{\"meta\":[1,{{}}],\"data\":{json}}}"

                Decode.fromString (Decode.field "data" TrackerJson.listDecoder) embedded = TrackerJson.decodeTrackers
                    json)

            testProperty "an error inside an embedded time entry names the path from the document's root"
            <| Prop.forAll (Arb.fromGen (Gen.zip genTracker (Gen.choose (0, 3)))) (fun (tracker, index) ->
                let broken =
                    (TrackerJson.encodeTracker tracker).Replace("\"start\":\"", "\"start\":\"x")

                let items =
                    List.init 4 (fun i ->
                        if i = index then
                            broken
                        else
                            TrackerJson.encodeTracker tracker)

                let embedded = $"""{{"data":[{String.Join(",", items)}]}}"""

                match Decode.fromString (Decode.field "data" TrackerJson.listDecoder) embedded with
                | Error e -> e.Path = $"$.data[{index}].start"
                | Ok _ -> false)

            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 1000
                }
                "the streaming decoder accepts damaged JSON exactly when System.Text.Json's document parser does"
            <| Prop.forAll (Arb.fromGen genMutated) (fun bytes ->
                let streaming = TrackerJson.decodeTrackersUtf8 (ReadOnlyMemory bytes)
                // The document parser validates the whole text before the adapter hands the reader its bytes.
                let document = Decode.fromUtf8 TrackerJson.listDecoder (ReadOnlyMemory bytes)

                match streaming, document with
                | Ok a, Ok b -> a = b
                | Error _, Error _ -> true
                | _ -> false)

            testProperty "a timestamp in any offset with 0 to 9 fraction digits decodes to the same instant"
            <| Prop.forAll (Arb.fromGen (Gen.zip genInstant (Gen.choose (0, 9)))) (fun (instant, digitCount) ->
                let whole = instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                let fraction = instant.ToString("fffffff", CultureInfo.InvariantCulture) + "89"
                let offset = instant.ToString("zzz", CultureInfo.InvariantCulture)

                let text =
                    whole
                    + (if digitCount = 0 then
                           ""
                       else
                           "." + fraction.Substring(0, digitCount))
                    + offset

                let kept = int64 (fraction.Substring(0, min digitCount 7).PadRight(7, '0'))
                let expected = instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond + kept

                match timestamp text with
                | Ok value -> value.UtcTicks = expected && value.Offset = TimeSpan.Zero
                | Error _ -> false)

            testProperty "Europe/Berlin times around DST transitions decode to the same instant"
            <| Prop.forAll
                (Arb.fromGen (
                    Gen.zip3 (Gen.choose (2006, 2030)) (Gen.elements [ 3; 10 ]) (Gen.choose (-3 * 3600, 3 * 3600))
                ))
                (fun (year, month, seconds) ->
                    let instant = (transition year month).AddSeconds(float seconds)
                    let local = TimeZoneInfo.ConvertTime(instant, berlin)
                    let text = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)

                    match timestamp text with
                    | Ok value -> value.UtcTicks = instant.UtcTicks && value.Offset = TimeSpan.Zero
                    | Error _ -> false)

            testProperty "a request timestamp reads back as the instant truncated to whole seconds"
            <| Prop.forAll (Arb.fromGen genInstant) (fun instant ->
                let text = Encode.requestTimestamp instant

                match timestamp text with
                | Ok value ->
                    text.EndsWith "Z"
                    && text.Length = 20
                    && value.UtcTicks = instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond
                | Error _ -> false)

            testProperty "bulk edit results written in Toggl's shape decode to the same Edits"
            <| Prop.forAll
                (Arb.fromGen (Gen.zip (Gen.listOf genId) (Gen.listOf (Gen.zip genId genText))))
                (fun (successes, failures) ->
                    let json =
                        JsonSerializer.Serialize(
                            {|
                                success = successes
                                failure = failures |> List.map (fun (id, message) -> {| id = id; message = message |})
                            |}
                        )

                    TrackerJson.decodeEdits json = Ok
                        {
                            Successes = successes
                            Failures = failures |> List.map (fun (id, message) -> { Id = id; Message = message })
                        })
        ]

/// Codecs: Toggl's shapes, paths in errors, timestamps, round trips, and robustness.
let tests =
    testList "JsonTests" [ decoding; timestamps; encoding; absurdDurations; properties ]
