using Microsoft.Extensions.Time.Testing;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>The client root: one connection, pacer, quota gate and cache for every endpoint it hands out.</summary>
public sealed class ClientRootTests
{
    [Fact]
    public async Task Every_endpoint_of_a_client_sends_through_its_one_connection()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var other = toggl.ForWorkspace(h.Sandbox.WorkspaceId + 1);

        Assert.Same(toggl.Connection, toggl.Trackers.Connection);
        Assert.Same(toggl.Connection, other.Trackers.Connection);
        Assert.Same(toggl.ForWorkspace(h.Sandbox.WorkspaceId), toggl.ForWorkspace(h.Sandbox.WorkspaceId));
        Assert.Same(toggl.Trackers, toggl.ForWorkspace(h.Sandbox.WorkspaceId).Trackers);
        Assert.Equal(h.Sandbox.WorkspaceId + 1, other.Trackers.WorkspaceId);
    }

    [Fact]
    public async Task LastQuota_is_what_the_last_answer_to_any_endpoint_of_the_client_said()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free });
        using var toggl = h.Client();
        var other = toggl.ForWorkspace(h.Sandbox.WorkspaceId + 1).Trackers;

        await toggl.Trackers.CurrentAsync();
        var first = toggl.LastQuota;
        await other.CurrentAsync();

        Assert.NotNull(first);
        Assert.Equal(first!.Remaining - 1, toggl.LastQuota!.Remaining);
        Assert.Equal(toggl.LastQuota, toggl.Trackers.LastQuota);
        Assert.Equal(toggl.LastQuota, other.LastQuota);
    }

    [Fact]
    public async Task A_quota_spent_through_one_endpoint_stops_every_endpoint_of_the_client_without_a_request()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free, TimeProvider = clock });
        using var toggl = h.Client(clock: clock);
        for (var i = 0; i < 30; i++)
            await toggl.Trackers.CurrentAsync();
        await Assert.ThrowsAsync<TogglQuotaException>(() => toggl.Trackers.CurrentAsync());
        var sent = h.Sandbox.RequestLog.Count;

        await Assert.ThrowsAsync<TogglQuotaException>(() => toggl.ForWorkspace(h.Sandbox.WorkspaceId + 1).Trackers.CurrentAsync());
        await Assert.ThrowsAsync<TogglQuotaException>(() => toggl.Projects.ListAsync(refresh: true));
        await Assert.ThrowsAsync<TogglQuotaException>(() => toggl.Tags.ListAsync(refresh: true));

        Assert.Equal(sent, h.Sandbox.RequestLog.Count);
    }

    [Fact]
    public async Task Without_a_workspace_the_default_one_comes_from_me_once_and_is_remembered()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(withWorkspace: false);
        Assert.Null(toggl.WorkspaceId);

        var projects = await toggl.Projects.ListAsync(refresh: true);
        await toggl.Tags.ListAsync(refresh: true);
        var id = await toggl.DefaultWorkspaceIdAsync();

        Assert.Equal(h.Sandbox.WorkspaceId, id);
        Assert.Equal(h.Sandbox.WorkspaceId, toggl.WorkspaceId);
        Assert.Equal(h.Sandbox.WorkspaceId, toggl.Trackers.WorkspaceId);
        Assert.Equal(h.Sandbox.Projects.Count, projects.Count);
        Assert.Single(h.Sandbox.RequestLog, r => r.Method == "GET" && r.Path.EndsWith("/me", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trackers_before_the_default_workspace_is_known_says_what_to_do()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(withWorkspace: false);

        var error = Assert.Throws<InvalidOperationException>(() => toggl.Trackers);

        Assert.Contains("DefaultWorkspaceIdAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Dispose_ends_the_clients_endpoints_and_leaves_a_passed_HttpClient_open()
    {
        await using var h = await Harness.StartAsync();
        using var http = new HttpClient();
        var toggl = h.Client(client: http);
        var trackers = toggl.Trackers;

        toggl.Dispose();
        toggl.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => toggl.Projects.ListAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => toggl.Me.GetAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => trackers.CurrentAsync());
        Assert.Throws<ObjectDisposedException>(() => toggl.ForWorkspace(1));
        using var answer = await http.GetAsync(new Uri(h.Sandbox.BaseAddress, "status"));
        Assert.True(answer.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Disposing_an_endpoint_of_the_client_leaves_the_clients_connection_open()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var other = toggl.ForWorkspace(h.Sandbox.WorkspaceId + 1).Trackers;

        other.Dispose();

        Assert.Null(await toggl.Trackers.CurrentAsync());
    }

    [Fact]
    public async Task Bad_construction_arguments_are_reported_before_anything_is_sent()
    {
        await using var h = await Harness.StartAsync();

        Assert.Throws<ArgumentNullException>(() => new TogglClient(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TogglClient(0, h.Auth));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TogglClient(h.Auth, retries: -1, options: h.Options()));
        using var toggl = h.Client();
        Assert.Throws<ArgumentOutOfRangeException>(() => toggl.ForWorkspace(-5));
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task The_clients_ToString_never_holds_the_token()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(withWorkspace: false);

        Canary.AssertAbsent(toggl.ToString(), "TogglClient.ToString()");
        Assert.Contains("default", toggl.ToString(), StringComparison.Ordinal);
    }
}
