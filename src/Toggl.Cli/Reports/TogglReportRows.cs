using System.Globalization;
using Toggl.Cli.Time;

namespace Toggl.Cli.Reports;

/// <summary>The names of the ids a detailed report's rows carry, from the cache's projects, clients and tags.</summary>
/// <param name="Projects">Project names by id.</param>
/// <param name="ProjectClients">The client of each project that has one.</param>
/// <param name="Clients">Client names by id.</param>
/// <param name="Tags">Tag names by id.</param>
internal sealed record ReportNames(
    IReadOnlyDictionary<long, string> Projects,
    IReadOnlyDictionary<long, long> ProjectClients,
    IReadOnlyDictionary<long, string> Clients,
    IReadOnlyDictionary<long, string> Tags)
{
    /// <summary>The names from the workspace's objects.</summary>
    public static ReportNames From(IEnumerable<TogglProject> projects, IEnumerable<WorkspaceClient> clients, IEnumerable<TogglTag> tags)
    {
        var projectList = projects.DistinctBy(p => p.Id).ToList();
        return new(
            projectList.ToDictionary(p => p.Id, p => p.Name),
            projectList.Where(p => p.ClientId is not null).ToDictionary(p => p.Id, p => p.ClientId!.Value),
            clients.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Name),
            tags.DistinctBy(t => t.Id).ToDictionary(t => t.Id, t => t.Name));
    }
}

/// <summary>
/// Toggl's detailed report rows (<c>toggl report --source toggl</c>) in the groups of the façade's local report:
/// the same labels (<see cref="LocalReport.NoProject"/>, …, <c>yyyy-Www</c> weeks), the same order, so the two sources
/// print alike and agree to the second on the same entries. Only presentation: Toggl's seconds are summed as sent.
/// </summary>
internal static class TogglReportRows
{
    /// <summary>Groups every time entry of the rows by <paramref name="by"/>; days, weeks and months of the start in <paramref name="zone"/>.</summary>
    public static ReportView Group(IEnumerable<DetailedReportRow> rows, DateRange range, LocalGrouping by, TimeZoneInfo zone, ReportNames names)
    {
        var groups = new Dictionary<(string Key, long? Id), (long Seconds, int Entries)>();
        long total = 0;
        var entries = 0;
        foreach (var row in rows)
        {
            foreach (var entry in row.TimeEntries)
            {
                total += entry.Seconds;
                entries++;
                foreach (var key in Keys(row, entry, by, zone, names))
                {
                    var (seconds, count) = groups.GetValueOrDefault(key);
                    groups[key] = (seconds + entry.Seconds, count + 1);
                }
            }
        }

        var list = groups.Select(g => new LocalReportRow(g.Key.Key, g.Key.Id, g.Value.Seconds, g.Value.Entries));
        var ordered = by is LocalGrouping.Day or LocalGrouping.Week or LocalGrouping.Month
            ? list.OrderBy(r => r.Key, StringComparer.Ordinal)
            : list.OrderByDescending(r => r.Seconds).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Id);
        return new ReportView(range, by, ReportSource.Toggl, ordered.ToList(), total, entries, []);
    }

    private static IEnumerable<(string Key, long? Id)> Keys(
        DetailedReportRow row, DetailedReportTimeEntry entry, LocalGrouping by, TimeZoneInfo zone, ReportNames names)
    {
        var local = TimeZoneInfo.ConvertTime(entry.Start, zone).DateTime;
        switch (by)
        {
            case LocalGrouping.Project:
                yield return row.ProjectId is { } project ? (Named(names.Projects, "project", project), project) : (LocalReport.NoProject, null);
                break;
            case LocalGrouping.Client:
                yield return row.ProjectId is { } p && names.ProjectClients.TryGetValue(p, out var client)
                    ? (Named(names.Clients, "client", client), client)
                    : (LocalReport.NoClient, null);
                break;
            case LocalGrouping.Tag:
                var tags = row.TagIds.Distinct().ToList();
                if (tags.Count == 0)
                {
                    yield return (LocalReport.NoTag, null);
                }

                foreach (var tag in tags)
                {
                    yield return (Named(names.Tags, "tag", tag), tag);
                }

                break;
            case LocalGrouping.Description:
                yield return (string.IsNullOrWhiteSpace(row.Description) ? LocalReport.NoDescription : row.Description, null);
                break;
            case LocalGrouping.Day:
                yield return (local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
                break;
            case LocalGrouping.Week:
                yield return ($"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}", null);
                break;
            case LocalGrouping.Month:
                yield return (local.ToString("yyyy-MM", CultureInfo.InvariantCulture), null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(by), by, "unknown report grouping");
        }
    }

    private static string Named(IReadOnlyDictionary<long, string> names, string what, long id) =>
        names.TryGetValue(id, out var name) ? name : $"{what} {id.ToString(CultureInfo.InvariantCulture)}";
}
