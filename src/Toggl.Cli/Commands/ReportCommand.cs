using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Reports;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl report [--today|--week|--from D --to D] [--by project|tag|day|description]</c>: time per group,
/// computed from the synced cache (no request) unless <c>--refresh</c>. Without a range: this week.
/// </summary>
internal sealed class ReportCommand(CliContext context) : TogglCommand<ReportSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReportSettings settings, CancellationToken cancellationToken)
    {
        var zone = Context.TimeZone;
        var range = settings.Range(Context.Today, DateRange.WeekOf(Context.Today));
        var (start, end) = (range.StartIn(zone), range.EndIn(zone));
        if (settings.DryRun)
        {
            return settings.Refresh ? session.PrintPlan((await session.Endpoint.Plan.CollectAsync(startDate: start, endDate: end, refresh: true, cancellationToken: cancellationToken)).Requests)
                : session.IsFresh ? session.PrintPlan([], "the synced cache answers")
                : session.PrintPlan((await session.Endpoint.Plan.SyncAsync(cancellationToken)).Requests, "then the synced cache answers");
        }

        await session.EnsureFreshAsync(settings.Refresh, cancellationToken);
        var trackers = await session.Endpoint.CollectAsync(startDate: start, endDate: end, refresh: settings.Refresh, cancellationToken: cancellationToken);
        var views = await session.ViewsAsync(trackers, cancellationToken);
        session.Printer.Report(Report.Aggregate(views, range, settings.By, zone), settings.Output);
        return ExitCodes.Ok;
    }
}
