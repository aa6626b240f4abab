namespace Toggl;

/// <summary>
/// The user's workspaces: the Python library's <c>WorkspaceEndpoint</c>. Get it from <see cref="TogglClient.Workspaces"/>;
/// it shares the client's connection, quota and cache. 404 on get → <see langword="null"/> unless <c>reRaise</c>.
/// </summary>
public sealed class WorkspaceEndpoint
{
    private readonly ResourceScope _scope;

    internal WorkspaceEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new WorkspacePlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public WorkspacePlan Plan { get; }

    /// <summary>The user's workspaces (<c>GET me/workspaces</c>).</summary>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspaces.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<TogglWorkspace>> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.WorkspaceList(refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One workspace (<c>GET workspaces/{wid}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspace, or <see langword="null"/>.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglWorkspace?> GetAsync(long workspaceId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var workspace = await _scope.Run(ResourceCalls.WorkspaceGet(workspaceId, refresh), cancellationToken).ConfigureAwait(false);
        return Interop.IsSome(workspace) ? Convert.ToFacade(workspace!.Value) : null;
    }

    /// <summary>Creates a workspace in an organization (<c>POST organizations/{id}/workspaces</c>).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="body">The workspace; <see cref="WorkspaceBody.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspace as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered: Toggl may have created it (no listing tells reliably), so look before trying again.
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglWorkspace> CreateAsync(long organizationId, WorkspaceBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.WorkspaceCreate(organizationId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Changes the fields the body sets, and only those (<c>PUT workspaces/{wid}</c>).</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspace as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglWorkspace> UpdateAsync(long workspaceId, WorkspaceBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.WorkspaceUpdate(workspaceId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>A workspace's statistics (<c>GET workspaces/{wid}/statistics</c>).</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<WorkspaceStatistics> StatisticsAsync(long workspaceId, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.WorkspaceStatistics(workspaceId), cancellationToken).ConfigureAwait(false));

    /// <summary>What a workspace requires of time entries (<c>GET workspaces/{wid}/time_entry_constraints</c>).</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The constraints.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TimeEntryConstraints> ConstraintsAsync(long workspaceId, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.WorkspaceConstraints(workspaceId), cancellationToken).ConfigureAwait(false));
}
