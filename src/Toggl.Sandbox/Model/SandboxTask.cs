namespace Toggl.Sandbox;

/// <summary>A task of a project (Toggl's swagger <c>models.Task</c>, the fields docs/toggl-api.md names).</summary>
/// <param name="Id">Task id.</param>
/// <param name="WorkspaceId">Workspace.</param>
/// <param name="ProjectId">The project it belongs to.</param>
/// <param name="Name">Name.</param>
/// <param name="Active">False once done (archived).</param>
/// <param name="EstimatedSeconds">Estimate, or null.</param>
/// <param name="UserId">Assignee, or null.</param>
/// <param name="At">Last change, whole seconds.</param>
internal sealed record SandboxTask(
    long Id,
    long WorkspaceId,
    long ProjectId,
    string Name,
    bool Active,
    long? EstimatedSeconds,
    long? UserId,
    DateTimeOffset At);
