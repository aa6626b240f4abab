namespace Toggl.Sandbox.Tests;

/// <summary>The request log tests use to count calls.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task request_log_records_method_path_query_status_and_sandbox_time()
    {
        await using var h = await Harness.Start();
        await h.Get("me/time_entries?meta=true");
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        await h.Post($"workspaces/{h.Wid}/time_entries", "{}");
        var log = h.Sandbox.RequestLog;
        Assert.Equal(2, log.Count);
        Assert.Equal("GET", log[0].Method);
        Assert.Equal("/api/v9/me/time_entries", log[0].Path);
        Assert.Equal("/api/v9/me/time_entries?meta=true", log[0].PathAndQuery);
        Assert.Equal(200, log[0].Status);
        Assert.Equal(Harness.Epoch, log[0].Time);
        Assert.Equal("POST", log[1].Method);
        Assert.Equal(400, log[1].Status);
        Assert.Equal(Harness.Epoch.AddSeconds(5), log[1].Time);
        Assert.Null(log[1].Fault);
    }

    [Fact]
    public async Task request_log_records_unauthenticated_and_faulted_requests()
    {
        await using var h = await Harness.Start();
        await h.Send(HttpMethod.Get, "me", noAuth: true);
        h.Sandbox.Faults.Next(1, Fault.BadGateway);
        await h.Get("me");
        var log = h.Sandbox.RequestLog;
        Assert.Equal(401, log[0].Status);
        Assert.Equal(502, log[1].Status);
        Assert.Equal("status 502", log[1].Fault);
    }

    [Fact]
    public async Task clear_request_log_forgets_earlier_requests()
    {
        await using var h = await Harness.Start();
        await h.Get("me");
        h.Sandbox.ClearRequestLog();
        await h.Get("me/logged");
        Assert.Equal("/api/v9/me/logged", Assert.Single(h.Sandbox.RequestLog).Path);
    }

    [Fact]
    public async Task request_log_keeps_only_its_capacity()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, RequestLogCapacity = 3 });
        for (var i = 0; i < 5; i++)
        {
            await h.Get($"me?n={i}");
        }

        Assert.Equal(new[] { "?n=2", "?n=3", "?n=4" }, h.Sandbox.RequestLog.Select(r => r.Query));
    }

    [Fact]
    public async Task request_log_entries_never_show_the_token()
    {
        await using var h = await Harness.Start();
        await h.Get("me");
        Assert.DoesNotContain(h.Sandbox.ApiToken, h.Sandbox.RequestLog[0].ToString());
    }
}
