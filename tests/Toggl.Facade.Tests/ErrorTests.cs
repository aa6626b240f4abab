using Microsoft.Extensions.Time.Testing;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>Toggl's refusals and transport failures as typed exceptions with their data.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task A_spent_hourly_quota_throws_TogglQuotaException_with_reset_and_remaining()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { HourlyQuota = true, Plan = SandboxPlan.Free });
        using var trackers = h.Endpoint();
        for (var i = 0; i < 30; i++)
            await trackers.CurrentAsync();

        var error = await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.CurrentAsync());

        Assert.Equal(402, error.StatusCode);
        Assert.Equal(0, error.Remaining);
        Assert.NotNull(error.ResetsIn);
        Assert.InRange(error.ResetsIn.Value, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        Assert.Contains("hourly limit", error.TogglMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, trackers.LastQuota?.Remaining);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task A_402_is_never_retried()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.QuotaExhausted);
        using var trackers = h.Endpoint(retries: 3);

        await Assert.ThrowsAsync<TogglQuotaException>(() => trackers.GetAsync(1));

        Assert.Single(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task A_429_throws_TogglRateLimitException_with_Retry_After()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { RetryAfterSeconds = 120 });
        h.Sandbox.Faults.Next(1, Fault.RateLimited);
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglRateLimitException>(() => trackers.CurrentAsync());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task Wrong_credentials_throw_TogglAuthenticationException_403()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint(auth: BasicAuth.FromApiToken("not" + Canary.Token[3..]));

        var error = await Assert.ThrowsAsync<TogglAuthenticationException>(() => trackers.CurrentAsync());

        Assert.Equal(403, error.StatusCode);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task Wrong_credentials_throw_TogglAuthenticationException_401_when_the_server_says_401()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { BadCredentialsStatus = 401 });
        using var trackers = h.Endpoint(auth: BasicAuth.FromEmailPassword(h.Sandbox.Email, "wrong-" + Canary.Password));

        var error = await Assert.ThrowsAsync<TogglAuthenticationException>(() => trackers.AddAsync(new TrackerBody { Description = "x" }));

        Assert.Equal(401, error.StatusCode);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task A_5xx_after_the_retries_throws_TogglApiException()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.InternalServerError);
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.CollectAsync(refresh: true));

        Assert.Equal(500, error.StatusCode);
        Assert.IsNotType<TogglQuotaException>(error);
    }

    [Fact]
    public async Task An_HTML_error_page_gives_a_readable_message()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.HtmlErrorPage(502));
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.CurrentAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.DoesNotContain("<html", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_truncated_answer_throws_TogglDecodeException_with_its_path()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "long enough to cut");
        h.Sandbox.Faults.Next(1, Fault.TruncatedJson);
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglDecodeException>(() => trackers.GetAsync(entry.Id));

        Assert.StartsWith("$", error.JsonPath);
    }

    [Fact]
    public async Task A_dropped_connection_throws_TogglTransportException()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.AbortConnection());
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglTransportException>(() => trackers.GetAsync(1));

        Assert.IsNotType<TogglTimeoutException>(error);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_throws_TogglTimeoutException()
    {
        var sandboxClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await Harness.StartAsync(new SandboxOptions { TimeProvider = sandboxClock });
        h.Sandbox.Faults.Next(1, Fault.Delay(TimeSpan.FromHours(1)));
        var clientClock = new FakeTimeProvider(sandboxClock.GetUtcNow());
        var handler = new SignalingHandler();
        using var client = new HttpClient(handler);
        using var trackers = h.Endpoint(client: client, timeout: TimeSpan.FromSeconds(5), clock: clientClock);

        var pending = trackers.CurrentAsync();
        await handler.Sent;
        clientClock.Advance(TimeSpan.FromSeconds(6));
        var error = await Assert.ThrowsAsync<TogglTimeoutException>(() => pending);

        Assert.Equal(TimeSpan.FromSeconds(5), error.Timeout);
        Assert.IsAssignableFrom<TogglTransportException>(error);
    }

    [Fact]
    public async Task A_create_whose_answer_failed_after_it_was_applied_is_found_rather_than_duplicated()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), method: "POST");
        using var trackers = h.Endpoint(retries: 3);

        var added = await trackers.AddAsync(new TrackerBody { Description = "exactly once", Start = h.Sandbox.Now.AddMinutes(-5) });

        Assert.Equal("exactly once", added.Description);
        Assert.Single(h.Sandbox.TimeEntries, e => e.Description == "exactly once");
        Assert.Single(h.Sandbox.RequestLog, r => r.Method == "POST");
    }

    [Fact]
    public async Task Exceptions_share_the_TogglException_root()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(1, Fault.QuotaExhausted);
        h.Sandbox.Faults.Next(1, Fault.RateLimited);
        using var trackers = h.Endpoint();

        Assert.IsAssignableFrom<TogglApiException>(await Assert.ThrowsAnyAsync<TogglException>(() => trackers.GetAsync(1)));
        Assert.IsAssignableFrom<TogglApiException>(await Assert.ThrowsAnyAsync<TogglException>(() => trackers.GetAsync(1)));
    }
}
