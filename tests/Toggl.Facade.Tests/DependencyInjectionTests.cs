using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Toggl.Facade.Tests;

/// <summary>services.AddToggl registers a working endpoint through IHttpClientFactory, with logging.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddToggl_resolves_a_working_endpoint_that_logs_without_the_token()
    {
        await using var h = await Harness.StartAsync();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddToggl(options =>
        {
            options.WorkspaceId = h.Sandbox.WorkspaceId;
            options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
            options.BaseAddress = h.Sandbox.BaseAddress;
            options.Retries = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var trackers = provider.GetRequiredService<TrackerEndpoint>();
        var added = await trackers.AddAsync(new TrackerBody { Description = "from DI" });
        await trackers.StopAsync(added);
        await Assert.ThrowsAsync<TogglApiException>(() => trackers.StopAsync(999_999_999_999));

        Assert.Equal(h.Sandbox.WorkspaceId, trackers.WorkspaceId);
        Assert.Equal("from DI", h.Sandbox.GetTimeEntry(added.Id)?.Description);
        // IHttpClientFactory's handlers log every request at Information/Trace, headers included.
        Assert.Contains(logs.Lines, line => line.Contains("System.Net.Http.HttpClient.Toggl", StringComparison.Ordinal));
        Assert.All(logs.Lines, line => Canary.AssertAbsent(line, "A DI log line"));
    }

    [Fact]
    public async Task Endpoints_from_one_container_share_the_cache()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "cached");
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddToggl(options =>
        {
            options.WorkspaceId = h.Sandbox.WorkspaceId;
            options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
            options.BaseAddress = h.Sandbox.BaseAddress;
            options.Cache = _ => new SqliteCache(folder.Path);
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<TrackerEndpoint>().SyncAsync();
        h.Sandbox.ClearRequestLog();
        var listed = await provider.GetRequiredService<TrackerEndpoint>().CollectAsync(
            startDate: h.Sandbox.Now.AddDays(-1),
            endDate: h.Sandbox.Now);

        Assert.Equal("cached", Assert.Single(listed).Description);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task AddToggl_uses_the_containers_TimeProvider()
    {
        await using var h = await Harness.StartAsync();
        var clock = new FakeTimeProvider(h.Sandbox.Now.AddMinutes(-30));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddToggl(options =>
        {
            options.WorkspaceId = h.Sandbox.WorkspaceId;
            options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
            options.BaseAddress = h.Sandbox.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();

        // An add without a start starts at the endpoint's now: the container's clock.
        var added = await provider.GetRequiredService<TrackerEndpoint>().AddAsync(new TrackerBody { Description = "clocked" });

        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), added.Start.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task AddToggl_registers_one_client_root_that_shares_the_containers_quota_gate_and_cache()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new Toggl.Sandbox.SandboxOptions { HourlyQuota = true, Plan = Toggl.Sandbox.SandboxPlan.Free, TimeProvider = clock });
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddToggl(options =>
        {
            options.WorkspaceId = h.Sandbox.WorkspaceId;
            options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
            options.BaseAddress = h.Sandbox.BaseAddress;
            options.Retries = 0;
            options.Cache = _ => new SqliteCache(folder.Path);
        });
        await using var provider = services.BuildServiceProvider();

        var toggl = provider.GetRequiredService<TogglClient>();
        Assert.Same(toggl, provider.GetRequiredService<TogglClient>());
        Assert.Same(provider.GetRequiredService<TrackerEndpoint>().Cache, toggl.Cache);
        Assert.Equal(h.Sandbox.WorkspaceId, toggl.WorkspaceId);
        var project = await toggl.Projects.CreateAsync(new ProjectBody { Name = "from DI" });
        Assert.Equal("from DI", Assert.Single(h.Sandbox.Projects, p => p.Id == project.Id).Name);

        // A quota spent through the transient TrackerEndpoints stops the root without a request: one gate.
        for (var i = 0; i < 29; i++)
            await provider.GetRequiredService<TrackerEndpoint>().CurrentAsync();
        await Assert.ThrowsAsync<TogglQuotaException>(() => provider.GetRequiredService<TrackerEndpoint>().CurrentAsync());
        var sent = h.Sandbox.RequestLog.Count;
        await Assert.ThrowsAsync<TogglQuotaException>(() => toggl.Tags.ListAsync(refresh: true));
        Assert.Equal(sent, h.Sandbox.RequestLog.Count);
    }

    [Fact]
    public void AddToggl_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddToggl(null!));
        Assert.Throws<ArgumentNullException>(() => TogglServiceCollectionExtensions.AddToggl(null!, _ => { }));
    }
}
