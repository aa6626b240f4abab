using System.Text.Json;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The summary report (docs/toggl-api.md §9, <c>summary/time_entries</c>): groups by <c>grouping</c> (projects, users,
/// clients), each split into sub-groups by <c>sub_grouping</c> (time entries by description, users, clients, projects,
/// tasks); <c>{"groups":[{"id", "sub_groups":[{"id", "title", "seconds", "ids"?, "rates"?}]}]}</c>.
/// </summary>
internal static class SummaryReport
{
    /// <summary>One group: its id (null: entries without the thing), its name for exports, its sub-groups.</summary>
    public sealed record Group(long? Id, string? Title, IReadOnlyList<SubGroup> SubGroups)
    {
        /// <summary>The group's seconds.</summary>
        public long Seconds => SubGroups.Sum(s => s.Seconds);
    }

    /// <summary>One sub-group and its entries.</summary>
    public sealed record SubGroup(long? Id, string? Title, IReadOnlyList<ReportEntry> Entries)
    {
        /// <summary>The sub-group's seconds.</summary>
        public long Seconds => Entries.Sum(e => e.Seconds);
    }

    /// <summary>The groups, ordered by title (case-insensitive) with the group without a title last.</summary>
    public static List<Group> Groups(IEnumerable<ReportEntry> entries, ReportQuery q) =>
        Split(entries, q.Grouping)
            .Select(g => new Group(g.Id, g.Title, Split(g.Entries, q.SubGrouping).Select(s => new SubGroup(s.Id, s.Title, s.Entries)).ToList()))
            .ToList();

    /// <summary>Writes the report's JSON object.</summary>
    public static void Write(Utf8JsonWriter w, IEnumerable<Group> groups, ReportQuery q)
    {
        w.WriteStartObject();
        w.WriteStartArray("groups");
        foreach (var g in groups)
        {
            w.WriteStartObject();
            DetailedReport.Nullable(w, "id", g.Id);
            w.WriteStartArray("sub_groups");
            foreach (var s in g.SubGroups)
            {
                w.WriteStartObject();
                DetailedReport.Nullable(w, "id", s.Id);
                if (s.Title is null)
                {
                    w.WriteNull("title");
                }
                else
                {
                    w.WriteString("title", s.Title);
                }

                w.WriteNumber("seconds", s.Seconds);
                if (q.IncludeTimeEntryIds)
                {
                    w.WriteStartArray("ids");
                    foreach (var e in s.Entries.OrderBy(e => e.Entry.Start).ThenBy(e => e.Entry.Id))
                    {
                        w.WriteNumberValue(e.Entry.Id);
                    }

                    w.WriteEndArray();
                }

                if (q.DistinguishRates)
                {
                    w.WriteStartArray("rates");
                    foreach (var rate in s.Entries.Where(e => e.HourlyRateInCents is not null).GroupBy(e => e.HourlyRateInCents!.Value).OrderBy(r => r.Key))
                    {
                        w.WriteStartObject();
                        w.WriteNumber("billable_seconds", rate.Sum(e => e.Seconds));
                        w.WriteNumber("hourly_rate_in_cents", rate.Key);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>What one grouping reads off an entry: the id and the title.</summary>
    public static (long? Id, string? Title) Key(ReportEntry e, string by) => by switch
    {
        "users" => (e.Entry.UserId, e.UserName),
        "clients" => (e.Client?.Id, e.Client?.Name),
        "tasks" => (e.Task?.Id ?? e.Entry.TaskId, e.Task?.Name),
        "time_entries" => (null, e.Entry.Description ?? ""),
        _ => (e.Entry.ProjectId, e.Project?.Name),
    };

    private static IEnumerable<(long? Id, string? Title, List<ReportEntry> Entries)> Split(IEnumerable<ReportEntry> entries, string by) =>
        entries
            .GroupBy(e => Key(e, by))
            .Select(g => (g.Key.Id, g.Key.Title, g.ToList()))
            .OrderBy(g => g.Title is null)
            .ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Id);
}
