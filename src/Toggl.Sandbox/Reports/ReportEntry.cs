namespace Toggl.Sandbox.Reports;

/// <summary>
/// One stopped time entry as every report sees it (docs/toggl-api.md §9): its project, client, task and tags looked up,
/// its seconds after rounding, its times in the user's offset, and its rate and amount where the data has them.
/// </summary>
/// <param name="Entry">The stored entry.</param>
/// <param name="UserName">The user's full name (<c>username</c>).</param>
/// <param name="Email">The user's email (the CSV's Email column).</param>
/// <param name="Project">Its project, or null.</param>
/// <param name="Client">Its project's client, or null.</param>
/// <param name="Task">Its task, or null.</param>
/// <param name="Tags">Its tags that still exist.</param>
/// <param name="Seconds">Its duration after the report's rounding.</param>
/// <param name="Start">Start in the user's offset.</param>
/// <param name="Stop">Stop in the user's offset.</param>
/// <param name="At">The last update in the user's offset.</param>
/// <param name="HourlyRateInCents">The project's rate, else the workspace's default rate; null when not billable or no rate.</param>
/// <param name="BillableAmountInCents">Seconds × rate, rounded to the cent; null when no rate applies.</param>
/// <param name="Currency">The project's currency, else the workspace's.</param>
internal sealed record ReportEntry(
    SandboxTimeEntry Entry,
    string UserName,
    string Email,
    SandboxProject? Project,
    SandboxClient? Client,
    SandboxTask? Task,
    IReadOnlyList<SandboxTag> Tags,
    long Seconds,
    DateTimeOffset Start,
    DateTimeOffset Stop,
    DateTimeOffset At,
    long? HourlyRateInCents,
    long? BillableAmountInCents,
    string Currency)
{
    /// <summary>The calendar day of the start in the user's time zone: the day reports file the entry under.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Start.DateTime);

    /// <summary>The tag ids in the entry's order.</summary>
    public IEnumerable<long> TagIds => Tags.Select(t => t.Id);
}
