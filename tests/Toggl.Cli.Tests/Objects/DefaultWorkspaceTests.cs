using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Objects;

/// <summary>No workspace configured: the user's default workspace comes from Toggl's <c>GET me</c> once and is remembered.</summary>
public sealed class DefaultWorkspaceTests : CliTest
{
    private void ForgetWorkspace() => Environment.Remove("TOGGL_WORKSPACE_ID");

    [Fact]
    public async Task The_default_workspace_is_asked_once_and_remembered()
    {
        ForgetWorkspace();
        Sandbox.AddProject("Website");
        var first = await RunOkAsync("projects", "list", "--output", "json");
        Assert.Equal("Website", first.Json[0].GetProperty("name").GetString());
        Assert.Equal(1, Requests.Count(r => r.Path == "/api/v9/me" && r.Query == ""));
        Assert.True(File.Exists(CacheFile), "the cache is the default workspace's");

        Sandbox.ClearRequestLog();
        await RunOkAsync("start", "Writing", "--project", "Website");
        await RunOkAsync("projects", "list");
        Assert.DoesNotContain(Requests, r => r.Path == "/api/v9/me" && r.Query == "");
        Assert.Equal(Sandbox.WorkspaceId, Assert.Single(Sandbox.LiveEntries()).WorkspaceId);
    }

    [Fact]
    public async Task Config_show_says_where_the_workspace_came_from()
    {
        var configured = await RunOkAsync("config", "show");
        Assert.Contains($"{Sandbox.WorkspaceId} (configured)", configured.Out);

        ForgetWorkspace();
        var before = await RunOkAsync("config", "show");
        Assert.Contains("asked of Toggl (GET me) at the next command", before.Out);
        Assert.Empty(Requests);

        await RunOkAsync("me");
        var after = await RunOkAsync("config", "show");
        Assert.Contains($"{Sandbox.WorkspaceId} (your default workspace, asked of Toggl (GET me) at", after.Out);
        Assert.Contains("default-workspace.json", after.Out);
    }

    [Fact]
    public async Task A_dry_run_with_no_workspace_known_prints_the_request_that_would_ask_and_sends_nothing()
    {
        ForgetWorkspace();
        var run = await RunOkAsync("tags", "add", "review", "--dry-run");
        Assert.Contains("GET me", run.Out);
        Assert.Contains("your default workspace", run.Out);
        Assert.Empty(Requests);
        Assert.Empty(Sandbox.Tags);
        Assert.False(File.Exists(Path.Combine(CacheFolder, "default-workspace.json")));
    }
}
