namespace Toggl;

/// <summary>A task of a project (named so as not to clash with <see cref="System.Threading.Tasks.Task"/>).</summary>
public sealed record ProjectTask
{
    /// <summary>The task's id.</summary>
    public required long Id { get; init; }

    /// <summary>The workspace it belongs to.</summary>
    public required long WorkspaceId { get; init; }

    /// <summary>The project it belongs to.</summary>
    public required long ProjectId { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it is active (not done).</summary>
    public bool Active { get; init; }

    /// <summary>The estimate, in whole seconds, if any.</summary>
    public TimeSpan? Estimate { get; init; }

    /// <summary>Time tracked on it, in whole seconds.</summary>
    public TimeSpan Tracked { get; init; }

    /// <summary>The user it is assigned to, if any.</summary>
    public long? UserId { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>When it was deleted; only <c>since</c> listings return deleted tasks.</summary>
    public DateTimeOffset? ServerDeletedAt { get; init; }
}
