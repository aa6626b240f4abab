namespace Toggl.Sandbox.Tests;

/// <summary>Leaky bucket, hourly quota and quota headers (docs/toggl-api.md §4, §12.17–§12.19).</summary>
public sealed class LimitTests
{
    private static SandboxOptions Limited(TimeProvider clock, SandboxPlan plan = SandboxPlan.Free, bool bucket = false, bool quota = false, int? retryAfter = null) =>
        new() { TimeProvider = clock, Plan = plan, LeakyBucket = bucket, HourlyQuota = quota, RetryAfterSeconds = retryAfter };

    [Fact]
    public async Task leaky_bucket_admits_the_burst_then_returns_429_html_without_retry_after()
    {
        await using var h = await Harness.Start(c => Limited(c, bucket: true));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await h.Get("me")).Status);
        }

        var refused = await h.Get("me");
        Assert.Equal(429, refused.Status);
        Assert.Null(refused.Header("Retry-After"));
        Assert.StartsWith("text/html", refused.ContentType);
    }

    [Fact]
    public async Task leaky_bucket_drains_one_request_per_second()
    {
        await using var h = await Harness.Start(c => Limited(c, bucket: true));
        for (var i = 0; i < 3; i++)
        {
            await h.Get("me");
        }

        Assert.Equal(429, (await h.Get("me")).Status);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await h.Get("me")).Status);
        Assert.Equal(429, (await h.Get("me")).Status);
    }

    [Fact]
    public async Task leaky_bucket_can_send_retry_after()
    {
        await using var h = await Harness.Start(c => Limited(c, bucket: true, retryAfter: 60));
        for (var i = 0; i < 3; i++)
        {
            await h.Get("me");
        }

        Assert.Equal("60", (await h.Get("me")).Header("Retry-After"));
    }

    [Fact]
    public async Task limits_are_off_by_default_in_process()
    {
        await using var h = await Harness.Start();
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(200, (await h.Get("me/time_entries/current")).Status);
        }
    }

    [Fact]
    public async Task quota_free_plan_returns_402_after_30_workspace_requests()
    {
        await using var h = await Harness.Start(c => Limited(c, quota: true));
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(200, (await h.Get($"workspaces/{h.Wid}/tags")).Status);
        }

        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var refused = await h.Get($"workspaces/{h.Wid}/tags");
        Assert.Equal(402, refused.Status);
        Assert.Equal("\"You have hit your hourly limit for API calls. The quota will reset in 3000 seconds.\"", refused.Body);
        Assert.Equal("0", refused.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal("3000", refused.Header("X-Toggl-Quota-Resets-In"));
    }

    [Fact]
    public async Task quota_user_scoped_requests_have_30_per_hour_on_any_plan()
    {
        await using var h = await Harness.Start(c => Limited(c, SandboxPlan.Premium, quota: true));
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(200, (await h.Get("me")).Status);
        }

        Assert.Equal(402, (await h.Get("me")).Status);
        Assert.Equal(200, (await h.Get($"workspaces/{h.Wid}/tags")).Status);
    }

    [Fact]
    public async Task quota_starter_plan_allows_240_workspace_requests()
    {
        await using var h = await Harness.Start(c => Limited(c, SandboxPlan.Starter, quota: true));
        Reply last = null!;
        for (var i = 0; i < 240; i++)
        {
            last = await h.Get("me/time_entries/current");
        }

        Assert.Equal(200, last.Status);
        Assert.Equal("0", last.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal(402, (await h.Get("me/time_entries/current")).Status);
    }

    [Fact]
    public async Task quota_resets_an_hour_after_the_first_request()
    {
        await using var h = await Harness.Start(c => Limited(c, quota: true));
        for (var i = 0; i < 30; i++)
        {
            await h.Get("me");
        }

        Assert.Equal(402, (await h.Get("me")).Status);
        h.Clock.Advance(TimeSpan.FromHours(1));
        var again = await h.Get("me");
        Assert.Equal(200, again.Status);
        Assert.Equal("29", again.Header("X-Toggl-Quota-Remaining"));
    }

    [Fact]
    public async Task quota_headers_count_down_on_every_response_with_the_plan_figure()
    {
        await using var h = await Harness.Start(c => Limited(c, quota: true));
        var first = await h.Get($"workspaces/{h.Wid}/tags");
        Assert.Equal("29", first.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal("3600", first.Header("X-Toggl-Quota-Resets-In"));
        h.Clock.Advance(TimeSpan.FromSeconds(90));
        var error = await h.Post($"workspaces/{h.Wid}/time_entries", "{}");
        Assert.Equal(400, error.Status);
        Assert.Equal("28", error.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal("3510", error.Header("X-Toggl-Quota-Resets-In"));
    }

    [Fact]
    public async Task quota_headers_are_sent_when_quota_is_not_enforced()
    {
        await using var h = await Harness.Start();
        var first = await h.Get("me");
        var second = await h.Get("me");
        Assert.Equal("999999", first.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal("999998", second.Header("X-Toggl-Quota-Remaining"));
    }

    [Fact]
    public async Task me_quota_lists_organization_and_user_buckets()
    {
        await using var h = await Harness.Start(c => Limited(c, SandboxPlan.Starter, quota: true));
        await h.Get($"workspaces/{h.Wid}/tags");
        await h.Get("me");
        var quota = (await h.Get("me/quota")).Json;
        Assert.Equal(
            $$"""[{"organization_id":{{h.Sandbox.OrganizationId}},"remaining":239,"resets_in_secs":3600,"total":240},{"organization_id":null,"remaining":29,"resets_in_secs":3600,"total":30}]""",
            quota.GetRawText());
    }
}
