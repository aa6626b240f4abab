namespace Toggl;

/// <summary>
/// The projects of one workspace: the Python library's <c>ProjectEndpoint</c> with Task-based methods. Get it from
/// <see cref="TogglClient.Projects"/>; it shares the client's connection, quota and cache.
/// </summary>
/// <remarks>
/// Statuses the Python library tolerates become <see langword="null"/> (404 on get) or nothing (404 on delete) unless
/// the client was made with <c>reRaise</c>. Other failures throw a <see cref="TogglException"/>.
/// </remarks>
public sealed class ProjectEndpoint
{
    private readonly ResourceScope _scope;

    internal ProjectEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new ProjectPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public ProjectPlan Plan { get; }

    /// <summary>Projects matching the filter (<c>GET workspaces/{wid}/projects</c>, every page, Toggl's query filters).</summary>
    /// <param name="filter">Which projects; <see langword="null"/> for all, active or not.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The projects.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<TogglProject>> ListAsync(ProjectFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ProjectList(filter, refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One project (<c>GET workspaces/{wid}/projects/{id}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectId"/> is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglProject?> GetAsync(long projectId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var project = await _scope.Run(ResourceCalls.ProjectGet(projectId, refresh), cancellationToken).ConfigureAwait(false);
        return Interop.IsSome(project) ? Convert.ToFacade(project!.Value) : null;
    }

    /// <summary>Creates a project (<c>POST workspaces/{wid}/projects</c>), sending only what the body sets.</summary>
    /// <param name="body">The project; <see cref="ProjectBody.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid (no name, a field both set and cleared); nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that looks for it by name failed too: Toggl may have created it.
    /// (Found by that listing, it is the result; not listed, the create's error is thrown.)
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglProject> CreateAsync(ProjectBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ProjectCreate(body), cancellationToken).ConfigureAwait(false));

    /// <summary>Changes the fields the body sets, and only those (<c>PUT workspaces/{wid}/projects/{id}</c>).</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused (404 for an unknown project), could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglProject> UpdateAsync(long projectId, ProjectBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ProjectUpdate(projectId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Deletes a project (<c>DELETE workspaces/{wid}/projects/{id}</c>); one already gone (404) is fine unless <c>reRaise</c>.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectId"/> is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task DeleteAsync(long projectId, CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.ProjectDelete(projectId), cancellationToken);
}
