namespace Toggl;

/// <summary>A tag of a workspace (docs/toggl-api.md §8.5).</summary>
public sealed record TogglTag
{
    /// <summary>The tag's id.</summary>
    public required long Id { get; init; }

    /// <summary>The workspace it belongs to.</summary>
    public required long WorkspaceId { get; init; }

    /// <summary>The name (unique in the workspace).</summary>
    public required string Name { get; init; }

    /// <summary>Who created it, if Toggl says.</summary>
    public long? CreatorId { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
}
