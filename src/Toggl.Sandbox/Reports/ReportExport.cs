using System.Globalization;
using Toggl.Sandbox.Http;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The exports (docs/toggl-api.md §9: a <c>.csv</c>/<c>.pdf</c>/<c>.xlsx</c> suffix on a report's path answers a file):
/// the detailed, summary and weekly reports as CSV and PDF, the detailed and summary ones also as <c>.xlsx</c>, whole
/// (the detailed export is not paged). Any other suffix answers 404 (README).
/// </summary>
internal static class ReportExport
{
    /// <summary>The 404 text of an export the sandbox does not make.</summary>
    public const string NotOffered = "This export format is not offered";

    /// <summary>The three exported reports.</summary>
    public enum Kind
    {
        /// <summary><c>search/time_entries</c>.</summary>
        Detailed,

        /// <summary><c>summary/time_entries</c>.</summary>
        Summary,

        /// <summary><c>weekly/time_entries</c>.</summary>
        Weekly,
    }

    /// <summary>An export: the bytes and how a file server would send them.</summary>
    public sealed record File(string Name, string ContentType, byte[] Content);

    /// <summary>The report kinds an export needs: its report's and <see cref="SandboxReports.Exports"/>.</summary>
    public static SandboxReports Needs(Kind kind) => SandboxReports.Exports | kind switch
    {
        Kind.Summary => SandboxReports.Summary,
        Kind.Weekly => SandboxReports.Weekly,
        _ => SandboxReports.Detailed,
    };

    /// <summary>Whether the sandbox makes this format: csv and pdf of every kind, xlsx of detailed and summary.</summary>
    public static bool Offers(Kind kind, string? format) => format is "csv" or "pdf" || (format is "xlsx" && kind is not Kind.Weekly);

    /// <summary>Makes the export; call under the store's gate.</summary>
    public static File Make(Kind kind, string format, SandboxState s, long wid, ReportQuery q)
    {
        var currency = s.Store.Workspace(wid)?.DefaultCurrency ?? "USD";
        ReportTable table;
        string name;
        switch (kind)
        {
            case Kind.Summary:
            {
                var entries = ReportData.Select(s, wid, q);
                table = ReportTable.Summary(SummaryReport.Groups(entries, q), q, Range(q.StartDate, q.EndDate, entries), currency);
                name = "summary";
                break;
            }

            case Kind.Weekly:
            {
                var first = WeeklyReport.FirstDay(q, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Now, s.UserZone).DateTime), s.Store.Identity.BeginningOfWeek);
                var window = WeeklyReport.Window(q, first);
                var entries = ReportData.Select(s, wid, window);
                table = ReportTable.Weekly(WeeklyReport.Rows(entries, first), first, Range(window.StartDate, window.EndDate, entries));
                name = "weekly";
                break;
            }

            default:
            {
                var entries = ReportData.Select(s, wid, q);
                table = ReportTable.Detailed(DetailedReport.Rows(entries, q), Range(q.StartDate, q.EndDate, entries), currency);
                name = "time_entries";
                break;
            }
        }

        var fileName = $"Toggl_{name}_{table.Range.Replace(" – ", "_to_", StringComparison.Ordinal)}.{format}";
        return format switch
        {
            "pdf" => new File(fileName, "application/pdf", ReportPdf.Write(table)),
            "xlsx" => new File(fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportXlsx.Write(table)),
            _ => new File(fileName, "text/csv; charset=utf-8", ReportCsv.Write(table)),
        };
    }

    /// <summary>The range a document names: the asked dates, else the data's first and last days.</summary>
    private static string Range(DateOnly? from, DateOnly? to, IReadOnlyCollection<ReportEntry> entries)
    {
        var first = from ?? (entries.Count > 0 ? entries.Min(e => e.Day) : null);
        var last = to ?? (entries.Count > 0 ? entries.Max(e => e.Day) : null);
        return $"{Day(first)} – {Day(last)}";
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "all";
}
