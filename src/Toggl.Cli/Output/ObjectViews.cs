namespace Toggl.Cli.Output;

/// <summary>
/// Toggl's objects as <see cref="ObjectView"/>s: which fields the tool prints, in which order, under which JSON keys
/// (a contract for scripts, documented in src/Toggl.Cli/README.md: keys never change, new ones are only added).
/// </summary>
internal static class ObjectViews
{
    /// <summary>The keys of a project.</summary>
    public static readonly string[] ProjectKeys =
        ["id", "name", "client_id", "client", "color", "active", "billable", "private", "estimated_hours", "actual_seconds", "rate", "currency", "at"];

    /// <summary>The keys of a task.</summary>
    public static readonly string[] TaskKeys = ["id", "name", "project_id", "project", "active", "estimate_seconds", "tracked_seconds", "user_id", "at"];

    /// <summary>The keys of a tag.</summary>
    public static readonly string[] TagKeys = ["id", "name", "workspace_id", "at"];

    /// <summary>The keys of a client.</summary>
    public static readonly string[] ClientKeys = ["id", "name", "archived", "notes", "at"];

    /// <summary>The keys of a workspace.</summary>
    public static readonly string[] WorkspaceKeys =
    [
        "id", "name", "organization_id", "premium", "admin", "role", "default_hourly_rate", "default_currency", "rounding", "rounding_minutes",
        "only_admins_may_create_projects", "only_admins_may_create_tags", "projects_billable_by_default", "at",
    ];

    /// <summary>The keys of an organization.</summary>
    public static readonly string[] OrganizationKeys = ["id", "name", "pricing_plan", "admin", "owner", "user_count", "at"];

    /// <summary>The keys of the user.</summary>
    public static readonly string[] UserKeys = ["id", "email", "fullname", "timezone", "default_workspace_id", "beginning_of_week", "at"];

    /// <summary>
    /// The columns a terminal table shows of each kind: the fields people choose by, so a list fits an 80–120 column
    /// terminal; JSON and CSV keep every key. Kinds not named here show every key.
    /// </summary>
    private static readonly Dictionary<string[], string[]> TableKeys = new()
    {
        [ProjectKeys] = ["id", "name", "client", "color", "active", "billable"],
        [TaskKeys] = ["id", "name", "project", "active", "estimate_seconds", "tracked_seconds"],
        [TagKeys] = ["id", "name"],
        [WorkspaceKeys] = ["id", "name", "organization_id", "role", "premium", "default_currency"],
    };

    /// <summary>The keys a terminal table shows of a kind whose keys are <paramref name="keys"/>.</summary>
    public static IReadOnlyList<string> ForTable(IReadOnlyList<string> keys) =>
        keys is string[] array && TableKeys.TryGetValue(array, out var shown) ? shown : keys;

    /// <summary>A project, with its client's name when known.</summary>
    public static ObjectView Project(TogglProject p, string? clientName) => View(
        ProjectKeys,
        ["name", "client"],
        p.Id, p.Name, p.ClientId, clientName, p.Color, p.Active, p.Billable, p.IsPrivate, p.EstimatedHours, p.Actual, p.Rate, p.Currency, p.At);

    /// <summary>A task, with its project's name when known.</summary>
    public static ObjectView Task(ProjectTask t, string? projectName) => View(
        TaskKeys, ["name", "project"], t.Id, t.Name, t.ProjectId, projectName, t.Active, t.Estimate, t.Tracked, t.UserId, t.At);

    /// <summary>A tag.</summary>
    public static ObjectView Tag(TogglTag t) => View(TagKeys, ["name"], t.Id, t.Name, t.WorkspaceId, t.At);

    /// <summary>A client.</summary>
    public static ObjectView Client(WorkspaceClient c) => View(ClientKeys, ["name", "notes"], c.Id, c.Name, c.Archived, c.Notes, c.At);

    /// <summary>A workspace.</summary>
    public static ObjectView Workspace(TogglWorkspace w) => View(
        WorkspaceKeys,
        ["name", "role"],
        w.Id, w.Name, w.OrganizationId, w.Premium, w.Admin, w.Role, w.DefaultHourlyRate, w.DefaultCurrency, w.Rounding, w.RoundingMinutes,
        w.OnlyAdminsMayCreateProjects, w.OnlyAdminsMayCreateTags, w.ProjectsBillableByDefault, w.At);

    /// <summary>An organization.</summary>
    public static ObjectView Organization(TogglOrganization o) => View(
        OrganizationKeys, ["name", "pricing_plan"], o.Id, o.Name, o.PricingPlanName, o.Admin, o.Owner, o.UserCount, o.At);

    /// <summary>The user.</summary>
    public static ObjectView User(TogglUser u) => View(
        UserKeys, ["email", "fullname", "timezone"], u.Id, u.Email, u.Fullname, u.Timezone, u.DefaultWorkspaceId, u.BeginningOfWeek, u.At);

    /// <summary>Pairs the keys with the values, in order; <paramref name="written"/> names the fields people wrote.</summary>
    private static ObjectView View(string[] keys, string[] written, params object?[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new InvalidOperationException($"{keys.Length} keys but {values.Length} values");
        }

        return new ObjectView(keys.Select((key, i) => new ObjectField(key, values[i], written.Contains(key))).ToArray());
    }
}
