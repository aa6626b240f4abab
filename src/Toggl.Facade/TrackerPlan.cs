using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The dry run of a <see cref="TrackerEndpoint"/>: the HTTP requests an operation sends to Toggl, after the
/// same validation, sending nothing. Because operations are values in TogglFun's core, the plan is exactly
/// what the endpoint would send when it goes to Toggl (reads a synced cache answers send none).
/// </summary>
/// <example>
/// <code>
/// foreach (var request in trackers.Plan.BulkEdit(ids, new TrackerBody { Tags = ["billed"], TagAction = TagAction.Add }))
///     Console.WriteLine(request); // PATCH workspaces/1/time_entries/1,2,3 [{"op":"add",...}]
/// </code>
/// </example>
public sealed class TrackerPlan
{
    private readonly TrackerEndpoint _endpoint;

    internal TrackerPlan(TrackerEndpoint endpoint) => _endpoint = endpoint;

    /// <summary>The request of <see cref="TrackerEndpoint.CurrentAsync"/> with <c>refresh: true</c>.</summary>
    /// <returns>The requests.</returns>
    public IReadOnlyList<PlannedRequest> Current() => Validated(Core.TrackerRequest.Current);

    /// <summary>The request of <see cref="TrackerEndpoint.CollectAsync(DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, bool, CancellationToken)"/> going to Toggl.</summary>
    /// <param name="since">Trackers changed since this instant.</param>
    /// <param name="before">Trackers started before this instant.</param>
    /// <param name="startDate">Start of a range of start times.</param>
    /// <param name="endDate">End of the range.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits.</exception>
    public IReadOnlyList<PlannedRequest> Collect(
        DateTimeOffset? since = null,
        DateTimeOffset? before = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null) =>
        Validated(Core.TrackerRequest.NewCollect(Filters.Collect(since, before, startDate, endDate)));

    /// <summary>The request of <see cref="TrackerEndpoint.CollectAsync(DateOnly, DateOnly, bool, CancellationToken)"/> going to Toggl.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The end of the range (excluded).</param>
    /// <returns>The requests.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits.</exception>
    public IReadOnlyList<PlannedRequest> Collect(DateOnly startDate, DateOnly endDate) =>
        Validated(Core.TrackerRequest.NewCollect(Filters.Collect(startDate, endDate)));

    /// <summary>The request of <see cref="TrackerEndpoint.GetAsync(long, bool, CancellationToken)"/> going to Toggl.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public IReadOnlyList<PlannedRequest> Get(long trackerId) => Validated(Core.TrackerRequest.NewGet(trackerId, false));

    /// <summary>The request of <see cref="TrackerEndpoint.AddAsync"/> (a missing start is now).</summary>
    /// <param name="body">The tracker.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglNamingException">The body has no description.</exception>
    public IReadOnlyList<PlannedRequest> Add(TrackerBody body) => Validated(Core.TrackerRequest.NewAdd(Convert.ToCore(body)));

    /// <summary>The request of <see cref="TrackerEndpoint.EditAsync(long, TrackerBody, bool, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="meta">Ask for meta fields.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public IReadOnlyList<PlannedRequest> Edit(long trackerId, TrackerBody body, bool meta = false) =>
        Validated(Core.TrackerRequest.NewEdit(trackerId, Convert.ToCore(body), meta));

    /// <summary>The requests of <see cref="TrackerEndpoint.BulkEditAsync"/>: one per 100 ids.</summary>
    /// <param name="trackerIds">The trackers' ids.</param>
    /// <param name="body">The changes.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No ids, an invalid id, or a body that changes nothing.</exception>
    public IReadOnlyList<PlannedRequest> BulkEdit(IEnumerable<long> trackerIds, TrackerBody body)
    {
        ArgumentNullException.ThrowIfNull(trackerIds);
        return Validated(Core.TrackerRequest.NewBulkEdit(Interop.ToFSharpList(trackerIds.ToArray()), Convert.ToCore(body)));
    }

    /// <summary>The request of <see cref="TrackerEndpoint.DeleteAsync(long, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public IReadOnlyList<PlannedRequest> Delete(long trackerId) => Validated(Core.TrackerRequest.NewDelete(trackerId));

    /// <summary>The request of <see cref="TrackerEndpoint.StopAsync(long, CancellationToken)"/>.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    public IReadOnlyList<PlannedRequest> Stop(long trackerId) => Validated(Core.TrackerRequest.NewStop(trackerId));

    /// <summary>
    /// The request of <see cref="TrackerEndpoint.SyncAsync"/>: <c>since=</c> the cache's cursor, or the whole window
    /// when the cache has none (reading the cursor is a local read of the cache, not a request).
    /// </summary>
    /// <returns>The requests.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no cache.</exception>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    public IReadOnlyList<PlannedRequest> Sync()
    {
        var cache = _endpoint.Settings.Cache
            ?? throw new InvalidOperationException("A sync needs a cache: the endpoint has none.");
        // A dry run is synchronous; the cursor read is local and short. Task.Run keeps a caller's
        // synchronization context out of it, so blocking cannot deadlock.
        var cursor = Task.Run(() => cache.LastSyncAsync()).GetAwaiter().GetResult();
        var now = _endpoint.Settings.TimeProvider.GetUtcNow();
        var window = Toggl.Core.Trackers.fullWindow(now);
        var filter = cursor is { } since && now - since < Toggl.Core.Trackers.maxCursorAge
            ? Filters.Collect(since, null, null, null)
            : Filters.Collect(window.Item1, window.Item2);
        // The same request the sync sends, unvalidated as there: the window is built within Toggl's limits.
        return Toggl.Core.Plan.requests(_endpoint.WorkspaceId, Core.TrackerRequest.NewCollect(filter))
            .Select(Convert.ToFacade)
            .ToArray();
    }

    private IReadOnlyList<PlannedRequest> Validated(Core.TrackerRequest request)
    {
        var now = _endpoint.Settings.TimeProvider.GetUtcNow();
        var planned = Interop.Unwrap(Toggl.Core.Plan.validated(now, _endpoint.WorkspaceId, request), CancellationToken.None);
        return planned.Select(Convert.ToFacade).ToArray();
    }
}
