using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>Reports: the façade's body to the core's (only what is set is sent), the core's answers to records.</summary>
internal static partial class Convert
{
    public static Core.ReportBody ToCore(ReportBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new Core.ReportBody(
            Interop.ToOption(body.StartDate),
            Interop.ToOption(body.EndDate),
            ToCore(body.UserIds),
            ToCore(body.ProjectIds),
            ToCore(body.ClientIds),
            ToCore(body.TagIds),
            ToCore(body.TaskIds),
            ToCore(body.GroupIds),
            ToCore(body.TimeEntryIds),
            Interop.ToReferenceOption(body.Description),
            Interop.ToOption(body.Billable),
            Interop.ToOption(body.MinDurationSeconds),
            Interop.ToOption(body.MaxDurationSeconds),
            Interop.ToOption(body.Rounding is { } r ? (int)r : (int?)null),
            Interop.ToOption(body.RoundingMinutes),
            body.Grouping is { } g ? FSharpOption<Core.SummaryGrouping>.Some(ToCore(g)) : FSharpOption<Core.SummaryGrouping>.None,
            body.SubGrouping is { } s ? FSharpOption<Core.SummarySubGrouping>.Some(ToCore(s)) : FSharpOption<Core.SummarySubGrouping>.None,
            body.OrderBy is { } o ? FSharpOption<Core.ReportOrderBy>.Some(ToCore(o)) : FSharpOption<Core.ReportOrderBy>.None,
            body.OrderDirection is { } d ? FSharpOption<Core.ReportOrderDir>.Some(ToCore(d)) : FSharpOption<Core.ReportOrderDir>.None,
            Interop.ToOption(body.PageSize),
            Interop.ToOption(body.Grouped),
            Interop.ToOption(body.IncludeTimeEntryIds),
            Interop.ToOption(body.HideAmounts),
            Interop.ToOption(body.EnrichResponse));
    }

    private static FSharpOption<Core.IdFilter> ToCore(ReportIds? ids) =>
        ids is null
            ? FSharpOption<Core.IdFilter>.None
            : FSharpOption<Core.IdFilter>.Some(new Core.IdFilter(Interop.ToFSharpList(ids.Ids), ids.IncludesWithout));

    private static Core.SummaryGrouping ToCore(SummaryGrouping grouping) => grouping switch
    {
        SummaryGrouping.Projects => Core.SummaryGrouping.Projects,
        SummaryGrouping.Users => Core.SummaryGrouping.Users,
        SummaryGrouping.Clients => Core.SummaryGrouping.Clients,
        _ => throw Unknown(nameof(ReportBody.Grouping), grouping),
    };

    private static Core.SummarySubGrouping ToCore(SummarySubGrouping subGrouping) => subGrouping switch
    {
        SummarySubGrouping.TimeEntries => Core.SummarySubGrouping.TimeEntries,
        SummarySubGrouping.Users => Core.SummarySubGrouping.Users,
        SummarySubGrouping.Clients => Core.SummarySubGrouping.Clients,
        SummarySubGrouping.Projects => Core.SummarySubGrouping.Projects,
        SummarySubGrouping.Tasks => Core.SummarySubGrouping.Tasks,
        _ => throw Unknown(nameof(ReportBody.SubGrouping), subGrouping),
    };

    private static Core.ReportOrderBy ToCore(ReportOrderBy orderBy) => orderBy switch
    {
        ReportOrderBy.Date => Core.ReportOrderBy.Date,
        ReportOrderBy.User => Core.ReportOrderBy.User,
        ReportOrderBy.Duration => Core.ReportOrderBy.Duration,
        ReportOrderBy.Description => Core.ReportOrderBy.Description,
        ReportOrderBy.LastUpdate => Core.ReportOrderBy.LastUpdate,
        _ => throw Unknown(nameof(ReportBody.OrderBy), orderBy),
    };

    private static Core.ReportOrderDir ToCore(ReportOrderDirection direction) => direction switch
    {
        ReportOrderDirection.Ascending => Core.ReportOrderDir.Asc,
        ReportOrderDirection.Descending => Core.ReportOrderDir.Desc,
        _ => throw Unknown(nameof(ReportBody.OrderDirection), direction),
    };

    public static Core.ReportFormat ToCore(ReportFormat format) => format switch
    {
        ReportFormat.Csv => Core.ReportFormat.Csv,
        ReportFormat.Pdf => Core.ReportFormat.Pdf,
        ReportFormat.Xlsx => Core.ReportFormat.Xlsx,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown ReportFormat: Csv, Pdf or Xlsx."),
    };

    public static Core.LocalGrouping ToCore(LocalGrouping by) => by switch
    {
        LocalGrouping.Project => Core.LocalGrouping.Project,
        LocalGrouping.Client => Core.LocalGrouping.Client,
        LocalGrouping.Tag => Core.LocalGrouping.TagName,
        LocalGrouping.Description => Core.LocalGrouping.Description,
        LocalGrouping.Day => Core.LocalGrouping.Day,
        LocalGrouping.Week => Core.LocalGrouping.Week,
        LocalGrouping.Month => Core.LocalGrouping.Month,
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown LocalGrouping."),
    };

    // An enum value cast from a number nobody named: the body is what is wrong, so the error names it.
    private static ArgumentException Unknown<T>(string property, T value)
        where T : struct, Enum =>
        new($"ReportBody.{property} is {value}, which is not a {typeof(T).Name}.", "body");

