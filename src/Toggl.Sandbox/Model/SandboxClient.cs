namespace Toggl.Sandbox;

/// <summary>A client (docs/toggl-api.md §8.6).</summary>
/// <param name="Id">Client id.</param>
/// <param name="WorkspaceId">Workspace (serialized as <c>wid</c>).</param>
/// <param name="Name">Name.</param>
/// <param name="Archived">Archived flag.</param>
/// <param name="Notes">Notes, or null.</param>
/// <param name="CreatorId">User who created it.</param>
/// <param name="At">Last change, whole seconds.</param>
public sealed record SandboxClient(
    long Id,
    long WorkspaceId,
    string Name,
    bool Archived,
    string? Notes,
    long CreatorId,
    DateTimeOffset At);
