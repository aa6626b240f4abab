namespace Toggl.Sandbox;

/// <summary>A tag (docs/toggl-api.md §8.5).</summary>
/// <param name="Id">Tag id.</param>
/// <param name="WorkspaceId">Workspace.</param>
/// <param name="Name">Name, unique within the workspace.</param>
/// <param name="CreatorId">User who created it.</param>
/// <param name="At">Last change, microseconds.</param>
public sealed record SandboxTag(long Id, long WorkspaceId, string Name, long CreatorId, DateTimeOffset At);
