using Toggl.Cli.Reports;
using Toggl.Cli.Time;

namespace Toggl.Cli.Session;

/// <summary>
/// The façade's reports, archive and exports as commands use them, each with its plan (the endpoint's <c>Plan</c>,
/// same arguments) and its run, so a dry run prints what the run would send: which months the archive lacks and
/// fetches, which pages a report asks for.
/// </summary>
internal sealed class ReportOperations(TogglSession session)
{
    private TogglClient Client => session.Client;

    private TimeZoneInfo Zone => session.Context.TimeZone;

    /// <summary>
    /// The cache brought up to date for a range inside Toggl's window: no request when it is fresh (the core's
    /// rule), a sync when stale, Toggl's list with <paramref name="refresh"/>.
    /// </summary>
    public CliOperation<IReadOnlyList<TogglTracker>> Window(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return new()
        {
            Plan = ct => session.Endpoint.Plan.CollectAsync(refresh: ask, cancellationToken: ct),
            Run = ct => session.Endpoint.CollectAsync(refresh: ask, cancellationToken: ct),
            MayLoad = !ask,
        };
    }

    /// <summary>The report computed from the cache and the archive; the months the archive lacks are fetched first.</summary>
    public CliOperation<LocalReport> Local(DateRange range, LocalGrouping by) => new()
    {
        Plan = ct => Client.LocalReports.Plan.ComputeAsync(range.From, range.To, by, Zone, ct),
        Run = ct => Client.LocalReports.ComputeAsync(range.From, range.To, by, Zone, ct),
    };

    /// <summary>
    /// Every row of Toggl's detailed report over the days, page after page (each page shown as it comes:
    /// <see cref="Infrastructure.ProgressDisplay.PagesAsync"/>).
    /// </summary>
    public CliOperation<IReadOnlyList<DetailedReportRow>> Detailed(DateRange range)
    {
        var body = Between(range);
        return new()
        {
            Plan = ct => Client.DetailedReports.Plan.SearchAsync(body, ct),
            Run = async ct => (await Infrastructure.ProgressDisplay.PagesAsync(
                session.Context,
                "Asking Toggl's detailed report",
                pages => AllPagesAsync(body, pages, ct),
                answer => answer.Pages)).Rows,
        };
    }

    /// <summary>The pages one after the other, each asked once the one before has come (its cursor says where).</summary>
    private async Task<(IReadOnlyList<DetailedReportRow> Rows, int Pages)> AllPagesAsync(ReportBody body, IProgress<int> pages, CancellationToken cancellationToken)
    {
        var rows = new List<DetailedReportRow>();
        ReportCursor? cursor = null;
        var count = 0;
        do
        {
            var page = await Client.DetailedReports.PageAsync(body, cursor, cancellationToken);
            rows.AddRange(page.Rows);
            pages.Report(++count);
            cursor = page.Next;
        }
        while (cursor is not null);

        return (rows, count);
    }

    /// <summary>Fetches the months again into the archive (the explicit re-fetch).</summary>
    public CliOperation<ArchiveFetchResult> FetchArchive(DateOnly firstMonth, DateOnly lastMonth) => new()
    {
        Plan = ct => Client.Archive.Plan.FetchAsync(firstMonth, lastMonth, ct),
        Run = ct => Client.Archive.FetchAsync(firstMonth, lastMonth, ct),
    };

    /// <summary>The months the archive holds: the cache alone, no request.</summary>
    public CliOperation<IReadOnlyList<DateOnly>> ArchivedMonths() => new()
    {
        Plan = _ => Task.FromResult(new TogglPlan([new TogglPlanStep(TogglPlanStepKind.CacheRead, "cache: the archived months", null)])),
        Run = ct => Client.Archive.MonthsAsync(ct),
    };

    /// <summary>
    /// A report written to <paramref name="path"/> (atomically and owner-only: the façade's), with the pages of a
    /// detailed one shown as they come (<see cref="Infrastructure.ProgressDisplay.PagesAsync"/>); the requests it took.
    /// </summary>
    public CliOperation<int> Export(ExportReport report, ReportFormat format, DateRange range, string path)
    {
        var label = $"Exporting the {report.ToString().ToLowerInvariant()} report";
        var body = Between(range);
        return new()
        {
            Plan = ct => report switch
            {
                ExportReport.Detailed => Client.DetailedReports.Plan.ExportAsync(body, format, ct),
                ExportReport.Summary => Client.SummaryReports.Plan.ExportAsync(body, format, ct),
                _ => Client.WeeklyReports.Plan.ExportAsync(body, format, ct),
            },
            Run = ct => Infrastructure.ProgressDisplay.PagesAsync(
                session.Context,
                label,
                pages => report switch
                {
                    ExportReport.Detailed => Client.DetailedReports.ExportToFileAsync(body, format, path, pages, ct),
                    ExportReport.Summary => Client.SummaryReports.ExportToFileAsync(body, format, path, ct),
                    _ => Client.WeeklyReports.ExportToFileAsync(body, format, path, ct),
                },
                requests => requests),
        };
    }

    private static ReportBody Between(DateRange range) => new() { StartDate = range.From, EndDate = range.To };
}
