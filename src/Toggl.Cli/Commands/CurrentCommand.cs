using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl current</c>: what is running, from the synced cache (no request) unless <c>--refresh</c>.</summary>
internal sealed class CurrentCommand(CliContext context) : TogglCommand<ReadSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReadSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Operations.Current(settings.Refresh),
            async running =>
            {
                var view = running is null ? null : (await session.ViewsAsync([running], cancellationToken))[0];
                session.Printer.Entry(view, settings.Output, "Nothing is running.");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
