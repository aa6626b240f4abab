namespace Toggl;

/// <summary>
/// The filters and options of a report (docs/toggl-api.md §9; the Python library's <c>ReportBody</c>): only what is
/// set is sent, in Toggl's names. Every report takes the filters; the options say which report reads them.
/// Checked before anything is sent: the end not before the start, ids positive, durations not negative,
/// <see cref="RoundingMinutes"/> one Toggl accepts, <see cref="PageSize"/> from 1 to 1000.
/// </summary>
/// <example>
/// <code>
/// var body = new ReportBody
/// {
///     StartDate = new DateOnly(2025, 1, 1),
///     EndDate = new DateOnly(2025, 1, 31),
///     ProjectIds = ReportIds.Without, // entries without a project
///     Billable = true,
/// };
/// </code>
/// </example>
public sealed record ReportBody
{
    /// <summary><c>start_date</c>: the first day (the user's days).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary><c>end_date</c>: the last day, included; not before <see cref="StartDate"/>.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary><c>user_ids</c>.</summary>
    public ReportIds? UserIds { get; init; }

    /// <summary><c>project_ids</c>; <see cref="ReportIds.Without"/>: entries without a project.</summary>
    public ReportIds? ProjectIds { get; init; }

    /// <summary><c>client_ids</c>; <see cref="ReportIds.Without"/>: entries whose project has no client.</summary>
    public ReportIds? ClientIds { get; init; }

    /// <summary><c>tag_ids</c> (any of them); <see cref="ReportIds.Without"/>: entries without tags.</summary>
    public ReportIds? TagIds { get; init; }

    /// <summary><c>task_ids</c>; <see cref="ReportIds.Without"/>: entries without a task.</summary>
    public ReportIds? TaskIds { get; init; }

    /// <summary><c>group_ids</c>: the users of these groups.</summary>
    public ReportIds? GroupIds { get; init; }

    /// <summary><c>time_entry_ids</c>.</summary>
    public ReportIds? TimeEntryIds { get; init; }

    /// <summary><c>description</c>: entries whose description contains this text.</summary>
    public string? Description { get; init; }

    /// <summary><c>billable</c>: billable entries only (<see langword="true"/>) or the others only (<see langword="false"/>).</summary>
    public bool? Billable { get; init; }

    /// <summary><c>min_duration_seconds</c>: entries at least this long (not negative).</summary>
    public long? MinDurationSeconds { get; init; }

    /// <summary><c>max_duration_seconds</c>: entries at most this long (not below the minimum).</summary>
    public long? MaxDurationSeconds { get; init; }

    /// <summary><c>rounding</c>: which way durations are rounded to <see cref="RoundingMinutes"/>.</summary>
    public ReportRounding? Rounding { get; init; }

    /// <summary><c>rounding_minutes</c>: one of 0, 1, 5, 6, 10, 12, 15, 30, 60, 240.</summary>
    public int? RoundingMinutes { get; init; }

    /// <summary><c>grouping</c> (summary report).</summary>
    public SummaryGrouping? Grouping { get; init; }

    /// <summary><c>sub_grouping</c> (summary report).</summary>
    public SummarySubGrouping? SubGrouping { get; init; }

    /// <summary><c>order_by</c> (detailed report).</summary>
    public ReportOrderBy? OrderBy { get; init; }

    /// <summary><c>order_dir</c> (detailed report).</summary>
    public ReportOrderDirection? OrderDirection { get; init; }

    /// <summary><c>page_size</c> (detailed report): rows a page, 1 to 1000; Toggl's default is 50.</summary>
    public int? PageSize { get; init; }

    /// <summary><c>grouped</c> (detailed report): entries that share everything in one row.</summary>
    public bool? Grouped { get; init; }

    /// <summary><c>include_time_entry_ids</c> (summary report): each sub-group lists its entries' ids.</summary>
    public bool? IncludeTimeEntryIds { get; init; }

    /// <summary><c>hide_amounts</c> (detailed report): no rates or amounts.</summary>
    public bool? HideAmounts { get; init; }

    /// <summary><c>enrich_response</c> (detailed report).</summary>
    public bool? EnrichResponse { get; init; }
}

/// <summary>Which way a report rounds durations (<c>rounding</c>).</summary>
public enum ReportRounding
{
    /// <summary>Down (<c>-1</c>).</summary>
    Down = -1,

    /// <summary>To the nearest (<c>0</c>).</summary>
    Nearest = 0,

    /// <summary>Up (<c>1</c>).</summary>
    Up = 1,
}

/// <summary>What a summary report groups by (<c>grouping</c>).</summary>
public enum SummaryGrouping
{
    /// <summary><c>projects</c>.</summary>
    Projects,

    /// <summary><c>users</c>.</summary>
    Users,

    /// <summary><c>clients</c>.</summary>
    Clients,
}

/// <summary>What a summary report's groups are split into (<c>sub_grouping</c>).</summary>
public enum SummarySubGrouping
{
    /// <summary><c>time_entries</c>: by description.</summary>
    TimeEntries,

    /// <summary><c>users</c>.</summary>
    Users,

    /// <summary><c>clients</c>.</summary>
    Clients,

    /// <summary><c>projects</c>.</summary>
    Projects,

    /// <summary><c>tasks</c>.</summary>
    Tasks,
}

/// <summary>How a detailed report is ordered (<c>order_by</c>).</summary>
public enum ReportOrderBy
{
    /// <summary><c>date</c>.</summary>
    Date,

    /// <summary><c>user</c>.</summary>
    User,

    /// <summary><c>duration</c>.</summary>
    Duration,

    /// <summary><c>description</c>.</summary>
    Description,

    /// <summary><c>last_update</c>.</summary>
    LastUpdate,
}

/// <summary>The direction of <see cref="ReportBody.OrderBy"/> (<c>order_dir</c>).</summary>
public enum ReportOrderDirection
{
    /// <summary><c>ASC</c>.</summary>
    Ascending,

    /// <summary><c>DESC</c>.</summary>
    Descending,
}

/// <summary>The file format of a report export.</summary>
public enum ReportFormat
{
    /// <summary><c>.csv</c> (every report).</summary>
    Csv,

    /// <summary><c>.pdf</c> (every report).</summary>
    Pdf,

    /// <summary><c>.xlsx</c> (the detailed and summary reports).</summary>
    Xlsx,
}
