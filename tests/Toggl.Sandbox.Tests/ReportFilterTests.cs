namespace Toggl.Sandbox.Tests;

/// <summary>
/// Every filter of the Reports API's common body on the detailed report (docs/toggl-api.md §9): an id list <c>[]</c>
/// filters nothing, <c>[null]</c> means "without", <c>[null, id]</c> "without or id".
/// </summary>
public sealed class ReportFilterTests
{
    private const string Range = "\"start_date\":\"2024-12-01\",\"end_date\":\"2024-12-31\"";

    [Theory]
    [InlineData("", "E1,E2,E3,E4,E5")]
    [InlineData(",\"project_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"project_ids\":[null]", "E4")]
    [InlineData(",\"project_ids\":[null,{P2}]", "E3,E4,E5")]
    [InlineData(",\"project_ids\":[{P1}]", "E1,E2")]
    [InlineData(",\"client_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"client_ids\":[{C1}]", "E1,E2")]
    [InlineData(",\"client_ids\":[null]", "E3,E4,E5")]
    [InlineData(",\"tag_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"tag_ids\":[{RED}]", "E1,E5")]
    [InlineData(",\"tag_ids\":[null]", "E3,E4")]
    [InlineData(",\"tag_ids\":[null,{BLUE}]", "E2,E3,E4,E5")]
    [InlineData(",\"task_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"task_ids\":[{T1}]", "E1")]
    [InlineData(",\"task_ids\":[null]", "E2,E3,E4,E5")]
    [InlineData(",\"user_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"user_ids\":[{ME}]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"user_ids\":[1]", "")]
    [InlineData(",\"group_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"group_ids\":[5]", "")]
    [InlineData(",\"time_entry_ids\":[]", "E1,E2,E3,E4,E5")]
    [InlineData(",\"time_entry_ids\":[{E2},{E3}]", "E2,E3")]
    [InlineData(",\"description\":\"DESIGN\"", "E1,E5")]
    [InlineData(",\"billable\":true", "E1,E3")]
    [InlineData(",\"billable\":false", "E2,E4,E5")]
    [InlineData(",\"min_duration_seconds\":3600", "E1,E3")]
    [InlineData(",\"max_duration_seconds\":1800", "E2,E5")]
    [InlineData(",\"min_duration_seconds\":1800,\"max_duration_seconds\":3600", "E1,E2,E4")]
    public async Task detailed_report_filters(string filter, string expected)
    {
        await using var f = await ReportFixture.Start();
        Assert.Equal(expected, await f.Detailed("{" + Range + filter + "}"));
    }

    [Theory]
    [InlineData("\"start_date\":\"2024-12-03\",\"end_date\":\"2024-12-04\"", "E2,E3")]
    [InlineData("\"start_date\":\"2024-12-05\"", "E4,E5")]
    [InlineData("\"end_date\":\"2024-12-02\"", "E1")]
    public async Task detailed_report_dates_are_whole_days_both_ends_included(string dates, string expected)
    {
        await using var f = await ReportFixture.Start();
        Assert.Equal(expected, await f.Detailed("{" + dates + "}"));
    }

    [Theory]
    [InlineData("date", "ASC", "E1,E2,E3,E4,E5")]
    [InlineData("date", "DESC", "E5,E4,E3,E2,E1")]
    [InlineData("duration", "DESC", "E3,E1,E4,E2,E5")]
    [InlineData("description", "ASC", "E3,E5,E1,E4,E2")]
    [InlineData("user", "asc", "E1,E2,E3,E4,E5")]
    public async Task detailed_report_orders(string by, string dir, string expected)
    {
        await using var f = await ReportFixture.Start();
        Assert.Equal(expected, await f.Detailed($$"""{{{Range}},"order_by":"{{by}}","order_dir":"{{dir}}"}"""));
    }

    [Fact]
    public async Task rounding_rounds_each_entry_to_the_step()
    {
        await using var f = await ReportFixture.Start();
        var up = await f.H.Post(f.Reports + "/search/time_entries", f.Body($$"""{{{Range}},"rounding":1,"rounding_minutes":60}"""));
        Assert.Equal([3600L, 3600, 7200, 3600, 3600], Seconds(up.Json));
        var down = await f.H.Post(f.Reports + "/search/time_entries", f.Body($$"""{{{Range}},"rounding":-1,"rounding_minutes":60}"""));
        Assert.Equal([3600L, 0, 7200, 0, 0], Seconds(down.Json));
        var nearest = await f.H.Post(f.Reports + "/search/time_entries", f.Body($$"""{{{Range}},"rounding":0,"rounding_minutes":30}"""));
        Assert.Equal([3600L, 1800, 7200, 3600, 1800], Seconds(nearest.Json));
    }

