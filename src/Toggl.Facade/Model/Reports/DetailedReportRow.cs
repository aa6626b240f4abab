namespace Toggl;

/// <summary>
/// A row of the detailed report (<c>search/time_entries</c>): entries sharing user, project, task, description, tags
/// and billable — one entry a row unless <see cref="ReportBody.Grouped"/>.
/// </summary>
public sealed record DetailedReportRow
{
    /// <summary><c>user_id</c>.</summary>
    public required long UserId { get; init; }

    /// <summary><c>username</c>.</summary>
    public string? Username { get; init; }

    /// <summary><c>project_id</c>; <see langword="null"/> without a project.</summary>
    public long? ProjectId { get; init; }

    /// <summary><c>task_id</c>.</summary>
    public long? TaskId { get; init; }

    /// <summary><c>billable</c>.</summary>
    public bool Billable { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>tag_ids</c>.</summary>
    public IReadOnlyList<long> TagIds { get; init; } = [];

    /// <summary><c>billable_amount_in_cents</c>.</summary>
    public long? BillableAmountInCents { get; init; }

    /// <summary><c>hourly_rate_in_cents</c>.</summary>
    public long? HourlyRateInCents { get; init; }

    /// <summary><c>currency</c>.</summary>
    public string? Currency { get; init; }

    /// <summary><c>row_number</c>: the row's place in the whole report, from 1.</summary>
    public long? RowNumber { get; init; }

    /// <summary><c>time_entries</c>: the row's entries.</summary>
    public IReadOnlyList<DetailedReportTimeEntry> TimeEntries { get; init; } = [];
}

/// <summary>One time entry of a <see cref="DetailedReportRow"/>.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Seconds">Its length in seconds (rounded when the report rounds).</param>
/// <param name="Start">When it started, in the user's time-zone offset.</param>
/// <param name="Stop">When it stopped.</param>
/// <param name="At">When it was last changed.</param>
public sealed record DetailedReportTimeEntry(long Id, long Seconds, DateTimeOffset Start, DateTimeOffset? Stop, DateTimeOffset? At);

/// <summary>
/// Where the detailed report's next page starts: Toggl's <c>X-Next-ID</c>, <c>X-Next-Row-Number</c> and
/// <c>X-Next-Timestamp</c>, sent back as <c>first_id</c>, <c>first_row_number</c> and <c>first_timestamp</c>.
/// </summary>
/// <param name="FirstId"><c>X-Next-ID</c>.</param>
/// <param name="FirstRowNumber"><c>X-Next-Row-Number</c>.</param>
/// <param name="FirstTimestamp"><c>X-Next-Timestamp</c>.</param>
public sealed record ReportCursor(long? FirstId, long? FirstRowNumber, long? FirstTimestamp);

/// <summary>One page of the detailed report.</summary>
/// <param name="Rows">The page's rows.</param>
/// <param name="Next">Where the next page starts; <see langword="null"/> on the last page.</param>
public sealed record DetailedReportPage(IReadOnlyList<DetailedReportRow> Rows, ReportCursor? Next);

/// <summary>The detailed report's totals (<c>search/time_entries/totals</c>).</summary>
public sealed record ReportTotals
{
    /// <summary><c>seconds</c>: every second tracked.</summary>
    public required long Seconds { get; init; }

    /// <summary><c>billable_amount_in_cents</c>.</summary>
    public long? BillableAmountInCents { get; init; }

    /// <summary><c>labour_cost_in_cents</c>.</summary>
    public long? LabourCostInCents { get; init; }

    /// <summary><c>tracked_days</c>.</summary>
    public int? TrackedDays { get; init; }

    /// <summary><c>resolution</c> of the graph: <c>day</c>, <c>week</c> or <c>month</c>.</summary>
    public string? Resolution { get; init; }

    /// <summary><c>graph</c>: one point a <see cref="Resolution"/>.</summary>
    public IReadOnlyList<ReportTotalsPoint> Graph { get; init; } = [];
}

/// <summary>A point of <see cref="ReportTotals.Graph"/>.</summary>
/// <param name="Seconds"><c>seconds</c>.</param>
/// <param name="BillableAmountInCents"><c>billable_amount_in_cents</c>.</param>
public sealed record ReportTotalsPoint(long Seconds, long? BillableAmountInCents);
