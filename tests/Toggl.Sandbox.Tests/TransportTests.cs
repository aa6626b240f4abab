namespace Toggl.Sandbox.Tests;

/// <summary>docs/toggl-api.md §1 and §12.2–§12.3: bare JSON, content type, JSON-string errors, 405/404.</summary>
public sealed class TransportTests
{
    private const string Json = "application/json; charset=utf-8";

    [Fact]
    public async Task list_answers_bare_json_array_with_charset_content_type()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/time_entries");
        Assert.Equal(200, reply.Status);
        Assert.Equal("[]", reply.Body);
        Assert.Equal(Json, reply.ContentType);
        Assert.Equal(2, reply.ContentHeaders.ContentLength);
    }

    [Fact]
    public async Task error_body_is_json_string_literal_with_charset_content_type()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", "{}");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"start is required for time entry creation\"", reply.Body);
        Assert.Equal(Json, reply.ContentType);
    }

    [Fact]
    public async Task get_on_post_only_time_entries_path_returns_405_empty()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get($"workspaces/{h.Wid}/time_entries");
        Assert.Equal(405, reply.Status);
        Assert.Equal("", reply.Body);
        Assert.Equal(0, reply.ContentHeaders.ContentLength);
    }

    [Fact]
    public async Task post_on_get_only_current_path_returns_405_empty()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post("me/time_entries/current", "{}");
        Assert.Equal(405, reply.Status);
        Assert.Equal("", reply.Body);
    }

    [Fact]
    public async Task unknown_path_returns_404_plain_text()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get("me/nothing_here");
        Assert.Equal(404, reply.Status);
        Assert.StartsWith("text/plain", reply.ContentType);
        Assert.Equal("404 page not found\n", reply.Body);
    }

    [Fact]
    public async Task base_address_ends_with_api_v9_on_loopback()
    {
        await using var h = await Harness.Start();
        Assert.Equal("127.0.0.1", h.Sandbox.BaseAddress.Host);
        Assert.EndsWith("/api/v9/", h.Sandbox.BaseAddress.AbsolutePath);
        Assert.NotEqual(0, h.Sandbox.BaseAddress.Port);
    }

    [Fact]
    public async Task two_sandboxes_run_side_by_side_on_different_ports()
    {
        await using var a = await Harness.Start();
        await using var b = await Harness.Start();
        Assert.NotEqual(a.Sandbox.BaseAddress.Port, b.Sandbox.BaseAddress.Port);
        await a.Create("""{"start":"2024-12-16T01:00:00Z","duration":60}""");
        Assert.Equal("[]", (await b.Get("me/time_entries")).Body);
    }

    [Fact]
    public async Task sandbox_to_string_does_not_reveal_the_token()
    {
        await using var h = await Harness.Start();
        Assert.DoesNotContain(h.Sandbox.ApiToken, h.Sandbox.ToString());
        Assert.DoesNotContain(h.Sandbox.ApiToken, new SandboxOptions { ApiToken = h.Sandbox.ApiToken }.ToString());
    }
}
