namespace Toggl.Sandbox.Tests;

/// <summary>GET /me/time_entries (docs/toggl-api.md §6.1, §12.12–§12.13).</summary>
public sealed class ListTests
{
    private static long[] Ids(Reply reply) => reply.Json.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToArray();

    [Fact]
    public async Task list_with_since_and_before_returns_400_with_toggl_text()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries?since=1734300000&before=2024-12-16");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"'since' and 'before' can not be present simultaneously\"", reply.Body);
    }

    [Fact]
    public async Task list_with_since_and_start_date_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries?since=1734300000&start_date=2024-12-01&end_date=2024-12-02");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"'since' and 'start_date' can not be present simultaneously\"", reply.Body);
    }

    [Fact]
    public async Task list_with_before_and_end_date_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries?before=2024-12-10&end_date=2024-12-02");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"'before' and 'end_date' can not be present simultaneously\"", reply.Body);
    }

    [Fact]
    public async Task list_with_start_date_older_than_three_months_returns_400_with_floor_date()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries?start_date=1984-03-10&end_date=2024-12-16");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"start_date must not be earlier than 2024-09-16\"", reply.Body);
    }

    [Fact]
    public async Task list_with_start_date_on_the_floor_returns_200()
    {
        await using var h = await Harness.Start();
        Assert.Equal(200, (await h.Get("me/time_entries?start_date=2024-09-16&end_date=2024-12-16")).Status);
    }

    [Fact]
    public async Task list_with_only_start_date_returns_400()
    {
        await using var h = await Harness.Start();
        Assert.Equal(400, (await h.Get("me/time_entries?start_date=2024-12-01")).Status);
    }

    [Fact]
    public async Task list_with_unparseable_date_returns_400()
    {
        await using var h = await Harness.Start();
        Assert.Equal(400, (await h.Get("me/time_entries?start_date=yesterday&end_date=today")).Status);
        Assert.Equal(400, (await h.Get("me/time_entries?since=soon")).Status);
    }

    [Fact]
    public async Task list_is_sorted_by_start_descending()
    {
        await using var h = await Harness.Start();
        var middle = await h.Create("""{"start":"2024-12-14T10:00:00Z","duration":60}""");
        var latest = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        var earliest = await h.Create("""{"start":"2024-12-13T10:00:00Z","duration":60}""");
        Assert.Equal(new[] { latest, middle, earliest }, Ids(await h.Get("me/time_entries")));
    }

    [Fact]
    public async Task list_start_and_end_date_filter_by_start_with_exclusive_end()
    {
        await using var h = await Harness.Start();
        var before = await h.Create("""{"start":"2024-12-09T23:59:59Z","duration":60}""");
        var first = await h.Create("""{"start":"2024-12-10T00:00:00Z","duration":60}""");
        var last = await h.Create("""{"start":"2024-12-11T23:59:59Z","duration":60}""");
        var onEnd = await h.Create("""{"start":"2024-12-12T00:00:00Z","duration":60}""");
        var ids = Ids(await h.Get("me/time_entries?start_date=2024-12-10&end_date=2024-12-12"));
        Assert.Equal(new[] { last, first }, ids);
        Assert.DoesNotContain(before, ids);
        Assert.DoesNotContain(onEnd, ids);
    }

    [Fact]
    public async Task list_end_date_can_be_inclusive_of_the_whole_day()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, EndDateInclusive = true });
        var onEnd = await h.Create("""{"start":"2024-12-12T23:00:00Z","duration":60}""");
        var after = await h.Create("""{"start":"2024-12-13T00:00:00Z","duration":60}""");
        var ids = Ids(await h.Get("me/time_entries?start_date=2024-12-10&end_date=2024-12-12"));
        Assert.Contains(onEnd, ids);
        Assert.DoesNotContain(after, ids);
    }

    [Fact]
    public async Task list_date_only_bounds_use_the_user_time_zone()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, Timezone = "Europe/Berlin" });
        // 23:30 UTC on the 9th is 00:30 on the 10th in Berlin.
        var id = await h.Create("""{"start":"2024-12-09T23:30:00Z","duration":60}""");
        Assert.Equal(new[] { id }, Ids(await h.Get("me/time_entries?start_date=2024-12-10&end_date=2024-12-11")));
    }

    [Fact]
    public async Task list_rfc3339_bounds_are_instants()
    {
        await using var h = await Harness.Start();
        var inside = await h.Create("""{"start":"2024-12-10T12:00:00Z","duration":60}""");
        await h.Create("""{"start":"2024-12-10T13:00:00Z","duration":60}""");
        var ids = Ids(await h.Get("me/time_entries?start_date=2024-12-10T11:00:00%2B00:00&end_date=2024-12-10T13:00:00Z"));
        Assert.Equal(new[] { inside }, ids);
    }

    [Fact]
    public async Task list_without_parameters_returns_entries_of_the_last_nine_days()
    {
        await using var h = await Harness.Start();
        var recent = await h.Create("""{"start":"2024-12-08T10:00:00Z","duration":60}""");
        var old = await h.Create("""{"start":"2024-12-01T10:00:00Z","duration":60}""");
        var ids = Ids(await h.Get("me/time_entries"));
        Assert.Contains(recent, ids);
        Assert.DoesNotContain(old, ids);
    }

    [Fact]
    public async Task list_default_window_can_be_switched_off()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DefaultListWindow = null });
        var old = await h.Create("""{"start":"2024-10-01T10:00:00Z","duration":60}""");
        Assert.Contains(old, Ids(await h.Get("me/time_entries")));
    }

    [Fact]
    public async Task list_before_returns_entries_started_before()
    {
        await using var h = await Harness.Start();
        var early = await h.Create("""{"start":"2024-12-10T10:00:00Z","duration":60}""");
        await h.Create("""{"start":"2024-12-12T10:00:00Z","duration":60}""");
        Assert.Equal(new[] { early }, Ids(await h.Get("me/time_entries?before=2024-12-11")));
    }

    [Fact]
    public async Task list_since_returns_only_entries_modified_since()
    {
        await using var h = await Harness.Start();
        var untouched = await h.Create("""{"start":"2024-12-10T10:00:00Z","duration":60}""");
        var touched = await h.Create("""{"start":"2024-12-11T10:00:00Z","duration":60}""");
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = h.Clock.GetUtcNow().ToUnixTimeSeconds();
        await h.Put($"workspaces/{h.Wid}/time_entries/{touched}", """{"description":"edited"}""");
        var ids = Ids(await h.Get($"me/time_entries?since={since}"));
        Assert.Equal(new[] { touched }, ids);
        Assert.DoesNotContain(untouched, ids);
    }

    [Fact]
    public async Task list_includes_the_running_entry()
    {
        await using var h = await Harness.Start();
        var running = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":-1}""");
        Assert.Contains(running, Ids(await h.Get("me/time_entries")));
    }

    [Fact]
    public async Task list_include_sharing_adds_shared_with_for_shared_entries()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60,"shared_with_user_ids":[99]}""");
        await h.Create("""{"start":"2024-12-14T10:00:00Z","duration":60}""");
        var plain = (await h.Get("me/time_entries")).Json;
        Assert.False(plain[0].TryGetProperty("shared_with", out _));
        var shared = (await h.Get("me/time_entries?include_sharing=true")).Json;
        Assert.Equal(99, shared[0].GetProperty("shared_with")[0].GetProperty("user_id").GetInt64());
        Assert.False(shared[1].TryGetProperty("shared_with", out _));
    }
}
