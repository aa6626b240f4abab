using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Prompt;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl prompt [--format F]</c>: one short line for a shell prompt or a status bar — the running entry as
/// <see cref="PromptFormat"/> writes it, nothing when none runs. The fastest command: it opens only the SQLite
/// cache, read-only (<see cref="PromptCache"/>); no account, no connection, never a request. Whatever goes wrong
/// (no cache, a broken one, a bad format) prints nothing and exits 0, since a prompt must not spam; with
/// <c>--verbose</c> the reason goes to standard error.
/// </summary>
internal sealed class PromptCommand(CliContext context) : AsyncCommand<PromptSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(PromptSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var paths = TogglPaths.Resolve(settings.Home, context.Environment);
            var format = settings.Format ?? PromptConfig.Read(paths) ?? PromptFormat.Default;
            if (PromptFormat.Problem(format) is { } problem)
            {
                throw new PromptProblem(problem);
            }

            // --workspace beats TOGGL_WORKSPACE_ID, as for every command.
            Func<string, string?> environment = name =>
                name == "TOGGL_WORKSPACE_ID" && settings.Workspace is not null ? settings.Workspace : context.Environment(name);
            if (PromptCache.Running(paths, environment) is { } running)
            {
                context.WriteRaw(PromptFormat.Line(format, running, context.Now, context.TimeZone) + "\n");
            }
        }
        catch (Exception error) when (error is PromptProblem or TogglConfigurationException or IOException or UnauthorizedAccessException)
        {
            if (settings.Verbose)
            {
                context.Error.WriteLine("toggl prompt: " + Output.TerminalText.Visible(error.Message));
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
