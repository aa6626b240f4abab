namespace Toggl;

/// <summary>The dry run of a <see cref="TagEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class TagPlan
{
    private readonly ResourceScope _scope;

    internal TagPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="TagEndpoint.ListAsync"/>.</summary>
    /// <param name="refresh">Whether the cache may answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ListAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TagList(refresh), cancellationToken);

    /// <summary>The plan of <see cref="TagEndpoint.CreateAsync(string, CancellationToken)"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> CreateAsync(string name, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TagCreate(name), cancellationToken);

    /// <summary>The plan of <see cref="TagEndpoint.RenameAsync(long, string, CancellationToken)"/>.</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> RenameAsync(long tagId, string name, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TagRename(tagId, name), cancellationToken);

    /// <summary>The plan of <see cref="TagEndpoint.DeleteAsync"/>.</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> DeleteAsync(long tagId, CancellationToken cancellationToken = default) =>
        _scope.Plan(ResourceCalls.TagDelete(tagId), cancellationToken);
}
