namespace Toggl;

/// <summary>The dry run of a <see cref="ProjectEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class ProjectPlan
{
    private readonly ResourceScope _scope;

    internal ProjectPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="ProjectEndpoint.ListAsync"/>.</summary>
    /// <param name="filter">Which projects.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(ProjectFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ProjectList(filter, refresh), cancellationToken);

    /// <summary>The plan of <see cref="ProjectEndpoint.GetAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(long projectId, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ProjectGet(projectId, refresh), cancellationToken);

    /// <summary>The plan of <see cref="ProjectEndpoint.CreateAsync"/>.</summary>
    /// <param name="body">The project.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(ProjectBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ProjectCreate(body), cancellationToken);

    /// <summary>The plan of <see cref="ProjectEndpoint.UpdateAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(long projectId, ProjectBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ProjectUpdate(projectId, body), cancellationToken);

    /// <summary>The plan of <see cref="ProjectEndpoint.DeleteAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> DeleteAsync(long projectId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ProjectDelete(projectId), cancellationToken);
}
