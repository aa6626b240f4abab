namespace Toggl;

/// <summary>The dry run of a <see cref="WorkspaceEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class WorkspacePlan
{
    private readonly ResourceScope _scope;

    internal WorkspacePlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="WorkspaceEndpoint.ListAsync"/>.</summary>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceList(refresh), cancellationToken);

    /// <summary>The plan of <see cref="WorkspaceEndpoint.GetAsync"/>.</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(long workspaceId, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceGet(workspaceId, refresh), cancellationToken);

    /// <summary>The plan of <see cref="WorkspaceEndpoint.CreateAsync"/>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="body">The workspace.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(long organizationId, WorkspaceBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceCreate(organizationId, body), cancellationToken);

    /// <summary>The plan of <see cref="WorkspaceEndpoint.UpdateAsync"/>.</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(long workspaceId, WorkspaceBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceUpdate(workspaceId, body), cancellationToken);

    /// <summary>The plan of <see cref="WorkspaceEndpoint.StatisticsAsync"/>.</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> StatisticsAsync(long workspaceId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceStatistics(workspaceId), cancellationToken);

    /// <summary>The plan of <see cref="WorkspaceEndpoint.ConstraintsAsync"/>.</summary>
    /// <param name="workspaceId">The workspace's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ConstraintsAsync(long workspaceId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.WorkspaceConstraints(workspaceId), cancellationToken);
}
