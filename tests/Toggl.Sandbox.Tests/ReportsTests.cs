namespace Toggl.Sandbox.Tests;

/// <summary>Reports v3 detailed pagination (docs/toggl-api.md §9, §12.20).</summary>
public sealed class ReportsTests
{
    private static string Search(Harness h) => $"/reports/api/v3/workspace/{h.Wid}/search/time_entries";

    private static void Seed(Harness h, int count)
    {
        var day = new DateTimeOffset(2024, 12, 2, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var start = day.AddMinutes(10 * i);
            h.Sandbox.AddTimeEntry(start, start.AddMinutes(5), $"entry {i}");
        }
    }

    [Fact]
    public async Task detailed_report_pages_with_next_headers_until_the_last_page()
    {
        await using var h = await Harness.Start();
        Seed(h, 120);
        var seen = new List<long>();
        var body = """{"start_date":"2024-12-01","end_date":"2024-12-16","page_size":50}""";
        var pages = 0;
        while (true)
        {
            var reply = await h.Post(Search(h), body);
            Assert.Equal(200, reply.Status);
            pages++;
            foreach (var row in reply.Json.EnumerateArray())
            {
                Assert.Equal(seen.Count + 1, row.GetProperty("row_number").GetInt32());
                seen.Add(row.GetProperty("time_entries")[0].GetProperty("id").GetInt64());
            }

            if (reply.Header("X-Next-Row-Number") is not { } nextRow)
            {
                Assert.Null(reply.Header("X-Next-ID"));
                Assert.Null(reply.Header("X-Next-Timestamp"));
                break;
            }

            var nextId = reply.Header("X-Next-ID");
            var nextTimestamp = reply.Header("X-Next-Timestamp");
            Assert.Equal((seen.Count + 1).ToString(), nextRow);
            body = $$"""{"start_date":"2024-12-01","end_date":"2024-12-16","page_size":50,"first_id":{{nextId}},"first_row_number":{{nextRow}},"first_timestamp":{{nextTimestamp}}}""";
        }

        Assert.Equal(3, pages);
        Assert.Equal(h.Sandbox.TimeEntries.Select(e => e.Id).Order(), seen);
    }

    [Fact]
    public async Task detailed_report_rows_carry_seconds_and_times_in_user_offset()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, Timezone = "Europe/Helsinki" });
        h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 10, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 10, 11, 0, 0, TimeSpan.Zero), "call");
        var row = (await h.Post(Search(h), """{"start_date":"2024-12-10","end_date":"2024-12-10"}""")).Json[0];
        var te = row.GetProperty("time_entries")[0];
        Assert.Equal(3600, te.GetProperty("seconds").GetInt64());
        Assert.Equal("2024-12-10T12:00:00+02:00", te.GetProperty("start").GetString());
        Assert.Equal("call", row.GetProperty("description").GetString());
    }

    [Fact]
    public async Task detailed_report_without_parameters_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Search(h), "{}");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"At least one parameter must be set\"", reply.Body);
    }

    [Fact]
    public async Task detailed_report_of_foreign_workspace_returns_403()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post("/reports/api/v3/workspace/1/search/time_entries", """{"start_date":"2024-12-01"}""");
        Assert.Equal(403, reply.Status);
    }

    [Fact]
    public async Task detailed_report_counts_against_the_workspace_quota_and_needs_auth()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, HourlyQuota = true });
        var reply = await h.Post(Search(h), """{"start_date":"2024-12-01"}""");
        Assert.Equal("29", reply.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal(401, (await h.Send(HttpMethod.Post, Search(h), """{"start_date":"2024-12-01"}""", noAuth: true)).Status);
        Assert.Equal(new Uri(h.Sandbox.BaseAddress, "/reports/api/v3/"), h.Sandbox.ReportsBaseAddress);
    }

    [Theory]
    [InlineData("search/time_entries/totals")]
    [InlineData("summary/time_entries")]
    [InlineData("projects/summary")]
    [InlineData("weekly/time_entries")]
    [InlineData("search/time_entries.csv")]
    [InlineData("summary/time_entries.pdf")]
    public async Task every_report_route_counts_against_the_organization_quota(string route)
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, HourlyQuota = true });
        Assert.Equal("29", (await h.Post($"/reports/api/v3/workspace/{h.Wid}/{route}", """{"start_date":"2024-12-01"}""")).Header("X-Toggl-Quota-Remaining"));
        Assert.Equal("28", (await h.Get($"workspaces/{h.Wid}/projects")).Header("X-Toggl-Quota-Remaining"));
    }
}
