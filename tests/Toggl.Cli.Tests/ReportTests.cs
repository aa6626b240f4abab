using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.Output;
using Toggl.Cli.Reports;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests;

/// <summary>Report aggregation by project, tag, day and description (a pure function).</summary>
public class ReportTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateRange Week = new(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));

    private static EntryView Entry(int id, string? project, int minutes, string[] tags, string? description = null, int dayOffset = 0, int hour = 10) => new(
        id,
        1,
        description,
        project is null ? null : project.GetHashCode(),
        project,
        tags,
        false,
        new DateTimeOffset(2026, 11, 23, hour, 0, 0, TimeSpan.FromHours(1)).AddDays(dayOffset),
        null,
        TimeSpan.FromMinutes(minutes),
        false);

    private static readonly Arbitrary<EntryView[]> Entries =
        (from project in Gen.Elements<string?>("Website", "Backend", null)
         from minutes in Gen.Choose(0, 600)
         from tags in Gen.SubListOf("a", "b", "c")
         from description in Gen.Elements<string?>("Review", "Call", null)
         from day in Gen.Choose(0, 6)
         select (project, minutes, tags: tags.ToArray(), description, day))
        .ListOf()
        .Select(list => list.Select((e, i) => Entry(i, e.project, e.minutes, e.tags, e.description, e.day)).ToArray())
        .ToArbitrary();

    [Fact]
    public void By_project_sums_each_projects_time_largest_first_with_no_project_grouped()
    {
        var report = Report.Aggregate(
            [Entry(1, "Website", 60, []), Entry(2, "Backend", 30, []), Entry(3, "Website", 45, []), Entry(4, null, 10, [])],
            Week,
            ReportGrouping.Project,
            Berlin);
        Assert.Equal([("Website", 105.0, 2), ("Backend", 30.0, 1), (Report.NoProject, 10.0, 1)], report.Rows.Select(r => (r.Key, r.Duration.TotalMinutes, r.Entries)));
        Assert.Equal(TimeSpan.FromMinutes(145), report.Total);
        Assert.Equal(105.0 / 145.0, report.Share(report.Rows[0]), 6);
    }

    [Fact]
    public void By_tag_counts_an_entry_under_each_tag_but_once_in_the_total()
    {
        var report = Report.Aggregate([Entry(1, null, 60, ["a", "b"]), Entry(2, null, 30, [])], Week, ReportGrouping.Tag, Berlin);
        Assert.Equal([("a", 60.0), ("b", 60.0), (Report.NoTag, 30.0)], report.Rows.Select(r => (r.Key, r.Duration.TotalMinutes)));
        Assert.Equal(TimeSpan.FromMinutes(90), report.Total);
    }

    [Fact]
    public void By_day_uses_the_local_day_of_the_start_in_calendar_order()
    {
        // 23:30 UTC on the 24th is already the 25th in Berlin.
        var late = Entry(1, null, 30, []) with { Start = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero) };
        var report = Report.Aggregate([late, Entry(2, null, 60, [], dayOffset: 0)], Week, ReportGrouping.Day, Berlin);
        Assert.Equal(["2026-11-23", "2026-11-25"], report.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Nothing_tracked_is_an_empty_report_with_zero_shares()
    {
        var report = Report.Aggregate([], Week, ReportGrouping.Description, Berlin);
        Assert.Empty(report.Rows);
        Assert.Equal(TimeSpan.Zero, report.Total);
    }

    [Fact]
    public void Property_grouping_by_project_day_or_description_partitions_the_total()
    {
        Prop.ForAll(Entries, entries =>
                new[] { ReportGrouping.Project, ReportGrouping.Day, ReportGrouping.Description }.All(by =>
                {
                    var report = Report.Aggregate(entries, Week, by, Berlin);
                    return report.Rows.Aggregate(TimeSpan.Zero, (s, r) => s + r.Duration) == report.Total
                        && report.Rows.Sum(r => r.Entries) == entries.Length
                        && report.Rows.Select(r => r.Key).Distinct().Count() == report.Rows.Count;
                }))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_by_tag_each_tag_holds_exactly_the_time_of_the_entries_carrying_it()
    {
        Prop.ForAll(Entries, entries =>
            {
                var report = Report.Aggregate(entries, Week, ReportGrouping.Tag, Berlin);
                return report.Rows.All(row =>
                {
                    var carrying = row.Key == Report.NoTag ? entries.Where(e => e.Tags.Count == 0) : entries.Where(e => e.Tags.Contains(row.Key));
                    return carrying.Aggregate(TimeSpan.Zero, (s, e) => s + e.Duration) == row.Duration && carrying.Count() == row.Entries;
                });
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_rows_other_than_days_are_ordered_largest_first()
    {
        Prop.ForAll(Entries, entries =>
            {
                var rows = Report.Aggregate(entries, Week, ReportGrouping.Project, Berlin).Rows;
                return rows.Zip(rows.Skip(1)).All(pair => pair.First.Duration >= pair.Second.Duration);
            })
            .QuickCheckThrowOnFailure();
    }
}
