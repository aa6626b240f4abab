using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// A cache in one JSON file, <c>trackers.json</c> in a folder (the seed's <c>JSONCache</c>). Writes are
/// atomic and locked, so a crash never leaves a torn file and several processes can share the folder; a
/// corrupt file is moved aside and the cache starts empty; a file holding one tracker twice keeps the copy
/// Toggl changed last, with a logged warning; a folder where the file belongs is reported, never touched.
/// The file is readable by its owner only. After <see cref="Dispose"/> every method throws
/// <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class JsonCache : ITogglCache
{
    private readonly Core.JsonFileCache _cache;

    /// <summary>A JSON cache in a folder, created when missing.</summary>
    /// <param name="path">The folder holding <c>trackers.json</c>.</param>
    /// <param name="expireAfter">How long a cached tracker stays visible; <see langword="null"/> keeps it forever.</param>
    /// <param name="timeProvider">The clock behind the expiry; <see langword="null"/> uses the system clock.</param>
    /// <param name="logger">Where the cache tells what it does (a file moved aside); <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive.</exception>
    public JsonCache(string path, TimeSpan? expireAfter = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Folder = Path.GetFullPath(path);
        _cache = new Core.JsonFileCache(
            Folder,
            Interop.ToOption(CacheReads.CheckExpiry(expireAfter)),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger.Instance);
    }

    /// <summary>The folder holding the cache file.</summary>
    public string Folder { get; }

    /// <summary>The cache file, <c>trackers.json</c> in <see cref="Folder"/>.</summary>
    public string FilePath => _cache.Path;

    /// <inheritdoc />
    public TimeSpan? ExpireAfter => CacheReads.ExpireAfter(_cache);

    Core.ITrackerCache ITogglCache.Core => _cache;

    /// <inheritdoc />
    public Task<IReadOnlyList<TogglTracker>> LoadAsync(CancellationToken cancellationToken = default) =>
        CacheReads.LoadAsync(_cache, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TogglTracker>> QueryAsync(IEnumerable<TogglQuery> queries, CancellationToken cancellationToken = default) =>
        CacheReads.QueryAsync(_cache, queries, cancellationToken);

    /// <inheritdoc />
    public Task<TogglTracker?> FindAsync(long trackerId, CancellationToken cancellationToken = default) =>
        CacheReads.FindAsync(_cache, trackerId, cancellationToken);

    /// <inheritdoc />
    public Task<DateTimeOffset?> LastSyncAsync(CancellationToken cancellationToken = default) =>
        CacheReads.LastSyncAsync(_cache, cancellationToken);

    /// <summary>Releases the file lock and the in-memory index.</summary>
    public void Dispose() => ((IDisposable)_cache).Dispose();

    /// <summary>The cache and its file, e.g. <c>JsonCache(/home/me/.cache/toggl/trackers.json)</c>.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JsonCache({FilePath})";
}
