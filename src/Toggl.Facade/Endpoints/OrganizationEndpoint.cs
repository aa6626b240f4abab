namespace Toggl;

/// <summary>
/// The user's organizations: the Python library's <c>OrganizationEndpoint</c>. Get it from
/// <see cref="TogglClient.Organizations"/>. As in the Python library, 403 and 404 on get → <see langword="null"/> unless <c>reRaise</c>.
/// </summary>
public sealed class OrganizationEndpoint
{
    private readonly ResourceScope _scope;

    internal OrganizationEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new OrganizationPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public OrganizationPlan Plan { get; }

    /// <summary>The user's organizations (<c>GET me/organizations</c>).</summary>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The organizations.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<TogglOrganization>> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.OrganizationList(refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One organization (<c>GET organizations/{id}</c>); <see langword="null"/> on 403 or 404 unless <c>reRaise</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The organization, or <see langword="null"/>.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglOrganization?> GetAsync(long organizationId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var organization = await _scope.Run(ResourceCalls.OrganizationGet(organizationId, refresh), cancellationToken).ConfigureAwait(false);
        return Interop.IsSome(organization) ? Convert.ToFacade(organization!.Value) : null;
    }

    /// <summary>Creates an organization with its first workspace (<c>POST organizations</c>).</summary>
    /// <param name="name">The organization's name.</param>
    /// <param name="workspaceName">The first workspace's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The organization and its workspace.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered: Toggl may have created it (no listing tells reliably), so look before trying again.
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<CreatedOrganization> CreateAsync(string name, string workspaceName, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.OrganizationCreate(name, workspaceName), cancellationToken).ConfigureAwait(false));

    /// <summary>Renames an organization (<c>PUT organizations/{id}</c>).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The organization as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglOrganization> UpdateAsync(long organizationId, OrganizationBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.OrganizationUpdate(organizationId, body), cancellationToken).ConfigureAwait(false));

    /// <summary>Leaves an organization (<c>DELETE organizations/{id}/users/leave</c>); Toggl deletes it when the user was its last member.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once the user left.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task LeaveAsync(long organizationId, CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.OrganizationLeave(organizationId), cancellationToken);
}
