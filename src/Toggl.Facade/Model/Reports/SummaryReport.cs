namespace Toggl;

/// <summary>The summary report (<c>summary/time_entries</c>): groups split into sub-groups.</summary>
/// <param name="Groups"><c>groups</c>.</param>
public sealed record SummaryReport(IReadOnlyList<SummaryReportGroup> Groups);

/// <summary>A group of a <see cref="SummaryReport"/> (a project, user or client: <see cref="ReportBody.Grouping"/>).</summary>
/// <param name="Id"><c>id</c>; <see langword="null"/> for the group "without" (e.g. no project).</param>
/// <param name="SubGroups"><c>sub_groups</c>.</param>
public sealed record SummaryReportGroup(long? Id, IReadOnlyList<SummaryReportSubGroup> SubGroups);

/// <summary>A sub-group of a <see cref="SummaryReportGroup"/> (<see cref="ReportBody.SubGrouping"/>).</summary>
/// <param name="Id"><c>id</c>; <see langword="null"/> for "without" (or for descriptions, which have no id).</param>
/// <param name="Title"><c>title</c>.</param>
/// <param name="Seconds"><c>seconds</c>.</param>
/// <param name="Ids"><c>ids</c>: the entries, with <see cref="ReportBody.IncludeTimeEntryIds"/>.</param>
public sealed record SummaryReportSubGroup(long? Id, string? Title, long Seconds, IReadOnlyList<long> Ids);

/// <summary>A project's tracked time (<c>projects/summary</c>, <c>projects/{id}/summary</c>).</summary>
/// <param name="ProjectId"><c>project_id</c>.</param>
/// <param name="UserId"><c>user_id</c>, when Toggl splits by user.</param>
/// <param name="TrackedSeconds"><c>tracked_seconds</c>.</param>
/// <param name="BillableSeconds"><c>billable_seconds</c>.</param>
public sealed record ProjectSummary(long? ProjectId, long? UserId, long TrackedSeconds, long? BillableSeconds);

/// <summary>A row of the weekly report (<c>weekly/time_entries</c>): a user and project, seven days from the report's first.</summary>
public sealed record WeeklyReportRow
{
    /// <summary><c>user_id</c>.</summary>
    public required long UserId { get; init; }

    /// <summary><c>user_name</c>.</summary>
    public string? UserName { get; init; }

    /// <summary><c>project_id</c>; <see langword="null"/> without a project.</summary>
    public long? ProjectId { get; init; }

    /// <summary><c>project_name</c>.</summary>
    public string? ProjectName { get; init; }

    /// <summary><c>client_name</c>.</summary>
    public string? ClientName { get; init; }

    /// <summary><c>seconds</c>: one a day.</summary>
    public IReadOnlyList<long> Seconds { get; init; } = [];

    /// <summary><c>billable_seconds</c>: one a day.</summary>
    public IReadOnlyList<long> BillableSeconds { get; init; } = [];

    /// <summary><c>billable_amounts_in_cents</c>: one a day.</summary>
    public IReadOnlyList<long> BillableAmountsInCents { get; init; } = [];

    /// <summary><c>hourly_rate_in_cents</c>.</summary>
    public long? HourlyRateInCents { get; init; }

    /// <summary><c>currency</c>.</summary>
    public string? Currency { get; init; }
}
