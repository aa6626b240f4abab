using Microsoft.Extensions.Time.Testing;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>
/// Where requests go and when they are not sent at all: the base address of a passed HttpClient or of the
/// configuration, a spent hourly quota, and the overall deadline of a read.
/// </summary>
public sealed class ConnectionTests
{
    [Fact]
    public async Task A_passed_client_with_a_base_address_sends_there_when_the_options_name_none()
    {
        await using var h = await Harness.StartAsync();
        using var client = new HttpClient { BaseAddress = h.Sandbox.BaseAddress };
        using var trackers = new TrackerEndpoint(h.Sandbox.WorkspaceId, h.Auth, client: client, retries: 0);

        var running = await trackers.CurrentAsync();

        Assert.Null(running);
        Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal(h.Sandbox.BaseAddress, trackers.BaseAddress);
    }

    [Fact]
    public async Task A_passed_client_and_the_options_naming_different_addresses_is_an_argument_error_naming_both()
    {
        await using var h = await Harness.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1/api/v9/") };

        var error = Assert.Throws<ArgumentException>(() => new TrackerEndpoint(
            h.Sandbox.WorkspaceId,
            h.Auth,
            client: client,
            options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress }));

        Assert.Contains("http://127.0.0.1:1/api/v9/", error.Message);
        Assert.Contains(h.Sandbox.BaseAddress.AbsoluteUri, error.Message);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task A_passed_client_and_the_options_naming_the_same_address_is_fine()
    {
        await using var h = await Harness.StartAsync();
        // Without the trailing slash: the same API base.
        using var client = new HttpClient { BaseAddress = new Uri(h.Sandbox.BaseAddress.AbsoluteUri.TrimEnd('/')) };
        using var trackers = new TrackerEndpoint(
            h.Sandbox.WorkspaceId, h.Auth, client: client, options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress });

        await trackers.CurrentAsync();

