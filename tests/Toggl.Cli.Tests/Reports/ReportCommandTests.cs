using System.Globalization;
using System.Text.Json;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Reports;

/// <summary>
/// <c>toggl report</c> against the sandbox: from the cache inside Toggl's window, from the archive beyond it (fetched
/// once), from Toggl's Reports API with <c>--source toggl</c>, and the two sources agreeing to the second.
/// </summary>
public sealed class ReportCommandTests : CliTest
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Sandbox.Now, Zone).DateTime);

    private static IReadOnlyList<(string Key, long Seconds, int Entries)> Rows(JsonElement json) =>
        json.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("seconds").GetInt64(), r.GetProperty("entries").GetInt32()))
            .ToList();

    /// <summary>An entry starting at <paramref name="hour"/> (Berlin) on the day <paramref name="daysAgo"/> days before today.</summary>
    private SandboxTimeEntry EntryOn(int daysAgo, double hour, int minutes, string? description, long? projectId = null, params string[] tags)
    {
        var day = Today.AddDays(-daysAgo);
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).AddHours(hour);
        return Sandbox.AddTimeEntry(start, start.AddMinutes(minutes), description, projectId, tags);
    }

    [Fact]
    public async Task A_report_past_the_window_fetches_its_months_once_and_costs_nothing_the_second_time()
    {
        var project = Sandbox.AddProject("Archive");
        EntryOn(daysAgo: 200, hour: 9, minutes: 90, "old", project.Id);
        EntryOn(daysAgo: 230, hour: 9, minutes: 30, "older");
        EntryOn(daysAgo: 2, hour: 9, minutes: 60, "recent", project.Id);
        var (from, to) = (Day(Today.AddDays(-250)), Day(Today));
        await RunOkAsync("sync");

        Sandbox.ClearRequestLog();
        var first = (await RunOkAsync("report", "--from", from, "--to", to, "--output", "json")).Json;
        Assert.Contains(Requests, r => r.Path.Contains("search/time_entries", StringComparison.Ordinal));
        Assert.NotEqual(0, first.GetProperty("fetched_months").GetArrayLength());
        Assert.Equal([("Archive", 9000L, 2), ("(no project)", 1800L, 1)], Rows(first));
        Assert.Equal(10800L, first.GetProperty("total_seconds").GetInt64());

        Sandbox.ClearRequestLog();
        var second = (await RunOkAsync("report", "--from", from, "--to", to, "--output", "json")).Json;
        Assert.Empty(Requests);
        Assert.Equal(0, second.GetProperty("fetched_months").GetArrayLength());
        Assert.Equal(Rows(first), Rows(second));
    }

    [Fact]
    public async Task A_report_inside_the_window_from_a_synced_cache_sends_no_request()
    {
        var client = Sandbox.AddClient("Acme");
        var project = Sandbox.AddProject("Web", client.Id);
        EntryOn(daysAgo: 1, hour: 9, minutes: 45, "a", project.Id);
        EntryOn(daysAgo: 1, hour: 11, minutes: 15, "b");
        await RunOkAsync("sync");

        Sandbox.ClearRequestLog();
        var json = (await RunOkAsync("report", "--from", Day(Today.AddDays(-7)), "--to", Day(Today), "--by", "client", "--output", "json")).Json;
        Assert.Empty(Requests);
        Assert.Equal("client", json.GetProperty("by").GetString());
        Assert.Equal("local", json.GetProperty("source").GetString());
        Assert.Equal([("Acme", 2700L, 1), ("(no client)", 900L, 1)], Rows(json));
    }

    [Fact]
    public async Task A_report_in_csv_has_a_header_and_a_line_a_group()
    {
        var project = Sandbox.AddProject("Web");
        EntryOn(daysAgo: 1, hour: 9, minutes: 30, "a", project.Id);
        var csv = (await RunOkAsync("report", "--from", Day(Today.AddDays(-2)), "--to", Day(Today), "--output", "csv")).Out;
        Assert.Equal(["project,seconds,entries,share", "Web,1800,1,1"], csv.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("day")]
    public async Task Calendar_groupings_are_in_calendar_order(string by)
    {
        EntryOn(daysAgo: 40, hour: 9, minutes: 60, "a");
        EntryOn(daysAgo: 3, hour: 9, minutes: 30, "b");
        var json = (await RunOkAsync("report", "--from", Day(Today.AddDays(-45)), "--to", Day(Today), "--by", by, "--output", "json")).Json;
        var keys = Rows(json).Select(r => r.Key).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(2, keys.Count);
        Assert.Matches(by switch { "week" => @"^\d{4}-W\d{2}$", "month" => @"^\d{4}-\d{2}$", _ => @"^\d{4}-\d{2}-\d{2}$" }, keys[0]);
    }

    [Fact]
    public async Task Month_and_year_are_ranges_of_their_own_and_refuse_a_second_range()
    {
        var month = (await RunOkAsync("report", "--month", "--output", "json")).Json;
        Assert.Equal(Day(new DateOnly(Today.Year, Today.Month, 1)), month.GetProperty("from").GetString());
        var year = (await RunOkAsync("report", "--year", "--dry-run")).Out;
        Assert.Contains("nothing was sent", year);
        var both = await RunAsync("report", "--month", "--week");
        Assert.Equal(ExitCodes.BadArguments, both.ExitCode);
        Assert.Contains("--month", both.Error);
    }

    [Fact]
    public async Task A_dry_run_of_a_year_report_shows_the_months_it_would_fetch_and_sends_nothing()
    {
        EntryOn(daysAgo: 200, hour: 9, minutes: 30, "old");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var json = (await RunOkAsync("report", "--from", Day(Today.AddDays(-365)), "--to", Day(Today), "--dry-run", "--output", "json")).Json;
        Assert.Empty(Requests);
        var paths = json.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("path").GetString()!).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Contains("search/time_entries", p));
        Assert.Contains(json.GetProperty("steps").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("archived months", StringComparison.Ordinal)
            || s.GetProperty("text").GetString()!.Contains("no month archived", StringComparison.Ordinal));

        // Once archived, the plan of the same report asks nothing.
        await RunOkAsync("report", "--from", Day(Today.AddDays(-365)), "--to", Day(Today));
        Sandbox.ClearRequestLog();
        var warm = (await RunOkAsync("report", "--from", Day(Today.AddDays(-365)), "--to", Day(Today), "--dry-run", "--output", "json")).Json;
        Assert.Equal(0, warm.GetProperty("count").GetInt32());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Source_toggl_asks_the_detailed_report_every_time_and_its_dry_run_sends_nothing()
    {
        EntryOn(daysAgo: 1, hour: 9, minutes: 60, "a");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var dry = (await RunOkAsync("report", "--week", "--source", "toggl", "--dry-run", "--output", "json")).Json;
        Assert.Empty(Requests);
        Assert.Contains(dry.GetProperty("requests").EnumerateArray(), r => r.GetProperty("path").GetString()!.Contains("search/time_entries", StringComparison.Ordinal));

        var range = new[] { "--from", Day(Today.AddDays(-3)), "--to", Day(Today) };
        var json = (await RunOkAsync(["report", .. range, "--source", "toggl", "--by", "description", "--output", "json"])).Json;
        Assert.Equal("toggl", json.GetProperty("source").GetString());
        Assert.Equal([("a", 3600L, 1)], Rows(json));
        Assert.Contains(Requests, r => r.Path.Contains("search/time_entries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Source_toggl_shows_each_page_on_standard_error_when_redirected_and_keeps_json_clean()
    {
        for (var i = 0; i < 51; i++)
        {
            EntryOn(daysAgo: 1, hour: 8 + (i / 10.0), minutes: 1, "p");
        }

        var run = await RunOkAsync("report", "--from", Day(Today.AddDays(-2)), "--to", Day(Today), "--source", "toggl", "--output", "json");
        Assert.Equal(
            "Asking Toggl's detailed report: page 1\nAsking Toggl's detailed report: page 2\nAsking Toggl's detailed report: done, 2 requests\n",
            run.Error);
        Assert.Equal(51, run.Json.GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task For_each_report_command_the_dry_run_lists_exactly_the_requests_the_real_run_then_sends()
    {
        EntryOn(daysAgo: 150, hour: 9, minutes: 30, "old");
        EntryOn(daysAgo: 2, hour: 9, minutes: 30, "new");
        var file = Path.Combine(Home, "dry-then-real.csv");
        Directory.CreateDirectory(Home);
        var oldMonth = Today.AddDays(-150).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string[][] commands =
        [
            ["report", "--from", Day(Today.AddDays(-160)), "--to", Day(Today)], // never synced, archive cold: the window, then the months
            ["report", "--from", Day(Today.AddDays(-160)), "--to", Day(Today), "--by", "tag"], // warm: nothing
            ["report", "--week", "--source", "toggl", "--by", "description"],
            ["archive", "fetch", "--from", oldMonth, "--to", oldMonth],
            ["archive", "status"],
            ["export", "--report", "summary", "--week", "--out", file],
        ];
        foreach (var command in commands)
        {
            Sandbox.ClearRequestLog();
            var dry = await RunOkAsync([.. command, "--dry-run", "--output", "json"]);
            Assert.Empty(Requests);
            var planned = dry.Json.GetProperty("requests").EnumerateArray()
                .Select(r => (r.GetProperty("method").GetString(), r.GetProperty("path").GetString()!))
                .Select(r => $"{r.Item1} /{(r.Item2.StartsWith("reports/", StringComparison.Ordinal) ? "" : "api/v9/")}{r.Item2}")
                .ToList();

            await RunOkAsync(command);
            Assert.Equal(planned, Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ToList());
        }
    }

    /// <summary>
    /// The DIFFERENTIAL test through the tool: on generated entries over ten months (the cache's window and the
    /// archive's months), the local report and Toggl's agree to the second in every grouping.
    /// </summary>
    [Fact]
    public async Task The_local_report_and_Toggls_agree_to_the_second_in_every_grouping()
    {
        var acme = Sandbox.AddClient("Acme");
        long?[] projects = [Sandbox.AddProject("Alpha", acme.Id).Id, Sandbox.AddProject("Beta").Id, null];
        string[][] tagSets = [[], ["red"], ["blue"], ["red", "blue"]];
        string?[] descriptions = ["design", "review", null];
        var random = new Random(12);
        for (var i = 0; i < 160; i++)
        {
            EntryOn(daysAgo: random.Next(1, 300), hour: random.Next(0, 2400) / 100.0, minutes: random.Next(1, 240), descriptions[random.Next(3)], projects[random.Next(3)], tagSets[random.Next(4)]);
        }

        await RunOkAsync("sync");
        var range = new[] { "--from", Day(Today.AddDays(-305)), "--to", Day(Today) };
        foreach (var by in new[] { "project", "client", "tag", "description", "day", "week", "month" })
        {
            var local = (await RunOkAsync(["report", .. range, "--by", by, "--output", "json"])).Json;
            var toggl = (await RunOkAsync(["report", .. range, "--by", by, "--source", "toggl", "--output", "json"])).Json;
            Assert.Equal(Rows(local), Rows(toggl));
            Assert.Equal(local.GetProperty("total_seconds").GetInt64(), toggl.GetProperty("total_seconds").GetInt64());
            Assert.Equal(160, local.GetProperty("entries").GetInt32());
        }
    }
}

/// <summary>Reports a free plan cannot use: 402 "feature not enabled" names the report and the paid plan.</summary>
public sealed class ReportNotEnabledTests : CliTest
{
    protected override SandboxOptions Options => new() { Timezone = Zone.Id, PaidReports = SandboxReports.All };

    [Fact]
    public async Task Source_toggl_on_a_plan_without_the_detailed_report_says_a_paid_plan_is_needed()
    {
        var run = await RunAsync("report", "--week", "--source", "toggl");
        Assert.True(run.ExitCode == ExitCodes.FeatureNotEnabled, run.ToString());
        Assert.Contains("detailed report", run.Error);
        Assert.Contains("paid plan", run.Error);
    }

    [Fact]
    public async Task A_local_report_past_the_window_says_the_archive_needs_the_detailed_report()
    {
        var run = await RunAsync("report", "--from", "2020-01-01", "--to", "2020-01-31");
        Assert.True(run.ExitCode == ExitCodes.FeatureNotEnabled, run.ToString());
        Assert.Contains("the detailed report (it fills the archive past three months)", run.Error);
        Assert.Contains("paid plan", run.Error);
    }

    [Fact]
    public async Task A_local_report_inside_the_window_needs_no_report_at_all()
    {
        var start = Sandbox.Now.AddHours(-3);
        Sandbox.AddTimeEntry(start, start.AddMinutes(30), "x");
        var json = (await RunOkAsync("report", "--from", "yesterday", "--to", "today", "--output", "json")).Json;
        Assert.Equal(1800L, json.GetProperty("total_seconds").GetInt64());
    }
}
