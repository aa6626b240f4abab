using Toggl.Sandbox.Endpoints;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The body of every Reports API v3 request, read once (docs/toggl-api.md §9): the common filters and the fields of
/// each report (a report ignores the fields of the others, as Toggl does). Values outside the listed ones answer 400
/// "Invalid '{parameter}' value, allowed values are: …".
/// </summary>
internal sealed record ReportQuery
{
    /// <summary>The rounding steps Toggl accepts (docs/toggl-api.md §9).</summary>
    public static readonly int[] RoundingMinutesValues = [0, 1, 5, 6, 10, 12, 15, 30, 60, 240];

    /// <summary>Round down, to the nearest, up — the workspace setting's values (docs/toggl-api.md §9).</summary>
    public static readonly int[] RoundingValues = [-1, 0, 1];

    /// <summary>The detailed report's orders (docs/toggl-api.md §9).</summary>
    public static readonly string[] OrderByValues = ["date", "user", "duration", "description", "last_update"];

    /// <summary>The detailed report's directions (docs/toggl-api.md §9).</summary>
    public static readonly string[] OrderDirValues = ["ASC", "DESC"];

    /// <summary>The summary report's groupings (docs/toggl-api.md §9).</summary>
    public static readonly string[] GroupingValues = ["projects", "users", "clients"];

    /// <summary>The summary report's sub-groupings (docs/toggl-api.md §9).</summary>
    public static readonly string[] SubGroupingValues = ["time_entries", "users", "clients", "projects", "tasks"];

    /// <summary>The totals' graph buckets.</summary>
    public static readonly string[] ResolutionValues = ["day", "week", "month"];

    /// <summary>Documented default page size (docs/toggl-api.md §9).</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page the sandbox serves (a larger <c>page_size</c> is cut to it).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Documented (docs/toggl-api.md §9).</summary>
    public const string NoParameter = "At least one parameter must be set";

    /// <summary><c>start_date</c>: the first day (user's time zone), or null for no lower bound.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary><c>end_date</c>: the last day, included, or null for no upper bound.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary><c>user_ids</c>, or null for no filter.</summary>
    public IdFilter? Users { get; init; }

    /// <summary><c>project_ids</c>, or null for no filter.</summary>
    public IdFilter? Projects { get; init; }

    /// <summary><c>client_ids</c> (the entry's project's client), or null for no filter.</summary>
    public IdFilter? Clients { get; init; }

    /// <summary><c>tag_ids</c> (any of them), or null for no filter.</summary>
    public IdFilter? Tags { get; init; }

    /// <summary><c>task_ids</c>, or null for no filter.</summary>
    public IdFilter? Tasks { get; init; }

    /// <summary>The sandbox's user belongs to no group, so a group filter with any id matches nothing.</summary>
    public bool HasGroups { get; init; }

    /// <summary><c>time_entry_ids</c>, or null for no filter.</summary>
    public IdFilter? TimeEntries { get; init; }

    /// <summary><c>description</c>: a case-insensitive part of the description, or null.</summary>
    public string? Description { get; init; }

    /// <summary><c>billable</c>, or null for both.</summary>
    public bool? Billable { get; init; }

    /// <summary><c>min_duration_seconds</c>, included.</summary>
    public long? MinDurationSeconds { get; init; }

    /// <summary><c>max_duration_seconds</c>, included.</summary>
    public long? MaxDurationSeconds { get; init; }

    /// <summary>-1, 0 or 1, or null for the workspace's setting.</summary>
    public int? Rounding { get; init; }

    /// <summary>A value of <see cref="RoundingMinutesValues"/>, or null for the workspace's setting.</summary>
    public int? RoundingMinutes { get; init; }

    /// <summary><c>grouped</c>: one detailed row per entries alike.</summary>
    public bool Grouped { get; init; }

    /// <summary><c>order_by</c>, a value of <see cref="OrderByValues"/>.</summary>
    public string OrderBy { get; init; } = "date";

    /// <summary><c>order_dir</c> DESC.</summary>
    public bool Descending { get; init; }

    /// <summary><c>page_size</c>, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The 1-based row the page starts at (<c>first_row_number</c>), or null when not sent.</summary>
    public long? FirstRowNumber { get; init; }

    /// <summary>The cursor's entry (<c>first_id</c>): the page starts at the row holding it, when it is still there.</summary>
    public long? FirstId { get; init; }

    /// <summary><c>enrich_response</c>: detailed rows also carry the names behind the ids.</summary>
    public bool EnrichResponse { get; init; }

    /// <summary><c>hide_amounts</c>: rates and amounts are null.</summary>
    public bool HideAmounts { get; init; }

    /// <summary><c>resolution</c> (or the Python library's <c>granularity</c>) of the totals' graph.</summary>
    public string Resolution { get; init; } = "day";

    /// <summary><c>with_graph</c>: the totals carry the graph.</summary>
    public bool WithGraph { get; init; }

    /// <summary><c>grouping</c> of the summary.</summary>
    public string Grouping { get; init; } = "projects";

    /// <summary><c>sub_grouping</c> of the summary.</summary>
    public string SubGrouping { get; init; } = "time_entries";

