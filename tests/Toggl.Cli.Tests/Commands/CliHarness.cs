using System.Text.Json;
using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Commands;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output parsed as JSON (for <c>--output json</c>).</summary>
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- err\n{Error}";
}

/// <summary>
/// A test's world: a sandbox on loopback HTTP, a temporary home folder, and the tool run in-process through
/// <see cref="TogglCli.RunAsync"/> with a captured console, exactly as the process runs it.
/// </summary>
public abstract class CliTest : IAsyncLifetime
{
    /// <summary>The zone times are read and shown in: one with daylight saving, to catch relabelled times.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    protected TogglSandbox Sandbox { get; private set; } = null!;

    protected string Home { get; } = Path.Combine(Path.GetTempPath(), "toggl-cli-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The sandbox's set-up; tests override it to turn on the quota.</summary>
    protected virtual SandboxOptions Options => new() { Timezone = Zone.Id };

    /// <summary>The environment the tool sees: the sandbox's account and the temporary home, nothing of the real one.</summary>
    protected Dictionary<string, string?> Environment { get; set; } = [];

    public async Task InitializeAsync()
    {
        Sandbox = await TogglSandbox.StartAsync(Options);
        Environment = new Dictionary<string, string?>
        {
            ["TOGGL_HOME"] = Home,
            ["TOGGL_API_TOKEN"] = Sandbox.ApiToken,
            ["TOGGL_WORKSPACE_ID"] = Sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TOGGL_BASE_URL"] = Sandbox.BaseAddress.AbsoluteUri,
        };
    }

    public async Task DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }

    /// <summary>Runs between a write command's file check and its first request (see <see cref="CliContext.AfterWriteCheck"/>).</summary>
    protected Action? AfterWriteCheck { get; set; }

    /// <summary>The folder of the tool's cache and state file under the temporary home.</summary>
    protected string CacheFolder => Path.Combine(Home, ".cache", "togglfun");

    /// <summary>The SQLite cache of the sandbox's workspace.</summary>
    protected string CacheFile => Path.Combine(CacheFolder, $"trackers-{Sandbox.WorkspaceId}.sqlite");

    /// <summary>The tool's state file for the sandbox's workspace.</summary>
    protected string StateFile => Path.Combine(CacheFolder, $"state-{Sandbox.WorkspaceId}.json");

    /// <summary>Runs <c>toggl ARGS</c> and captures what it printed.</summary>
    protected async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = Environment;
        var context = new CliContext
        {
            Out = Console(output),
            Error = Console(error),
            Environment = name => environment.GetValueOrDefault(name),
            TimeZone = Zone,
            IsTerminal = false,
            AfterWriteCheck = AfterWriteCheck,
        };
        var code = await TogglCli.RunAsync(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed.</summary>
    protected async Task<CliRun> RunOkAsync(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.Ok, $"toggl {string.Join(' ', args)} failed: {run}");
        return run;
    }

    /// <summary>Requests the sandbox answered since the log was last cleared.</summary>
    protected IReadOnlyList<SandboxRequest> Requests => Sandbox.RequestLog;

    /// <summary>A finished entry of <paramref name="minutes"/> that started <paramref name="hoursAgo"/> hours ago.</summary>
    protected SandboxTimeEntry AddEntry(double hoursAgo, int minutes, string description, long? projectId = null, params string[] tags)
    {
        var start = Sandbox.Now.AddHours(-hoursAgo);
        return Sandbox.AddTimeEntry(start, start.AddMinutes(minutes), description, projectId, tags);
    }

    private static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }
}
