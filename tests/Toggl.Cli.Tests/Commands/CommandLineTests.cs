using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// The command line as System.CommandLine reads it for the tool: values converted into typed errors naming the
/// option, no response files, words too many refused with the hint to quote, command words and options in any
/// case, and the help listing what the tree holds.
/// </summary>
public sealed class CommandLineTests : CliTest
{
    private void AssertRefused(CliRun run, string expectedLine)
    {
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Equal("toggl: " + expectedLine, run.Error.TrimEnd('\n'));
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("--output 'xml' is not one of table, json, csv", "list", "--output", "xml")]
    [InlineData("--by 'colour' is not one of project, client, tag, description, day, week, month", "report", "--by", "colour")]
    [InlineData("--report '1' is not one of detailed, summary, weekly", "export", "--report", "1", "--out", "x.csv")]
    [InlineData("--billable 'maybe' is not true or false", "edit", "1", "--billable", "maybe")]
    [InlineData("--estimate 'x' is not a whole number", "projects", "add", "Blog", "--estimate", "x")]
    [InlineData("--default-hourly-rate 'lots' is not a number (write 80.5)", "workspaces", "edit", "--default-hourly-rate", "lots")]
    [InlineData("'abc' is not a time entry id (a positive number, or L3 for an entry waiting in the outbox)", "show", "abc")]
    [InlineData("'x' is not a time entry id (a positive number)", "bulk-edit", "1", "x", "--add-tags", "a")]
    public async Task A_value_of_the_wrong_kind_is_a_typed_error_naming_the_option_without_dotnet_type_names(string line, params string[] args) =>
        AssertRefused(await RunAsync(args), line);

    [Fact]
    public async Task A_word_too_many_is_refused_with_the_hint_to_quote_and_nothing_is_started()
    {
        AssertRefused(
            await RunAsync("start", "Writing", "report"),
            "'toggl start' takes one DESCRIPTION: quote words that belong together (got also 'report') (see toggl start --help)");
        AssertRefused(await RunAsync("current", "now"), "'toggl current' takes no argument (got 'now') (see toggl current --help)");
        Assert.Null(Sandbox.RunningTimeEntry);
    }

    [Fact]
    public async Task A_missing_argument_is_named()
    {
        AssertRefused(await RunAsync("projects", "add"), "Command 'projects add' is missing required argument 'NAME' (see toggl projects add --help)");
        AssertRefused(await RunAsync("tags", "rename", "draft"), "Command 'tags rename' is missing required argument 'NEW_NAME' (see toggl tags rename --help)");
    }

    [Fact]
    public async Task An_argument_starting_with_at_is_itself_not_the_contents_of_a_file()
    {
        // System.CommandLine reads "@file" as a response file unless told not to; a description is never a file.
        var file = Path.Combine(Path.GetTempPath(), "toggl-at-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(file, "--billable\n");
        try
        {
            await RunOkAsync("start", "@" + file);
            Assert.Equal("@" + file, Sandbox.RunningTimeEntry!.Description);
            Assert.False(Sandbox.RunningTimeEntry.Billable);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Command_words_and_option_names_are_read_in_any_case()
    {
        var run = await RunOkAsync("PROJECTS", "Add", "Blog", "--Color", "teal", "-O", "json");
        Assert.Equal("Blog", run.Json.GetProperty("name").GetString());
        await RunOkAsync("Start", "Writing", "-B", "--TAGS=a,b");
        Assert.True(Sandbox.RunningTimeEntry!.Billable);
    }

    [Fact]
    public async Task The_help_lists_every_command_with_its_description_and_the_examples()
    {
        var help = (await RunOkAsync("--help")).Out;
        Assert.Contains("USAGE:", help);
        Assert.Contains("toggl start \"Writing the report\" --project Website", help);
        Assert.Matches(@"bulk-edit\s+Change many time entries at once", help);
        Assert.Matches(@"projects\s+The workspace's projects", help);
        Assert.Equal(help, (await RunOkAsync()).Out);

        var start = (await RunOkAsync("start", "--help")).Out;
        // Optional for the parser since --pick stands in for it; the settings' check asks for one or the other.
        Assert.Contains("toggl start [DESCRIPTION] [OPTIONS]", start);
        Assert.Matches(@"\[DESCRIPTION\]\s+What you are working on \(required unless --pick\)", start);
        Assert.Matches(@"-o, --output <FORMAT>\s+table\s+table, json or csv", start);
        Assert.Matches(@"-b, --billable\s+Mark the entry billable", start);

        var branch = (await RunOkAsync("projects", "--help")).Out;
        Assert.Contains("toggl projects add Website --client Acme", branch);
        Assert.Matches(@"edit <NAME_OR_ID>\s+Change a project", branch);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_branch_alone_shows_its_commands_as_a_failure_and_an_unknown_option_of_the_tool_is_named()
    {
        var run = await RunAsync("projects");
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("COMMANDS:", run.Out);
        AssertRefused(await RunAsync("--verison"), "unknown option '--verison' for 'toggl'; did you mean '--version'?");
        Assert.Matches(@"^\d+\.\d+\.\d+", (await RunOkAsync("-v")).Out);
    }
}
