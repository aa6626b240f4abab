module Toggl.Bench.DecodeBench

open System
open System.Buffers
open System.Diagnostics
open System.Text
open System.Text.Json
open Toggl.Core

/// Entries in the benchmark body: a large `GET /me/time_entries` answer.
[<Literal>]
let EntryCount = 10_000

/// A realistic `GET /me/time_entries` body in Toggl's shape and key order (docs/toggl-api.md §5):
/// `+00:00` start/stop, `at` in RFC3339Nano with microseconds, legacy uid/wid/pid, duronly,
/// a running entry first (lists are sorted by start, descending), some entries without project or tags.
let body (count: int) : byte array =
    let random = Random(20241216)
    let buffer = ArrayBufferWriter<byte>(count * 420)

    let descriptions =
        [|
            "Inbox Zero"
            "Code review"
            "Standup"
            "Écrire le rapport"
            "Kundentermin"
            ""
        |]

    let tags = [| "billable"; "meeting"; "deep work"; "admin"; "büro" |]

    do
        // Toggl (Go) writes `+` and non-ASCII text unescaped; the default encoder would escape both.
        use writer = new Utf8JsonWriter(buffer, Encode.writerOptions)
        let mutable stop = DateTimeOffset(2025, 5, 15, 17, 0, 0, TimeSpan.Zero)
        writer.WriteStartArray()

        for index in 0 .. count - 1 do
            let duration = int64 (random.Next(300, 4 * 3600))
            let start = stop.AddSeconds(float -duration)
            let running = index = 0
            let hasProject = random.Next(4) > 0
            let projectId = int64 (random.Next(60_000_000, 64_000_000))

            let at =
                stop.AddSeconds(float (random.Next(0, 600))).AddTicks(int64 (random.Next(0, 1_000_000)) * 10L)

            writer.WriteStartObject()
            writer.WriteNumber("id", 3_731_531_776L - int64 index * 37L)
            writer.WriteNumber("workspace_id", 2230580L)

            if hasProject then
                writer.WriteNumber("project_id", projectId)
            else
                writer.WriteNull("project_id")

            writer.WriteNull("task_id")
            writer.WriteBoolean("billable", random.Next(3) = 0)
            writer.WriteString("start", start.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'"))

            if running then
                writer.WriteNull("stop")
                writer.WriteNumber("duration", -start.ToUnixTimeSeconds())
            else
                writer.WriteString("stop", stop.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'"))
                writer.WriteNumber("duration", duration)

            let description = descriptions[random.Next(descriptions.Length)]

            if description = "" then
                writer.WriteNull("description")
            else
                writer.WriteString("description", description)

            let tagCount = random.Next(0, 3)
            writer.WriteStartArray("tags")

            for t in 0 .. tagCount - 1 do
                writer.WriteStringValue(tags[(index + t) % tags.Length])

            writer.WriteEndArray()
            writer.WriteStartArray("tag_ids")

            for t in 0 .. tagCount - 1 do
                writer.WriteNumberValue(17_000_000L + int64 ((index + t) % tags.Length))

            writer.WriteEndArray()
            writer.WriteBoolean("duronly", true)
            // RFC3339Nano: microseconds with trailing zeros trimmed (§1.1).
            writer.WriteString("at", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'"))
            writer.WriteNull("server_deleted_at")
            writer.WriteNumber("user_id", 2166261L)
            writer.WriteNumber("uid", 2166261L)
            writer.WriteNumber("wid", 2230580L)

            if hasProject then
                writer.WriteNumber("pid", projectId)

            writer.WriteEndObject()
            stop <- start.AddSeconds(float -(random.Next(0, 1800)))

        writer.WriteEndArray()

    buffer.WrittenSpan.ToArray()

type private Figure =
    {
        Runs: int
        Seconds: float
        CpuSeconds: float
        AllocatedBytes: int64
    }

/// Runs `decode` repeatedly for about `seconds` seconds on this thread.
let private measure (seconds: float) (decode: unit -> int) =
    let cpuBefore = Process.GetCurrentProcess().TotalProcessorTime
    let stopwatch = Stopwatch.StartNew()
    let allocatedBefore = GC.GetAllocatedBytesForCurrentThread()
    let mutable runs = 0

    while stopwatch.Elapsed.TotalSeconds < seconds do
        if decode () <> EntryCount then
            failwith "the benchmark body did not decode to every entry"

        runs <- runs + 1

    {
        Runs = runs
        Seconds = stopwatch.Elapsed.TotalSeconds
        CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds
        AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore
    }

let private report (name: string) (size: int) (figure: Figure) =
    let megabytes = float size * float figure.Runs / 1e6 / figure.Seconds
    let entries = float EntryCount * float figure.Runs / figure.Seconds
    let perEntry = float figure.AllocatedBytes / float (EntryCount * figure.Runs)
    // On a shared machine wall time includes waiting for a core; CPU time (this process, GC included) does not.
    let perCpu = float size * float figure.Runs / 1e6 / figure.CpuSeconds

    printfn
        "%-28s %7.1f MB/s  %9.0f entries/s  %7.1f MB per CPU-second  %5.0f B allocated/entry  (%d runs, %.2f s wall, %.2f s CPU)"
        name
        megabytes
        entries
        perCpu
        perEntry
        figure.Runs
        figure.Seconds
        figure.CpuSeconds

/// `decode [--seconds N]`: decodes a 10,000-entry `GET /me/time_entries` body for about N seconds
/// (default 3) per path and prints MB/s (10^6 bytes), entries/s and bytes allocated per entry.
let run (args: string list) =
    let seconds =
        match args |> List.skipWhile (fun a -> a <> "--seconds") with
        | _ :: value :: _ -> float value
        | _ -> 3.0

    let utf8 = body EntryCount
    let text = Encoding.UTF8.GetString utf8
    let memory = ReadOnlyMemory utf8

    let decodeUtf8 () =
        match TrackerJson.decodeTrackersUtf8 memory with
        | Ok trackers -> trackers.Length
        | Error error -> failwith (string error)

    let decodeText () =
        match TrackerJson.decodeTrackers text with
        | Ok trackers -> trackers.Length
        | Error error -> failwith (string error)

    printfn
        "body: %d entries, %d bytes (%.1f bytes/entry), one thread"
        EntryCount
        utf8.Length
        (float utf8.Length / float EntryCount)

    // Warm up by count, not by time: tiered JIT promotes hot methods after 30 calls, and on a busy
    // machine a fixed time may hold too few runs.
    for _ in 1..40 do
        decodeUtf8 () |> ignore
        decodeText () |> ignore

    GC.Collect()
    report "decodeTrackersUtf8 (bytes)" utf8.Length (measure seconds decodeUtf8)
    GC.Collect()
    report "decodeTrackers (string)" utf8.Length (measure seconds decodeText)
