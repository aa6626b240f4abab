using System.Globalization;
using System.Text.Json;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Tests.Commands;

/// <summary>list, show, edit and delete.</summary>
public sealed class EntryCommandTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task List_today_in_json_holds_todays_entries_oldest_first_and_not_yesterdays()
    {
        var today = Sandbox.TodayStart();
        var project = Sandbox.AddProject("Website");
        var second = Sandbox.AddTimeEntry(today.AddMinutes(90), today.AddMinutes(120), "Second", project.Id);
        var first = Sandbox.AddTimeEntry(today.AddMinutes(10), today.AddMinutes(40), "First", tags: ["a"]);
        Sandbox.AddTimeEntry(today.AddHours(-5), today.AddHours(-4), "Yesterday");

        var json = (await RunOkAsync("list", "--today", "--output", "json")).Json;
        Assert.Equal([first.Id, second.Id], json.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        var secondJson = json[1];
        Assert.Equal("Website", secondJson.GetProperty("project").GetString());
        Assert.Equal(project.Id, secondJson.GetProperty("project_id").GetInt64());
        Assert.Equal(1800, secondJson.GetProperty("duration_seconds").GetInt64());
        Assert.False(secondJson.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task List_answers_from_a_fresh_cache_with_no_request()
    {
        var today = Sandbox.TodayStart();
        Sandbox.AddTimeEntry(today.AddMinutes(10), today.AddMinutes(40), "First");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var run = await RunOkAsync("list", "--today", "--output", "json");
        Assert.Single(run.Json.EnumerateArray());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task List_with_refresh_asks_toggl_for_the_range()
    {
        var run = await RunOkAsync("list", "--week", "--refresh", "--output", "json");
        Assert.Equal(JsonValueKind.Array, run.Json.ValueKind);
        Assert.Contains(Requests, r => r.Path.EndsWith("/me/time_entries", StringComparison.Ordinal) && r.Query.Contains("start_date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_in_csv_has_a_header_and_one_record_per_entry()
    {
        var today = Sandbox.TodayStart();
        Sandbox.AddTimeEntry(today.AddMinutes(10), today.AddMinutes(40), "Say \"hi\", then leave");
        var records = Csv.Parse((await RunOkAsync("list", "--today", "--output", "csv")).Out);
        Assert.Equal(2, records.Count);
        Assert.Equal("id", records[0][0]);
        Assert.Equal("Say \"hi\", then leave", records[1][records[0].IndexOf("description")]);
    }

    [Fact]
    public async Task List_since_a_time_holds_entries_started_after_it()
    {
        AddEntry(hoursAgo: 30, minutes: 20, "Too old");
        AddEntry(hoursAgo: 2, minutes: 20, "Recent");
        var json = (await RunOkAsync("list", "--since", "3h ago", "--output", "json")).Json;
        Assert.Equal(["Recent"], json.EnumerateArray().Select(e => e.GetProperty("description").GetString()));
    }

    [Theory]
    [InlineData("list", "--today", "--week")]
    [InlineData("list", "--from", "2026-01-01")]
    [InlineData("list", "--output", "xml")]
    [InlineData("report", "--by", "colour")]
    [InlineData("frobnicate")]
    [InlineData("show", "abc")]
    [InlineData("edit", "5")]
    public async Task Bad_arguments_exit_with_code_2_and_one_line_and_send_nothing(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_range_ending_before_it_starts_is_a_bad_argument()
    {
        var run = await RunAsync("list", "--from", "today", "--to", "yesterday");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("before", run.Error);
    }

    [Fact]
    public async Task Show_prints_one_entry_and_an_unknown_id_is_not_found()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Shown");
        var json = (await RunOkAsync("show", Id(entry.Id), "--output", "json")).Json;
        Assert.Equal("Shown", json.GetProperty("description").GetString());

        var missing = await RunAsync("show", "999999");
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("999999", missing.Error);
    }

    [Fact]
    public async Task Edit_changes_the_description_and_tags_and_leaves_the_rest()
    {
        var project = Sandbox.AddProject("Website");
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Draft", project.Id, "old");
        await RunOkAsync("edit", Id(entry.Id), "--description", "Final", "--tags", "new,shiny");
        var edited = Sandbox.GetTimeEntry(entry.Id)!;
        Assert.Equal("Final", edited.Description);
        Assert.Equal(["new", "shiny"], Sandbox.TagNames(edited));
        Assert.Equal((project.Id, entry.Start, entry.Stop), (edited.ProjectId, edited.Start, edited.Stop));
    }

    [Fact]
    public async Task Edit_project_none_removes_the_project()
    {
        var project = Sandbox.AddProject("Website");
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Draft", project.Id);
        await RunOkAsync("edit", Id(entry.Id), "--project", "none");
        Assert.Null(Sandbox.GetTimeEntry(entry.Id)!.ProjectId);
    }

    [Fact]
    public async Task Edit_a_bare_clock_time_applies_on_the_entrys_own_day()
    {
        var yesterday = Sandbox.TodayStart().AddDays(-1);
        var entry = Sandbox.AddTimeEntry(yesterday.AddHours(10), yesterday.AddHours(11), "Yesterday's work");
        await RunOkAsync("edit", Id(entry.Id), "--start", "09:15");
        var edited = Sandbox.GetTimeEntry(entry.Id)!;
        Assert.Equal(yesterday.AddHours(9).AddMinutes(15), edited.Start);
    }

    [Fact]
    public async Task Edit_of_an_unknown_entry_is_not_found()
    {
        var run = await RunAsync("edit", "424242", "--description", "x");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
    }

    [Fact]
    public async Task Delete_removes_the_entry_and_a_second_delete_is_not_found()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Mistake");
        await RunOkAsync("delete", Id(entry.Id));
        Assert.True(Sandbox.GetTimeEntry(entry.Id)!.IsDeleted);

        var again = await RunAsync("delete", Id(entry.Id));
        Assert.Equal(ExitCodes.NotFound, again.ExitCode);
    }

    [Fact]
    public async Task A_deleted_entry_leaves_the_cached_list()
    {
        var today = Sandbox.TodayStart();
        var entry = Sandbox.AddTimeEntry(today.AddMinutes(10), today.AddMinutes(40), "Mistake");
        await RunOkAsync("sync");
        await RunOkAsync("delete", Id(entry.Id));
        var json = (await RunOkAsync("list", "--today", "--output", "json")).Json;
        Assert.Empty(json.EnumerateArray());
    }
}
