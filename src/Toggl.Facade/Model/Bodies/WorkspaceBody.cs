namespace Toggl;

/// <summary>
/// What to send when creating or updating a workspace (docs/toggl-api.md §8.3): only what is set is sent; to clear
/// a field on Toggl, name it in <see cref="Clear"/>.
/// </summary>
public sealed record WorkspaceBody
{
    /// <summary>The name (required on create).</summary>
    public string? Name { get; init; }

    /// <summary>The default currency.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>The default hourly rate.</summary>
    public decimal? DefaultHourlyRate { get; init; }

    /// <summary>How durations are rounded: 0 nearest, 1 up, −1 down.</summary>
    public int? Rounding { get; init; }

    /// <summary>The rounding step in minutes.</summary>
    public int? RoundingMinutes { get; init; }

    /// <summary>Whether only admins may create projects.</summary>
    public bool? OnlyAdminsMayCreateProjects { get; init; }

    /// <summary>Whether only admins may create tags.</summary>
    public bool? OnlyAdminsMayCreateTags { get; init; }

    /// <summary>Whether new projects are billable by default.</summary>
    public bool? ProjectsBillableByDefault { get; init; }

    /// <summary>Fields to clear on Toggl. A field cannot be both set and cleared.</summary>
    public WorkspaceBodyFields Clear { get; init; }
}

/// <summary>Fields of a <see cref="WorkspaceBody"/> that can be cleared on Toggl.</summary>
[Flags]
public enum WorkspaceBodyFields
{
    /// <summary>Nothing is cleared.</summary>
    None = 0,

    /// <summary>The default hourly rate.</summary>
    DefaultHourlyRate = 1,

    /// <summary>The default currency.</summary>
    DefaultCurrency = 2,
}
