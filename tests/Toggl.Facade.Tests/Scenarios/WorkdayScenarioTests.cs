using Toggl.Sandbox;
using Xunit.Abstractions;

namespace Toggl.Facade.Tests;

/// <summary>
/// Issue 14's first scenario: a 60-write workday inside one hour on the Free plan (30 requests an hour). Writes that
/// the spent quota refuses are queued; after the hour turns, one paced sync replays them. Everything is on Toggl
/// exactly once, nothing lost, and <c>current</c>/<c>list</c> from the cache are right after every write.
/// </summary>
public sealed class WorkdayScenarioTests(ITestOutputHelper output)
{
    private const int Tasks = 15;

    /// <summary>One entry as the user made it: what Toggl must hold in the end.</summary>
    private sealed record Expected(string Description, DateTimeOffset Start, DateTimeOffset? Stop, bool Billable);

    [Fact]
    public async Task A_60_write_workday_in_one_hour_is_on_Toggl_exactly_once_after_the_reset()
    {
        var clock = new ShiftedClock();
        await using var h = await Harness.StartAsync(new SandboxOptions { TimeProvider = clock, Plan = SandboxPlan.Free, HourlyQuota = true });
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "cache.sqlite");
        var expected = new List<Expected>();
        var writes = 0;
        int liveRequests;
        var queuedNotices = 0;
        using (var cache = new SqliteCache(path, timeProvider: clock))
        using (var laptop = h.Client(cache, options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, Logger = h.Logger, TimeProvider = clock, Outbox = true }))
        {
            await laptop.SyncAsync();
            h.Sandbox.ClearRequestLog();
            laptop.Outbox.Queued += (_, _) => queuedNotices++;
            var trackers = laptop.Trackers;

            async Task Write(Func<Task> write)
            {
                clock.Advance(TimeSpan.FromSeconds(55));
                await write();
                writes++;
                await AssertLocalView(trackers, expected, writes);
            }

            for (var i = 1; i <= Tasks; i++)
            {
                TogglTracker entry = null!;
                var name = $"Task {i}";
                await Write(async () =>
                {
                    entry = await trackers.AddAsync(new TrackerBody { Description = name });
                    if (expected.Count > 0 && expected[^1].Stop is null)
                        expected[^1] = expected[^1] with { Stop = entry.Start };
                    expected.Add(new Expected(name, entry.Start, null, false));
                });
                await Write(async () =>
                {
                    entry = await trackers.EditAsync(entry.Id, new TrackerBody { Description = name + " (detail)" });
                    expected[^1] = expected[^1] with { Description = name + " (detail)" };
                });
                await Write(async () =>
                {
                    entry = await trackers.EditAsync(entry.Id, new TrackerBody { Billable = true });
                    expected[^1] = expected[^1] with { Billable = true };
                });
                await Write(async () =>
                {
                    var stopped = await trackers.StopAsync(entry.Id);
                    Assert.NotNull(stopped);
                    expected[^1] = expected[^1] with { Stop = stopped.Stop };
                });
            }

            liveRequests = h.Sandbox.RequestLog.Count(r => r.Method != "GET" && r.Status == 200);
            Assert.True(await laptop.Outbox.CountAsync() > 0, "the quota should have run out during the day");
            var plan = await laptop.Outbox.PlanAsync();
            output.WriteLine($"queued items {plan.Queued.Count}, compacted plans {plan.Compacted.Count} ({plan.CompactedRequests} requests)");
        }

        Assert.Equal(60, writes);
        Assert.True(clock.GetUtcNow() - h.Sandbox.RequestLog[0].Time < TimeSpan.FromHours(1), "the 60 writes fit in one hour");
        var refused = h.Sandbox.RequestLog.Count(r => r.Status == 402);
        Assert.Equal(0, h.Sandbox.RequestLog.Count(r => r.Method == "GET"));

        // The hour turns; the next sync (paced at Toggl's 1 request/s, as a CLI run would be) sends the outbox first.
        clock.Advance(h.Sandbox.QuotaResetsIn);
        var resetAt = clock.GetUtcNow();
        h.Sandbox.ClearRequestLog();
        using (var cache = new SqliteCache(path, timeProvider: clock))
        using (var next = h.Client(cache, options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, Logger = h.Logger, TimeProvider = clock, Outbox = true, PaceRequests = true }))
        {
            var results = new List<OutboxResult>();
            await foreach (var result in next.Outbox.SendAsync())
                results.Add(result);
            var replayed = clock.GetUtcNow();
            var replay = h.Sandbox.RequestLog.ToList();
            Assert.DoesNotContain(results, r => r.Kind is OutboxResultKind.StillQueued or OutboxResultKind.Refused or OutboxResultKind.Conflicted);
            Assert.Equal(0, await next.Outbox.CountAsync());
            Assert.All(replay, r => Assert.Equal(200, r.Status));

            var onToggl = h.Sandbox.TimeEntries.Where(e => e.ServerDeletedAt is null).OrderBy(e => e.Start).ToList();
            Assert.Equal(expected.Select(e => e.Description), onToggl.Select(e => e.Description));
            Assert.Equal(expected.Select(e => (S(e.Start), S(e.Stop), e.Billable)), onToggl.Select(e => (S(e.Start), S(e.Stop), e.Billable)));
            await next.SyncAsync();
            await AssertLocalView(next.Trackers, expected, writes);
            Assert.All(await cache.LoadAsync(), t => Assert.False(t.IsLocal));

            var replayWrites = replay.Count(r => r.Method != "GET");
            var liveWrites = liveRequests;
            output.WriteLine(string.Join(Environment.NewLine, replay));
            var queuedWrites = 60 - liveWrites;
            output.WriteLine(
                $"FIGURE: 60-write workday in one hour, Free plan (30 requests/h): without compaction 60 write requests (one per write: "
                + $"{liveWrites} live, then {queuedWrites} after the reset{(queuedWrites > 30 ? ", more than one hour's quota" : "")}); "
                + $"with the outbox {liveWrites + replayWrites} write requests ({liveWrites} live until the quota ran out, then {replayWrites} after the reset "
                + $"for the {queuedWrites} queued writes, compacted) plus {replay.Count - replayWrites} listing at replay and {refused} request refused with 402 (which queued the first write)");
            output.WriteLine(
                $"FIGURE: quota reset to fully replayed: {(replayed - resetAt).TotalSeconds:0.0} s on the sandbox clock "
                + $"({replay.Count} requests paced at 1 request/s; first at +{(replay[0].Time - resetAt).TotalSeconds:0.0} s, last at +{(replay[^1].Time - resetAt).TotalSeconds:0.0} s)");
        }
    }

    /// <summary>Toggl keeps whole seconds; a queued write's local view keeps the clock's fraction until the next sync.</summary>
    private static DateTimeOffset S(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, t.Offset);

    private static DateTimeOffset? S(DateTimeOffset? t) => t is { } v ? S(v) : null;

    /// <summary><c>current</c> and <c>list</c> as the CLI reads them (the cache, no request) match what the user did.</summary>
    private static async Task AssertLocalView(TrackerEndpoint trackers, List<Expected> expected, int write)
    {
        var running = expected.SingleOrDefault(e => e.Stop is null);
        var current = await trackers.CurrentAsync(refresh: false);
        Assert.True(running?.Description == current?.Description, $"after write {write}: current is '{current?.Description}', expected '{running?.Description}'");
        var listed = await trackers.CollectAsync(refresh: false);
        var shown = listed.Where(t => !t.IsDeleted).OrderBy(t => t.Start).Select(t => (t.Description ?? "", S(t.Start), S(t.Stop), t.Billable)).ToList();
        Assert.True(
            expected.Select(e => (e.Description, S(e.Start), S(e.Stop), e.Billable)).SequenceEqual(shown),
            $"after write {write}: list shows [{string.Join("; ", shown)}], expected [{string.Join("; ", expected)}]");
    }
}
