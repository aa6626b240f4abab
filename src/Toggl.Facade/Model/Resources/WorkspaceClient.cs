namespace Toggl;

/// <summary>
/// A client of a workspace, the customer projects are for (docs/toggl-api.md §8.6). Named so as not to clash with
/// <see cref="TogglClient"/>, the object that talks to Toggl.
/// </summary>
public sealed record WorkspaceClient
{
    /// <summary>The client's id.</summary>
    public required long Id { get; init; }

    /// <summary>The workspace it belongs to.</summary>
    public required long WorkspaceId { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it is archived.</summary>
    public bool Archived { get; init; }

    /// <summary>Notes, if any.</summary>
    public string? Notes { get; init; }

    /// <summary>Who created it, if Toggl says.</summary>
    public long? CreatorId { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }
}
