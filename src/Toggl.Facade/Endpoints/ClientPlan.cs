namespace Toggl;

/// <summary>The dry run of a <see cref="ClientEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class ClientPlan
{
    private readonly ResourceScope _scope;

    internal ClientPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="ClientEndpoint.ListAsync"/>.</summary>
    /// <param name="filter">Which clients.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(ClientFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientList(filter, refresh), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.GetAsync"/>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> GetAsync(long clientId, bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientGet(clientId, refresh), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.CreateAsync"/>.</summary>
    /// <param name="body">The client.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(ClientBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientCreate(body), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.UpdateAsync"/>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> UpdateAsync(long clientId, ClientBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientUpdate(clientId, body), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.ArchiveAsync"/>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ArchiveAsync(long clientId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientArchive(clientId), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.RestoreAsync"/>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> RestoreAsync(long clientId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientRestore(clientId), cancellationToken);

    /// <summary>The plan of <see cref="ClientEndpoint.DeleteAsync"/>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> DeleteAsync(long clientId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.ClientDelete(clientId), cancellationToken);
}
