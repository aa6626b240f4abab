using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl show ID</c>: one entry, from the cache when it holds it, else from Toggl.</summary>
internal sealed class ShowCommand(CliContext context) : TogglCommand<EntryIdSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, EntryIdSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DryRun)
        {
            var cached = !settings.Refresh && await session.CachedEntryAsync(settings.Id, cancellationToken) is not null;
            return cached ? session.PrintPlan([], "the cache holds it") : session.PrintPlan((await session.Endpoint.Plan.GetAsync(settings.Id, refresh: true, cancellationToken)).Requests);
        }

        var tracker = await session.Endpoint.GetAsync(settings.Id, settings.Refresh, cancellationToken)
            ?? throw CliException.NotFound($"no time entry {settings.Id}");
        session.Printer.Entry((await session.ViewsAsync([tracker], cancellationToken))[0], settings.Output, "");
        return ExitCodes.Ok;
    }
}
