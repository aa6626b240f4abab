namespace Toggl;

/// <summary>The dry run of a <see cref="UserEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class UserPlan
{
    private readonly ResourceScope _scope;

    internal UserPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="UserEndpoint.GetAsync"/>.</summary>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.MeGet(refresh), cancellationToken);

    /// <summary>The plan of <see cref="UserEndpoint.LoggedAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> LoggedAsync(CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.MeLogged(), cancellationToken);

    /// <summary>The plan of <see cref="UserEndpoint.UpdateAsync"/>.</summary>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(UserBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.MeUpdate(body), cancellationToken);

    /// <summary>The plan of <see cref="UserEndpoint.QuotaAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> QuotaAsync(CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.MeQuota(), cancellationToken);

    /// <summary>The plan of <see cref="UserEndpoint.DefaultWorkspaceIdAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> DefaultWorkspaceIdAsync(CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.MeDefaultWorkspace(), cancellationToken);
}
