namespace Toggl.Facade.Tests;

/// <summary>
/// The archive and local reports through the client root: months past Toggl's window fetched once through the
/// detailed report, then answered by the cache with no request.
/// </summary>
public sealed class ArchiveTests
{
    [Theory]
    [InlineData(CacheKind.Sqlite)]
    [InlineData(CacheKind.Json)]
    public async Task A_year_report_costs_requests_the_first_time_and_none_the_second(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var alpha = h.Sandbox.AddProject("Alpha");
        var now = h.Sandbox.Now;
        // Two entries a month for a year: most are older than the three months GET me/time_entries reaches.
        for (var month = 0; month < 12; month++)
        {
            var start = now.AddDays(-30 * month - 5);
            h.Sandbox.AddTimeEntry(start, start.AddHours(1), "old", alpha.Id);
            h.Sandbox.AddTimeEntry(start.AddHours(2), start.AddHours(2.5), "old");
        }
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var toggl = h.Client(cache);
        await toggl.SyncAsync();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        h.Sandbox.ClearRequestLog();

        var plan = await toggl.LocalReports.Plan.ComputeAsync(today.AddDays(-365), today, LocalGrouping.Project, TimeZoneInfo.Utc);
        var first = await toggl.LocalReports.ComputeAsync(today.AddDays(-365), today, LocalGrouping.Project, TimeZoneInfo.Utc);
        var firstRequests = h.Sandbox.RequestLog.Count;
        h.Sandbox.ClearRequestLog();
        var second = await toggl.LocalReports.ComputeAsync(today.AddDays(-365), today, LocalGrouping.Project, TimeZoneInfo.Utc);

        Assert.NotEmpty(plan.Requests);
        Assert.Equal(first.FetchedMonths.Count, plan.Requests.Count);
        Assert.True(first.Requests > 0);
        Assert.Equal(firstRequests, first.Requests);
        Assert.Equal(24, first.Entries);
        Assert.Equal(12 * 3600 + 12 * 1800, first.TotalSeconds);
        Assert.Equal(12 * 3600, Assert.Single(first.Rows, r => r.Id == alpha.Id).Seconds);
        Assert.Equal("Alpha", Assert.Single(first.Rows, r => r.Id == alpha.Id).Key);
        Assert.Equal(12 * 1800, Assert.Single(first.Rows, r => r.Key == LocalReport.NoProject).Seconds);

        Assert.Empty(h.Sandbox.RequestLog);
        Assert.Empty(second.FetchedMonths);
        Assert.Equal(0, second.Requests);
        Assert.Equal(first.Rows, second.Rows);
        Assert.Empty((await toggl.LocalReports.Plan.ComputeAsync(today.AddDays(-365), today, LocalGrouping.Month, TimeZoneInfo.Utc)).Requests);
    }

    [Fact]
    public async Task A_fetch_refetches_the_months_asked_for_and_the_range_lists_them()
    {
        await using var h = await Harness.StartAsync();
        var old = h.Sandbox.Now.AddDays(-200);
        var entry = h.Sandbox.AddTimeEntry(old, old.AddHours(1), "archived");
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(CacheKind.Sqlite, folder.Path);
        using var toggl = h.Client(cache);
        var day = DateOnly.FromDateTime(old.UtcDateTime);

        var fetched = await toggl.Archive.FetchAsync(day, day);
        h.Sandbox.ClearRequestLog();
        var range = await toggl.Archive.RangeAsync(day, day, TimeZoneInfo.Utc);

        Assert.Equal([new DateOnly(day.Year, day.Month, 1)], fetched.Months);
        Assert.Equal(1, fetched.Entries);
        Assert.Equal(1, fetched.Requests);
        Assert.Equal(entry.Id, Assert.Single(range.Trackers).Id);
        Assert.Empty(range.FetchedMonths);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task The_archive_and_local_reports_need_a_cache()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);

        await Assert.ThrowsAsync<InvalidOperationException>(() => toggl.Archive.FetchAsync(today, today));
        await Assert.ThrowsAsync<InvalidOperationException>(() => toggl.LocalReports.ComputeAsync(today, today, LocalGrouping.Day, TimeZoneInfo.Utc));
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Without_a_zone_the_days_are_the_users_Toggl_days()
    {
        await using var h = await Harness.StartAsync(new Toggl.Sandbox.SandboxOptions { Timezone = "Pacific/Auckland" });
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        // 20:00 UTC is already the next day in Auckland (UTC+12 or +13).
        var utcDay = h.Sandbox.Now.UtcDateTime.Date.AddDays(-3);
        var start = new DateTimeOffset(utcDay.AddHours(20), TimeSpan.Zero);
        h.Sandbox.AddTimeEntry(start, start.AddMinutes(30), "late");
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(CacheKind.Sqlite, folder.Path);
        using var toggl = h.Client(cache);
        await toggl.SyncAsync();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);

        var report = await toggl.LocalReports.ComputeAsync(today.AddDays(-10), today.AddDays(1), LocalGrouping.Day);

        var aucklandDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, auckland).DateTime);
        Assert.Equal(DateOnly.FromDateTime(utcDay).AddDays(1), aucklandDay);
        Assert.Equal(aucklandDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(report.Rows).Key);
        Assert.Equal(1800, report.TotalSeconds);
    }
}
