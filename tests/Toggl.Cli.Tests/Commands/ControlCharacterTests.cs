using System.Globalization;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// Descriptions, tags and project names come from anyone in the workspace. Terminal control characters in
/// them (an OSC title change, a clear-screen CSI, a bell) are shown visibly escaped in every human output,
/// stay exact in JSON, and CSV cells that a spreadsheet would run as a formula are neutralised.
/// </summary>
public sealed class ControlCharacterTests : CliTest
{
    // OSC 0 (set the window title) ended by BEL, a CSI "clear screen", C1 CSI (U+009B), DEL, a carriage return.
    private const string Hostile = "Fix\u001b]0;pwned\u0007 it\u009b2J\u007f\r now";
    private const string HostileShown = @"Fix\x1b]0;pwned\x07 it\x9b2J\x7f\x0d now";
    private const string Project = "Web\u001b[2Jsite";
    private const string ProjectShown = @"Web\x1b[2Jsite";
    private const string Tag = "t\u0007ag";
    private const string TagShown = @"t\x07ag";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>No C0 control but the line breaks, no DEL, no C1 control.</summary>
    private static void AssertNoControls(string output)
    {
        var raw = output.Where(c => (char.IsControl(c) && c != '\n') || c == '\u007f').ToList();
        Assert.True(raw.Count == 0, $"raw control characters {string.Join(",", raw.Select(c => ((int)c).ToString("x2", CultureInfo.InvariantCulture)))} in:\n{output}");
    }

    private SandboxEntryIds AddHostileEntry(bool running = false)
    {
        var project = Sandbox.AddProject(Project);
        var start = Sandbox.Now.AddMinutes(-40);
        var entry = Sandbox.AddTimeEntry(start, running ? null : start.AddMinutes(30), Hostile, project.Id, [Tag]);
        return new SandboxEntryIds(entry.Id, project.Id);
    }

    private sealed record SandboxEntryIds(long Entry, long Project);

    [Theory]
    [InlineData("show")]
    [InlineData("list")]
    public async Task Table_and_detail_output_show_control_characters_escaped(string command)
    {
        var ids = AddHostileEntry();
        var run = await RunOkAsync(command == "show" ? ["show", Id(ids.Entry)] : ["list", "--today"]);
        AssertNoControls(run.Out);
        Assert.Contains(HostileShown, run.Out);
        Assert.Contains(ProjectShown, run.Out);
        Assert.Contains(TagShown, run.Out);
    }

    [Fact]
    public async Task Current_shows_a_hostile_running_entry_escaped()
    {
        AddHostileEntry(running: true);
        var run = await RunOkAsync("current");
        AssertNoControls(run.Out);
        Assert.Contains(HostileShown, run.Out);
    }

    [Theory]
    [InlineData("project", ProjectShown)]
    [InlineData("tag", TagShown)]
    [InlineData("description", HostileShown)]
    public async Task Report_tables_show_group_names_escaped(string by, string shown)
    {
        AddHostileEntry();
        var run = await RunOkAsync("report", "--today", "--by", by);
        AssertNoControls(run.Out);
        Assert.Contains(shown, run.Out);
    }

    [Fact]
    public async Task One_line_messages_of_start_and_stop_show_the_description_escaped()
    {
        Sandbox.AddProject(Project);
        var started = await RunOkAsync("start", Hostile, "--project", Project, "--tags", Tag);
        AssertNoControls(started.Out);
        Assert.Contains("Started " + HostileShown, started.Out);
        var stopped = await RunOkAsync("stop");
        AssertNoControls(stopped.Out);
        Assert.Contains("Stopped " + HostileShown, stopped.Out);
    }

    [Fact]
    public async Task An_error_line_naming_a_hostile_project_is_escaped_and_one_line()
    {
        Sandbox.AddProject(Project);
        var run = await RunAsync("start", "Writing", "--project", "No\u001b]0;x\u0007where");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        AssertNoControls(run.Error);
        Assert.Contains(@"No\x1b]0;x\x07where", run.Error);
        Assert.Contains(ProjectShown, run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_dry_run_shows_the_request_body_escaped()
    {
        var run = await RunOkAsync("start", "Evil\u009b2J", "--dry-run");
        AssertNoControls(run.Out);
    }

    [Fact]
    public async Task Json_output_keeps_the_text_exact_with_every_control_escaped_by_the_encoder()
    {
        var ids = AddHostileEntry();
        var run = await RunOkAsync("show", Id(ids.Entry), "--output", "json");
        AssertNoControls(run.Out);
        Assert.Equal(Hostile, run.Json.GetProperty("description").GetString());
        Assert.Equal(Project, run.Json.GetProperty("project").GetString());
        Assert.Equal([Tag], run.Json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Csv_neutralises_formula_cells_of_user_text_but_keeps_the_tools_own_numbers()
    {
        var project = Sandbox.AddProject("-2+3");
        var start = Sandbox.Now.AddMinutes(-40);
        Sandbox.AddTimeEntry(start, start.AddMinutes(30), "=HYPERLINK(\"http://evil\",\"x\")", project.Id, ["@SUM(A1)"]);
        var records = Csv.Parse((await RunOkAsync("list", "--today", "--output", "csv")).Out);
        var header = records[0];
        var row = records[1];
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", row[header.IndexOf("description")]);
        Assert.Equal("'-2+3", row[header.IndexOf("project")]);
        Assert.Equal("'@SUM(A1)", row[header.IndexOf("tags")]);
        Assert.Equal("1800", row[header.IndexOf("duration_seconds")]);
        Assert.Matches("^[0-9]+$", row[header.IndexOf("id")]);

        var report = Csv.Parse((await RunOkAsync("report", "--today", "--by", "project", "--output", "csv")).Out);
        Assert.Equal(["'-2+3", "1800", "1", "1"], report[1]);
    }

    [Fact]
    public async Task Csv_neutralises_a_description_starting_with_a_plus_and_leaves_an_empty_project_empty()
    {
        var start = Sandbox.Now.AddMinutes(-40);
        Sandbox.AddTimeEntry(start, start.AddMinutes(30), "+1 call");
        var records = Csv.Parse((await RunOkAsync("list", "--today", "--output", "csv")).Out);
        Assert.Equal("'+1 call", records[1][records[0].IndexOf("description")]);
        Assert.Equal("", records[1][records[0].IndexOf("project")]);
    }
}
