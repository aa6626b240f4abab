namespace Toggl;

/// <summary>
/// The clients of one workspace: the Python library's <c>ClientEndpoint</c>. Get it from <see cref="TogglClient.Clients"/>;
/// it shares the client's connection, quota and cache. 404 on get → <see langword="null"/>, on delete → done, unless <c>reRaise</c>.
/// </summary>
public sealed class ClientEndpoint
{
    private readonly ResourceScope _scope;

    internal ClientEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new ClientPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public ClientPlan Plan { get; }

    /// <summary>Clients matching the filter (<c>GET workspaces/{wid}/clients</c> with Toggl's <c>status</c> and <c>name</c>).</summary>
    /// <param name="filter">Which clients; <see langword="null"/> for all.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The clients.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<WorkspaceClient>> ListAsync(ClientFilter? filter = null, bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ClientList(filter, refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One client (<c>GET workspaces/{wid}/clients/{id}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The client, or <see langword="null"/>.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<WorkspaceClient?> GetAsync(long clientId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var client = await _scope.Run(ResourceCalls.ClientGet(clientId, refresh), cancellationToken).ConfigureAwait(false);
        return Interop.IsSome(client) ? Convert.ToFacade(client!.Value) : null;
    }

    /// <summary>Creates a client (<c>POST workspaces/{wid}/clients</c>), sending only what the body sets.</summary>
    /// <param name="body">The client; <see cref="ClientBody.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The client as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that looks for it by name failed too: Toggl may have created it.
    /// (Found by that listing, it is the result; not listed, the create's error is thrown.)
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<WorkspaceClient> CreateAsync(ClientBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ClientCreate(body), cancellationToken).ConfigureAwait(false));

    /// <summary>Changes the fields the body sets, and only those (<c>PUT workspaces/{wid}/clients/{id}</c>).</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The client as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<WorkspaceClient> UpdateAsync(long clientId, ClientBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ClientUpdate(clientId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Archives a client and its projects (<c>POST workspaces/{wid}/clients/{id}/archive</c>).</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids of the projects archived with it.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<long>> ArchiveAsync(long clientId, CancellationToken cancellationToken = default) =>
        (await _scope.Run(ResourceCalls.ClientArchive(clientId), cancellationToken).ConfigureAwait(false)).ToArray();

    /// <summary>Restores an archived client (<c>POST workspaces/{wid}/clients/{id}/restore</c>).</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The client as Toggl holds it now.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<WorkspaceClient> RestoreAsync(long clientId, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.ClientRestore(clientId), cancellationToken).ConfigureAwait(false));

    /// <summary>Deletes a client; one already gone (404) is fine unless <c>reRaise</c>.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task DeleteAsync(long clientId, CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.ClientDelete(clientId), cancellationToken);
}