        Assert.Single(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task An_endpoint_built_from_a_configuration_with_TOGGL_BASE_URL_sends_to_that_address()
    {
        await using var h = await Harness.StartAsync();
        var config = TogglConfiguration.FromVariables(name => name switch
        {
            "TOGGL_API_TOKEN" => Canary.Token,
            "TOGGL_WORKSPACE_ID" => h.Sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "TOGGL_BASE_URL" => h.Sandbox.BaseAddress.AbsoluteUri,
            _ => null,
        });

        using var trackers = config.CreateTrackerEndpoint();
        var started = await trackers.AddAsync(new TrackerBody { Description = "From the configuration" });

        Assert.Equal(h.Sandbox.BaseAddress, trackers.BaseAddress);
        Assert.Equal(h.Sandbox.WorkspaceId, trackers.WorkspaceId);
        Assert.Single(h.Sandbox.TimeEntries, e => e.Id == started.Id);
    }

    [Theory]
    [InlineData(false, true, "TOGGL_API_TOKEN")]
    [InlineData(true, false, "TOGGL_WORKSPACE_ID")]
    public void A_configuration_without_credentials_or_workspace_cannot_build_an_endpoint_and_says_what_is_missing(
        bool hasAuth, bool hasWorkspace, string missing)
    {
        var config = new TogglConfiguration(hasAuth ? BasicAuth.FromApiToken(Canary.Token) : null, hasWorkspace ? 42 : null, null);

        var error = Assert.Throws<TogglConfigurationException>(() => config.CreateTrackerEndpoint());

        Assert.Contains(missing, error.Message);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task After_a_402_that_says_when_the_quota_resets_calls_fail_at_once_until_then()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free, TimeProvider = clock });
        using var trackers = h.Endpoint(clock: clock);
        for (var i = 0; i < 30; i++)
            await trackers.CurrentAsync();
        var first = await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());
        var sent = h.Sandbox.RequestLog.Count;
        clock.Advance(TimeSpan.FromMinutes(10));

        var again = await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());

        Assert.Equal(sent, h.Sandbox.RequestLog.Count);
        Assert.Equal(first.ResetsIn - TimeSpan.FromMinutes(10), again.ResetsIn);
        Assert.Equal(first.TogglMessage, again.TogglMessage);
        Assert.Equal(0, again.Remaining);

        clock.Advance(first.ResetsIn!.Value);
        Assert.Null(await trackers.CurrentAsync());
        Assert.Equal(sent + 1, h.Sandbox.RequestLog.Count);
    }

    [Fact]
    public async Task A_create_at_a_closed_port_throws_TogglUnreachableException_a_transport_exception_without_the_token()
    {
        await using var h = await Harness.StartAsync();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var trackers = new TrackerEndpoint(
            h.Sandbox.WorkspaceId, h.Auth, retries: 0,
            options: new TogglClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/v9/") });

        var error = await Assert.ThrowsAsync<TogglUnreachableException>(
            () => trackers.AddAsync(new TrackerBody { Description = "No connection", Start = h.Sandbox.Now.AddHours(-1), Stop = h.Sandbox.Now }));

        Assert.IsAssignableFrom<TogglTransportException>(error);
        Assert.Contains("nothing was sent", error.Message);
        Assert.DoesNotContain(h.Sandbox.ApiToken, error.Message);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Failing_fast_on_a_spent_quota_can_be_turned_off()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free, TimeProvider = clock });
        using var trackers = new TrackerEndpoint(
            h.Sandbox.WorkspaceId, h.Auth, retries: 0,
            options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, TimeProvider = clock, FailFastOnExhaustedQuota = false });
        for (var i = 0; i < 30; i++)
            await trackers.CurrentAsync();
        await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());
        var sent = h.Sandbox.RequestLog.Count;

        await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());

        Assert.Equal(sent + 1, h.Sandbox.RequestLog.Count);
    }

    [Fact]
    public async Task The_message_of_a_spent_quota_says_when_it_resets_once()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free });
        using var trackers = h.Endpoint();
        for (var i = 0; i < 30; i++)
            await trackers.CurrentAsync();

        var error = await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());

        Assert.Contains("hourly limit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message, "reset", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task A_read_Toggl_never_answers_fails_after_the_read_deadline_saying_so()
    {
        // The sandbox's clock never moves, so the delayed request never gets its answer.
        await using var h = await Harness.StartAsync(new SandboxOptions { TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow) });
        h.Sandbox.Faults.Next(1, Fault.Delay(TimeSpan.FromHours(1)));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = new SignalingHandler();
        using var client = new HttpClient(handler);
        using var trackers = new TrackerEndpoint(
            h.Sandbox.WorkspaceId, h.Auth, client: client, retries: 3,
            options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, TimeProvider = clock, ReadDeadline = TimeSpan.FromSeconds(4) });

        var pending = trackers.CurrentAsync();
        await handler.Sent;
        clock.Advance(TimeSpan.FromSeconds(4));
        var error = await Assert.ThrowsAsync<TogglTimeoutException>(() => pending.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(TimeSpan.FromSeconds(4), error.Timeout);
        Assert.Contains("did not answer within 4 s (1 attempt)", error.Message);
    }
}

/// <summary>The same rules for endpoints from dependency injection, whose HttpClient the factory makes.</summary>
public sealed class ConnectionInjectionTests
{
    [Fact]
    public async Task A_base_address_configured_on_the_factory_client_is_where_requests_go()
    {
        await using var h = await Harness.StartAsync();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.ConfigureHttpClient(
            services.AddToggl(options =>
            {
                options.WorkspaceId = h.Sandbox.WorkspaceId;
                options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
                options.Retries = 0;
            }),
            client => client.BaseAddress = h.Sandbox.BaseAddress);
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var trackers = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TrackerEndpoint>(provider);
        await trackers.CurrentAsync();

        Assert.Equal(h.Sandbox.BaseAddress, trackers.BaseAddress);
        Assert.Single(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Endpoints_of_one_container_share_a_spent_quota()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free, TimeProvider = clock });
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, clock);
        services.AddToggl(options =>
        {
            options.WorkspaceId = h.Sandbox.WorkspaceId;
            options.Auth = BasicAuth.FromApiToken(h.Sandbox.ApiToken);
            options.BaseAddress = h.Sandbox.BaseAddress;
            options.Retries = 0;
        });
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        TrackerEndpoint Resolve() => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TrackerEndpoint>(provider);
        for (var i = 0; i < 30; i++)
            await Resolve().CurrentAsync();
        await Assert.ThrowsAsync<TogglQuotaException>(() => Resolve().CurrentAsync());
        var sent = h.Sandbox.RequestLog.Count;

        await Assert.ThrowsAsync<TogglQuotaException>(() => Resolve().CurrentAsync());

        Assert.Equal(sent, h.Sandbox.RequestLog.Count);
    }
}
