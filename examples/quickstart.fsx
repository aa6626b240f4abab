// TogglFun's F# core from `dotnet fsi`: operations are values, results are `Result`s, nothing throws.
//
//   dotnet build src/Toggl.Core -c Release && dotnet build src/Toggl.Sandbox.Host -c Release
//   dotnet fsi examples/quickstart.fsx
//
// (`dotnet fsi build.fsx build` builds both too.) The script starts the local sandbox server as a child
// process, so it needs no Toggl account, and stops it at the end. With packages made by
// `dotnet fsi build.fsx pack`, the three lines below can instead be
//   #i "nuget: <repository>/artifacts/packages"
//   #r "nuget: TogglFun.Core, 0.1.0"

#r "nuget: Polly.Core, 8.6.5"
#r "nuget: Microsoft.Extensions.Logging.Abstractions, 10.0.0"
#r "../src/Toggl.Core/bin/Release/net10.0/Toggl.Core.dll"

open System
open System.Diagnostics
open System.IO
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Toggl.Core

let root = Path.GetFullPath(Path.Combine(__SOURCE_DIRECTORY__, ".."))
let run (work: Task<'T>) = work.GetAwaiter().GetResult()

/// Ends the script with Toggl's error, in words.
let orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failwith (TogglError.message error)

// The sandbox prints one JSON line first: where it listens and whom it knows.
let sandbox =
    let dll =
        Path.Combine(root, "src", "Toggl.Sandbox.Host", "bin", "Release", "net10.0", "Toggl.Sandbox.Host.dll")

    let info =
        if File.Exists dll then
            ProcessStartInfo("dotnet", [ dll; "--port"; "0" ])
        else
            ProcessStartInfo(
                "dotnet",
                [
                    "run"
                    "--project"
                    Path.Combine(root, "src", "Toggl.Sandbox.Host")
                    "-c"
                    "Release"
                    "--"
                    "--port"
                    "0"
                ]
            )

    info.RedirectStandardOutput <- true
    info.RedirectStandardError <- true
    Process.Start info

let started = JsonDocument.Parse(sandbox.StandardOutput.ReadLine()).RootElement
let baseUrl = started.GetProperty("baseUrl").GetString()
let workspaceId = started.GetProperty("workspaceId").GetInt64()
printfn "Sandbox listening on %s" baseUrl

try
    let credentials =
        BasicAuth.apiToken (started.GetProperty("apiToken").GetString()) |> orFail

    use http =
        { HttpSettings.create credentials with
            BaseAddress = Uri baseUrl
        }
        |> HttpInterpreter.create
        |> orFail

    let endpoint = Trackers.over workspaceId http

    let ct = CancellationToken.None

    // A body sets only what it names: `Field.Set`, `Field.Clear` (sent as null), or `Field.Unset`.
    let writing =
        { TrackerBody.empty with
            Description = Field.Set "Write the F# quickstart"
            Tags = Field.Set [ "docs" ]
        }

    let tracker = Trackers.add endpoint writing ct |> run |> orFail

    printfn
        "Started  #%d \"%s\" (running: %b)"
        tracker.Id
        (defaultArg tracker.Description "")
        (TogglTracker.isRunning tracker)

    // A dry run: the plan an operation runs (its requests, and the follow-ups that depend on Toggl's
    // answers), without sending anything.
    for request in (Plan.stop endpoint tracker.Id ct |> run |> orFail).Requests do
        printfn "Dry run: %O" request

    match Trackers.stop endpoint tracker.Id ct |> run |> orFail with
    | Some stopped -> printfn "Stopped  #%d after %d s" stopped.Id stopped.Duration
    | None -> printfn "It was already stopped"

    let today = DateOnly.FromDateTime DateTime.UtcNow

    let todayOnly =
        { CollectFilter.none with
            StartDate = Some(DateBound.Day today)
            EndDate = Some(DateBound.Day(today.AddDays 1))
        }

    printfn "Today:"

    for t in Trackers.collect endpoint todayOnly true ct |> run |> orFail do
        printfn "  #%d  %s  %d s  %s" t.Id (t.Start.ToString "HH:mm") t.Duration (defaultArg t.Description "")

    // Errors are values too: a tracker that is not there is `None` (the tolerated 404), a bad range an `Error`.
    printfn "Get a missing tracker: %A" (Trackers.get endpoint 1L true ct |> run)

    match
        Trackers.collect
            endpoint
            { todayOnly with
                EndDate = Some(DateBound.Day(today.AddDays -3))
            }
            true
            ct
        |> run
    with
    | Error error -> printfn "Refused before sending: %s" (TogglError.message error)
    | Ok _ -> printfn "unexpected: the range was accepted"

    match http.LastQuota with
    | Some quota -> printfn "Quota left this hour: %d" quota.Remaining
    | None -> ()
finally
    sandbox.Kill true
    sandbox.WaitForExit()
