using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Toggl.Facade.Tests;

/// <summary>The dry run is the plan the operation runs: what the cache answers, the requests, the follow-ups; it sends nothing.</summary>
public sealed class PlanTests
{
    [Fact]
    public async Task Every_plan_lists_the_request_the_operation_sends_and_sends_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var wid = h.Sandbox.WorkspaceId;
        var plan = trackers.Plan;

        Assert.Equal(new PlannedRequest("GET", "me/time_entries/current", null), Assert.Single((await plan.CurrentAsync()).Requests));
        Assert.Equal(new PlannedRequest("GET", "me/time_entries/12", null), Assert.Single((await plan.GetAsync(12)).Requests));
        Assert.Equal(new PlannedRequest("DELETE", $"workspaces/{wid}/time_entries/12", null), Assert.Single((await plan.DeleteAsync(12)).Requests));
        Assert.Equal(new PlannedRequest("PATCH", $"workspaces/{wid}/time_entries/12/stop", null), Assert.Single((await plan.StopAsync(12)).Requests));
        Assert.Equal("PUT", Assert.Single((await plan.EditAsync(12, new TrackerBody { Description = "x" })).Requests).Method);
        Assert.Contains("meta=true", Assert.Single((await plan.EditAsync(12, new TrackerBody { Description = "x" }, meta: true)).Requests).Path);
        Assert.Equal("POST", Assert.Single((await plan.AddAsync(new TrackerBody { Description = "x" })).Requests).Method);
        Assert.StartsWith("me/time_entries?", Assert.Single((await plan.CollectAsync(since: h.Sandbox.Now.AddDays(-1))).Requests).Path);
        Assert.Equal(new PlannedRequest("GET", $"workspaces/{wid}/projects?active=both&page=1&per_page=200", null), Assert.Single((await plan.ProjectsAsync()).Requests));
        Assert.Empty((await plan.BulkEditAsync([], new TrackerBody { Description = "x" })).Requests);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task The_planned_request_is_the_one_sent()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);

        var planned = Assert.Single((await trackers.Plan.CollectAsync(today.AddDays(-2), today, refresh: true)).Requests);
        await trackers.CollectAsync(today.AddDays(-2), today, refresh: true);

        var sent = Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal("/api/v9/" + planned.Path, sent.PathAndQuery);
        Assert.Equal(planned.Method, sent.Method);
    }

    [Fact]
    public async Task An_add_plan_shows_the_recovery_listing_as_a_follow_up_not_a_request()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var plan = await trackers.Plan.AddAsync(new TrackerBody { Description = "Write" });

        var followUp = Assert.Single(plan.Steps, s => s.Kind == TogglPlanStepKind.FollowUp && s.Request is not null);
        Assert.StartsWith("me/time_entries?since=", followUp.Request!.Path);
        Assert.Contains("unanswered", followUp.Text);
        Assert.Equal("POST", Assert.Single(plan.Requests).Method);
        Assert.Contains(plan.Steps, s => s.Kind == TogglPlanStepKind.CacheCommit);
        Assert.Equal(string.Join(Environment.NewLine, plan.Steps.Select(s => s.Text)), plan.ToString());
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task A_plan_the_synced_cache_answers_lists_no_request_and_names_the_cache(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);
        await trackers.SyncAsync();
        h.Sandbox.ClearRequestLog();

        var current = await trackers.Plan.CurrentAsync(refresh: false);
        var collect = await trackers.Plan.CollectAsync(since: h.Sandbox.Now.AddDays(-1));

        Assert.Empty(current.Requests);
        Assert.Empty(collect.Requests);
        Assert.Contains(current.Steps, s => s.Kind == TogglPlanStepKind.CacheRead && s.Text.StartsWith("the cache answers", StringComparison.Ordinal));
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task With_CacheMaxAge_a_stale_cache_is_synced_before_it_answers()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(CacheKind.Sqlite, folder.Path);
        var clock = new FakeTimeProvider(h.Sandbox.Now);
        using var trackers = new TrackerEndpoint(
            h.Sandbox.WorkspaceId, h.Auth, cache, retries: 0,
            options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, TimeProvider = clock, CacheMaxAge = TimeSpan.FromMinutes(15) });
        await trackers.SyncAsync();
        var started = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddMinutes(-5), description: "Started elsewhere");
        h.Sandbox.ClearRequestLog();

        Assert.Null(await trackers.CurrentAsync(refresh: false));
        Assert.Empty(h.Sandbox.RequestLog);

        clock.Advance(TimeSpan.FromMinutes(20));
        var plan = await trackers.Plan.CurrentAsync(refresh: false);
        var running = await trackers.CurrentAsync(refresh: false);

        Assert.Equal(started.Id, running?.Id);
        var sync = Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal("/api/v9/" + Assert.Single(plan.Requests).Path, sync.PathAndQuery);
    }

    [Fact]
    public void A_CacheMaxAge_that_is_not_positive_is_refused()
    {
        var options = new TogglClientOptions { CacheMaxAge = TimeSpan.Zero };

        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(1, BasicAuth.FromApiToken("token"), options: options));
    }

    [Fact]
    public async Task An_add_body_sends_only_what_is_set_and_clears_what_is_named()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var add = Assert.Single((await trackers.Plan.AddAsync(new TrackerBody { Description = "Write", Tags = ["a"] })).Requests);
        var edit = Assert.Single((await trackers.Plan.EditAsync(5, new TrackerBody { Clear = TrackerBodyFields.Description | TrackerBodyFields.ProjectId })).Requests);

        using var added = JsonDocument.Parse(add.Body!);
        Assert.Equal("Write", added.RootElement.GetProperty("description").GetString());
        Assert.Equal(-1, added.RootElement.GetProperty("duration").GetInt64());
        Assert.False(added.RootElement.TryGetProperty("project_id", out _));
        using var edited = JsonDocument.Parse(edit.Body!);
        Assert.Equal(JsonValueKind.Null, edited.RootElement.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, edited.RootElement.GetProperty("project_id").ValueKind);
        Assert.False(edited.RootElement.TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task A_bulk_edit_of_250_ids_plans_three_requests()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var planned = (await trackers.Plan.BulkEditAsync(Enumerable.Range(1, 250).Select(i => (long)i), new TrackerBody { Description = "d" })).Requests;

        Assert.Equal(3, planned.Count);
        Assert.All(planned, r => Assert.Equal("PATCH", r.Method));
        Assert.EndsWith("/201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250", planned[2].Path);
    }

    [Fact]
    public async Task A_plan_validates_like_the_operation()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var now = h.Sandbox.Now;

        await Assert.ThrowsAsync<TogglNamingException>(() => trackers.Plan.AddAsync(new TrackerBody()));
        await Assert.ThrowsAsync<TogglDateTimeException>(() => trackers.Plan.CollectAsync(startDate: now, endDate: now.AddDays(-1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trackers.Plan.StopAsync(0));
        await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.Plan.BulkEditAsync(null!, new TrackerBody()));
    }

    [Fact]
    public void PlannedRequest_prints_as_one_line()
    {
        Assert.Equal("GET me/time_entries/current", new PlannedRequest("GET", "me/time_entries/current", null).ToString());
        Assert.Equal("PUT x {\"a\":1}", new PlannedRequest("PUT", "x", "{\"a\":1}").ToString());
    }
}
