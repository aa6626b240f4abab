namespace Toggl.Sandbox.Tests;

/// <summary>GET /me/time_entries/current (docs/toggl-api.md §6.2, §12.4).</summary>
public sealed class CurrentTests
{
    [Fact]
    public async Task current_when_idle_returns_200_null()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries/current");
        Assert.Equal(200, reply.Status);
        Assert.Equal("null", reply.Body);
        Assert.Equal(4, reply.ContentHeaders.ContentLength);
        Assert.Equal("application/json; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task current_when_running_returns_200_entry_with_echoed_negative_duration()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1734311200}""");
        var reply = await h.Get("me/time_entries/current");
        Assert.Equal(200, reply.Status);
        Assert.Equal(id, reply.Json.GetProperty("id").GetInt64());
        Assert.Equal(-1734311200, reply.Json.GetProperty("duration").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Json.GetProperty("stop").ValueKind);
    }

    [Fact]
    public async Task current_after_stop_returns_200_null()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        Assert.Equal(200, (await h.Patch($"workspaces/{h.Wid}/time_entries/{id}/stop")).Status);
        Assert.Equal("null", (await h.Get("me/time_entries/current")).Body);
    }

    [Fact]
    public async Task current_when_idle_can_answer_404_as_swagger_says()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, IdleCurrent = IdleCurrentAnswer.NotFound404 });
        var reply = await h.Get("me/time_entries/current");
        Assert.Equal(404, reply.Status);
        Assert.Equal("\"Resource can not be found\"", reply.Body);
    }

    [Fact]
    public async Task current_when_idle_can_answer_405_empty()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, IdleCurrent = IdleCurrentAnswer.MethodNotAllowed405 });
        var reply = await h.Get("me/time_entries/current");
        Assert.Equal(405, reply.Status);
        Assert.Equal("", reply.Body);
    }
}
