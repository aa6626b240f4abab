namespace Toggl;

/// <summary>The dry run of an <see cref="OrganizationEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class OrganizationPlan
{
    private readonly ResourceScope _scope;

    internal OrganizationPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="OrganizationEndpoint.ListAsync"/>.</summary>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.OrganizationList(refresh), cancellationToken);

    /// <summary>The plan of <see cref="OrganizationEndpoint.GetAsync"/>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(long organizationId, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.OrganizationGet(organizationId, refresh), cancellationToken);

    /// <summary>The plan of <see cref="OrganizationEndpoint.CreateAsync"/>.</summary>
    /// <param name="name">The organization's name.</param>
    /// <param name="workspaceName">The first workspace's name.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(string name, string workspaceName, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.OrganizationCreate(name, workspaceName), cancellationToken);

    /// <summary>The plan of <see cref="OrganizationEndpoint.UpdateAsync"/>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(long organizationId, OrganizationBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.OrganizationUpdate(organizationId, body), cancellationToken);

    /// <summary>The plan of <see cref="OrganizationEndpoint.LeaveAsync"/>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> LeaveAsync(long organizationId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.OrganizationLeave(organizationId), cancellationToken);
}
