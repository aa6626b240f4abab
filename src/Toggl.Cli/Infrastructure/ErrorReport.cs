using Spectre.Console;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// Turns any failure into one clear line on standard error and an exit code (<see cref="ExitCodes"/>).
/// The stack trace is shown only with <c>--verbose</c>.
/// </summary>
internal static class ErrorReport
{
    /// <summary>The exit code and the line for a failure.</summary>
    public static (int ExitCode, string Message) Describe(Exception error, DateTimeOffset now, TimeZoneInfo zone) => error switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        _ => FacadeErrors.Describe(error, now, zone) ?? (ExitCodes.Error, error.Message),
    };

    /// <summary>Prints the failure and returns its exit code.</summary>
    public static int Render(Exception error, CliContext context, bool verbose)
    {
        var (code, message) = Describe(error, context.Now, context.TimeZone);
        // Written raw, not as Spectre markup: markup wraps at the console width, and the error must stay one line.
        // Messages can quote project names and Toggl's answers: their controls are shown, not obeyed.
        var line = "toggl: " + Output.TerminalText.Visible(message.ReplaceLineEndings(" "));
        var ansi = context.Error.Profile.Capabilities.Ansi;
        context.Error.Profile.Out.Writer.WriteLine(ansi ? "\u001b[31m" + line + "\u001b[0m" : line);
        if (verbose)
        {
            context.Error.WriteLine(error.ToString());
        }

        return code;
    }
}
