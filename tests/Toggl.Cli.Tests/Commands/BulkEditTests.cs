using System.Globalization;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Commands;

/// <summary>bulk-edit: ids or a range, 100 ids per request, progress, partial failures.</summary>
public sealed class BulkEditTests : CliTest
{
    /// <summary>Adds <paramref name="count"/> finished entries on the days before today, several a day.</summary>
    private (DateOnly From, DateOnly To) AddHistory(int count)
    {
        var today = TimeInput.LocalDate(Sandbox.Now, Zone);
        var day = today;
        for (var i = 0; i < count; i++)
        {
            if (i % 8 == 0)
            {
                day = day.AddDays(-1);
            }

            var start = TimeInput.StartOfDay(day, Zone).AddHours(8 + i % 8);
            Sandbox.AddTimeEntry(start, start.AddMinutes(50), $"Task {i}");
        }

        return (day, today.AddDays(-1));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Adding_tags_by_ids_tags_exactly_those_entries()
    {
        var a = AddEntry(hoursAgo: 3, minutes: 10, "A", null, "keep");
        var b = AddEntry(hoursAgo: 2, minutes: 10, "B");
        var c = AddEntry(hoursAgo: 1, minutes: 10, "C");
        await RunOkAsync("bulk-edit", a.Id.ToString(CultureInfo.InvariantCulture), b.Id.ToString(CultureInfo.InvariantCulture), "--add-tags", "billed");
        Assert.Equal(["keep", "billed"], Sandbox.TagNames(Sandbox.GetTimeEntry(a.Id)!));
        Assert.Equal(["billed"], Sandbox.TagNames(Sandbox.GetTimeEntry(b.Id)!));
        Assert.Empty(Sandbox.TagNames(Sandbox.GetTimeEntry(c.Id)!));
    }

    [Fact]
    public async Task Tagging_a_range_of_250_entries_takes_three_requests_and_reports_every_success_in_json()
    {
        var (from, to) = AddHistory(250);
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunOkAsync("bulk-edit", "--from", Iso(from), "--to", Iso(to), "--add-tags", "invoiced", "--output", "json");
        Assert.Equal(250, run.Json.GetProperty("successes").GetArrayLength());
        Assert.Empty(run.Json.GetProperty("failures").EnumerateArray());
        Assert.All(Sandbox.LiveEntries(), e => Assert.Contains("invoiced", Sandbox.TagNames(e)));
        Assert.Equal(3, Requests.Count(r => r.Method == "PATCH"));
        Assert.Equal(3, Requests.Count);
    }

    [Fact]
    public async Task Progress_is_plain_lines_on_standard_error_when_output_is_redirected()
    {
        var (from, to) = AddHistory(150);
        var run = await RunOkAsync("bulk-edit", "--from", Iso(from), "--to", Iso(to), "--add-tags", "x");
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("Editing 150 entries", StringComparison.Ordinal)).ToList();
        Assert.Contains("Editing 150 entries: 150/150", lines);
        Assert.True(lines.Count >= 2, run.ToString());
        Assert.Contains("Changed 150 entries", run.Out);
    }

    [Fact]
    public async Task The_cache_sees_a_bulk_edit_without_another_request()
    {
        var today = Sandbox.TodayStart();
        var entry = Sandbox.AddTimeEntry(today.AddMinutes(5), today.AddMinutes(25), "Old name");
        await RunOkAsync("sync");
        await RunOkAsync("bulk-edit", entry.Id.ToString(CultureInfo.InvariantCulture), "--description", "New name");
        Sandbox.ClearRequestLog();
        var json = (await RunOkAsync("list", "--today", "--output", "json")).Json;
        Assert.Equal("New name", json[0].GetProperty("description").GetString());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Removing_tags_removes_only_those()
    {
        var a = AddEntry(hoursAgo: 3, minutes: 10, "A", null, "draft", "keep");
        await RunOkAsync("bulk-edit", a.Id.ToString(CultureInfo.InvariantCulture), "--remove-tags", "draft");
        Assert.Equal(["keep"], Sandbox.TagNames(Sandbox.GetTimeEntry(a.Id)!));
    }

    [Fact]
    public async Task Unknown_ids_are_reported_as_failures_with_exit_code_1()
    {
        var a = AddEntry(hoursAgo: 3, minutes: 10, "A");
        var run = await RunAsync("bulk-edit", a.Id.ToString(CultureInfo.InvariantCulture), "77", "--description", "Renamed", "--output", "json");
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal([a.Id], run.Json.GetProperty("successes").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(77, run.Json.GetProperty("failures")[0].GetProperty("id").GetInt64());
        Assert.Equal("Renamed", Sandbox.GetTimeEntry(a.Id)!.Description);
    }

    [Fact]
    public async Task Ids_and_a_range_together_are_a_bad_argument()
    {
        var run = await RunAsync("bulk-edit", "1", "--from", "today", "--to", "today", "--add-tags", "x");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Empty(Requests);
    }
}
