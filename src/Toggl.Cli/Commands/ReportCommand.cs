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
        await session.ExecuteAsync(
            session.Operations.Collect(start, end, settings.Refresh),
            async trackers =>
            {
                var views = await session.ViewsAsync(trackers, cancellationToken);
                session.Printer.Report(Report.Aggregate(views, range, settings.By, zone), settings.Output);
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
