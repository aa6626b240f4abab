using System.Globalization;
using Toggl.Cli.Output;
using Toggl.Cli.Time;

namespace Toggl.Cli.Reports;

/// <summary>One line of a report: a group, its time and how many entries it holds.</summary>
/// <param name="Key">The group: a project name, a tag, a day ("2026-11-27") or a description.</param>
/// <param name="Duration">Time tracked in the group.</param>
/// <param name="Entries">Entries in the group.</param>
internal sealed record ReportRow(string Key, TimeSpan Duration, int Entries);

/// <summary>A report: time per group over a range of days, computed from entries, never from a request.</summary>
/// <param name="Range">The days covered.</param>
/// <param name="By">The grouping.</param>
/// <param name="Rows">The groups, largest first (days in calendar order).</param>
/// <param name="Total">All time tracked in the range; with tags an entry counts once here, once per tag in the rows.</param>
/// <param name="Entries">How many entries the range holds.</param>
internal sealed record Report(DateRange Range, ReportGrouping By, IReadOnlyList<ReportRow> Rows, TimeSpan Total, int Entries)
{
    /// <summary>Label of the group of entries without a project.</summary>
    public const string NoProject = "(no project)";

    /// <summary>Label of the group of entries without tags.</summary>
    public const string NoTag = "(no tag)";

    /// <summary>Label of the group of entries without a description.</summary>
    public const string NoDescription = "(no description)";

    /// <summary>The share of the total a row holds, between 0 and 1 (0 when nothing was tracked).</summary>
    public double Share(ReportRow row) => Total > TimeSpan.Zero ? row.Duration / Total : 0;

    /// <summary>Groups the entries. A pure function: the same entries always give the same report.</summary>
    /// <param name="entries">The entries of the range (running ones count up to now, as their view says).</param>
    /// <param name="range">The days covered, shown with the report.</param>
    /// <param name="by">The grouping.</param>
    /// <param name="zone">The time zone days are counted in.</param>
    public static Report Aggregate(IEnumerable<EntryView> entries, DateRange range, ReportGrouping by, TimeZoneInfo zone)
    {
        var list = entries.ToList();
        var groups = new Dictionary<string, (TimeSpan Duration, int Entries)>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            foreach (var key in Keys(entry, by, zone))
            {
                var (duration, count) = groups.GetValueOrDefault(key);
                groups[key] = (duration + entry.Duration, count + 1);
            }
        }

        var rows = groups.Select(g => new ReportRow(g.Key, g.Value.Duration, g.Value.Entries));
        var ordered = by == ReportGrouping.Day
            ? rows.OrderBy(r => r.Key, StringComparer.Ordinal)
            : rows.OrderByDescending(r => r.Duration).ThenBy(r => r.Key, StringComparer.Ordinal);
        var total = list.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Duration);
        return new Report(range, by, ordered.ToList(), total, list.Count);
    }

    private static IEnumerable<string> Keys(EntryView entry, ReportGrouping by, TimeZoneInfo zone)
    {
        switch (by)
        {
            case ReportGrouping.Project:
                yield return entry.ProjectLabel ?? NoProject;
                break;
            case ReportGrouping.Description:
                yield return string.IsNullOrWhiteSpace(entry.Description) ? NoDescription : entry.Description;
                break;
            case ReportGrouping.Day:
                yield return TimeInput.LocalDate(entry.Start, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case ReportGrouping.Tag:
                var tags = entry.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
                if (tags.Count == 0)
                {
                    yield return NoTag;
                }

                foreach (var tag in tags)
                {
                    yield return tag;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(by), by, "unknown report grouping");
        }
    }
}
