using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.Reports;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Reports;

/// <summary>Toggl's detailed rows in the local report's groups (<c>report --source toggl</c>): a pure function.</summary>
public class TogglReportRowsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateRange Range = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly ReportNames Names = new(
        new Dictionary<long, string> { [1] = "Alpha", [2] = "Beta" },
        new Dictionary<long, long> { [1] = 10 },
        new Dictionary<long, string> { [10] = "Acme" },
        new Dictionary<long, string> { [100] = "red", [101] = "blue" });

    private static readonly Arbitrary<DetailedReportRow[]> Rows =
        (from project in Gen.Elements<long?>(1, 2, 3, null)
         from tags in Gen.SubListOf(100L, 101L)
         from description in Gen.Elements<string?>("design", "review", "", null)
         from minutes in Gen.Choose(0, 60 * 24 * 300)
         from seconds in Gen.Choose(0, 8 * 3600)
         select new DetailedReportRow
         {
             UserId = 1,
             ProjectId = project,
             TagIds = tags.ToArray(),
             Description = description,
             TimeEntries = [new DetailedReportTimeEntry(minutes, seconds, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes), null, null)],
         })
        .ArrayOf()
        .ToArbitrary();

    [Fact]
    public void Property_every_grouping_but_tags_partitions_the_total_and_the_entries()
    {
        Prop.ForAll(Rows, rows =>
                new[] { LocalGrouping.Project, LocalGrouping.Client, LocalGrouping.Description, LocalGrouping.Day, LocalGrouping.Week, LocalGrouping.Month }.All(by =>
                {
                    var view = TogglReportRows.Group(rows, Range, by, Berlin, Names);
                    return view.Rows.Sum(r => r.Seconds) == view.TotalSeconds
                        && view.Rows.Sum(r => r.Entries) == rows.Length
                        && view.TotalSeconds == rows.Sum(r => r.TimeEntries.Sum(e => e.Seconds))
                        && view.Rows.Select(r => (r.Key, r.Id)).Distinct().Count() == view.Rows.Count;
                }))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_each_tag_holds_exactly_the_time_of_the_rows_carrying_it()
    {
        Prop.ForAll(Rows, rows =>
            {
                var view = TogglReportRows.Group(rows, Range, LocalGrouping.Tag, Berlin, Names);
                return view.Rows.All(row =>
                {
                    var carrying = row.Id is { } id ? rows.Where(r => r.TagIds.Contains(id)) : rows.Where(r => r.TagIds.Count == 0);
                    return carrying.Sum(r => r.TimeEntries.Sum(e => e.Seconds)) == row.Seconds;
                });
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_calendar_groups_are_in_calendar_order_the_others_largest_first()
    {
        Prop.ForAll(Rows, rows =>
            {
                var months = TogglReportRows.Group(rows, Range, LocalGrouping.Month, Berlin, Names).Rows.Select(r => r.Key).ToList();
                var projects = TogglReportRows.Group(rows, Range, LocalGrouping.Project, Berlin, Names).Rows;
                return months.SequenceEqual(months.Order(StringComparer.Ordinal))
                    && projects.Zip(projects.Skip(1)).All(pair => pair.First.Seconds >= pair.Second.Seconds);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Names_come_from_the_cache_and_unknown_ids_keep_their_id()
    {
        DetailedReportRow Row(long? project, string? description) => new()
        {
            UserId = 1,
            ProjectId = project,
            Description = description,
            TimeEntries = [new DetailedReportTimeEntry(1, 60, new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero), null, null)],
        };

        var rows = new[] { Row(1, "a"), Row(3, " "), Row(null, null) };
        // Equal times: ordered by label ('(' before letters), as the local report orders them.
        Assert.Equal([LocalReport.NoProject, "Alpha", "project 3"], TogglReportRows.Group(rows, Range, LocalGrouping.Project, Berlin, Names).Rows.Select(r => r.Key));
        Assert.Equal([LocalReport.NoClient, "Acme"], TogglReportRows.Group(rows, Range, LocalGrouping.Client, Berlin, Names).Rows.Select(r => r.Key));
        Assert.Equal([LocalReport.NoDescription, "a"], TogglReportRows.Group(rows, Range, LocalGrouping.Description, Berlin, Names).Rows.Select(r => r.Key));
        // 23:30 UTC on 1 March is 2 March in Berlin.
        Assert.Equal(["2026-03-02"], TogglReportRows.Group(rows, Range, LocalGrouping.Day, Berlin, Names).Rows.Select(r => r.Key));
        Assert.Equal(["2026-W10"], TogglReportRows.Group(rows, Range, LocalGrouping.Week, Berlin, Names).Rows.Select(r => r.Key));
    }
}
