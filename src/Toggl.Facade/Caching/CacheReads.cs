using Core = Toggl.Core;

namespace Toggl;

/// <summary>The reads every façade cache offers, on top of a core cache.</summary>
internal static class CacheReads
{
    public static async Task<IReadOnlyList<TogglTracker>> LoadAsync(Core.ITrackerCache cache, CancellationToken cancellationToken)
    {
        var trackers = await Interop.Unwrap(cache.Load(cancellationToken), cancellationToken).ConfigureAwait(false);
        return Convert.NewestFirst(trackers);
    }

    public static async Task<IReadOnlyList<TogglTracker>> QueryAsync(
        Core.ITrackerCache cache,
        IEnumerable<TogglQuery> queries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var coreQueries = new List<Core.TogglQuery>();
        foreach (var query in queries)
        {
            ArgumentNullException.ThrowIfNull(query, nameof(queries));
            coreQueries.Add(query.ToCore());
        }
        var trackers = await Interop
            .Unwrap(cache.Query(Interop.ToFSharpList(coreQueries), cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.NewestFirst(trackers);
    }

    public static async Task<TogglTracker?> FindAsync(Core.ITrackerCache cache, long trackerId, CancellationToken cancellationToken)
    {
        var found = await Interop.Unwrap(cache.Find(trackerId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(found);
    }

    public static async Task<DateTimeOffset?> LastSyncAsync(Core.ITrackerCache cache, CancellationToken cancellationToken)
    {
        var cursor = await Interop.Unwrap(cache.SyncCursor(cancellationToken), cancellationToken).ConfigureAwait(false);
        // A cursor invalidated after a write of unknown outcome is no sync: the cache must not be trusted.
        return Interop.ToNullable(cursor) is { } last && last > Core.Trackers.invalidCursor ? last : null;
    }

    public static TimeSpan? ExpireAfter(Core.ITrackerCache cache) =>
        Interop.ToNullable(cache.ExpireAfter);

    public static TimeSpan? CheckExpiry(TimeSpan? expireAfter) =>
        expireAfter is { } span && span <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(expireAfter), span, "The expiry must be positive (null keeps trackers forever).")
            : expireAfter;
}
