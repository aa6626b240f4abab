using System.Text.Json;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The weekly report (docs/toggl-api.md §9, <c>weekly/time_entries</c>): one row per user × project with
/// <c>seconds</c>, <c>billable_seconds</c> and <c>billable_amounts_in_cents</c> for each of the 7 days from
/// <c>start_date</c> (an <c>end_date</c> earlier than the 7th day shortens the window; a later one is cut to it).
/// </summary>
internal static class WeeklyReport
{
    /// <summary>The report's length in days.</summary>
    public const int Days = 7;

    /// <summary>One user × project row.</summary>
    public sealed record Row(long UserId, string UserName, SandboxProject? Project, long? ProjectId, SandboxClient? Client, long[] Seconds, long[] BillableSeconds, long[] BillableAmounts, long? HourlyRateInCents, string Currency);

    /// <summary>The window's first day: <c>start_date</c>, else the first day of the user's current week.</summary>
    public static DateOnly FirstDay(ReportQuery q, DateOnly today, int beginningOfWeek) =>
        q.StartDate ?? TotalsReport.Bucket(today, "week", beginningOfWeek);

    /// <summary>The query restricted to the 7-day window, for <see cref="ReportData.Select"/>.</summary>
    public static ReportQuery Window(ReportQuery q, DateOnly first)
    {
        var last = first.AddDays(Days - 1);
        return q with { StartDate = first, EndDate = q.EndDate is { } end && end < last ? end : last };
    }

    /// <summary>The rows, ordered by user, then project name, the row without a project last.</summary>
    public static List<Row> Rows(IEnumerable<ReportEntry> entries, DateOnly first) =>
        entries
            .GroupBy(e => (e.Entry.UserId, e.Entry.ProjectId))
            .Select(g =>
            {
                var f = g.First();
                var seconds = new long[Days];
                var billable = new long[Days];
                var amounts = new long[Days];
                foreach (var e in g)
                {
                    var i = e.Day.DayNumber - first.DayNumber;
                    seconds[i] += e.Seconds;
                    if (e.Entry.Billable)
                    {
                        billable[i] += e.Seconds;
                    }

                    amounts[i] += e.BillableAmountInCents ?? 0;
                }

                return new Row(f.Entry.UserId, f.UserName, f.Project, f.Entry.ProjectId, f.Client, seconds, billable, amounts, g.Select(e => e.HourlyRateInCents).FirstOrDefault(r => r is not null), f.Currency);
            })
            .OrderBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.ProjectId is null)
            .ThenBy(r => r.Project?.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Writes the JSON array of rows.</summary>
    public static void Write(Utf8JsonWriter w, IEnumerable<Row> rows)
    {
        w.WriteStartArray();
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("user_id", r.UserId);
            w.WriteString("user_name", r.UserName);
            DetailedReport.Nullable(w, "project_id", r.ProjectId);
            String(w, "project_name", r.Project?.Name);
            String(w, "client_name", r.Client?.Name);
            String(w, "project_color", r.Project?.Color);
            String(w, "project_hex_color", r.Project?.Color);
            w.WriteNull("planned_task_id");
            Array(w, "seconds", r.Seconds);
            Array(w, "billable_seconds", r.BillableSeconds);
            Array(w, "billable_amounts_in_cents", r.BillableAmounts);
            DetailedReport.Nullable(w, "hourly_rate_in_cents", r.HourlyRateInCents);
            w.WriteString("currency", r.Currency);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Array(Utf8JsonWriter w, string name, long[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
