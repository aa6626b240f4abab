/// The words the core hands to the façade and the CLI, pinned: each comes from an explicit function, never from
/// F#'s structural `%A` formatting (which the ToString of a union or record falls back to, and which reads the
/// type by reflection: the CLI is to be compiled ahead of time).
module Toggl.Core.Tests.MessageTests

open System
open System.IO
open System.Text.RegularExpressions
open Expecto
open Toggl.Core

/// The reason QueryEval.validate gives for one query, or the test fails.
let private refusal (query: TogglQuery) =
    match QueryEval.validate [ query ] with
    | Error error -> TogglError.message error
    | Ok() -> failtestf "the query on %s was accepted" (string query.Value)

/// The core's F# sources, without comments (`//` to the end of a line).
let private coreSources () =
    let rec up (dir: DirectoryInfo | null) =
        match dir with
        | null -> failtest "TogglFun.sln not found above the test binaries"
        | dir when File.Exists(Path.Combine(dir.FullName, "TogglFun.sln")) -> dir.FullName
        | dir -> up dir.Parent

    let core =
        Path.Combine(up (DirectoryInfo AppContext.BaseDirectory), "src", "Toggl.Core")

    Directory.EnumerateFiles(core, "*.fs", SearchOption.AllDirectories)
    |> Seq.filter (fun path -> not (path.Contains $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
    |> Seq.map (fun path ->
        let code =
            File.ReadAllLines path
            |> Array.map (fun line -> Regex.Replace(line, "//.*$", ""))
            |> String.concat "\n"

        Path.GetFileName path, code)
    |> List.ofSeq

let tests =
    testList
        "messages"
        [
            test "a TogglError's ToString is its message" {
                let error = TogglError.NotFound "time entry not found"
                Expect.equal (string error) "Not found (404): time entry not found" "NotFound"
                Expect.equal (string TogglError.Cancelled) "The operation was cancelled." "Cancelled"

                let applied =
                    TogglError.AppliedButNotCached([ 7L; 8L ], None, TogglError.CacheFailure "disk full")

                Expect.equal
                    (string applied)
                    "Toggl applied the change (id 7, 8), but the cache could not record it: Cache failure: disk full"
                    "AppliedButNotCached"
            }

            test "a ValidationError's ToString is its message" {
                Expect.equal
                    (string (ValidationError.InvalidId -3L))
                    "Tracker id -3 is not valid: ids are positive."
                    "InvalidId"

                Expect.equal
                    (string (TogglError.Validation ValidationError.NoIds))
                    "A bulk edit needs at least one tracker id."
                    "NoIds"
            }

            test "messages read the same whatever the current culture" {
                let original = Globalization.CultureInfo.CurrentCulture

                let inCulture name (error: TogglError) =
                    try
                        Globalization.CultureInfo.CurrentCulture <-
                            Globalization.CultureInfo.GetCultureInfo(name: string)

                        TogglError.message error
                    finally
                        Globalization.CultureInfo.CurrentCulture <- original

                let timeout = TogglError.Timeout(TimeSpan.FromSeconds 1.5, 2)

                Expect.equal
                    (inCulture "de-DE" timeout)
                    "Toggl did not answer within 1.5 s (2 attempts)."
                    "a decimal comma would change the number"

                let tooOld =
                    TogglError.Validation(
                        ValidationError.StartDateTooOld(DateBound.Day(DateOnly(2026, 1, 2)), DateOnly(2026, 8, 30))
                    )

                // th-TH counts years in the Buddhist era (2026 is 2569): the API's dates are Gregorian.
                Expect.equal
                    (inCulture "th-TH" tooOld)
                    "start_date 2026-01-02 is older than Toggl allows: it must not be earlier than 2026-08-30 (three months back)."
                    "a Gregorian date in any culture"

                let future =
                    TogglError.Validation(
                        ValidationError.StartDateInFuture(
                            DateBound.Instant(DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
                            DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero)
                        )
                    )

                Expect.equal
                    (inCulture "th-TH" future)
                    "start_date 2026-12-01T09:00:00+00:00 is in the future (now is 2026-11-30T06:00:00+00:00): it must not be later than now."
                    "instants in any culture"
            }

            test "a refused query names its field and comparison in words" {
                Expect.equal
                    (refusal
                        {
                            Key = TrackerField.ProjectId
                            Value = QueryValue.Text "x"
                            Comparison = Comparison.Equal
                        })
                    "query on ProjectId: ProjectId is compared with an integer, not a text."
                    "wrong type"

                Expect.equal
                    (refusal
                        {
                            Key = TrackerField.Start
                            Value = QueryValue.AnyOf [ QueryValue.Int 1L ]
                            Comparison = Comparison.LessOrEqual
                        })
                    "query on Start: a list can only be compared with Equal, not LessOrEqual."
                    "a list with an ordering"

                Expect.equal
                    (refusal
                        {
                            Key = TrackerField.Billable
                            Value = QueryValue.Null
                            Comparison = Comparison.Equal
                        })
                    "query on Billable: Billable is never missing on a tracker: compare it with a value, not null."
                    "null on a field never missing"

                Expect.equal
                    (refusal
                        {
                            Key = TrackerField.TagNames
                            Value = QueryValue.AnyOf []
                            Comparison = Comparison.Equal
                        })
                    "query on TagNames: the list of values for TagNames is empty: it would match nothing."
                    "an empty list"
            }

            test "the core formats nothing with %A and serializes nothing by reflection" {
                let offenders =
                    [
                        for file, code in coreSources () do
                            for pattern in [ "%A"; "%+A"; "%O"; "JsonSerializer." ] do
                                if code.Contains pattern then
                                    yield $"{file}: {pattern}"
                    ]

                Expect.isEmpty offenders "structural or reflection-based formatting in src/Toggl.Core"
            }
        ]
