using System.Globalization;
using System.Text.Json;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The detailed report's totals (docs/toggl-api.md §9, <c>search/time_entries/totals</c>):
/// <c>{seconds, billable_amount_in_cents, labour_cost_in_cents, tracked_days, resolution, graph[], rates[]}</c> over
/// the same filters. The graph (asked with <c>with_graph</c>) has one bucket per day, week or month of the range.
/// </summary>
internal static class TotalsReport
{
    /// <summary>Writes the totals of <paramref name="entries"/>; weeks start on <paramref name="beginningOfWeek"/> (0 Sunday … 6).</summary>
    public static void Write(Utf8JsonWriter w, IReadOnlyList<ReportEntry> entries, ReportQuery q, int beginningOfWeek)
    {
        w.WriteStartObject();
        w.WriteNumber("seconds", entries.Sum(e => e.Seconds));
        DetailedReport.Nullable(w, "billable_amount_in_cents", Amount(entries));

        // The sandbox keeps no labour costs (a paid-plan feature).
        w.WriteNull("labour_cost_in_cents");
        w.WriteNumber("tracked_days", entries.Select(e => e.Day).Distinct().Count());
        w.WriteString("resolution", q.Resolution);
        w.WriteStartArray("graph");
        if (q.WithGraph)
        {
            foreach (var bucket in Buckets(entries, q, beginningOfWeek))
            {
                var inBucket = entries.Where(e => Bucket(e.Day, q.Resolution, beginningOfWeek) == bucket).ToList();
                w.WriteStartObject();
                w.WriteNumber("seconds", inBucket.Sum(e => e.Seconds));
                w.WriteStartObject("by_rate");
                foreach (var byRate in inBucket.Where(e => e.HourlyRateInCents is not null).GroupBy(e => e.HourlyRateInCents!.Value).OrderBy(g => g.Key))
                {
                    w.WriteNumber(byRate.Key.ToString(CultureInfo.InvariantCulture), byRate.Sum(e => e.BillableAmountInCents ?? 0));
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("rates");
        foreach (var rate in entries.Where(e => e.HourlyRateInCents is not null).GroupBy(e => (e.HourlyRateInCents!.Value, e.Currency)).OrderBy(g => g.Key.Value))
        {
            w.WriteStartObject();
            w.WriteNumber("billable_seconds", rate.Sum(e => e.Seconds));
            w.WriteNumber("hourly_rate_in_cents", rate.Key.Value);
            w.WriteString("currency", rate.Key.Currency);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The sum of the amounts, or null when no entry has a rate.</summary>
    public static long? Amount(IEnumerable<ReportEntry> entries)
    {
        var withRate = entries.Where(e => e.BillableAmountInCents is not null).ToList();
        return withRate.Count == 0 ? null : withRate.Sum(e => e.BillableAmountInCents!.Value);
    }

    /// <summary>The first day of the bucket holding <paramref name="day"/>.</summary>
    public static DateOnly Bucket(DateOnly day, string resolution, int beginningOfWeek) => resolution switch
    {
        "month" => new DateOnly(day.Year, day.Month, 1),
        "week" => day.AddDays(-(((int)day.DayOfWeek - beginningOfWeek + 7) % 7)),
        _ => day,
    };

    private static IEnumerable<DateOnly> Buckets(IReadOnlyList<ReportEntry> entries, ReportQuery q, int beginningOfWeek)
    {
        var first = q.StartDate ?? (entries.Count > 0 ? entries.Min(e => e.Day) : (DateOnly?)null);
        var last = q.EndDate ?? (entries.Count > 0 ? entries.Max(e => e.Day) : (DateOnly?)null);
        if (first is not { } from || last is not { } to || to < from)
        {
            yield break;
        }

        for (var b = Bucket(from, q.Resolution, beginningOfWeek); b <= to;)
        {
            yield return b;
            b = q.Resolution switch
            {
                "month" => b.AddMonths(1),
                "week" => b.AddDays(7),
                _ => b.AddDays(1),
            };
        }
    }
}
