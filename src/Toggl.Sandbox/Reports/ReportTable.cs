using System.Globalization;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// A report as the rows of a table, the one shape both exports write: the CSV as its header and rows, the PDF as a
/// titled table. Detailed has Toggl's detailed CSV columns; summary and weekly have the sandbox's (README).
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Range">The dates covered, e.g. <c>2024-12-01 – 2024-12-16</c>.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows, one cell per column.</param>
internal sealed record ReportTable(string Title, string Range, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    /// <summary>Toggl's detailed CSV columns (the amount's column names the currency).</summary>
    public static ReportTable Detailed(IEnumerable<DetailedReport.Row> rows, string range, string currency) => new(
        "Detailed report",
        range,
        ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time", "End date", "End time", "Duration", "Tags", $"Amount ({currency})"],
        rows.SelectMany(r => r.Entries).Select(e => new[]
        {
            e.UserName,
            e.Email,
            e.Client?.Name ?? "",
            e.Project?.Name ?? "",
            e.Task?.Name ?? "",
            e.Entry.Description ?? "",
            e.Entry.Billable ? "Yes" : "No",
            e.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.Start.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            e.Stop.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.Stop.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            Duration(e.Seconds),
            string.Join(", ", e.Tags.Select(t => t.Name)),
            Money(e.BillableAmountInCents),
        }).ToList());

    /// <summary>One row per sub-group: the group's name, the sub-group's, its duration and amount.</summary>
    public static ReportTable Summary(IEnumerable<SummaryReport.Group> groups, ReportQuery q, string range, string currency) => new(
        "Summary report",
        range,
        [Column(q.Grouping), Column(q.SubGrouping), "Duration", $"Amount ({currency})"],
        groups.SelectMany(g => g.SubGroups.Select(s => new[]
        {
            g.Title ?? Without(q.Grouping),
            s.Title ?? Without(q.SubGrouping),
            Duration(s.Seconds),
            Money(TotalsReport.Amount(s.Entries)),
        })).ToList());

    /// <summary>One row per user × project: the seven days' durations and the week's total.</summary>
    public static ReportTable Weekly(IEnumerable<WeeklyReport.Row> rows, DateOnly first, string range) => new(
        "Weekly report",
        range,
        ["User", "Project", "Client", .. Enumerable.Range(0, WeeklyReport.Days).Select(i => first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "Total"],
        rows.Select(r => new[] { r.UserName, r.Project?.Name ?? Without("projects"), r.Client?.Name ?? "" }
            .Concat(r.Seconds.Select(Duration))
            .Append(Duration(r.Seconds.Sum()))
            .ToArray()).ToList());

    /// <summary>Toggl's duration cells, <c>h:mm:ss</c> with hours past 24 kept (e.g. <c>26:00:00</c>).</summary>
    public static string Duration(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds % 3600 / 60:00}:{seconds % 60:00}");

    /// <summary>An amount in cents as <c>12.34</c>, empty without a rate.</summary>
    public static string Money(long? cents) =>
        cents is { } c ? (c / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Column(string grouping) => grouping switch
    {
        "users" => "User",
        "clients" => "Client",
        "tasks" => "Task",
        "time_entries" => "Description",
        _ => "Project",
    };

    private static string Without(string grouping) => grouping switch
    {
        "clients" => "Without client",
        "tasks" => "Without task",
        "projects" => "Without project",
        _ => "",
    };
}
