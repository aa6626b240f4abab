using System.Text.Json;

namespace Toggl.Facade.Tests;

/// <summary>The dry run lists the requests an operation sends, and sends nothing.</summary>
public sealed class PlanTests
{
    [Fact]
    public async Task Every_plan_matches_the_request_the_operation_sends_and_sends_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var wid = h.Sandbox.WorkspaceId;
        var plan = trackers.Plan;

        Assert.Equal(new PlannedRequest("GET", "me/time_entries/current", null), Assert.Single(plan.Current()));
        Assert.Equal(new PlannedRequest("GET", "me/time_entries/12", null), Assert.Single(plan.Get(12)));
        Assert.Equal(new PlannedRequest("DELETE", $"workspaces/{wid}/time_entries/12", null), Assert.Single(plan.Delete(12)));
        Assert.Equal(new PlannedRequest("PATCH", $"workspaces/{wid}/time_entries/12/stop", null), Assert.Single(plan.Stop(12)));
        Assert.Equal("PUT", Assert.Single(plan.Edit(12, new TrackerBody { Description = "x" })).Method);
        Assert.Contains("meta=true", Assert.Single(plan.Edit(12, new TrackerBody { Description = "x" }, meta: true)).Path);
        Assert.Equal("POST", Assert.Single(plan.Add(new TrackerBody { Description = "x" })).Method);
        Assert.StartsWith("me/time_entries?", Assert.Single(plan.Collect(since: h.Sandbox.Now.AddDays(-1))).Path);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task The_planned_request_is_the_one_sent()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);

        var planned = Assert.Single(trackers.Plan.Collect(today.AddDays(-2), today));
        await trackers.CollectAsync(today.AddDays(-2), today, refresh: true);

        var sent = Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal("/api/v9/" + planned.Path, sent.PathAndQuery);
        Assert.Equal(planned.Method, sent.Method);
    }

    [Fact]
    public async Task An_add_body_sends_only_what_is_set_and_clears_what_is_named()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var add = Assert.Single(trackers.Plan.Add(new TrackerBody { Description = "Write", Tags = ["a"] }));
        var edit = Assert.Single(trackers.Plan.Edit(5, new TrackerBody { Clear = TrackerBodyFields.Description | TrackerBodyFields.ProjectId }));

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

        var planned = trackers.Plan.BulkEdit(Enumerable.Range(1, 250).Select(i => (long)i), new TrackerBody { Description = "d" });

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

        Assert.Throws<TogglNamingException>(() => trackers.Plan.Add(new TrackerBody()));
        Assert.Throws<TogglDateTimeException>(() => trackers.Plan.Collect(startDate: now, endDate: now.AddDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => trackers.Plan.Stop(0));
        Assert.Throws<ArgumentNullException>(() => trackers.Plan.BulkEdit(null!, new TrackerBody()));
    }

    [Fact]
    public void PlannedRequest_prints_as_one_line()
    {
        Assert.Equal("GET me/time_entries/current", new PlannedRequest("GET", "me/time_entries/current", null).ToString());
        Assert.Equal("PUT x {\"a\":1}", new PlannedRequest("PUT", "x", "{\"a\":1}").ToString());
    }
}
