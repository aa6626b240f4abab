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
        if (settings.DryRun)
        {
            return settings.Refresh ? session.PrintPlan((await session.Endpoint.Plan.CurrentAsync(refresh: true, cancellationToken)).Requests)
                : session.IsFresh ? session.PrintPlan([], "the synced cache answers")
                : session.PrintPlan((await session.Endpoint.Plan.SyncAsync(cancellationToken)).Requests, "then the synced cache answers");
        }

        var running = await session.RunningAsync(settings.Refresh, cancellationToken);
        var view = running is null ? null : (await session.ViewsAsync([running], cancellationToken))[0];
        session.Printer.Entry(view, settings.Output, "Nothing is running.");
        return ExitCodes.Ok;
    }
}
