using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Reports;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl report [--today|--week|--month|--year|--from D --to D] [--by GROUP] [--source local|toggl]</c>: time per
/// group. Locally (the default) the façade computes it from the synced cache inside Toggl's three-month window and
/// from the archive beyond it (missing months fetched once); <c>--source toggl</c> asks Toggl's detailed report.
/// Without a range: this week.
/// </summary>
internal sealed class ReportCommand(CliContext context) : TogglCommand<ReportSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReportSettings settings, CancellationToken cancellationToken)
    {
        var range = settings.Range(Context.Today, DateRange.WeekOf(Context.Today));
        try
        {
            if (settings.Source == ReportSource.Toggl)
            {
                await FromTogglAsync(session, settings, range, cancellationToken);
            }
            else
            {
                await FromCacheAsync(session, settings, range, cancellationToken);
            }
        }
        catch (TogglFeatureNotEnabledException notEnabled)
        {
            throw ReportErrors.NotEnabled(
                settings.Source == ReportSource.Toggl ? "the detailed report" : "the detailed report (it fills the archive past three months)",
                notEnabled);
        }

        return ExitCodes.Ok;
    }

    private async Task FromCacheAsync(TogglSession session, ReportSettings settings, DateRange range, CancellationToken cancellationToken)
    {
        if (ReachesWindow(range))
        {
            // The window's entries come from the cache: up to date first (no request while it is fresh).
            await session.ExecuteAsync(session.Reports.Window(settings.Refresh), _ => { }, cancellationToken);
        }

        await session.ExecuteAsync(
            session.Reports.Local(range, settings.By),
            report => session.Printer.Report(ReportView.Of(report, range), settings.Output),
            cancellationToken);
    }

    private static async Task FromTogglAsync(TogglSession session, ReportSettings settings, DateRange range, CancellationToken cancellationToken)
    {
        // Toggl's rows carry ids: the names come from the cache's objects (no request while they are fresh).
        var names = settings.By is LocalGrouping.Project or LocalGrouping.Client or LocalGrouping.Tag
            ? ReportNames.From(
                await session.AskAsync(session.Resources.Projects(refresh: false), cancellationToken),
                settings.By == LocalGrouping.Client ? await session.AskAsync(session.Resources.Clients(refresh: false), cancellationToken) : [],
                settings.By == LocalGrouping.Tag ? await session.AskAsync(session.Resources.Tags(refresh: false), cancellationToken) : [])
            : ReportNames.From([], [], []);
        await session.ExecuteAsync(
            session.Reports.Detailed(range),
            rows => session.Printer.Report(TogglReportRows.Group(rows, range, settings.By, session.Context.TimeZone, names), settings.Output),
            cancellationToken);
    }

    /// <summary>
    /// Whether the range reaches into Toggl's three-month window of <c>GET me/time_entries</c> (docs/toggl-api.md §6.1),
    /// with a week's margin: a needless freshness check costs nothing while the cache is fresh, a skipped one would
    /// answer from a stale cache.
    /// </summary>
    private bool ReachesWindow(DateRange range) => range.To >= Context.Today.AddMonths(-3).AddDays(-7);
}
