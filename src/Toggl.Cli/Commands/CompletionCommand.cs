using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Completion;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl completion bash|zsh|fish|pwsh</c>: prints the shell's completion script (install lines in
/// src/Toggl.Cli/README.md). No account, no request.
/// </summary>
internal sealed class CompletionCommand(CliContext context) : AsyncCommand<CompletionSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CompletionSettings settings, CancellationToken cancellationToken)
    {
        context.WriteRaw(ShellScripts.For(settings.Shell));
        return Task.FromResult(ExitCodes.Ok);
    }
}
