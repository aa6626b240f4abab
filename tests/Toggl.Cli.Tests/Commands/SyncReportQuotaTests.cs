using System.Globalization;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Commands;

/// <summary>sync, report and quota.</summary>
public sealed class SyncReportQuotaTests : CliTest
{
    [Fact]
    public async Task The_first_sync_loads_the_window_and_the_next_asks_only_for_changes()
    {
        AddEntry(hoursAgo: 30, minutes: 20, "One");
        AddEntry(hoursAgo: 5, minutes: 20, "Two");
        var first = (await RunOkAsync("sync", "--output", "json")).Json;
        Assert.True(first.GetProperty("full").GetBoolean());
        Assert.Equal(2, first.GetProperty("upserted").GetInt32());

        Sandbox.ClearRequestLog();
        AddEntry(hoursAgo: 1, minutes: 20, "Three");
        var second = (await RunOkAsync("sync", "--output", "json")).Json;
        Assert.False(second.GetProperty("full").GetBoolean());
        var request = Assert.Single(Requests);
        Assert.Contains("since=", request.Query, StringComparison.Ordinal);
        Assert.True(second.GetProperty("upserted").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_report_by_project_sums_the_ranges_time_per_project()
    {
        var web = Sandbox.AddProject("Website");
        var api = Sandbox.AddProject("API");
        var yesterday = Sandbox.TodayStart().AddDays(-1);
        Sandbox.AddTimeEntry(yesterday.AddHours(9), yesterday.AddHours(11), "a", web.Id);
        Sandbox.AddTimeEntry(yesterday.AddHours(13), yesterday.AddHours(14), "b", api.Id);
        Sandbox.AddTimeEntry(yesterday.AddHours(14), yesterday.AddHours(14.5), "c", web.Id);
        Sandbox.AddTimeEntry(yesterday.AddHours(15), yesterday.AddHours(15.25), "d");
        var day = TimeInput.LocalDate(yesterday, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var json = (await RunOkAsync("report", "--from", day, "--to", day, "--by", "project", "--output", "json")).Json;
        Assert.Equal(13500L, json.GetProperty("total_seconds").GetInt64());
        var rows = json.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("seconds").GetInt64())).ToList();
        Assert.Equal([("Website", 9000L), ("API", 3600L), ("(no project)", 900L)], rows);
    }

    [Fact]
    public async Task A_report_by_tag_and_by_day_in_a_table()
    {
        var yesterday = Sandbox.TodayStart().AddDays(-1);
        Sandbox.AddTimeEntry(yesterday.AddHours(9), yesterday.AddHours(10), "a", tags: ["review"]);
        var from = TimeInput.LocalDate(yesterday, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var byTag = await RunOkAsync("report", "--from", from, "--to", "today", "--by", "tag");
        Assert.Contains("review", byTag.Out);
        Assert.Contains("1:00:00", byTag.Out);
        var byDay = await RunOkAsync("report", "--from", from, "--to", "today", "--by", "day");
        Assert.Contains(from, byDay.Out);
    }

    [Fact]
    public async Task A_report_from_a_fresh_cache_sends_no_request()
    {
        var project = Sandbox.AddProject("Website");
        AddEntry(hoursAgo: 2, minutes: 30, "a", project.Id);
        await RunOkAsync("report", "--week");
        Sandbox.ClearRequestLog();
        var run = await RunOkAsync("report", "--week", "--output", "json");
        Assert.Empty(Requests);
        Assert.Equal(run.Json.GetProperty("total_seconds").GetInt64(), run.Json.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("seconds").GetInt64()));
    }

    [Fact]
    public async Task Quota_shows_the_last_reading_without_a_request()
    {
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var json = (await RunOkAsync("quota", "--output", "json")).Json;
        Assert.True(json.GetProperty("remaining").GetInt32() > 0);
        Assert.Empty(Requests);
    }
}

/// <summary>The Free plan's quota of 30 requests an hour, enforced by the sandbox.</summary>
public sealed class QuotaExhaustedTests : CliTest
{
    protected override SandboxOptions Options => new() { Timezone = Zone.Id, HourlyQuota = true, Plan = SandboxPlan.Free };

    private async Task SpendQuotaAsync()
    {
        // Spend what is left of the hour's 30 requests, directly over HTTP, until the sandbox answers 402.
        using var client = Sandbox.CreateClient();
        for (var i = 0; i <= 30; i++)
        {
            using var response = await client.GetAsync("me/time_entries/current");
            if ((int)response.StatusCode == 402)
            {
                return;
            }
        }

        Assert.Fail("the sandbox never answered 402");
    }

    [Fact]
    public async Task A_spent_quota_is_exit_code_4_with_one_line_saying_when_it_resets()
    {
        await SpendQuotaAsync();
        var run = await RunAsync("sync");
        Assert.Equal(ExitCodes.QuotaExhausted, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'), l => l.StartsWith("toggl:", StringComparison.Ordinal));
        Assert.Contains("quota", line);
        Assert.Contains("resets in", line);
        Assert.DoesNotContain(" at Toggl.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_verbose_the_stack_trace_follows_and_the_token_never_shows()
    {
        await SpendQuotaAsync();
        var run = await RunAsync("start", "Blocked", "--verbose");
        Assert.Equal(ExitCodes.QuotaExhausted, run.ExitCode);
        Assert.Contains(" at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.ApiToken, run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_cache_still_answers_when_the_quota_is_spent()
    {
        var today = Sandbox.TodayStart();
        Sandbox.AddTimeEntry(today.AddMinutes(5), today.AddMinutes(35), "Cached");
        await RunOkAsync("sync");
        await SpendQuotaAsync();
        var json = (await RunOkAsync("list", "--today", "--output", "json")).Json;
        Assert.Equal("Cached", json[0].GetProperty("description").GetString());
    }
}
