/// The packable core's public surface is deliberate: src/Toggl.Core/PublicAPI.txt lists it, and this test fails
/// when the assembly's public types or members differ from the file (as the façade's PublicAPI analyzer does for C#).
/// After a deliberate change, run the tests with TOGGL_UPDATE_PUBLIC_API=1 to rewrite the file, and review its diff.
module Toggl.Core.Tests.PublicApiTests

open System
open System.IO
open Expecto
open Toggl.Core

/// The repository's root: the first folder above the test's binaries that holds TogglFun.sln.
let private repositoryRoot () =
    let rec up (dir: DirectoryInfo | null) =
        match dir with
        | null -> failtest "TogglFun.sln not found above the test binaries"
        | dir when File.Exists(Path.Combine(dir.FullName, "TogglFun.sln")) -> dir.FullName
        | dir -> up dir.Parent

    up (DirectoryInfo AppContext.BaseDirectory)

let private listingFile () =
    Path.Combine(repositoryRoot (), "src", "Toggl.Core", "PublicAPI.txt")

/// The lines one list has and the other has not, prefixed + (only in the assembly) or - (only in the file).
let private difference (actual: string list) (recorded: string list) =
    let recordedSet = set recorded
    let actualSet = set actual

    [
        for line in actual do
            if not (recordedSet.Contains line) then
                yield "+ " + line
        for line in recorded do
            if not (actualSet.Contains line) then
                yield "- " + line
    ]

let tests =
    testList
        "public API"
        [
            test "the core's public surface is the one PublicAPI.txt records" {
                let assembly = typeof<TogglError>.Assembly
                let actual = PublicApiListing.listing assembly
                let file = listingFile ()

                if Environment.GetEnvironmentVariable "TOGGL_UPDATE_PUBLIC_API" = "1" then
                    File.WriteAllLines(file, actual)

                let recorded =
                    if File.Exists file then
                        File.ReadAllLines file
                        |> Array.filter (String.IsNullOrWhiteSpace >> not)
                        |> List.ofArray
                    else
                        []

                let changes = difference actual recorded

                Expect.isEmpty
                    changes
                    ("the core's public surface changed; if that is deliberate, run the tests with "
                     + "TOGGL_UPDATE_PUBLIC_API=1 and review the diff of src/Toggl.Core/PublicAPI.txt:\n"
                     + String.Join("\n", changes))
            }
        ]
