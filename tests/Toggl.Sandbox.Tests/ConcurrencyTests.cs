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

    [Fact]
    public async Task concurrent_mixed_writes_keep_every_invariant()
    {
        await using var h = await Harness.Start();
        var seeds = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            seeds.Add(await h.Create($$"""{"start":"2024-12-15T{{10 + i}}:00:00Z","duration":600}"""));
        }

        var ids = string.Join(",", seeds);
        var work = Enumerable.Range(0, 80).Select(i => (i % 6) switch
        {
            0 => h.Post($"workspaces/{h.Wid}/time_entries", $$"""{"start":"2024-12-16T01:{{i % 60:00}}:00Z","duration":-1,"tags":["race"]}"""),
            1 => h.Put($"workspaces/{h.Wid}/time_entries/{seeds[i % 10]}", """{"duration":-1}"""),
            2 => h.Patch($"workspaces/{h.Wid}/time_entries/{seeds[i % 10]}/stop"),
            3 => h.Patch($"workspaces/{h.Wid}/time_entries/{ids}", """[{"op":"add","path":"/tags","value":["bulk"]},{"op":"replace","path":"/duration","value":300}]"""),
            4 => h.Delete($"workspaces/{h.Wid}/time_entries/{seeds[(i * 7) % 10]}"),
            _ => h.Get("me/time_entries?since=0"),
        });
        var replies = await Task.WhenAll(work);
        Assert.All(replies, r => Assert.True(r.Status is 200 or 404 or 409, r.ToString()));

        var entries = h.Sandbox.TimeEntries;
        Assert.True(entries.Count(e => e.IsRunning && !e.IsDeleted) <= 1, "more than one entry runs");
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries.Where(e => !e.IsRunning), e => Assert.Equal(e.Duration, (long)(e.Stop!.Value - e.Start).TotalSeconds));
        Assert.All(entries.Where(e => e.IsRunning), e => Assert.True(e.Duration < 0));
        Assert.Equal(2, h.Sandbox.Tags.Count);
        var listed = await h.Get("me/time_entries?since=0");
        Assert.Equal(entries.Count, listed.Json.GetArrayLength());
    }
}