    /// <summary><c>include_time_entry_ids</c>: summary sub-groups list their entries' ids.</summary>
    public bool IncludeTimeEntryIds { get; init; }

    /// <summary><c>distinguish_rates</c>: summary sub-groups list their seconds per rate.</summary>
    public bool DistinguishRates { get; init; }

    /// <summary>400 with Toggl's text for a value outside the allowed ones.</summary>
    public static ApiError Invalid(string parameter, IEnumerable<object> allowed) =>
        ApiError.BadRequest($"Invalid '{parameter}' value, allowed values are: {string.Join(", ", allowed)}");

    /// <summary>Reads a report body: 400 "Invalid JSON input" for a field of the wrong type, Toggl's texts otherwise.</summary>
    public static Outcome<ReportQuery> Read(byte[] bytes)
    {
        var parsed = JsonBody.Parse(bytes);
        if (parsed.Error is { } parseError)
        {
            return parseError;
        }

        var b = parsed.Value!;
        var rounding = b.Long("rounding").Value;
        var roundingMinutes = b.Long("rounding_minutes").Value;
        var orderBy = b.String("order_by").Value;
        var orderDir = b.String("order_dir").Value;
        var resolution = b.String("resolution").Value ?? b.String("granularity").Value;
        var grouping = b.String("grouping").Value;
        var subGrouping = b.String("sub_grouping").Value;
        var groups = b.NullableLongs("group_ids").Value;
        var query = new ReportQuery
        {
            StartDate = b.Date("start_date").Value,
            EndDate = b.Date("end_date").Value,
            Users = IdFilter.Of(b.NullableLongs("user_ids").Value),
            Projects = IdFilter.Of(b.NullableLongs("project_ids").Value),
            Clients = IdFilter.Of(b.NullableLongs("client_ids").Value),
            Tags = IdFilter.Of(b.NullableLongs("tag_ids").Value),
            Tasks = IdFilter.Of(b.NullableLongs("task_ids").Value),
            HasGroups = groups is { Count: > 0 },
            TimeEntries = IdFilter.Of(b.NullableLongs("time_entry_ids").Value),
            Description = b.String("description").Value is { Length: > 0 } d ? d : null,
            Billable = b.Bool("billable").Value,
            MinDurationSeconds = b.Long("min_duration_seconds").Value,
            MaxDurationSeconds = b.Long("max_duration_seconds").Value,
            Grouped = b.Bool("grouped").Value ?? false,
            PageSize = b.Long("page_size").Value is { } size && size > 0 ? (int)Math.Min(size, MaxPageSize) : DefaultPageSize,
            FirstRowNumber = b.Long("first_row_number").Value is { } row && row > 0 ? row : null,
            FirstId = b.Long("first_id").Value,
            EnrichResponse = b.Bool("enrich_response").Value ?? false,
            HideAmounts = b.Bool("hide_amounts").Value ?? false,
            WithGraph = b.Bool("with_graph").Value ?? false,
            IncludeTimeEntryIds = b.Bool("include_time_entry_ids").Value ?? false,
            DistinguishRates = b.Bool("distinguish_rates").Value ?? false,
        };

        // first_timestamp is read only for its type: first_id places the page (ids are unique, timestamps not).
        _ = b.Long("first_timestamp");
        if (b.Invalid)
        {
            return ApiError.BadJson;
        }

        if (b.Count == 0)
        {
            return ApiError.BadRequest(NoParameter);
        }

        if (rounding is { } r && !RoundingValues.Contains((int)r))
        {
            return Invalid("rounding", RoundingValues.Cast<object>());
        }

        if (roundingMinutes is { } m && !RoundingMinutesValues.Contains((int)m))
        {
            return Invalid("rounding_minutes", RoundingMinutesValues.Cast<object>());
        }

        if (Pick(orderBy, OrderByValues, "order_by", out var by) is { } e1)
        {
            return e1;
        }

        if (Pick(orderDir, OrderDirValues, "order_dir", out var dir) is { } e2)
        {
            return e2;
        }

        if (Pick(resolution, ResolutionValues, "resolution", out var res) is { } e3)
        {
            return e3;
        }

        if (Pick(grouping, GroupingValues, "grouping", out var grp) is { } e4)
        {
            return e4;
        }

        if (Pick(subGrouping, SubGroupingValues, "sub_grouping", out var sub) is { } e5)
        {
            return e5;
        }

        return Outcome<ReportQuery>.Ok(query with
        {
            Rounding = (int?)rounding,
            RoundingMinutes = (int?)roundingMinutes,
            OrderBy = by ?? query.OrderBy,
            Descending = dir == "DESC",
            Resolution = res ?? query.Resolution,
            Grouping = grp ?? query.Grouping,
            SubGrouping = sub ?? query.SubGrouping,
        });
    }

    /// <summary>The allowed value <paramref name="given"/> names (case-insensitively), or the 400 naming the parameter.</summary>
    private static ApiError? Pick(string? given, string[] allowed, string parameter, out string? chosen)
    {
        chosen = null;
        if (given is null)
        {
            return null;
        }

        chosen = allowed.FirstOrDefault(a => string.Equals(a, given, StringComparison.OrdinalIgnoreCase));
        return chosen is null ? Invalid(parameter, allowed) : null;
    }
}
