using System.Globalization;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// A mistyped option must never do the real thing: every command refuses an option it does not know, in one
/// line naming it and the closest option it does know, with exit code 2, before any request.
/// </summary>
public sealed class UnknownOptionTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static void AssertRefused(CliRun run, string expectedLine)
    {
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Equal("toggl: " + expectedLine, run.Error.TrimEnd('\n'));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Delete_with_a_mistyped_dry_run_deletes_nothing_and_suggests_the_option()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Keep me");
        var run = await RunAsync("delete", Id(entry.Id), "--dryrun");
        AssertRefused(run, "unknown option '--dryrun' for 'toggl delete'; did you mean '--dry-run'?");
        Assert.Empty(Requests);
        Assert.False(Sandbox.GetTimeEntry(entry.Id)!.IsDeleted);
    }

    [Theory]
    [InlineData("--project")]
    [InlineData("--project", "--dry-run")]
    public async Task An_option_missing_its_value_is_refused_before_anything_is_sent(params string[] options)
    {
        var run = await RunAsync(["start", "Write", .. options]);
        AssertRefused(run, "option '--project' of 'toggl start' needs a value (see toggl start --help)");
        Assert.Empty(Requests);
        Assert.Empty(Sandbox.LiveEntries());
    }

    [Fact]
    public async Task A_mistyped_option_before_the_id_is_named_too_not_taken_for_a_missing_id()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Keep me");
        var run = await RunAsync("delete", "--dryrun", Id(entry.Id));
        AssertRefused(run, "unknown option '--dryrun' for 'toggl delete'; did you mean '--dry-run'?");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Bulk_edit_with_a_mistyped_dry_run_edits_nothing()
    {
        var entry = AddEntry(hoursAgo: 30, minutes: 20, "Untagged");
        var day = TimeInput.LocalDate(entry.Start, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var run = await RunAsync("bulk-edit", "--from", day, "--to", day, "--add-tags", "x", "--dry_run");
        AssertRefused(run, "unknown option '--dry_run' for 'toggl bulk-edit'; did you mean '--dry-run'?");
        Assert.Empty(Requests);
        Assert.Empty(Sandbox.TagNames(Sandbox.GetTimeEntry(entry.Id)!));
    }

    [Fact]
    public async Task Stop_with_a_mistyped_at_does_not_stop_now()
    {
        var running = Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-50), null, "Running");
        var run = await RunAsync("stop", "--att", "20m ago");
        AssertRefused(run, "unknown option '--att' for 'toggl stop'; did you mean '--at'?");
        Assert.Empty(Requests);
        Assert.True(Sandbox.GetTimeEntry(running.Id)!.IsRunning);
    }

    [Fact]
    public async Task Config_set_with_a_mistyped_option_writes_no_config()
    {
        var run = await RunAsync("config", "set", "--api-tokn", "abc", "--workspace", "1");
        AssertRefused(run, "unknown option '--api-tokn' for 'toggl config set'; did you mean '--api-token'?");
        Assert.False(File.Exists(Path.Combine(Home, ".config", "togglfun", "config.ini")));
    }

    [Theory]
    [InlineData("start", "x")]
    [InlineData("stop")]
    [InlineData("current")]
    [InlineData("continue")]
    [InlineData("list")]
    [InlineData("show", "1")]
    [InlineData("edit", "1", "--description", "x")]
    [InlineData("delete", "1")]
    [InlineData("bulk-edit", "1", "--add-tags", "x")]
    [InlineData("sync")]
    [InlineData("quota")]
    [InlineData("report")]
    [InlineData("export", "--out", "x")]
    [InlineData("archive", "fetch", "--from", "2025-01", "--to", "2025-02")]
    [InlineData("archive", "status")]
    [InlineData("config", "set", "--workspace", "1")]
    [InlineData("config", "show")]
    public async Task Every_command_refuses_an_option_it_does_not_know(params string[] command)
    {
        var name = string.Join(' ', command.TakeWhile(word => !word.StartsWith('-') && !char.IsDigit(word[0]) && word != "x"));
        var run = await RunAsync([.. command, "--frobnicate"]);
        AssertRefused(run, $"unknown option '--frobnicate' for 'toggl {name}' (see toggl {name} --help)");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Sandbox_and_demo_refuse_an_unknown_option_before_serving_or_running_anything()
    {
        AssertRefused(await RunAsync("sandbox", "--prot", "9091"), "unknown option '--prot' for 'toggl sandbox'; did you mean '--port'?");
        AssertRefused(await RunAsync("demo", "--keeep", Home), "unknown option '--keeep' for 'toggl demo'; did you mean '--keep'?");
        Assert.False(Directory.Exists(Home));
    }

    [Fact]
    public async Task An_unknown_short_option_is_refused()
    {
        var run = await RunAsync("list", "-x");
        AssertRefused(run, "unknown option '-x' for 'toggl list' (see toggl list --help)");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_long_option_written_with_one_dash_is_refused_with_the_long_option_suggested()
    {
        var run = await RunAsync("delete", "1", "-dry-run");
        AssertRefused(run, "unknown option '-dry-run' for 'toggl delete'; did you mean '--dry-run'?");
    }

    [Fact]
    public async Task A_value_that_looks_like_an_option_is_refused_with_the_way_to_pass_it()
    {
        var run = await RunAsync("start", "Writing", "--tags", "-urgent");
        AssertRefused(run, "unknown option '-urgent' for 'toggl start'; to give --tags a value starting with '-', write --tags=-urgent");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Words_after_a_double_dash_are_refused_rather_than_ignored()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Keep me");
        var run = await RunAsync("delete", Id(entry.Id), "--", "--dry-run");
        AssertRefused(run, "'toggl delete' takes nothing after '--' (got '--dry-run')");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Help_and_version_still_work()
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var run = await RunOkAsync("delete", help);
            Assert.Contains("--dry-run", run.Out);
        }

        Assert.Contains("USAGE", (await RunOkAsync("--help")).Out);
        Assert.Contains("bulk-edit", (await RunOkAsync("-h")).Out);
        var version = await RunOkAsync("--version");
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out.Trim());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Known_options_in_every_spelling_still_work()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Old");
        await RunOkAsync("edit", Id(entry.Id), "--description=-fixed", "--DRY-RUN");
        Assert.Empty(Requests);
        await RunOkAsync("edit", Id(entry.Id), "-d", "New", "-o", "json", "--verbose");
        Assert.Equal("New", Sandbox.GetTimeEntry(entry.Id)!.Description);
        await RunOkAsync("edit", Id(entry.Id), "--description=-fixed");
        Assert.Equal("-fixed", Sandbox.GetTimeEntry(entry.Id)!.Description);
        await RunOkAsync("start", "Writing", "-b", "-t", "a,b", "--at=10m ago");
        Assert.True(Sandbox.RunningTimeEntry!.Billable);
        await RunOkAsync("stop", "--at", "5m ago", "--output=json");
        Assert.Null(Sandbox.RunningTimeEntry);
    }

    [Fact]
    public async Task A_value_that_is_a_negative_number_is_still_a_value_not_an_option()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Old");
        await RunOkAsync("edit", Id(entry.Id), "-d", "-5");
        Assert.Equal("-5", Sandbox.GetTimeEntry(entry.Id)!.Description);

        var run = await RunAsync("stop", "--at", "-5m");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.DoesNotContain("unknown option", run.Error);
        Assert.Contains("-5m", run.Error);
    }
}
