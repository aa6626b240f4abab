namespace Toggl;

/// <summary>The dry run of a <see cref="TaskEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class TaskPlan
{
    private readonly ResourceScope _scope;

    internal TaskPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="TaskEndpoint.ListAsync"/>.</summary>
    /// <param name="filter">Which tasks.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(TaskFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TaskList(filter, refresh), cancellationToken);

    /// <summary>The plan of <see cref="TaskEndpoint.GetAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(long projectId, long taskId, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TaskGet(projectId, taskId, refresh), cancellationToken);

    /// <summary>The plan of <see cref="TaskEndpoint.CreateAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="body">The task.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(long projectId, TaskBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TaskCreate(projectId, body), cancellationToken);

    /// <summary>The plan of <see cref="TaskEndpoint.UpdateAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(long projectId, long taskId, TaskBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TaskUpdate(projectId, taskId, body), cancellationToken);

    /// <summary>The plan of <see cref="TaskEndpoint.DeleteAsync"/>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> DeleteAsync(long projectId, long taskId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TaskDelete(projectId, taskId), cancellationToken);
}
