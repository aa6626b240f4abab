namespace Toggl.Sandbox;

/// <summary>A time entry as the sandbox stores it (docs/toggl-api.md §5). Immutable: every write stores a new value.</summary>
/// <param name="Id">Entry id (64-bit).</param>
/// <param name="WorkspaceId">Workspace the entry belongs to.</param>
/// <param name="ProjectId">Project, or null.</param>
/// <param name="TaskId">Task, or null.</param>
/// <param name="Billable">Billable flag.</param>
/// <param name="Start">Start, UTC, whole seconds.</param>
/// <param name="Stop">Stop, UTC, whole seconds; null while running.</param>
/// <param name="Duration">Seconds; negative while running (the value the creator sent, docs/toggl-api.md §7.2).</param>
/// <param name="Description">Description, or null when never set.</param>
/// <param name="TagIds">Tags, by id, in the order they were attached.</param>
/// <param name="At">Last server-side change, UTC, microseconds.</param>
/// <param name="ServerDeletedAt">When the entry was soft-deleted, or null.</param>
/// <param name="UserId">Creator.</param>
/// <param name="SharedWithUserIds">Users the entry is shared with.</param>
public sealed record SandboxTimeEntry(
    long Id,
    long WorkspaceId,
    long? ProjectId,
    long? TaskId,
    bool Billable,
    DateTimeOffset Start,
    DateTimeOffset? Stop,
    long Duration,
    string? Description,
    IReadOnlyList<long> TagIds,
    DateTimeOffset At,
    DateTimeOffset? ServerDeletedAt,
    long UserId,
    IReadOnlyList<long> SharedWithUserIds)
{
    /// <summary>True while the entry runs (no stop yet).</summary>
    public bool IsRunning => Stop is null;

    /// <summary>True once the entry was deleted (it is then only visible to <c>since</c> queries, docs/toggl-api.md §6.8).</summary>
    public bool IsDeleted => ServerDeletedAt is not null;
}
