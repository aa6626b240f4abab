module Toggl.Bench.SandboxBench

// Throughput of the sandbox itself (issue 3): requests/second on loopback with the client in the
// same process, for the hottest read (GET /me/time_entries/current) and a write (POST a time entry).
// Workers are concurrent HttpClients; each scenario is bounded by a request count and a duration.

open System
open System.Diagnostics
open System.Net.Http
open System.Net.Http.Headers
open System.Text
open System.Threading
open System.Threading.Tasks
open Toggl.Sandbox

type private Figures =
    {
        Name: string
        Requests: int
        Seconds: float
        CpuSeconds: float
        LatenciesMs: float[]
    }

let private percentile (sorted: float[]) (p: float) =
    if sorted.Length = 0 then
        nan
    else
        sorted[min (sorted.Length - 1) (int (float sorted.Length * p))]

let private print (f: Figures) =
    let sorted = Array.sort f.LatenciesMs

    printfn
        "  %-38s %7d requests in %5.2f s = %7.0f req/s  (%6.0f req per CPU-second, server and client)  p50 %.3f ms  p99 %.3f ms"
        f.Name
        f.Requests
        f.Seconds
        (float f.Requests / f.Seconds)
        (float f.Requests / f.CpuSeconds)
        (percentile sorted 0.50)
        (percentile sorted 0.99)

/// Runs `send` from `clients.Length` concurrent workers until `maxRequests` or `maxTime`.
let private measure
    (name: string)
    (clients: HttpClient[])
    (maxRequests: int)
    (maxTime: TimeSpan)
    (send: HttpClient -> int -> Task<HttpResponseMessage>)
    =
    task {
        let issued = ref 0
        let cpuBefore = Process.GetCurrentProcess().TotalProcessorTime
        let clock = Stopwatch.StartNew()

        let worker (client: HttpClient) =
            task {
                let latencies = ResizeArray<float>()
                let mutable n = Interlocked.Increment(&issued.contents)

                while n <= maxRequests && clock.Elapsed < maxTime do
                    let started = Stopwatch.GetTimestamp()
                    use! response = send client n
                    let! _ = response.Content.ReadAsByteArrayAsync()

                    if not response.IsSuccessStatusCode then
                        failwithf "%s: unexpected status %d" name (int response.StatusCode)

                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds)
                    n <- Interlocked.Increment(&issued.contents)

                return latencies.ToArray()
            }

        let! perWorker = clients |> Array.map worker |> Task.WhenAll
        clock.Stop()
        let cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore
        let latencies = Array.concat perWorker

        return
            {
                Name = name
                Requests = latencies.Length
                Seconds = clock.Elapsed.TotalSeconds
                CpuSeconds = cpu.TotalSeconds
                LatenciesMs = latencies
            }
    }

let private option (args: string list) (name: string) (fallback: int) =
    let rec find =
        function
        | key :: value :: _ when key = name ->
            match Int32.TryParse value with
            | true, v when v > 0 -> v
            | _ -> fallback
        | _ :: rest -> find rest
        | [] -> fallback

    find args

/// `sandbox [--workers N] [--requests N] [--seconds N]`: prints req/s and latency percentiles.
let run (args: string list) =
    let workers = option args "--workers" 8
    let maxRequests = option args "--requests" 50_000
    let maxTime = TimeSpan.FromSeconds(float (option args "--seconds" 10))

    (task {
        let options = SandboxOptions(RequestLogCapacity = 10_000)
        use! sandbox = TogglSandbox.StartAsync(options)

        sandbox.AddTimeEntry(DateTimeOffset.UtcNow.AddMinutes -5.0, description = "benchmark running entry")
        |> ignore

        let clients =
            Array.init workers (fun _ ->
                let client = new HttpClient(BaseAddress = sandbox.BaseAddress)
                client.DefaultRequestHeaders.Authorization <- sandbox.Authorization
                client)

        let getCurrent (client: HttpClient) (_: int) =
            client.GetAsync("me/time_entries/current")

        let postEntry (client: HttpClient) (n: int) =
            let start = DateTimeOffset.UtcNow.AddDays(-1.0).AddSeconds(float n)

            let body =
                $"""{{"created_with":"bench","description":"entry {n}","start":"{start:``yyyy-MM-ddTHH:mm:ssZ``}","duration":60,"workspace_id":{sandbox.WorkspaceId}}}"""

            client.PostAsync(
                $"workspaces/{sandbox.WorkspaceId}/time_entries",
                new StringContent(body, Encoding.UTF8, "application/json")
            )

        printfn
            "  %d workers, at most %d requests or %.0f s per scenario, loopback %O"
            workers
            maxRequests
            maxTime.TotalSeconds
            sandbox.BaseAddress
        // Warm-up: JIT, connections, Kestrel pools.
        let! _ = measure "warm-up" clients 2_000 maxTime getCurrent
        let! _ = measure "warm-up" clients 2_000 maxTime postEntry
        // Baseline: /status skips auth, quota and JSON rendering — Kestrel, routing and the client only.
        let! status = measure "GET /status (baseline)" clients maxRequests maxTime (fun c _ -> c.GetAsync("status"))
        print status
        let! current = measure "GET /me/time_entries/current" clients maxRequests maxTime getCurrent
        print current
        let! post = measure "POST /workspaces/{wid}/time_entries" clients maxRequests maxTime postEntry
        print post

        for c in clients do
            c.Dispose()
    })
        .GetAwaiter()
        .GetResult()
