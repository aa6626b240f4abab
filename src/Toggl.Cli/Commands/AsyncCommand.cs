using Toggl.Cli.Commands.Settings;

namespace Toggl.Cli.Commands;

/// <summary>What a command does with its bound and checked options; the command tree (<see cref="TogglCli"/>) runs it.</summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
internal abstract class AsyncCommand<TSettings>
    where TSettings : CliSettings
{
    /// <summary>Runs the command and returns its exit code (see <see cref="Infrastructure.ExitCodes"/>).</summary>
    public abstract Task<int> ExecuteAsync(TSettings settings, CancellationToken cancellationToken);
}
