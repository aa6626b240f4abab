using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>PUT /workspaces/{wid}/time_entries/{id} (docs/toggl-api.md §6.5).</summary>
public sealed class UpdateTests
{
    private static string Path(Harness h, long id) => $"workspaces/{h.Wid}/time_entries/{id}";

    [Fact]
    public async Task update_description_returns_200_with_z_times_and_keeps_the_rest()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600,"description":"old","billable":true}""");
        var reply = await h.Put(Path(h, id), """{"description":"new"}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal("new", reply.Json.GetProperty("description").GetString());
        Assert.Equal("2024-12-16T01:00:00Z", reply.Json.GetProperty("start").GetString());
        Assert.Equal("2024-12-16T01:10:00Z", reply.Json.GetProperty("stop").GetString());
        Assert.True(reply.Json.GetProperty("billable").GetBoolean());
        Assert.Equal("[]", reply.Json.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task update_description_null_clears_it()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600,"description":"old"}""");
        var reply = await h.Put(Path(h, id), """{"description":null}""");
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task update_unknown_entry_returns_404()
    {
        await using var h = await Harness.Start();
        var reply = await h.Put(Path(h, 999), """{"description":"x"}""");
        Assert.Equal(404, reply.Status);
        Assert.Equal("\"Time entry not found\"", reply.Body);
    }

    [Fact]
    public async Task update_tags_replaces_adds_and_deletes_with_tag_action()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600,"tags":["a","b"]}""");
        var added = await h.Put(Path(h, id), """{"tags":["c"],"tag_action":"add"}""");
        Assert.Equal("[\"a\",\"b\",\"c\"]", added.Json.GetProperty("tags").GetRawText());
        var deleted = await h.Put(Path(h, id), """{"tags":["a"],"tag_action":"delete"}""");
        Assert.Equal("[\"b\",\"c\"]", deleted.Json.GetProperty("tags").GetRawText());
        var replaced = await h.Put(Path(h, id), """{"tags":["z"]}""");
        Assert.Equal("[\"z\"]", replaced.Json.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task update_start_of_stopped_entry_keeps_duration()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        var reply = await h.Put(Path(h, id), """{"start":"2024-12-15T09:00:00Z"}""");
        Assert.Equal("2024-12-15T09:10:00Z", reply.Json.GetProperty("stop").GetString());
        Assert.Equal(600, reply.Json.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task update_stop_on_running_entry_stops_it()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        var reply = await h.Put(Path(h, id), """{"stop":"2024-12-16T01:45:00Z"}""");
        Assert.Equal(2700, reply.Json.GetProperty("duration").GetInt64());
        Assert.Equal("null", (await h.Get("me/time_entries/current")).Body);
    }

    [Fact]
    public async Task update_negative_duration_resumes_running_and_stops_the_other()
    {
        await using var h = await Harness.Start();
        var stopped = await h.Create("""{"start":"2024-12-16T00:00:00Z","duration":600}""");
        var running = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        var reply = await h.Put(Path(h, stopped), """{"duration":-1}""");
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("stop").ValueKind);
        Assert.Equal(stopped, (await h.Get("me/time_entries/current")).Json.GetProperty("id").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, (await h.Get($"me/time_entries/{running}")).Json.GetProperty("stop").ValueKind);
    }

    [Fact]
    public async Task update_with_year_out_of_range_returns_400_and_keeps_entry()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        var reply = await h.Put(Path(h, id), """{"start":"2042-01-01T00:00:00Z"}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("2024-12-16T01:00:00+00:00", (await h.Get($"me/time_entries/{id}")).Json.GetProperty("start").GetString());
    }

    [Fact]
    public async Task update_with_inaccessible_project_returns_400()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        var reply = await h.Put(Path(h, id), """{"project_id":777}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"User cannot access the selected project\"", reply.Body);
    }

    [Fact]
    public async Task update_moves_at_to_server_now()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":600}""");
        h.Clock.Advance(TimeSpan.FromSeconds(3));
        var reply = await h.Put(Path(h, id), """{"billable":true}""");
        Assert.Equal("2024-12-16T02:24:59.5667Z", reply.Json.GetProperty("at").GetString());
    }
}
