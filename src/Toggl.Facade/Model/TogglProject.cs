namespace Toggl;

/// <summary>A project of the workspace (docs/toggl-api.md §8.4), as <see cref="TrackerEndpoint.ProjectsAsync"/> lists it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Name">The project's name.</param>
/// <param name="ClientId">The client the project belongs to, if any.</param>
/// <param name="Color">The colour as Toggl stores it (<c>#rrggbb</c>), if any.</param>
/// <param name="Active">Whether the project is active (not archived).</param>
public sealed record TogglProject(long Id, string Name, long? ClientId, string? Color, bool Active);
