using Toggl.Cli.Time;

namespace Toggl.Cli.Reports;

/// <summary>A report as <c>toggl report</c> prints it: the façade's rows with the days and where they came from.</summary>
/// <param name="Range">The days covered.</param>
/// <param name="By">The grouping.</param>
/// <param name="Source">Where the time came from.</param>
/// <param name="Rows">The groups, largest first (days, weeks and months in calendar order).</param>
/// <param name="TotalSeconds">Every second tracked; with tags an entry counts once here, once per tag in the rows.</param>
/// <param name="Entries">How many entries.</param>
/// <param name="FetchedMonths">Months the archive lacked and fetched for this report (none the second time).</param>
internal sealed record ReportView(
    DateRange Range,
    LocalGrouping By,
    ReportSource Source,
    IReadOnlyList<LocalReportRow> Rows,
    long TotalSeconds,
    int Entries,
    IReadOnlyList<DateOnly> FetchedMonths)
{
    /// <summary>The share of the total a row holds, between 0 and 1 (0 when nothing was tracked).</summary>
    public double Share(LocalReportRow row) => TotalSeconds > 0 ? (double)row.Seconds / TotalSeconds : 0;

    /// <summary>The façade's local report over <paramref name="range"/>.</summary>
    public static ReportView Of(LocalReport report, DateRange range) =>
        new(range, report.By, ReportSource.Local, report.Rows, report.TotalSeconds, report.Entries, report.FetchedMonths);
}
