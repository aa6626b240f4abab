namespace Toggl.Cli.Infrastructure;

/// <summary>
/// A failure the tool explains itself, in one line, with its exit code (e.g. "no time entry 42").
/// Expected failures travel as this exception from a command to <see cref="ErrorReport"/>; nothing else
/// is thrown on purpose.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the failure with the line shown to the user and the exit code.</summary>
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates the failure with the line shown to the user, the exit code and the error behind it (for <c>--verbose</c>).</summary>
    public CliException(int exitCode, string message, Exception inner)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }

    /// <summary>A wrong argument (exit code 2).</summary>
    public static CliException BadArguments(string message) => new(ExitCodes.BadArguments, message);

    /// <summary>Something named does not exist (exit code 3).</summary>
    public static CliException NotFound(string message) => new(ExitCodes.NotFound, message);
}
