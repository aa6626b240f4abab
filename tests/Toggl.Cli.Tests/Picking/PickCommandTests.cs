using Spectre.Console.Testing;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Picking;

/// <summary><c>continue --pick</c> and <c>start --pick</c> against the sandbox, driven through Spectre's test console.</summary>
public sealed class PickCommandTests : CliTest
{
    /// <summary>Runs the tool on an interactive test console that types <paramref name="keys"/>.</summary>
    private async Task<(int Code, string Out)> RunOnTerminalAsync(Action<TestConsoleInput> keys, params string[] args)
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 200;
        keys(console.Input);
        var error = new TestConsole();
        var environment = Environment;
        var context = new CliContext
        {
            Out = console,
            Error = error,
            Environment = name => environment.GetValueOrDefault(name),
            TimeZone = Zone,
            IsTerminal = true,
        };
        var code = await TogglCli.RunAsync(args, context);
        return (code, console.Output + error.Output);
    }

    [Fact]
    public async Task Continue_pick_starts_again_the_entry_typed_for()
    {
        var project = Sandbox.AddProject("Website");
        AddEntry(hoursAgo: 5, minutes: 30, "Code review", project.Id, "pr");
        AddEntry(hoursAgo: 3, minutes: 30, "Mail");
        await RunOkAsync("sync");

        var (code, output) = await RunOnTerminalAsync(
            keys =>
            {
                keys.PushText("review");
                keys.PushKey(ConsoleKey.Enter);
            },
            "continue",
            "--pick");

        Assert.True(code == ExitCodes.Ok, output);
        var running = Sandbox.RunningTimeEntry;
        Assert.NotNull(running);
        Assert.Equal(("Code review", (long?)project.Id), (running.Description, running.ProjectId));
        Assert.Equal(["pr"], Sandbox.TagNames(running));
    }

    [Fact]
    public async Task Start_pick_starts_a_new_entry_like_the_one_picked_with_the_arrows()
    {
        AddEntry(hoursAgo: 5, minutes: 30, "Older", null, "a");
        AddEntry(hoursAgo: 3, minutes: 30, "Newer");
        await RunOkAsync("sync");

        var (code, output) = await RunOnTerminalAsync(
            keys =>
            {
                keys.PushKey(ConsoleKey.DownArrow);
                keys.PushKey(ConsoleKey.Enter);
            },
            "start",
            "--pick");

        Assert.True(code == ExitCodes.Ok, output);
        Assert.Equal("Older", Sandbox.RunningTimeEntry?.Description);
        Assert.Equal(["a"], Sandbox.TagNames(Sandbox.RunningTimeEntry!));
    }

    [Theory]
    [InlineData("continue")]
    [InlineData("start")]
    public async Task Pick_with_redirected_input_is_exit_2_and_sends_nothing(string command)
    {
        var run = await RunAsync(command, "--pick");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("terminal", run.Error);
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("start", "--pick", "Writing")]
    [InlineData("continue", "--pick", "12")]
    public async Task Pick_with_what_it_would_pick_is_refused(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Empty(Requests);
    }
}
