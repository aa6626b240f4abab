using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Spectre.Console.Testing;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Lint;

/// <summary><c>toggl lint</c> against the sandbox: planted problems found from the cache with no request, fixed with counted requests.</summary>
public sealed class LintCommandTests : CliTest
{
    private DateOnly Today => TimeInput.LocalDate(Sandbox.Now, Zone);

    /// <summary>A finished entry on a day before today, at local times.</summary>
    private long Entry(int daysAgo, string from, string to, string description)
    {
        var day = TimeInput.StartOfDay(Today.AddDays(-daysAgo), Zone);
        var start = day + TimeSpan.Parse(from, CultureInfo.InvariantCulture);
        var stop = day + TimeSpan.Parse(to, CultureInfo.InvariantCulture);
        return Sandbox.AddTimeEntry(start, stop, description).Id;
    }

    private static string From(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<(string Rule, long[] Ids)> Findings(CliRun run) =>
        run.Json.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("ids").EnumerateArray().Select(i => i.GetInt64()).ToArray()))
            .ToList();

    [Fact]
    public async Task Planted_problems_are_found_from_the_synced_cache_with_no_request()
    {
        var a = Entry(2, "09:00", "10:30", "A");
        var b = Entry(2, "10:00", "11:00", "B");
        var c = Entry(2, "14:00", "14:30", "C");
        var zero = Entry(2, "15:00", "15:00", "Zero");
        var tooLong = Entry(3, "08:00", "19:30", "Long");
        var future = Sandbox.AddTimeEntry(Sandbox.Now.AddHours(2), Sandbox.Now.AddHours(3), "Later").Id;
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunAsync("lint", "--from", From(Today.AddDays(-6)), "--to", From(Today), "--output", "json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            [("too-long", [tooLong]), ("overlap", [a, b]), ("gap", [b, c]), ("zero-length", [zero]), ("future", [future])],
            Findings(run),
            new FindingComparer());
        Assert.Empty(run.Json.GetProperty("unchecked_workspaces").EnumerateArray());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task The_table_names_each_rule_and_its_entries_in_a_sentence_with_local_times()
    {
        var a = Entry(2, "09:00", "10:30", "A");
        var b = Entry(2, "10:00", "11:00", "B");
        await RunOkAsync("sync");

        var run = await RunAsync("lint");

        Assert.Contains($"entries {a} and {b} overlap by 0:30 from {From(Today.AddDays(-2))} 10:00", run.Out);
        Assert.Contains("1 problem", run.Out);
    }

    [Fact]
    public async Task Fix_with_yes_sends_one_request_per_fix_and_a_second_lint_is_clean()
    {
        var a = Entry(2, "09:00", "10:30", "A");
        var b = Entry(2, "10:00", "11:00", "B");
        var zero = Entry(2, "11:00", "11:00", "Zero");
        var tooLong = Entry(3, "08:00", "19:30", "Long");
        var forgot = Sandbox.AddTimeEntry(Sandbox.Now.AddHours(-11), null, "Forgot").Id;
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunAsync("lint", "--fix", "--yes");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Applied 4 fixes", run.Out);
        Assert.Equal(3, Requests.Count(r => r.Method == "PUT"));
        Assert.Equal(1, Requests.Count(r => r.Method == "DELETE"));
        Assert.Equal(4, Requests.Count);
        var start = Sandbox.GetTimeEntry(b)!.Start;
        Assert.Equal(start, Sandbox.GetTimeEntry(a)!.Stop);
        Assert.True(Sandbox.GetTimeEntry(zero)!.IsDeleted);
        Assert.Equal(TimeSpan.FromHours(10), Sandbox.GetTimeEntry(tooLong)!.Stop - Sandbox.GetTimeEntry(tooLong)!.Start);
        Assert.Equal(TimeSpan.FromHours(10), Sandbox.GetTimeEntry(forgot)!.Stop - Sandbox.GetTimeEntry(forgot)!.Start);

        Sandbox.ClearRequestLog();
        var again = await RunOkAsync("lint");
        Assert.Contains("No problems found", again.Out);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Entries_getting_the_same_stop_go_in_one_bulk_patch()
    {
        // The same entry twice (a double click): both too long, stopped at the same instant in one request.
        var first = Entry(2, "08:00", "19:00", "Twice");
        var second = Entry(2, "08:00", "19:00", "Twice");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunAsync("lint", "--fix", "--yes", "--output", "json");

        var patch = Assert.Single(Requests);
        Assert.Equal("PATCH", patch.Method);
        Assert.Contains(first.ToString(CultureInfo.InvariantCulture) + "," + second.ToString(CultureInfo.InvariantCulture), patch.Path);
        // Which of the two to keep is a person's choice: the overlap is left, and lint still says so.
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var after = await RunAsync("lint", "--output", "json");
        Assert.Equal([("overlap", new[] { first, second })], Findings(after), new FindingComparer());
    }

    [Fact]
    public async Task Fix_shows_the_plan_and_without_a_terminal_or_yes_sends_nothing()
    {
        Entry(2, "09:00", "10:30", "A");
        Entry(2, "10:00", "11:00", "B");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunAsync("lint", "--fix");

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("PUT workspaces/", run.Out);
        Assert.Contains("1 request would be sent", run.Out);
        Assert.Contains("--yes", run.Error);
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("y", 1)]
    [InlineData("n", 0)]
    public async Task On_a_terminal_fix_asks_and_sends_only_after_a_yes(string answer, int sent)
    {
        var a = Entry(2, "09:00", "10:30", "A");
        var b = Entry(2, "10:00", "11:00", "B");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var stopBefore = Sandbox.GetTimeEntry(a)!.Stop;
        var console = new TestConsole().Interactive();
        console.Profile.Width = 200;
        console.Input.PushTextWithEnter(answer);
        var environment = Environment;
        var context = new CliContext
        {
            Out = console,
            Error = new TestConsole(),
            Environment = name => environment.GetValueOrDefault(name),
            TimeZone = Zone,
            IsTerminal = true,
        };

        await TogglCli.RunAsync(["lint", "--fix"], context);

        Assert.Contains("Apply these fixes?", console.Output);
        Assert.Equal(sent, Requests.Count);
        Assert.Equal(sent == 1 ? Sandbox.GetTimeEntry(b)!.Start : stopBefore, Sandbox.GetTimeEntry(a)!.Stop);
    }

    [Fact]
    public async Task A_dry_run_of_fix_prints_the_plan_and_sends_nothing()
    {
        Entry(2, "09:00", "10:30", "A");
        Entry(2, "10:00", "11:00", "B");
        Entry(2, "11:00", "11:00", "Zero");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunOkAsync("lint", "--fix", "--dry-run", "--output", "json");

        Assert.Equal(2, run.Json.GetProperty("count").GetInt32());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Before_any_sync_lint_says_to_sync_and_sends_nothing()
    {
        var run = await RunAsync("lint");
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("toggl sync", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Without_the_constraints_in_the_cache_the_project_rule_is_not_checked_until_one_request_keeps_them()
    {
        Entry(2, "09:00", "10:00", "A");
        await RunOkAsync("sync");
        using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = CacheFile, Pooling = false }.ToString()))
        {
            db.Open();
            using var forget = db.CreateCommand();
            forget.CommandText = "DELETE FROM resources WHERE kind = 'workspace'";
            forget.ExecuteNonQuery();
        }

        var notChecked = await RunOkAsync("lint");
        var id = Sandbox.WorkspaceId.ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"toggl workspaces show {id} --refresh", notChecked.Out);

        Sandbox.ClearRequestLog();
        await RunOkAsync("workspaces", "show", id, "--refresh");
        Assert.Single(Requests);

        var checkedRun = await RunOkAsync("lint", "--output", "json");
        Assert.Empty(checkedRun.Json.GetProperty("unchecked_workspaces").EnumerateArray());
    }

    [Theory]
    [InlineData("--gap", "0m", "--gap")]
    [InlineData("--limit", "8d", "duration")]
    [InlineData("--limit", "10s", "duration")]
    public async Task Thresholds_out_of_range_are_refused_naming_the_option(string option, string value, string named)
    {
        await RunOkAsync("sync");
        var run = await RunAsync("lint", option, value);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains(named, run.Error);
    }

    private sealed class FindingComparer : IEqualityComparer<(string Rule, long[] Ids)>
    {
        public bool Equals((string Rule, long[] Ids) x, (string Rule, long[] Ids) y) => x.Rule == y.Rule && x.Ids.SequenceEqual(y.Ids);

        public int GetHashCode((string Rule, long[] Ids) obj) => obj.Rule.GetHashCode(StringComparison.Ordinal);
    }
}
