using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The core call behind each report method, from the façade's arguments (the <see cref="ResourceCalls"/> of reports):
/// the endpoint runs it, its plan prints it. Bodies are converted here, before anything is sent.
/// </summary>
internal static class ReportCalls
{
    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.DetailedRow>>> DetailedAll(ReportBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.DetailedReports.search(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.DetailedPage>> DetailedPage(Core.ReportBody body, ReportCursor? cursor)
    {
        var from = Convert.ToCore(cursor);
        return e => Core.DetailedReports.page(e, body, from);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportTotals>> Totals(ReportBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.DetailedReports.totals(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportFile>> DetailedExport(ReportBody body, ReportFormat format, IProgress<int>? progress)
    {
        var core = Convert.ToCore(body);
        var file = Convert.ToCore(format);
        return e => WithProgress(Core.DetailedReports.export(e, core, file), progress);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.SummaryReport>> Summary(ReportBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.SummaryReports.search(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.ProjectSummary>>> ProjectSummaries(DateOnly startDate, DateOnly endDate) =>
        e => Core.SummaryReports.projects(e, startDate, endDate);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ProjectSummary>> ProjectSummary(long projectId, DateOnly startDate, DateOnly endDate) =>
        e => Core.SummaryReports.project(e, projectId, startDate, endDate);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportFile>> SummaryExport(ReportBody body, ReportFormat format)
    {
        var core = Convert.ToCore(body);
        var file = Convert.ToCore(format);
        return e => Core.SummaryReports.export(e, core, file);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.WeeklyRow>>> Weekly(ReportBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.WeeklyReports.search(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportFile>> WeeklyExport(ReportBody body, ReportFormat format)
    {
        var core = Convert.ToCore(body);
        var file = Convert.ToCore(format);
        return e => Core.WeeklyReports.export(e, core, file);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ArchiveFetch>> ArchiveFetch(DateOnly firstMonth, DateOnly lastMonth) =>
        e => Core.Archive.fetch(e, firstMonth, lastMonth);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ArchivedRange>> ArchiveRange(TimeZoneInfo zone, DateOnly startDate, DateOnly endDate) =>
        e => Core.Archive.range(e, zone, startDate, endDate);

    private static Core.TogglCall<T> WithProgress<T>(Core.TogglCall<T> call, IProgress<int>? progress) =>
        progress is null ? call : Core.TogglCall.withProgress(progress, call);
}
