namespace Toggl;

/// <summary>A workspace (docs/toggl-api.md §8.3): the settings a client needs.</summary>
public sealed record TogglWorkspace
{
    /// <summary>The workspace's id.</summary>
    public required long Id { get; init; }

    /// <summary>The organization it belongs to.</summary>
    public long? OrganizationId { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it is on a paid plan.</summary>
    public bool Premium { get; init; }

    /// <summary>Whether the user is an admin of it.</summary>
    public bool Admin { get; init; }

    /// <summary>The user's role, if Toggl says.</summary>
    public string? Role { get; init; }

    /// <summary>The default hourly rate, if any.</summary>
    public decimal? DefaultHourlyRate { get; init; }

    /// <summary>The default currency, if any.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>How durations are rounded: 0 nearest, 1 up, −1 down.</summary>
    public int Rounding { get; init; }

    /// <summary>The rounding step in minutes.</summary>
    public int RoundingMinutes { get; init; }

    /// <summary>Whether only admins may create projects.</summary>
    public bool OnlyAdminsMayCreateProjects { get; init; }

    /// <summary>Whether only admins may create tags.</summary>
    public bool OnlyAdminsMayCreateTags { get; init; }

    /// <summary>Whether new projects are billable by default.</summary>
    public bool ProjectsBillableByDefault { get; init; }

    /// <summary>
    /// What the workspace requires of every time entry (Toggl's <c>te_constraints</c>), when Toggl sent it: kept in
    /// the cache with the workspace, so a synced workspace answers without <c>GET …/time_entry_constraints</c>.
    /// </summary>
    public TimeEntryConstraints? TimeEntryConstraints { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }
}
