using System.Text.Json;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// <c>projects/summary</c> and <c>projects/{project_id}/summary</c> (body <c>{start_date, end_date}</c>, the Python
/// library's <c>project_summaries</c>/<c>project_summary</c>, docs/python-endpoints.md "Reports"). The shapes are the
/// sandbox's choice (README, uncertain): a list of <c>{user_id, project_id, tracked_seconds}</c> per user × project, and
/// for one project <c>{seconds, billable_seconds, resolution}</c>.
/// </summary>
internal static class ProjectSummaries
{
    /// <summary>Writes the list: one object per user × project with entries, by project id.</summary>
    public static void WriteAll(Utf8JsonWriter w, IEnumerable<ReportEntry> entries)
    {
        w.WriteStartArray();
        foreach (var g in entries.Where(e => e.Entry.ProjectId is not null).GroupBy(e => (e.Entry.UserId, ProjectId: e.Entry.ProjectId!.Value)).OrderBy(g => g.Key.ProjectId).ThenBy(g => g.Key.UserId))
        {
            w.WriteStartObject();
            w.WriteNumber("user_id", g.Key.UserId);
            w.WriteNumber("project_id", g.Key.ProjectId);
            w.WriteNumber("tracked_seconds", g.Sum(e => e.Seconds));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes one project's summary.</summary>
    public static void WriteOne(Utf8JsonWriter w, IReadOnlyCollection<ReportEntry> entries)
    {
        w.WriteStartObject();
        w.WriteNumber("seconds", entries.Sum(e => e.Seconds));
        w.WriteNumber("billable_seconds", entries.Where(e => e.Entry.Billable).Sum(e => e.Seconds));
        w.WriteString("resolution", "day");
        w.WriteEndObject();
    }
}
