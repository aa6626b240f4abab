using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// A cache of trackers on disk that a <see cref="TrackerEndpoint"/> reads from and writes to:
/// <see cref="JsonCache"/> or <see cref="SqliteCache"/>. Reads apply the expiry: a tracker cached longer
/// ago than <see cref="ExpireAfter"/> is invisible. Several endpoints and processes may share one cache.
/// The endpoint does not dispose the cache: its creator does.
/// </summary>
/// <remarks>Implemented by TogglFun's caches only: the endpoint talks to them through an internal contract.</remarks>
public interface ITogglCache : IDisposable
{
    /// <summary>How long a cached tracker stays visible; <see langword="null"/> keeps it forever.</summary>
    TimeSpan? ExpireAfter { get; }

    /// <summary>Every visible tracker, newest start first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The trackers.</returns>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    Task<IReadOnlyList<TogglTracker>> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>The visible trackers matching every query (no query matches all), newest start first.</summary>
    /// <param name="queries">The conditions, all of which must hold.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The matching trackers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queries"/> or one of them is null.</exception>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    Task<IReadOnlyList<TogglTracker>> QueryAsync(IEnumerable<TogglQuery> queries, CancellationToken cancellationToken = default);

    /// <summary>One tracker by id, if cached and not expired.</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tracker, or <see langword="null"/>.</returns>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    Task<TogglTracker?> FindAsync(long trackerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// When the last <see cref="TrackerEndpoint.SyncAsync"/> read Toggl up to; <see langword="null"/> before the first sync,
    /// and after a write whose outcome is unknown (the cache is then not trusted until the next sync).
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sync cursor, or <see langword="null"/>.</returns>
    /// <exception cref="TogglCacheException">The cache could not be read.</exception>
    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    Task<DateTimeOffset?> LastSyncAsync(CancellationToken cancellationToken = default);

    /// <summary>The core cache the endpoint uses.</summary>
    internal Core.ITrackerCache Core { get; }
}
