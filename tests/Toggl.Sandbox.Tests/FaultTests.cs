using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>Fault injection (docs/toggl-api.md §12.20).</summary>
public sealed class FaultTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task fault_status_hits_the_next_n_requests_then_stops(int status)
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(2, Fault.Status(status));
        Assert.Equal(status, (await h.Get("me")).Status);
        Assert.Equal(status, (await h.Get("me")).Status);
        Assert.Equal(200, (await h.Get("me")).Status);
        Assert.Empty(h.Sandbox.Faults.Armed);
    }

    [Fact]
    public async Task fault_status_does_not_run_the_request()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.InternalServerError);
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60}""");
        Assert.Equal(500, reply.Status);
        Assert.Empty(h.Sandbox.TimeEntries);
    }

    [Fact]
    public async Task fault_per_route_hits_only_that_method_and_route()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Always(Fault.ServiceUnavailable, "POST", "/workspaces/{workspace_id}/time_entries");
        Assert.Equal(200, (await h.Get("me/time_entries/current")).Status);
        Assert.Equal(405, (await h.Get($"workspaces/{h.Wid}/time_entries")).Status);
        Assert.Equal(503, (await h.Post($"workspaces/{h.Wid}/time_entries", "{}")).Status);
        Assert.Equal(503, (await h.Post($"workspaces/{h.Wid}/time_entries", "{}")).Status);
    }

    [Fact]
    public async Task fault_apply_then_fail_commits_the_write_and_answers_500()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        Assert.Equal(500, reply.Status);
        Assert.Single(h.Sandbox.TimeEntries);
        Assert.NotEqual("null", (await h.Get("me/time_entries/current")).Body);
    }

    [Fact]
    public async Task fault_truncated_json_sends_half_a_body_that_does_not_parse()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        var whole = await h.Get("me/time_entries/current");
        h.Sandbox.Faults.Next(1, Fault.TruncatedJson);
        var cut = await h.Get("me/time_entries/current");
        Assert.Equal(200, cut.Status);
        Assert.Equal(whole.Body[..(whole.Body.Length / 2)], cut.Body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut.Body));
    }

    [Fact]
    public async Task fault_html_error_page_answers_html_with_status()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.HtmlErrorPage(502));
        var reply = await h.Get("me");
        Assert.Equal(502, reply.Status);
        Assert.StartsWith("text/html", reply.ContentType);
        Assert.Contains("<title>502 Bad Gateway</title>", reply.Body);
    }

    [Fact]
    public async Task fault_abort_connection_fails_the_request_and_logs_status_0()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.AbortConnection());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h.Get("me"));
        Assert.Equal(200, (await h.Get("me")).Status);
        // The aborted request is logged just before the connection drops.
        var aborted = Assert.Single(h.Sandbox.RequestLog, r => r.Fault is not null);
        Assert.Equal(0, aborted.Status);
        Assert.Equal("abort", aborted.Fault);
    }

    [Fact]
    public async Task fault_abort_after_applying_commits_the_write()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.AbortConnection(afterApplying: true));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60}"""));
        Assert.Single(h.Sandbox.TimeEntries);
    }

    [Fact]
    public async Task fault_latency_waits_on_the_sandbox_clock()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.Delay(TimeSpan.FromSeconds(30)));
        var pending = h.Get("me");
        Assert.True(SpinWait.SpinUntil(() => h.Sandbox.PendingDelays == 1, TimeSpan.FromSeconds(10)), "the request never reached the delay");
        h.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, h.Sandbox.PendingDelays);
        Assert.False(pending.IsCompleted);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await pending).Status);
        Assert.Equal(0, h.Sandbox.PendingDelays);
    }

    [Fact]
    public async Task fault_probability_zero_never_fires_and_one_always_fires()
    {
        await using var h = await Harness.Start();
        var never = h.Sandbox.Faults.WithProbability(0, Fault.InternalServerError);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await h.Get("me")).Status);
        }

        h.Sandbox.Faults.Remove(never);
        h.Sandbox.Faults.WithProbability(1, Fault.BadGateway);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(502, (await h.Get("me")).Status);
        }
    }

    [Fact]
    public async Task fault_probability_half_with_a_seed_hits_some_and_spares_some()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, RandomSeed = 7 });
        var rule = h.Sandbox.Faults.WithProbability(0.5, Fault.ServiceUnavailable);
        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await h.Get("me")).Status);
        }

        Assert.Contains(503, statuses);
        Assert.Contains(200, statuses);
        Assert.Equal(statuses.Count(s => s == 503), rule.Hits);
    }

    [Fact]
    public async Task fault_quota_and_rate_limit_answer_like_toggl()
    {
        await using var h = await Harness.Start();
        h.Sandbox.Faults.Next(1, Fault.QuotaExhausted);
        h.Sandbox.Faults.Next(1, Fault.RateLimited);
        var quota = await h.Get("me");
        Assert.Equal(402, quota.Status);
        Assert.StartsWith("\"You have hit your hourly limit for API calls.", quota.Body);
        Assert.Equal("0", quota.Header("X-Toggl-Quota-Remaining"));
        var limited = await h.Get("me");
        Assert.Equal(429, limited.Status);
    }

    [Fact]
    public void fault_rules_refuse_bad_arguments()
    {
        var faults = new Faults(null);
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Next(0, Fault.InternalServerError));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.WithProbability(1.5, Fault.InternalServerError));
        Assert.Throws<ArgumentNullException>(() => faults.Always(null!));
    }
}
