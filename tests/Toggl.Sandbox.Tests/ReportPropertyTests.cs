using FsCheck;
using FsCheck.Fluent;
using Toggl.Sandbox.Reports;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// The pure parts of the reports over generated entries: rounding, the detailed pages, and the summary, weekly and
/// totals arithmetic all add up to the same seconds.
/// </summary>
public sealed class ReportPropertyTests
{
    private static readonly DateOnly Monday = new(2024, 12, 2);

    private static readonly SandboxClient Acme = new(10, 1, "Acme", false, null, 7, DateTimeOffset.UnixEpoch);

    private static readonly SandboxProject[] Projects =
    [
        Project(1, "Alpha", Acme.Id, 100m),
        Project(2, "Beta", null, null),
    ];

    // Ids are unique, as the store's are: the cursor finds its entry by id.
    private static readonly Arbitrary<ReportEntry[]> Entries = Gen.Choose(0, 60)
        .SelectMany(n => Entry.ArrayOf(n))
        .Select(entries => entries.Select((e, i) => e with { Entry = e.Entry with { Id = i + 1 } }).ToArray())
        .ToArbitrary();

    private static Gen<ReportEntry> Entry =>
        from project in Gen.Elements<SandboxProject?>(null, Projects[0], Projects[1])
        from description in Gen.Elements("design", "Design", "meeting", "")
        from seconds in Gen.Choose(0, 20_000)
        from day in Gen.Choose(0, 6)
        from minute in Gen.Choose(0, 24 * 60 - 1)
        from billable in Gen.Elements(true, false)
        select Make(project, description, seconds, Monday.AddDays(day), minute, billable);

    [Fact]
    public void Property_rounding_lands_on_a_step_between_down_and_up()
    {
        var steps = Gen.Elements(ReportQuery.RoundingMinutesValues).ToArbitrary();
        var durations = Gen.Choose(0, 1_000_000).ToArbitrary();
        Prop.ForAll(durations, steps, (seconds, minutes) =>
        {
            var down = ReportData.Round(seconds, -1, minutes);
            var up = ReportData.Round(seconds, 1, minutes);
            var nearest = ReportData.Round(seconds, 0, minutes);
            if (minutes == 0)
            {
                return down == seconds && up == seconds && nearest == seconds;
            }

            var step = minutes * 60L;
            return down % step == 0 && up % step == 0 && down <= seconds && seconds <= up && up - down <= step
                && (nearest == down || nearest == up) && Math.Abs(nearest - seconds) * 2 <= step;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_every_grouping_of_the_summary_adds_up_to_the_entries()
    {
        Prop.ForAll(Entries, Gen.Elements(ReportQuery.GroupingValues).ToArbitrary(), Gen.Elements(ReportQuery.SubGroupingValues).ToArbitrary(), (entries, grouping, sub) =>
        {
            var groups = SummaryReport.Groups(entries, new ReportQuery { Grouping = grouping, SubGrouping = sub });
            return groups.Sum(g => g.Seconds) == entries.Sum(e => e.Seconds)
                && groups.SelectMany(g => g.SubGroups).Sum(s => s.Entries.Count) == entries.Length
                && groups.Select(g => g.Id).Distinct().Count() == groups.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_weekly_rows_spread_each_entry_on_its_day()
    {
        Prop.ForAll(Entries, entries =>
        {
            var rows = WeeklyReport.Rows(entries, Monday);
            return Enumerable.Range(0, 7).All(d =>
                    rows.Sum(r => r.Seconds[d]) == entries.Where(e => e.Day == Monday.AddDays(d)).Sum(e => e.Seconds)
                    && rows.Sum(r => r.BillableSeconds[d]) == entries.Where(e => e.Day == Monday.AddDays(d) && e.Entry.Billable).Sum(e => e.Seconds))
                && rows.Sum(r => r.BillableAmounts.Sum()) == entries.Sum(e => e.BillableAmountInCents ?? 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_following_the_pages_yields_every_row_once_in_order()
    {
        Prop.ForAll(Entries, Gen.Choose(1, 25).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (entries, pageSize, grouped) =>
        {
            var q = new ReportQuery { PageSize = pageSize, Grouped = grouped };
            var rows = DetailedReport.Rows(entries, q);
            var seen = new List<DetailedReport.Row>();
            var cursor = q;
            while (true)
            {
                var (page, first, next) = DetailedReport.Page(rows, cursor);
                if (first != seen.Count + 1)
                {
                    return false;
                }

                seen.AddRange(page);
                if (next is null)
                {
                    break;
                }

                cursor = q with { FirstId = next.Id, FirstRowNumber = next.RowNumber };
            }

            return seen.SequenceEqual(rows) && rows.Sum(r => r.Entries.Count) == entries.Length;
        }).QuickCheckThrowOnFailure();
    }

    private static ReportEntry Make(SandboxProject? project, string description, int seconds, DateOnly day, int minute, bool billable)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minute);
        var entry = new SandboxTimeEntry(0, 1, project?.Id, null, billable, start, start.AddSeconds(seconds), seconds, description, [], start, null, 7, []);
        long? rate = billable ? (long?)((project?.Rate ?? 50m) * 100) : null;
        return new ReportEntry(
            entry, "Sandbox User", "sandbox@example.com", project, project?.ClientId is null ? null : Acme, null, [], seconds, start, start.AddSeconds(seconds), start,
            rate, rate is { } r ? seconds * r / 3600 : null, "USD");
    }

    private static SandboxProject Project(long id, string name, long? clientId, decimal? rate) =>
        new(id, 1, clientId, name, false, true, "#06aaf5", null, null, null, null, rate, null, null, new DateOnly(2024, 1, 1), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
