// TogglFun quickstart: track time from C#.
//
//   dotnet run --project examples/Quickstart
//
// A local sandbox that answers like Toggl's API v9 runs in-process, so this needs no account. Against the
// real Toggl, drop the sandbox and build the endpoint from your token and workspace:
//
//   var config = TogglConfiguration.Load();   // TOGGL_API_TOKEN / TOGGL_WORKSPACE_ID / TOGGL_BASE_URL or ~/.togglrc
//   using var trackers = config.CreateTrackerEndpoint();

using Toggl;
using Toggl.Sandbox;

await using var sandbox = await TogglSandbox.StartAsync();
Console.WriteLine($"Sandbox listening on {sandbox.BaseAddress}");

// The configuration Load() would read from TOGGL_API_TOKEN, TOGGL_WORKSPACE_ID and TOGGL_BASE_URL, here the sandbox's.
var config = new TogglConfiguration(BasicAuth.FromApiToken(sandbox.ApiToken), sandbox.WorkspaceId, sandbox.BaseAddress);
using var trackers = config.CreateTrackerEndpoint();

// Start a tracker: no start means now, no stop means running.
var started = await trackers.AddAsync(new TrackerBody { Description = "Write the quickstart", Tags = ["docs"] });
Console.WriteLine($"Started  #{started.Id} \"{started.Description}\" at {started.Start:HH:mm:ss} (running: {started.IsRunning})");

var current = await trackers.CurrentAsync();
Console.WriteLine($"Running  #{current?.Id} for {current?.Elapsed():mm\\:ss}");

// Log an hour that already happened, then stop the running tracker.
var meeting = await trackers.AddAsync(new TrackerBody
{
    Description = "Planning meeting",
    Start = DateTimeOffset.UtcNow.AddHours(-3),
    Duration = TimeSpan.FromHours(1),
});
var stopped = await trackers.StopAsync(started);
Console.WriteLine($"Stopped  #{stopped?.Id} after {stopped?.Duration}");

// What was tracked today, newest first.
var today = DateOnly.FromDateTime(DateTime.UtcNow);
Console.WriteLine("Today:");
foreach (var tracker in await trackers.CollectAsync(today, today.AddDays(1)))
    Console.WriteLine($"  #{tracker.Id}  {tracker.Start:HH:mm}-{tracker.Stop:HH:mm}  {tracker.Elapsed():hh\\:mm\\:ss}  {tracker.Description}");

// A cache kept current by one sync answers lists and "what runs" with no request at all.
var folder = Directory.CreateTempSubdirectory("togglfun-quickstart-");
using (var cache = new JsonCache(folder.FullName))
using (var cached = config.CreateTrackerEndpoint(cache))
{
    var sync = await cached.SyncAsync();
    var before = sandbox.RequestLog.Count;
    var fromCache = await cached.CollectAsync(today, today.AddDays(1));
    Console.WriteLine(
        $"Synced {sync.Upserted} trackers; listing {fromCache.Count} from the cache took {sandbox.RequestLog.Count - before} requests");
}
folder.Delete(recursive: true);

// What an operation would send, without sending it.
var dryRun = await trackers.Plan.EditAsync(meeting.Id, new TrackerBody { Tags = ["billed"], TagAction = TagAction.Add });
foreach (var request in dryRun.Requests)
    Console.WriteLine($"Dry run: {request}");

Console.WriteLine($"Quota left this hour: {trackers.LastQuota?.Remaining}");
