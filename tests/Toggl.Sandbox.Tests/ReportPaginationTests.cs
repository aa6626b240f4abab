namespace Toggl.Sandbox.Tests;

/// <summary>
/// The detailed report's cursor pagination (docs/toggl-api.md §9): X-Next-ID, X-Next-Row-Number and X-Next-Timestamp
/// while rows remain, none on the last page; following them yields every row once, in order.
/// </summary>
public sealed class ReportPaginationTests
{
    private const string Range = "\"start_date\":\"2024-01-01\",\"end_date\":\"2024-12-31\"";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(10_000, 200)]
    public async Task following_the_next_headers_yields_every_row_once_in_order(int count, int expectedPages)
    {
        await using var h = await Harness.Start();
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            // Two entries a minute apart start each minute-pair: starts differ, so "date" order is the insertion order.
            var start = day.AddMinutes(2 * i);
            h.Sandbox.AddTimeEntry(start, start.AddMinutes(1), $"entry {i}");
        }

        var seen = new List<long>();
        var pages = 0;
        var body = "{" + Range + "}";
        while (true)
        {
            var reply = await h.Post($"/reports/api/v3/workspace/{h.Wid}/search/time_entries", body);
            Assert.Equal(200, reply.Status);
            pages++;
            Assert.Equal("50", reply.Header("X-Page-Size"));
            var rows = reply.Json.EnumerateArray().ToList();
            foreach (var row in rows)
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

            Assert.Equal(50, rows.Count);
            var nextId = reply.Header("X-Next-ID");
            var nextTimestamp = reply.Header("X-Next-Timestamp");
            Assert.Equal((seen.Count + 1).ToString(), nextRow);
            var next = h.Sandbox.TimeEntries.Single(e => e.Id.ToString() == nextId);
            Assert.Equal(next.Start.ToUnixTimeSeconds().ToString(), nextTimestamp);
            body = "{" + Range + $",\"first_id\":{nextId},\"first_row_number\":{nextRow},\"first_timestamp\":{nextTimestamp}}}";
        }

        Assert.Equal(expectedPages, pages);
        Assert.Equal(h.Sandbox.TimeEntries.OrderBy(e => e.Start).Select(e => e.Id), seen);
    }

    [Fact]
    public async Task page_size_sets_the_rows_of_a_page()
    {
        await using var f = await ReportFixture.Start();
        var reply = await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + ",\"page_size\":2}");
        Assert.Equal(2, reply.Json.GetArrayLength());
        Assert.Equal("3", reply.Header("X-Next-Row-Number"));
        Assert.Equal(f["E3"].ToString(), reply.Header("X-Next-ID"));
    }

    [Fact]
    public async Task first_id_alone_continues_from_that_entry()
    {
        // The Python library sends first_id with first_row_number, others only first_id and first_timestamp: the
        // cursor's id places the page, so an entry added before it shifts no row into the next page twice.
        await using var f = await ReportFixture.Start();
        var reply = await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + $",\"page_size\":2,\"first_id\":{f["E3"]}}}");
        Assert.Equal([f["E3"], f["E4"]], reply.Json.EnumerateArray().Select(r => r.GetProperty("time_entries")[0].GetProperty("id").GetInt64()));
        Assert.Equal(3, reply.Json[0].GetProperty("row_number").GetInt32());
        Assert.Equal("5", reply.Header("X-Next-Row-Number"));

        f.H.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 1, 10, 0, 0, TimeSpan.Zero), "earlier");
        var after = await f.H.Post(f.Reports + "/search/time_entries", "{" + Range + $",\"page_size\":2,\"first_id\":{f["E3"]},\"first_row_number\":3}}");
        Assert.Equal(f["E3"], after.Json[0].GetProperty("time_entries")[0].GetProperty("id").GetInt64());
        Assert.Equal(3, after.Json[0].GetProperty("row_number").GetInt32());
    }
}
