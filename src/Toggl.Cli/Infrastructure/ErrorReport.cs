using Spectre.Console;
using Spectre.Console.Cli;

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
        CommandAppException app => (ExitCodes.BadArguments, app.Message.TrimEnd('.') + " (see toggl --help)"),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        _ => FacadeErrors.Describe(error, now, zone) ?? (ExitCodes.Error, error.Message),
    };

    /// <summary>Prints the failure and returns its exit code.</summary>
    public static int Render(Exception error, CliContext context, bool verbose)
    {
        var (code, message) = Describe(error, context.Now, context.TimeZone);
        context.Error.MarkupLine($"[red]toggl: {Markup.Escape(message)}[/]");
        if (verbose)
        {
            context.Error.WriteLine(error.ToString());
        }

        return code;
    }
}
