namespace Toggl.Sandbox.Tests;

/// <summary>The store under concurrent requests: no interleaving may break an invariant.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task concurrent_running_creates_leave_exactly_one_entry_running()
    {
        await using var h = await Harness.Start();
        var creates = Enumerable.Range(0, 60).Select(i =>
            h.Post($"workspaces/{h.Wid}/time_entries", $$"""{"start":"2024-12-16T01:{{i:00}}:00Z","duration":-1,"tags":["t{{i % 5}}"]}"""));
        var replies = await Task.WhenAll(creates);
        Assert.All(replies, r => Assert.Equal(200, r.Status));
        var entries = h.Sandbox.TimeEntries;
        Assert.Equal(60, entries.Count);
        Assert.Equal(60, entries.Select(e => e.Id).Distinct().Count());
        Assert.Single(entries, e => e.IsRunning);
        Assert.Equal(5, h.Sandbox.Tags.Count);
    }

    [Fact]
    public async Task concurrent_stops_of_one_entry_succeed_once()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        var stops = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Patch($"workspaces/{h.Wid}/time_entries/{id}/stop")));
        Assert.Single(stops, r => r.Status == 200);
        Assert.Equal(19, stops.Count(r => r.Status == 409));
    }
}
