using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Prompt;

/// <summary><c>toggl prompt</c>: one line while something runs, nothing otherwise, never a request, never an error exit.</summary>
public sealed class PromptCommandTests : CliTest
{
    [Fact]
    public async Task A_running_entry_is_one_line_with_its_project_and_elapsed_time_and_no_request()
    {
        var project = Sandbox.AddProject("Website");
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-83), null, "Writing docs", project.Id);
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var run = await RunOkAsync("prompt");

        Assert.Equal("▶ Writing docs · Website 1:23\n", run.Out);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Idle_is_empty_output()
    {
        AddEntry(hoursAgo: 2, minutes: 30, "Done");
        await RunOkAsync("sync");
        var run = await RunOkAsync("prompt");
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Without_a_cache_it_is_empty_and_exit_0_and_verbose_says_why_on_standard_error()
    {
        var quiet = await RunOkAsync("prompt");
        Assert.Equal("", quiet.Out + quiet.Error);

        var verbose = await RunOkAsync("prompt", "--verbose");
        Assert.Equal("", verbose.Out);
        Assert.Contains("toggl sync", verbose.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_corrupt_cache_is_empty_and_exit_0()
    {
        Directory.CreateDirectory(CacheFolder);
        await File.WriteAllTextAsync(CacheFile, new string('x', 4096));
        var run = await RunAsync("prompt", "--verbose");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(CacheFile, run.Error);
    }

    [Fact]
    public async Task The_format_comes_from_the_option_else_from_the_configuration()
    {
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-5), null, "Review", tags: ["pr"]);
        await RunOkAsync("sync");
        await RunOkAsync("config", "set", "--prompt-format", "[{tags}] {description} ({elapsed:m}m)");

        Assert.Equal("[pr] Review (5m)\n", (await RunOkAsync("prompt")).Out);
        Assert.Equal("Review\n", (await RunOkAsync("prompt", "--format", "{description}")).Out);
    }

    [Fact]
    public async Task A_bad_format_is_refused_by_config_set_and_makes_the_prompt_quiet()
    {
        var stored = await RunAsync("config", "set", "--prompt-format", "{descripton}");
        Assert.Equal(ExitCodes.BadArguments, stored.ExitCode);
        Assert.Contains("{descripton}", stored.Error);

        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-5), null, "Review");
        await RunOkAsync("sync");
        var run = await RunOkAsync("prompt", "--format", "{nope}", "--verbose");
        Assert.Equal("", run.Out);
        Assert.Contains("{nope}", run.Error);
    }
}
