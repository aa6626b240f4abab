using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// What <see cref="JsonCache"/> and <see cref="SqliteCache"/> share: every read and the sync cursor answered
/// by the core cache they wrap, with its expiry. Each cache only says how it is created; nothing outside
/// TogglFun derives from this class (its constructor is not visible).
/// </summary>
public abstract class TogglCache : ITogglCache
{
    private readonly Core.ITrackerCache _cache;

    private protected TogglCache(Core.ITrackerCache cache, string filePath)
    {
        _cache = cache;
        FilePath = filePath;
    }

    /// <summary>The file the cache keeps its trackers in.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public TimeSpan? ExpireAfter => Interop.ToNullable(_cache.ExpireAfter);

    Core.ITrackerCache ITogglCache.Core => _cache;

    /// <inheritdoc />
    public async Task<IReadOnlyList<TogglTracker>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var trackers = await Interop.Unwrap(_cache.Load(cancellationToken), cancellationToken).ConfigureAwait(false);
        // The core cache returns them newest start first, then highest id (ITrackerCache.Load/Query).
        return Convert.ToFacade(trackers);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TogglTracker>> QueryAsync(IEnumerable<TogglQuery> queries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var coreQueries = new List<Core.TogglQuery>();
        foreach (var query in queries)
        {
            ArgumentNullException.ThrowIfNull(query, nameof(queries));
            coreQueries.Add(query.ToCore());
        }
        var trackers = await Interop
            .Unwrap(_cache.Query(Interop.ToFSharpList(coreQueries), cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        // The core cache returns them newest start first, then highest id (ITrackerCache.Load/Query).
        return Convert.ToFacade(trackers);
    }

    /// <inheritdoc />
    public async Task<TogglTracker?> FindAsync(long trackerId, CancellationToken cancellationToken = default)
    {
        var found = await Interop.Unwrap(_cache.Find(trackerId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(found);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> LastSyncAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await Interop.Unwrap(_cache.SyncCursor(cancellationToken), cancellationToken).ConfigureAwait(false);
        // A cursor invalidated after a write of unknown outcome is no sync: the cache must not be trusted.
        return Interop.ToNullable(cursor) is { } last && last > Core.Trackers.invalidCursor ? last : null;
    }

    /// <summary>Releases the file: closes the database, or the JSON file's lock and in-memory index.</summary>
    public void Dispose()
    {
        ((IDisposable)_cache).Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The cache and its file, e.g. <c>SqliteCache(/home/me/.cache/toggl/cache.sqlite)</c>.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"{GetType().Name}({FilePath})";

    /// <summary>Refuses an expiry that is not positive, naming the caller's <c>expireAfter</c>.</summary>
    private protected static TimeSpan? CheckExpiry(TimeSpan? expireAfter) =>
        expireAfter is { } span && span <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(expireAfter), span, "The expiry must be positive (null keeps trackers forever).")
            : expireAfter;
}
