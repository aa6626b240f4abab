using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// Totals, summary, project summaries and weekly (docs/toggl-api.md §9) agree with the detailed rows of the same body.
/// </summary>
public sealed class ReportAggregateTests
{
    private const string Range = "\"start_date\":\"2024-12-01\",\"end_date\":\"2024-12-31\"";

    [Theory]
    [InlineData("")]
    [InlineData(",\"project_ids\":[null]")]
    [InlineData(",\"billable\":true")]
    [InlineData(",\"tag_ids\":[null]")]
    [InlineData(",\"rounding\":1,\"rounding_minutes\":60")]
    public async Task totals_agree_with_the_detailed_rows(string filter)
    {
        await using var f = await ReportFixture.Start();
        var body = f.Body("{" + Range + filter + "}");
        var rows = await DetailedRows(f, body);
        var totals = (await f.H.Post(f.Reports + "/search/time_entries/totals", body)).Json;
        Assert.Equal(rows.Sum(r => Seconds(r)), totals.GetProperty("seconds").GetInt64());
        var amounts = rows.Select(r => r.GetProperty("billable_amount_in_cents")).Where(a => a.ValueKind == JsonValueKind.Number).Select(a => a.GetInt64()).ToList();
        Assert.Equal(amounts.Count == 0 ? null : amounts.Sum(), Nullable(totals.GetProperty("billable_amount_in_cents")));
        Assert.Equal(rows.Select(r => r.GetProperty("time_entries")[0].GetProperty("start").GetString()![..10]).Distinct().Count(), totals.GetProperty("tracked_days").GetInt32());
        Assert.Equal("day", totals.GetProperty("resolution").GetString());
        Assert.Equal(0, totals.GetProperty("graph").GetArrayLength());
    }

    [Theory]
    [InlineData("day", 31)]
    [InlineData("week", 6)]
    [InlineData("month", 1)]
    public async Task the_totals_graph_has_a_bucket_per_period_and_sums_to_the_seconds(string resolution, int buckets)
    {
        await using var f = await ReportFixture.Start();
        var totals = (await f.H.Post(f.Reports + "/search/time_entries/totals", "{" + Range + $",\"resolution\":\"{resolution}\",\"with_graph\":true}}")).Json;
        var graph = totals.GetProperty("graph").EnumerateArray().ToList();
        Assert.Equal(buckets, graph.Count);
        Assert.Equal(totals.GetProperty("seconds").GetInt64(), graph.Sum(g => g.GetProperty("seconds").GetInt64()));
        Assert.Equal(16200, totals.GetProperty("seconds").GetInt64());
        var rates = totals.GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal([(3600L, 10000L), (7200L, 5000L)], rates.Select(r => (r.GetProperty("billable_seconds").GetInt64(), r.GetProperty("hourly_rate_in_cents").GetInt64())).OrderByDescending(r => r.Item2));
    }

    [Theory]
    [InlineData("projects", "time_entries")]
    [InlineData("projects", "tasks")]
    [InlineData("clients", "projects")]
    [InlineData("users", "clients")]
    [InlineData("projects", "users")]
    public async Task summary_groups_and_sub_groups_add_up_to_the_detailed_rows(string grouping, string subGrouping)
    {
        await using var f = await ReportFixture.Start();
        var body = "{" + Range + $",\"grouping\":\"{grouping}\",\"sub_grouping\":\"{subGrouping}\",\"include_time_entry_ids\":true}}";
        var rows = await DetailedRows(f, body);
        var groups = (await f.H.Post(f.Reports + "/summary/time_entries", body)).Json.GetProperty("groups").EnumerateArray().ToList();
        var subGroups = groups.SelectMany(g => g.GetProperty("sub_groups").EnumerateArray()).ToList();
        Assert.Equal(rows.Sum(r => Seconds(r)), subGroups.Sum(s => s.GetProperty("seconds").GetInt64()));
        Assert.Equal(rows.Select(r => r.GetProperty("time_entries")[0].GetProperty("id").GetInt64()).Order(), subGroups.SelectMany(s => s.GetProperty("ids").EnumerateArray().Select(i => i.GetInt64())).Order());
        Assert.Equal(groups.Count, groups.Select(g => Nullable(g.GetProperty("id"))).Distinct().Count());
    }

