namespace Toggl;

/// <summary>
/// The signed-in user: the Python library's <c>UserEndpoint</c> (<c>GET me</c>, <c>me/logged</c>, <c>PUT me</c>,
/// <c>me/quota</c>). Get it from <see cref="TogglClient.Me"/>; it shares the client's connection, quota and cache.
/// </summary>
public sealed class UserEndpoint
{
    private readonly ResourceScope _scope;

    internal UserEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new UserPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public UserPlan Plan { get; }

    /// <summary>The user (<c>GET me</c>).</summary>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglUser> GetAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.MeGet(refresh), cancellationToken).ConfigureAwait(false));

    /// <summary>Whether the credentials are good (<c>GET me/logged</c>): <see langword="false"/> when Toggl answers 403.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether the credentials are good.</returns>
    /// <exception cref="TogglException">Toggl could not be reached or answered unexpectedly.</exception>
    public Task<bool> LoggedAsync(CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.MeLogged(), cancellationToken);

    /// <summary>Changes the fields the body sets, and only those (<c>PUT me</c>).</summary>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglUser> UpdateAsync(UserBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.MeUpdate(body), cancellationToken).ConfigureAwait(false));

    /// <summary>The user's quota buckets (<c>GET me/quota</c>, docs/toggl-api.md §4.2).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The buckets.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<QuotaBucket>> QuotaAsync(CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.MeQuota(), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>The user's default workspace: from the cached user, else one <c>GET me</c>.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspace's id.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<long> DefaultWorkspaceIdAsync(CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.MeDefaultWorkspace(), cancellationToken);
}
