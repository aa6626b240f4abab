namespace Toggl.Sandbox.Seeding;

/// <summary>
/// <c>--seed demo</c>: a realistic month relative to the sandbox clock — three clients, five
/// projects, tags, and workday entries from 9:00 to 18:00 (user time zone) over the last four weeks,
/// inside the 3-month start_date floor (docs/toggl-api.md §6.1). Deterministic for a given clock.
/// </summary>
internal static class DemoSeed
{
    private static readonly (int StartMinute, int EndMinute)[] Blocks =
    [
        (9 * 60, 10 * 60 + 30),
        (10 * 60 + 30, 12 * 60 + 30),
        (13 * 60 + 30, 15 * 60 + 30),
        (15 * 60 + 30, 18 * 60),
    ];

    public static void Apply(TogglSandbox sandbox, TimeZoneInfo zone)
    {
        if (sandbox.TimeEntries.Count > 0 || sandbox.Projects.Count > 0)
        {
            // A data file that already holds data is not seeded twice.
            return;
        }

        var acme = sandbox.AddClient("Acme Corp", "Retainer, invoiced monthly");
        var globex = sandbox.AddClient("Globex");
        var initech = sandbox.AddClient("Initech");
        var website = sandbox.AddProject("Website Redesign", acme.Id, "#d92b2b", billable: true);
        var mobile = sandbox.AddProject("Mobile App", globex.Id, "#2da608", billable: true);
        var reports = sandbox.AddProject("TPS Reports", initech.Id, "#e36a00", billable: true);
        var internalTools = sandbox.AddProject("Internal Tools", null, "#9e5bd9");
        var support = sandbox.AddProject("Support", null, "#06aaf5");
        foreach (var tag in new[] { "meeting", "development", "design", "review", "urgent" })
        {
            sandbox.AddTag(tag);
        }

        (long Project, string Description, string[] Tags)[] work =
        [
            (website.Id, "Landing page layout", ["design"]),
            (website.Id, "Checkout flow", ["development"]),
            (mobile.Id, "Offline sync", ["development"]),
            (mobile.Id, "Sprint planning", ["meeting"]),
            (reports.Id, "Cover sheets", ["review"]),
            (internalTools.Id, "Build pipeline", ["development"]),
            (support.Id, "Customer tickets", ["urgent"]),
            (website.Id, "Design review", ["review", "meeting"]),
        ];

        var random = new Random(20241216);
        var now = sandbox.Now;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var day = today.AddDays(-28); day < today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            foreach (var (startMinute, endMinute) in Blocks)
            {
                var (project, description, tags) = work[random.Next(work.Length)];
                var start = At(day, startMinute, zone);
                var stop = At(day, endMinute, zone);
                if (stop <= now)
                {
                    sandbox.AddTimeEntry(start, stop, description, project, tags, billable: project != internalTools.Id && project != support.Id);
                }
            }
        }
    }

    private static DateTimeOffset At(DateOnly day, int minuteOfDay, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
