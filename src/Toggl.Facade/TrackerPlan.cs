using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The dry run of a <see cref="TrackerEndpoint"/>: for each operation, with the same parameters, the plan it runs —
/// what the cache answers, the requests, what is committed and the follow-ups that depend on Toggl's answers —
/// after the same validation, sending nothing and changing nothing. It reads the cache (no request), as the
/// operation would. The requests it lists (<see cref="TogglPlan.Requests"/>) are exactly those the operation sends
/// when Toggl answers as expected.
/// </summary>
/// <example>
/// <code>
/// var plan = await trackers.Plan.BulkEditAsync(ids, new TrackerBody { Tags = ["billed"], TagAction = TagAction.Add });
/// Console.WriteLine(plan); // PATCH workspaces/1/time_entries/1,2,3 [{"op":"add",...}] ...
/// </code>
/// </example>
public sealed class TrackerPlan
{
    private readonly TrackerEndpoint _endpoint;

    internal TrackerPlan(TrackerEndpoint endpoint) => _endpoint = endpoint;

    /// <summary>The plan of <see cref="TrackerEndpoint.CurrentAsync"/>.</summary>
    /// <param name="refresh"><see langword="true"/> (the default) asks Toggl; <see langword="false"/> lets a synced cache answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    public Task<TogglPlan> CurrentAsync(bool refresh = true, CancellationToken cancellationToken = default) =>
        Printed(Core.Plan.current(_endpoint.Core, refresh, cancellationToken), cancellationToken);

    /// <summary>The plan of <see cref="TrackerEndpoint.CollectAsync(DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, bool, CancellationToken)"/>.</summary>
    /// <param name="since">Trackers changed since this instant.</param>
    /// <param name="before">Trackers started before this instant.</param>
    /// <param name="startDate">Start of a range of start times.</param>
    /// <param name="endDate">End of the range.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits.</exception>
    public Task<TogglPlan> CollectAsync(
        DateTimeOffset? since = null,
        DateTimeOffset? before = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        bool refresh = false,
        CancellationToken cancellationToken = default) =>
        Collect(Filters.Collect(since, before, startDate, endDate), refresh, cancellationToken);

    /// <summary>The plan of <see cref="TrackerEndpoint.CollectAsync(DateOnly, DateOnly, bool, CancellationToken)"/>.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The end of the range (excluded).</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a synced cache answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits.</exception>
    public Task<TogglPlan> CollectAsync(
        DateOnly startDate,
        DateOnly endDate,
        bool refresh = false,
        CancellationToken cancellationToken = default) =>
        Collect(Filters.Collect(startDate, endDate), refresh, cancellationToken);

    /// <summary>The plan of <see cref="TrackerEndpoint.GetAsync(long, bool, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public Task<TogglPlan> GetAsync(long trackerId, bool refresh = false, CancellationToken cancellationToken = default) =>
        Printed(Core.Plan.get(_endpoint.Core, trackerId, refresh, cancellationToken), cancellationToken);

    /// <summary>The plan of <see cref="TrackerEndpoint.AddAsync"/> (a missing start is now).</summary>
    /// <param name="body">The tracker.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglNamingException">The body has no description.</exception>
    public Task<TogglPlan> AddAsync(TrackerBody body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Printed(Core.Plan.add(_endpoint.Core, Convert.ToCore(body), cancellationToken), cancellationToken);
    }

    /// <summary>The plan of <see cref="TrackerEndpoint.EditAsync(long, TrackerBody, bool, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="meta">Ask for meta fields.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public Task<TogglPlan> EditAsync(long trackerId, TrackerBody body, bool meta = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Printed(Core.Plan.edit(_endpoint.Core, trackerId, Convert.ToCore(body), meta, cancellationToken), cancellationToken);
    }

    /// <summary>The plan of <see cref="TrackerEndpoint.BulkEditAsync"/>: one request per 100 ids, none for no ids.</summary>
    /// <param name="trackerIds">The trackers' ids.</param>
    /// <param name="body">The changes.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An invalid id, or a body that changes nothing.</exception>
    public Task<TogglPlan> BulkEditAsync(IEnumerable<long> trackerIds, TrackerBody body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackerIds);
        ArgumentNullException.ThrowIfNull(body);
        var ids = Interop.ToFSharpList(trackerIds.ToArray());
        return Printed(Core.Plan.bulkEdit(_endpoint.Core, ids, Convert.ToCore(body), cancellationToken), cancellationToken);
    }

    /// <summary>The plan of <see cref="TrackerEndpoint.DeleteAsync(long, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public Task<TogglPlan> DeleteAsync(long trackerId, CancellationToken cancellationToken = default) =>
        Printed(Core.Plan.delete(_endpoint.Core, trackerId, cancellationToken), cancellationToken);

    /// <summary>The plan of <see cref="TrackerEndpoint.StopAsync(long, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public Task<TogglPlan> StopAsync(long trackerId, CancellationToken cancellationToken = default) =>
        Printed(Core.Plan.stop(_endpoint.Core, trackerId, cancellationToken), cancellationToken);

    /// <summary>
    /// The plan of <see cref="TrackerEndpoint.SyncAsync"/>: <c>since=</c> the cache's cursor, or the whole window when the
    /// cache has none (reading the cursor is a local read of the cache, not a request).
    /// </summary>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no cache.</exception>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    public Task<TogglPlan> SyncAsync(CancellationToken cancellationToken = default)
    {
        if (_endpoint.Settings.Cache is null)
            throw new InvalidOperationException("A sync needs a cache: the endpoint has none.");
        return Printed(Core.Plan.sync(_endpoint.Core, cancellationToken), cancellationToken);
    }

    /// <summary>The plan of <see cref="TrackerEndpoint.ProjectsAsync"/>: the first page, and the next while a page is full.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ProjectsAsync(CancellationToken cancellationToken = default) =>
        Printed(
            Core.TogglCall.plan(Core.Projects.list(_endpoint.Core, Core.ResourceBody.allProjects, true), cancellationToken),
            cancellationToken);

    private Task<TogglPlan> Collect(Core.CollectFilter filter, bool refresh, CancellationToken cancellationToken) =>
        Printed(Core.Plan.collect(_endpoint.Core, filter, refresh, cancellationToken), cancellationToken);

    private static async Task<TogglPlan> Printed(
        Task<FSharpResult<Core.PrintedPlan, Core.TogglError>> plan,
        CancellationToken cancellationToken)
    {
        var printed = await Interop.Unwrap(plan, cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(printed);
    }
}
