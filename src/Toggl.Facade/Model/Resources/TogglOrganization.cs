namespace Toggl;

/// <summary>An organization (docs/toggl-api.md §8.7).</summary>
public sealed record TogglOrganization
{
    /// <summary>The organization's id.</summary>
    public required long Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The pricing plan's id, if any.</summary>
    public long? PricingPlanId { get; init; }

    /// <summary>The pricing plan's name (e.g. "Free"), if Toggl sends it.</summary>
    public string? PricingPlanName { get; init; }

    /// <summary>Whether the user is an admin of it.</summary>
    public bool Admin { get; init; }

    /// <summary>Whether the user owns it.</summary>
    public bool Owner { get; init; }

    /// <summary>How many users it has, if Toggl says.</summary>
    public int? UserCount { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? ServerDeletedAt { get; init; }
}
