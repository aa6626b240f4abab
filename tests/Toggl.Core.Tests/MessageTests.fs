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