    [Theory]
    [InlineData("\"rounding_minutes\":7", "Invalid 'rounding_minutes' value, allowed values are: 0, 1, 5, 6, 10, 12, 15, 30, 60, 240")]
    [InlineData("\"rounding\":2", "Invalid 'rounding' value, allowed values are: -1, 0, 1")]
    [InlineData("\"order_by\":\"project\"", "Invalid 'order_by' value, allowed values are: date, user, duration, description, last_update")]
    [InlineData("\"order_dir\":\"up\"", "Invalid 'order_dir' value, allowed values are: ASC, DESC")]
    [InlineData("\"grouping\":\"tags\"", "Invalid 'grouping' value, allowed values are: projects, users, clients")]
    [InlineData("\"sub_grouping\":\"tags\"", "Invalid 'sub_grouping' value, allowed values are: time_entries, users, clients, projects, tasks")]
    [InlineData("\"resolution\":\"year\"", "Invalid 'resolution' value, allowed values are: day, week, month")]
    public async Task values_outside_the_listed_ones_answer_400_with_Toggls_text(string field, string text)
    {
        await using var f = await ReportFixture.Start();
        foreach (var path in new[] { "/search/time_entries", "/summary/time_entries", "/search/time_entries/totals", "/weekly/time_entries" })
        {
            var reply = await f.H.Post(f.Reports + path, "{" + Range + "," + field + "}");
            Assert.Equal(400, reply.Status);
            Assert.Equal(text, reply.Json.GetString());
        }
    }

    [Theory]
    [InlineData("\"project_ids\":[\"x\"]")]
    [InlineData("\"billable\":\"yes\"")]
    [InlineData("\"page_size\":\"10\"")]
    public async Task a_filter_of_the_wrong_type_answers_400_invalid_json(string field)
    {
        await using var f = await ReportFixture.Start();
        var reply = await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + "," + field + "}");
        Assert.Equal(400, reply.Status);
    }

    [Fact]
    public async Task rows_carry_rates_and_amounts_only_for_billable_entries_and_hide_amounts_hides_them()
    {
        await using var f = await ReportFixture.Start();
        var rows = (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + "}")).Json;
        Assert.Equal(10000, rows[0].GetProperty("hourly_rate_in_cents").GetInt64());
        Assert.Equal(10000, rows[0].GetProperty("billable_amount_in_cents").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[1].GetProperty("billable_amount_in_cents").ValueKind);
        Assert.Equal(5000, rows[2].GetProperty("hourly_rate_in_cents").GetInt64());
        Assert.Equal(10000, rows[2].GetProperty("billable_amount_in_cents").GetInt64());
        var hidden = (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + ",\"hide_amounts\":true}")).Json;
        Assert.All(hidden.EnumerateArray(), r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("billable_amount_in_cents").ValueKind));
    }

    [Fact]
    public async Task enrich_response_adds_the_names_behind_the_ids()
    {
        await using var f = await ReportFixture.Start();
        var row = (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + ",\"enrich_response\":true}")).Json[0];
        Assert.Equal("Alpha", row.GetProperty("project_name").GetString());
        Assert.Equal("Acme", row.GetProperty("client_name").GetString());
        Assert.Equal("Design", row.GetProperty("task_name").GetString());
        Assert.Equal("red", row.GetProperty("tags")[0].GetString());
        var plain = (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + "}")).Json[0];
        Assert.False(plain.TryGetProperty("project_name", out _));
    }

    [Fact]
    public async Task grouped_rows_hold_every_entry_of_the_same_description_project_and_tags()
    {
        await using var f = await ReportFixture.Start();
        var again = f.H.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 6, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 6, 9, 10, 0, TimeSpan.Zero), "meeting", f["P1"], ["blue"]);
        var rows = (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + ",\"grouped\":true}")).Json;
        Assert.Equal(5, rows.GetArrayLength());
        var meeting = rows.EnumerateArray().Single(r => r.GetProperty("description").GetString() == "meeting");
        Assert.Equal([f["E2"], again.Id], meeting.GetProperty("time_entries").EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
        Assert.Equal(6, (await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + "}")).Json.GetArrayLength());
    }

    private static long[] Seconds(System.Text.Json.JsonElement rows) =>
        rows.EnumerateArray().Select(r => r.GetProperty("time_entries")[0].GetProperty("seconds").GetInt64()).ToArray();
}
