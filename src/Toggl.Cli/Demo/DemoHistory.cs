using Toggl.Cli.Time;
using Toggl.Sandbox;

namespace Toggl.Cli.Demo;

/// <summary>
/// Older history for the demo: the sandbox's demo month holds about 80 entries, and the demo bulk-tags
/// 250, so earlier workdays are filled in (five entries a day) until the range that ends yesterday holds
/// exactly that many. All of it stays inside Toggl's three-month list window (docs/toggl-api.md §6.1).
/// </summary>
internal static class DemoHistory
{
    private static readonly (int Start, int End)[] Blocks =
    [
        (9 * 60, 10 * 60),
        (10 * 60, 12 * 60),
        (13 * 60, 14 * 60 + 30),
        (14 * 60 + 30, 16 * 60 + 30),
        (16 * 60 + 30, 18 * 60),
    ];

    private static readonly (string Project, string Description, string[] Tags)[] Work =
    [
        ("Website Redesign", "Wireframes", ["design"]),
        ("Mobile App", "Push notifications", ["development"]),
        ("TPS Reports", "Quarterly summary", ["review"]),
        ("Internal Tools", "Release scripts", ["development"]),
        ("Support", "Customer tickets", ["urgent"]),
        ("Website Redesign", "Stand-up", ["meeting"]),
    ];

    /// <summary>Adds entries on workdays before the seeded month until <paramref name="target"/> entries end yesterday; returns their range.</summary>
    public static DateRange Extend(TogglSandbox sandbox, TimeZoneInfo zone, DateOnly today, int target)
    {
        var projects = sandbox.Projects.ToDictionary(p => p.Name, p => p.Id);
        var count = sandbox.TimeEntries.Count(e => TimeInput.LocalDate(e.Start, zone) < today);
        var earliest = sandbox.TimeEntries.Select(e => TimeInput.LocalDate(e.Start, zone)).DefaultIfEmpty(today).Min();
        var day = earliest;
        var index = 0;
        while (count < target)
        {
            day = day.AddDays(-1);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            foreach (var (start, end) in Blocks)
            {
                if (count == target)
                {
                    break;
                }

                var (project, description, tags) = Work[index++ % Work.Length];
                sandbox.AddTimeEntry(
                    At(day, start, zone),
                    At(day, end, zone),
                    description,
                    projects.TryGetValue(project, out var id) ? id : null,
                    tags,
                    billable: project is not "Internal Tools" and not "Support");
                count++;
            }
        }

        return new DateRange(day < earliest ? day : earliest, today.AddDays(-1));
    }

    /// <summary>The IANA id of a zone the sandbox understands, falling back to UTC.</summary>
    public static string ZoneId(TimeZoneInfo zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone.Id, out _) ? zone.Id : "UTC";

    private static DateTimeOffset At(DateOnly day, int minuteOfDay, TimeZoneInfo zone) =>
        TimeInput.FromLocal(day.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60)), zone, "demo history");
}