    public static FSharpOption<Core.ReportCursor> ToCore(ReportCursor? cursor) =>
        cursor is null
            ? FSharpOption<Core.ReportCursor>.None
            : FSharpOption<Core.ReportCursor>.Some(new Core.ReportCursor(
                Interop.ToOption(cursor.FirstId), Interop.ToOption(cursor.FirstRowNumber), Interop.ToOption(cursor.FirstTimestamp)));

    public static ReportCursor? ToFacade(FSharpOption<Core.ReportCursor>? cursor) =>
        Interop.IsSome(cursor)
            ? new ReportCursor(
                Interop.ToNullable(cursor!.Value.FirstId),
                Interop.ToNullable(cursor.Value.FirstRowNumber),
                Interop.ToNullable(cursor.Value.FirstTimestamp))
            : null;

    public static DetailedReportRow ToFacade(Core.DetailedRow row) =>
        new()
        {
            UserId = row.UserId,
            Username = Interop.ToNullableReference(row.Username),
            ProjectId = Interop.ToNullable(row.ProjectId),
            TaskId = Interop.ToNullable(row.TaskId),
            Billable = row.Billable,
            Description = Interop.ToNullableReference(row.Description),
            TagIds = row.TagIds.ToArray(),
            BillableAmountInCents = Interop.ToNullable(row.BillableAmountInCents),
            HourlyRateInCents = Interop.ToNullable(row.HourlyRateInCents),
            Currency = Interop.ToNullableReference(row.Currency),
            RowNumber = Interop.ToNullable(row.RowNumber),
            TimeEntries = row.TimeEntries
                .Select(e => new DetailedReportTimeEntry(e.Id, e.Seconds, e.Start, Interop.ToNullable(e.Stop), Interop.ToNullable(e.At)))
                .ToArray(),
        };

    public static DetailedReportPage ToFacade(Core.DetailedPage page) =>
        new(page.Rows.Select(ToFacade).ToArray(), ToFacade(page.Next));

    public static ReportTotals ToFacade(Core.ReportTotals totals) =>
        new()
        {
            Seconds = totals.Seconds,
            BillableAmountInCents = Interop.ToNullable(totals.BillableAmountInCents),
            LabourCostInCents = Interop.ToNullable(totals.LabourCostInCents),
            TrackedDays = Interop.ToNullable(totals.TrackedDays),
            Resolution = Interop.ToNullableReference(totals.Resolution),
            Graph = totals.Graph.Select(p => new ReportTotalsPoint(p.Seconds, Interop.ToNullable(p.BillableAmountInCents))).ToArray(),
        };

    public static SummaryReport ToFacade(Core.SummaryReport summary) =>
        new(summary.Groups
            .Select(g => new SummaryReportGroup(
                Interop.ToNullable(g.Id),
                g.SubGroups
                    .Select(s => new SummaryReportSubGroup(Interop.ToNullable(s.Id), Interop.ToNullableReference(s.Title), s.Seconds, s.Ids.ToArray()))
                    .ToArray()))
            .ToArray());

    public static ProjectSummary ToFacade(Core.ProjectSummary summary) =>
        new(Interop.ToNullable(summary.ProjectId), Interop.ToNullable(summary.UserId), summary.TrackedSeconds, Interop.ToNullable(summary.BillableSeconds));

    public static WeeklyReportRow ToFacade(Core.WeeklyRow row) =>
        new()
        {
            UserId = row.UserId,
            UserName = Interop.ToNullableReference(row.UserName),
            ProjectId = Interop.ToNullable(row.ProjectId),
            ProjectName = Interop.ToNullableReference(row.ProjectName),
            ClientName = Interop.ToNullableReference(row.ClientName),
            Seconds = row.Seconds.ToArray(),
            BillableSeconds = row.BillableSeconds.ToArray(),
            BillableAmountsInCents = row.BillableAmountsInCents.ToArray(),
            HourlyRateInCents = Interop.ToNullable(row.HourlyRateInCents),
            Currency = Interop.ToNullableReference(row.Currency),
        };

    public static ArchiveFetchResult ToFacade(Core.ArchiveFetch fetch) =>
        new(fetch.Months.ToArray(), fetch.Entries, fetch.Requests);

    public static ArchivedEntries ToFacade(Core.ArchivedRange range) =>
        new(range.Trackers.Select(ToFacade).ToArray(), range.Fetched.ToArray(), range.Requests);

    public static LocalGrouping ToFacade(Core.LocalGrouping by) =>
        by.IsProject ? LocalGrouping.Project
        : by.IsClient ? LocalGrouping.Client
        : by.IsTagName ? LocalGrouping.Tag
        : by.IsDescription ? LocalGrouping.Description
        : by.IsDay ? LocalGrouping.Day
        : by.IsWeek ? LocalGrouping.Week
        : LocalGrouping.Month;

    public static LocalReport ToFacade(Core.LocalReport report, Core.ArchivedRange range) =>
        new(
            ToFacade(report.By),
            report.Rows.Select(r => new LocalReportRow(r.Key, Interop.ToNullable(r.Id), r.Seconds, r.Entries)).ToArray(),
            report.TotalSeconds,
            report.Entries,
            range.Fetched.ToArray(),
            range.Requests);
}
