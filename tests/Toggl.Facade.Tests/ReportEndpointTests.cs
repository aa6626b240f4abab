using System.Text.Json;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>The Reports API v3 through the client root, against the sandbox: pages, cursors, totals, summaries, weekly, the 402.</summary>
public sealed class ReportEndpointTests
{
    [Theory]
    [InlineData(0, null, 1)]
    [InlineData(1, null, 1)]
    [InlineData(50, null, 1)]
    [InlineData(51, null, 2)]
    [InlineData(10_000, 1000, 10)]
    public async Task SearchAsync_enumerates_every_row_of_every_page(int entries, int? pageSize, int requests)
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Alpha");
        var added = ReportData.AddEntries(h, entries, project.Id);
        using var toggl = h.Client();

        var ids = new List<long>();
        await foreach (var row in toggl.DetailedReports.SearchAsync(ReportData.Body(h) with { PageSize = pageSize }))
            ids.AddRange(row.TimeEntries.Select(e => e.Id));

        Assert.Equal(added.Select(e => e.Id).Order(), ids.Order());
        Assert.Equal(entries, ids.Distinct().Count());
        Assert.Equal(requests, ReportData.ReportRequests(h).Count);
    }

    [Fact]
    public async Task SearchAsync_asks_for_a_page_only_when_the_caller_reaches_it()
    {
        await using var h = await Harness.StartAsync();
        ReportData.AddEntries(h, 120);
        using var toggl = h.Client();

        var rows = toggl.DetailedReports.SearchAsync(ReportData.Body(h));
        Assert.Empty(ReportData.ReportRequests(h));
        var taken = 0;
        await foreach (var _ in rows)
        {
            if (++taken == 50)
                break;
        }

        Assert.Single(ReportData.ReportRequests(h));
    }

    [Fact]
    public async Task SearchAsync_stops_at_the_next_page_once_cancelled()
    {
        await using var h = await Harness.StartAsync();
        ReportData.AddEntries(h, 120);
        using var toggl = h.Client();
        using var cancel = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in toggl.DetailedReports.SearchAsync(ReportData.Body(h)).WithCancellation(cancel.Token))
            {
                seen++;
                cancel.Cancel();
            }
        });

        // The first page's rows were already here; the second page was never asked for.
        Assert.Equal(50, seen);
        Assert.Single(ReportData.ReportRequests(h));
    }

    [Fact]
    public async Task PageAsync_returns_a_page_and_the_cursor_of_the_next_until_the_last()
    {
        await using var h = await Harness.StartAsync();
        var added = ReportData.AddEntries(h, 120);
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        var first = await toggl.DetailedReports.PageAsync(body);
        var second = await toggl.DetailedReports.PageAsync(body, first.Next);
        var third = await toggl.DetailedReports.PageAsync(body, second.Next);

        Assert.Equal([50, 50, 20], new[] { first, second, third }.Select(p => p.Rows.Count));
        Assert.NotNull(first.Next);
        Assert.NotNull(second.Next);
        Assert.Null(third.Next);
        var ids = new[] { first, second, third }.SelectMany(p => p.Rows).SelectMany(r => r.TimeEntries).Select(e => e.Id).ToArray();
        Assert.Equal(added.Select(e => e.Id).Order(), ids.Order());
        Assert.Equal(120, ids.Distinct().Count());
        Assert.Equal(51, second.Rows[0].RowNumber);
    }

    [Fact]
    public async Task Without_and_any_filter_entries_as_Toggl_does()
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Alpha");
        var added = ReportData.AddEntries(h, 9, project.Id);
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        async Task<long[]> Ids(ReportIds filter)
        {
            var ids = new List<long>();
            await foreach (var row in toggl.DetailedReports.SearchAsync(body with { ProjectIds = filter }))
                ids.AddRange(row.TimeEntries.Select(e => e.Id));
            return ids.Order().ToArray();
        }

        var without = added.Where(e => e.ProjectId is null).Select(e => e.Id).Order().ToArray();
        Assert.Equal(3, without.Length);
        Assert.Equal(without, await Ids(ReportIds.Without));
        Assert.Equal(added.Select(e => e.Id).Order(), await Ids(ReportIds.Any));
        Assert.Equal(added.Select(e => e.Id).Order(), await Ids(ReportIds.WithoutOr(project.Id)));
        Assert.Equal(added.Where(e => e.ProjectId is not null).Select(e => e.Id).Order(), await Ids(ReportIds.Of(project.Id)));
    }

    [Fact]
    public async Task Totals_summary_project_summaries_and_weekly_add_up_to_the_entries()
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Alpha");
        ReportData.AddEntries(h, 30, project.Id);
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        var totals = await toggl.DetailedReports.TotalsAsync(body);
        var summary = await toggl.SummaryReports.SearchAsync(body with { Grouping = SummaryGrouping.Projects, SubGrouping = SummarySubGrouping.TimeEntries });
        var projects = await toggl.SummaryReports.ProjectSummariesAsync(body.StartDate!.Value, body.EndDate!.Value);
        var alpha = await toggl.SummaryReports.ProjectSummaryAsync(project.Id, body.StartDate.Value, body.EndDate.Value);
        var weekly = await toggl.WeeklyReports.SearchAsync(new ReportBody { StartDate = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime).AddDays(-50) });

        Assert.Equal(30 * 60, totals.Seconds);
        Assert.Equal(30 * 60, summary.Groups.SelectMany(g => g.SubGroups).Sum(s => s.Seconds));
        Assert.Contains(summary.Groups, g => g.Id is null);
        Assert.Equal(20 * 60, Assert.Single(summary.Groups, g => g.Id == project.Id).SubGroups.Sum(s => s.Seconds));
        Assert.Equal(20 * 60, projects.Where(p => p.ProjectId == project.Id).Sum(p => p.TrackedSeconds));
        Assert.Equal(project.Id, alpha.ProjectId);
        Assert.Equal(20 * 60, alpha.TrackedSeconds);
        Assert.All(weekly, row => Assert.Equal(7, row.Seconds.Count));
        Assert.Equal(30 * 60, weekly.Sum(r => r.Seconds.Sum()));
    }

    [Fact]
    public async Task A_report_the_plan_lacks_throws_the_feature_exception_not_the_quota_one()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { PaidReports = SandboxReports.All });
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        var errors = new List<TogglFeatureNotEnabledException>
        {
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(async () => { await foreach (var _ in toggl.DetailedReports.SearchAsync(body)) { } }),
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.DetailedReports.PageAsync(body)),
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.DetailedReports.TotalsAsync(body)),
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.SummaryReports.SearchAsync(body)),
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.SummaryReports.ProjectSummariesAsync(body.StartDate!.Value, body.EndDate!.Value)),
            await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.WeeklyReports.SearchAsync(body)),
        };

        Assert.All(errors, e =>
        {
            Assert.Equal(402, e.StatusCode);
            Assert.Equal("Workspace needs to have this feature enabled", e.TogglMessage);
            Assert.IsNotType<TogglQuotaException>(e);
            Canary.AssertAbsent(e);
        });
        // Not retried: one request each.
        Assert.Equal(6, ReportData.ReportRequests(h).Count);
    }

    [Fact]
    public async Task A_bad_body_is_refused_before_anything_is_sent()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        await Assert.ThrowsAsync<TogglDateTimeException>(() => toggl.DetailedReports.TotalsAsync(body with { EndDate = body.StartDate!.Value.AddDays(-1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => toggl.DetailedReports.PageAsync(body with { PageSize = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => toggl.SummaryReports.SearchAsync(body with { RoundingMinutes = 7 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => toggl.WeeklyReports.SearchAsync(body with { ProjectIds = ReportIds.Of(0) }));
        await Assert.ThrowsAsync<ArgumentException>(() => toggl.DetailedReports.TotalsAsync(body with { OrderBy = (ReportOrderBy)99 }));
        Assert.Throws<ArgumentNullException>(() => toggl.DetailedReports.SearchAsync(null!));
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task A_bad_field_of_a_body_names_the_body_as_the_parameter_and_the_field_in_the_message()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var body = ReportData.Body(h);

        var pageSize = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => toggl.DetailedReports.PageAsync(body with { PageSize = 5000 }));
        var ids = await Assert.ThrowsAnyAsync<ArgumentException>(() => toggl.SummaryReports.SearchAsync(body with { TagIds = ReportIds.Of(-1) }));
        var duration = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => toggl.WeeklyReports.SearchAsync(body with { MinDurationSeconds = -1 }));

        Assert.Equal("body", pageSize.ParamName);
        Assert.Contains("page_size", pageSize.Message);
        Assert.Equal("body", ids.ParamName);
        Assert.Contains("tag_ids", ids.Message);
        Assert.Equal("body", duration.ParamName);
        Assert.Contains("min_duration_seconds", duration.Message);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Every_report_plan_names_its_request_below_the_reports_API_and_sends_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var wid = h.Sandbox.WorkspaceId;
        var body = ReportData.Body(h);
        var (from, to) = (body.StartDate!.Value, body.EndDate!.Value);
        var reports = $"reports/api/v3/workspace/{wid}/";

        Assert.Equal(reports + "search/time_entries", Assert.Single((await toggl.DetailedReports.Plan.SearchAsync(body)).Requests).Path);
        Assert.Equal(reports + "search/time_entries", Assert.Single((await toggl.DetailedReports.Plan.PageAsync(body, new ReportCursor(5, 51, null))).Requests).Path);
        Assert.Equal(reports + "search/time_entries/totals", Assert.Single((await toggl.DetailedReports.Plan.TotalsAsync(body)).Requests).Path);
        Assert.Equal(reports + "search/time_entries.csv", Assert.Single((await toggl.DetailedReports.Plan.ExportAsync(body, ReportFormat.Csv)).Requests).Path);
        Assert.Equal(reports + "summary/time_entries", Assert.Single((await toggl.SummaryReports.Plan.SearchAsync(body)).Requests).Path);
        Assert.Equal(reports + "summary/time_entries.pdf", Assert.Single((await toggl.SummaryReports.Plan.ExportAsync(body, ReportFormat.Pdf)).Requests).Path);
        Assert.Equal(reports + "projects/summary", Assert.Single((await toggl.SummaryReports.Plan.ProjectSummariesAsync(from, to)).Requests).Path);
        Assert.Equal(reports + "projects/7/summary", Assert.Single((await toggl.SummaryReports.Plan.ProjectSummaryAsync(7, from, to)).Requests).Path);
        Assert.Equal(reports + "weekly/time_entries", Assert.Single((await toggl.WeeklyReports.Plan.SearchAsync(body)).Requests).Path);
        Assert.Equal(reports + "weekly/time_entries.csv", Assert.Single((await toggl.WeeklyReports.Plan.ExportAsync(body, ReportFormat.Csv)).Requests).Path);
        Assert.Contains("\"first_row_number\":51", Assert.Single((await toggl.DetailedReports.Plan.PageAsync(body, new ReportCursor(5, 51, null))).Requests).Body);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task The_planned_report_request_is_the_one_sent()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var body = ReportData.Body(h) with { ProjectIds = ReportIds.Without, Billable = false };

        var planned = Assert.Single((await toggl.DetailedReports.Plan.TotalsAsync(body)).Requests);
        await toggl.DetailedReports.TotalsAsync(body);

        var sent = Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal("/" + planned.Path, sent.Path);
        Assert.Equal(planned.Method, sent.Method);
    }

    [Fact]
    public async Task The_reports_of_another_workspace_go_to_that_workspace()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(withWorkspace: false);
        var wid = h.Sandbox.WorkspaceId;

        var viaRoot = Assert.Single((await toggl.DetailedReports.Plan.TotalsAsync(ReportData.Body(h))).Requests);
        var viaWorkspace = Assert.Single((await toggl.ForWorkspace(wid).DetailedReports.Plan.TotalsAsync(ReportData.Body(h))).Requests);

        Assert.Equal($"reports/api/v3/workspace/{wid}/search/time_entries/totals", viaRoot.Path);
        Assert.Equal(viaRoot, viaWorkspace);
    }

    [Fact]
    public async Task Bodies_write_ids_any_and_without_as_Toggl_reads_them()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var sent = JsonDocument.Parse(Assert.Single((await toggl.DetailedReports.Plan.TotalsAsync(new ReportBody
        {
            ProjectIds = ReportIds.Without,
            ClientIds = ReportIds.Any,
            TagIds = ReportIds.WithoutOr(5, 6),
            UserIds = ReportIds.Of(7),
        })).Requests).Body!).RootElement;

        Assert.Equal("[null]", sent.GetProperty("project_ids").GetRawText());
        Assert.Equal("[]", sent.GetProperty("client_ids").GetRawText());
        Assert.Equal("[5,6,null]", sent.GetProperty("tag_ids").GetRawText());
        Assert.Equal("[7]", sent.GetProperty("user_ids").GetRawText());
        Assert.Equal(4, sent.EnumerateObject().Count());
    }
}
