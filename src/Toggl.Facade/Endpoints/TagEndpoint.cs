namespace Toggl;

/// <summary>
/// The tags of one workspace: the Python library's <c>TagEndpoint</c>. Get it from <see cref="TogglClient.Tags"/>;
/// it shares the client's connection, quota and cache. 404 on delete → done unless <c>reRaise</c>.
/// </summary>
public sealed class TagEndpoint
{
    private readonly ResourceScope _scope;

    internal TagEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new TagPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing and changing nothing.</summary>
    public TagPlan Plan { get; }

    /// <summary>Every tag of the workspace (<c>GET workspaces/{wid}/tags</c>).</summary>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tags.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<TogglTag>> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TagList(refresh), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>Creates a tag (<c>POST workspaces/{wid}/tags</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tag as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that looks for it by name failed too: Toggl may have created it.
    /// (Found by that listing, it is the result; not listed, the create's error is thrown.)
    /// </exception>
    /// <exception cref="TogglException">Toggl refused (a tag of that name exists), could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTag> CreateAsync(string name, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TagCreate(name), cancellationToken).ConfigureAwait(false));

    /// <summary>Creates the tag a body names.</summary>
    /// <param name="body">The tag; <see cref="TagBody.Name"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tag as Toggl created it.</returns>
    /// <exception cref="ArgumentException">The body names no tag; nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that looks for it by name failed too: Toggl may have created it.
    /// (Found by that listing, it is the result; not listed, the create's error is thrown.)
    /// </exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<TogglTag> CreateAsync(TagBody body, CancellationToken cancellationToken = default) =>
        CreateAsync(ResourceCalls.TagName(body), cancellationToken);

    /// <summary>Renames a tag (<c>PUT workspaces/{wid}/tags/{id}</c>).</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tag as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTag> RenameAsync(long tagId, string name, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ResourceCalls.TagRename(tagId, name), cancellationToken).ConfigureAwait(false));

    /// <summary>Renames a tag to the name a body carries.</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="body">The new name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tag as Toggl holds it now.</returns>
    /// <exception cref="ArgumentException">The body names no tag; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<TogglTag> RenameAsync(long tagId, TagBody body, CancellationToken cancellationToken = default) =>
        RenameAsync(tagId, ResourceCalls.TagName(body), cancellationToken);

    /// <summary>Deletes a tag; one already gone (404) is fine unless <c>reRaise</c>.</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task DeleteAsync(long tagId, CancellationToken cancellationToken = default) =>
        _scope.Run(ResourceCalls.TagDelete(tagId), cancellationToken);
}
