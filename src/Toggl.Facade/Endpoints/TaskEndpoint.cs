namespace Toggl;

/// <summary>
/// The tasks of one workspace's projects (beyond the Python library). Get it from <see cref="TogglClient.Tasks"/>;
/// it shares the client's connection, quota and cache. 404 on get → <see langword="null"/>, on delete → done, unless <c>reRaise</c>.
/// </summary>
public sealed class TaskEndpoint
{
    private readonly ResourceScope _scope;

    internal TaskEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new TaskPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public TaskPlan Plan { get; }

    /// <summary>Tasks matching the filter.</summary>
    /// <param name="filter">Which tasks; <see langword="null"/> for all.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tasks.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<ProjectTask>> ListAsync(TaskFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TaskList(filter, refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One task (<c>GET workspaces/{wid}/projects/{pid}/tasks/{id}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The task, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ProjectTask?> GetAsync(long projectId, long taskId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var task = await _scope.Run(ResourceCalls.TaskGet(projectId, taskId, refresh), cancellationToken).ConfigureAwait(false);
        return Interop.IsSome(task) ? Convert.ToFacade(task!.Value) : null;
    }

    /// <summary>Creates a task in a project (<c>POST workspaces/{wid}/projects/{pid}/tasks</c>), sending only what the body sets.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="body">The task; <see cref="TaskBody.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The task as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that looks for it by name failed too: Toggl may have created it.
    /// (Found by that listing, it is the result; not listed, the create's error is thrown.)
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ProjectTask> CreateAsync(long projectId, TaskBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TaskCreate(projectId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Changes the fields the body sets, and only those (<c>PUT workspaces/{wid}/projects/{pid}/tasks/{id}</c>).</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The task as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ProjectTask> UpdateAsync(long projectId, long taskId, TaskBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TaskUpdate(projectId, taskId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Deletes a task; one already gone (404) is fine unless <c>reRaise</c>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task DeleteAsync(long projectId, long taskId, CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.TaskDelete(projectId, taskId), cancellationToken);
}