    [Fact]
    public async Task summary_by_project_and_description_names_the_sub_groups()
    {
        await using var f = await ReportFixture.Start();
        var groups = (await f.H.Post(f.Reports + "/summary/time_entries", "{" + Range + "}")).Json.GetProperty("groups");
        var alpha = groups.EnumerateArray().Single(g => Nullable(g.GetProperty("id")) == f["P1"]);
        Assert.Equal([("Design work", 3600L), ("meeting", 1800L)], alpha.GetProperty("sub_groups").EnumerateArray().Select(s => (s.GetProperty("title").GetString()!, s.GetProperty("seconds").GetInt64())));
        Assert.All(alpha.GetProperty("sub_groups").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("id").ValueKind));
        var without = groups.EnumerateArray().Single(g => g.GetProperty("id").ValueKind == JsonValueKind.Null);
        Assert.Equal("lunch", without.GetProperty("sub_groups")[0].GetProperty("title").GetString());
        Assert.False(without.GetProperty("sub_groups")[0].TryGetProperty("ids", out _));
    }

    [Fact]
    public async Task weekly_rows_spread_seconds_over_the_seven_days_from_start_date()
    {
        await using var f = await ReportFixture.Start();
        var body = "{\"start_date\":\"2024-12-02\",\"end_date\":\"2024-12-08\"}";
        var detailed = await DetailedRows(f, body);
        var rows = (await f.H.Post(f.Reports + "/weekly/time_entries", body)).Json.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, r.GetProperty("seconds").GetArrayLength()));
        Assert.Equal(detailed.Sum(r => Seconds(r)), rows.Sum(r => r.GetProperty("seconds").EnumerateArray().Sum(s => s.GetInt64())));
        var alpha = rows.Single(r => Nullable(r.GetProperty("project_id")) == f["P1"]);
        Assert.Equal([3600L, 1800, 0, 0, 0, 0, 0], alpha.GetProperty("seconds").EnumerateArray().Select(s => s.GetInt64()));
        Assert.Equal([3600L, 0, 0, 0, 0, 0, 0], alpha.GetProperty("billable_seconds").EnumerateArray().Select(s => s.GetInt64()));
        Assert.Equal([10000L, 0, 0, 0, 0, 0, 0], alpha.GetProperty("billable_amounts_in_cents").EnumerateArray().Select(s => s.GetInt64()));
        Assert.Equal("Alpha", alpha.GetProperty("project_name").GetString());
        Assert.Equal("Acme", alpha.GetProperty("client_name").GetString());
        Assert.Equal("#c9806b", alpha.GetProperty("project_hex_color").GetString());

        // A longer range is cut to the 7 days from start_date: e5 (12-09) stays out.
        var longer = (await f.H.Post(f.Reports + "/weekly/time_entries", "{\"start_date\":\"2024-12-02\",\"end_date\":\"2024-12-31\"}")).Json;
        Assert.Equal(rows.Sum(r => r.GetProperty("seconds").EnumerateArray().Sum(s => s.GetInt64())), longer.EnumerateArray().Sum(r => r.GetProperty("seconds").EnumerateArray().Sum(s => s.GetInt64())));
    }

    [Fact]
    public async Task project_summaries_add_up_per_project()
    {
        await using var f = await ReportFixture.Start();
        var body = "{" + Range + "}";
        var all = (await f.H.Post(f.Reports + "/projects/summary", body)).Json.EnumerateArray().ToList();
        Assert.Equal([(f["P1"], 5400L), (f["P2"], 8100L)], all.Select(p => (p.GetProperty("project_id").GetInt64(), p.GetProperty("tracked_seconds").GetInt64())));
        var one = (await f.H.Post(f.Reports + $"/projects/{f["P2"]}/summary", body)).Json;
        Assert.Equal(8100, one.GetProperty("seconds").GetInt64());
        Assert.Equal(7200, one.GetProperty("billable_seconds").GetInt64());
    }

    private static async Task<List<JsonElement>> DetailedRows(ReportFixture f, string body)
    {
        var reply = await f.H.Post(f.Reports + "/search/time_entries", f.Body(body.Replace("}", ",\"page_size\":1000}", StringComparison.Ordinal)));
        Assert.Null(reply.Header("X-Next-ID"));
        return reply.Json.EnumerateArray().ToList();
    }

    private static long Seconds(JsonElement row) => row.GetProperty("time_entries").EnumerateArray().Sum(t => t.GetProperty("seconds").GetInt64());

    private static long? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();
}
