using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>PATCH …/stop and DELETE (docs/toggl-api.md §6.7–§6.8, §12.10, §12.13, §12.15).</summary>
public sealed class StopDeleteTests
{
    [Fact]
    public async Task stop_running_entry_returns_200_with_stop_now_and_duration()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":-1}""");
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{id}/stop");
        Assert.Equal(200, reply.Status);
        Assert.Equal("2024-12-16T02:54:56Z", reply.Json.GetProperty("stop").GetString());
        Assert.Equal(3296, reply.Json.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task stop_with_empty_object_body_returns_200()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":-1}""");
        Assert.Equal(200, (await h.Patch($"workspaces/{h.Wid}/time_entries/{id}/stop", "{}")).Status);
    }

    [Fact]
    public async Task stop_already_stopped_returns_409()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{id}/stop");
        Assert.Equal(409, reply.Status);
        Assert.Equal("\"Time entry already stopped\"", reply.Body);
    }

    [Fact]
    public async Task stop_unknown_entry_returns_404()
    {
        await using var h = await Harness.Start();
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/3730999999/stop");
        Assert.Equal(404, reply.Status);
        Assert.Equal("\"Time entry not found\"", reply.Body);
    }

    [Fact]
    public async Task stop_with_non_numeric_id_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/abc/stop");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"Invalid or missing time_entry_id\"", reply.Body);
    }

    [Fact]
    public async Task delete_returns_200_empty_and_hides_entry_from_get_and_lists()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        var reply = await h.Delete($"workspaces/{h.Wid}/time_entries/{id}");
        Assert.Equal(200, reply.Status);
        Assert.Equal("", reply.Body);
        Assert.Equal(404, (await h.Get($"me/time_entries/{id}")).Status);
        Assert.Equal("[]", (await h.Get("me/time_entries")).Body);
        Assert.Equal("[]", (await h.Get("me/time_entries?start_date=2024-12-15&end_date=2024-12-17")).Body);
        Assert.NotNull(h.Sandbox.GetTimeEntry(id)!.ServerDeletedAt);
    }

    [Fact]
    public async Task delete_running_entry_leaves_nothing_running()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":-1}""");
        await h.Delete($"workspaces/{h.Wid}/time_entries/{id}");
        Assert.Equal("null", (await h.Get("me/time_entries/current")).Body);
    }

    [Fact]
    public async Task delete_entry_is_listed_by_since_with_server_deleted_at()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.Delete($"workspaces/{h.Wid}/time_entries/{id}");
        var since = h.Clock.GetUtcNow().AddSeconds(-10).ToUnixTimeSeconds();
        var listed = (await h.Get($"me/time_entries?since={since}")).Json;
        Assert.Equal(1, listed.GetArrayLength());
        Assert.Equal(id, listed[0].GetProperty("id").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, listed[0].GetProperty("server_deleted_at").ValueKind);
    }

    [Fact]
    public async Task delete_unknown_or_already_deleted_returns_404()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        Assert.Equal(200, (await h.Delete($"workspaces/{h.Wid}/time_entries/{id}")).Status);
        var again = await h.Delete($"workspaces/{h.Wid}/time_entries/{id}");
        Assert.Equal(404, again.Status);
        Assert.Equal(404, (await h.Delete($"workspaces/{h.Wid}/time_entries/1")).Status);
    }

    [Fact]
    public async Task delete_can_answer_null_when_configured()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DeleteAnswersNull = true });
        var id = await h.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        Assert.Equal("null", (await h.Delete($"workspaces/{h.Wid}/time_entries/{id}")).Body);
    }

    [Fact]
    public async Task get_by_id_unknown_returns_404_resource_text()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries/42");
        Assert.Equal(404, reply.Status);
        Assert.Equal("\"Resource can not be found\"", reply.Body);
    }
}
