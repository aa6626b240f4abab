using Spectre.Console;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// Everything a run of the tool takes from its surroundings: where output goes, the environment, the clock
/// and the time zone. The process gets the real ones; tests and the demo pass their own, so the very same
/// command code runs in all three.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Standard output: tables, JSON, CSV.</summary>
    public required IAnsiConsole Out { get; init; }

    /// <summary>Standard error: error lines and progress when output is redirected.</summary>
    public required IAnsiConsole Error { get; init; }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>The clock (the façade and the sandbox take it too).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The user's time zone: times are read and shown in it.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;

    /// <summary>Whether a person watches a terminal: progress bars then, plain progress lines otherwise.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>
    /// Test seam: runs after a write command checked that the cache and the state file can be written and
    /// before it sends anything. Tests break those files here to reach the failures a full disk or a file
    /// changed by another program would cause between the check and the local commit. Null in the tool.
    /// </summary>
    internal Action? AfterWriteCheck { get; init; }

    /// <summary>Now, in the clock's terms.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Today's local date.</summary>
    public DateOnly Today => Time.TimeInput.LocalDate(Now, TimeZone);

    /// <summary>Writes text to standard output as is: JSON and CSV must not be wrapped or styled.</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);

    /// <summary>The context of this process: the real console, environment, clock and zone.</summary>
    public static CliContext FromProcess()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var output = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal; tables of entries read better in a file at 120.
            output.Profile.Width = 120;
        }

        return new CliContext
        {
            Out = output,
            Error = error,
            Environment = System.Environment.GetEnvironmentVariable,
            IsTerminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        };
    }

    /// <summary>The same context with some environment variables replaced (the demo points commands at its sandbox).</summary>
    public CliContext WithEnvironment(IReadOnlyDictionary<string, string?> overrides) => new()
    {
        Out = Out,
        Error = Error,
        Environment = name => overrides.TryGetValue(name, out var value) ? value : Environment(name),
        Clock = Clock,
        TimeZone = TimeZone,
        IsTerminal = IsTerminal,
        AfterWriteCheck = AfterWriteCheck,
    };

    /// <summary>The same context on another clock.</summary>
    public CliContext WithClock(TimeProvider clock) => new()
    {
        Out = Out,
        Error = Error,
        Environment = Environment,
        Clock = clock,
        TimeZone = TimeZone,
        IsTerminal = IsTerminal,
        AfterWriteCheck = AfterWriteCheck,
    };
}
