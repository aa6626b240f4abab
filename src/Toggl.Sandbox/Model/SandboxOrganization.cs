namespace Toggl.Sandbox;

/// <summary>An organization the user belongs to (docs/toggl-api.md §8.7).</summary>
/// <param name="Id">Organization id.</param>
/// <param name="Name">Name.</param>
/// <param name="CreatedAt">Creation time, whole seconds.</param>
/// <param name="At">Last change, whole seconds.</param>
internal sealed record SandboxOrganization(long Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset At);
