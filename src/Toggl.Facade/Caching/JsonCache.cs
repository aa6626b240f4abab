using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// A cache in one JSON file, <c>trackers.json</c> in a folder (the Python library's <c>JSONCache</c>). Writes are
/// atomic and locked, so a crash never leaves a torn file and several processes can share the folder; a
/// corrupt file is moved aside and the cache starts empty; a file holding one tracker twice keeps the copy
/// Toggl changed last, with a logged warning; a folder where the file belongs is reported, never touched.
/// The file is readable by its owner only. After <see cref="TogglCache.Dispose"/> every method throws
/// <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class JsonCache : TogglCache
{
    /// <summary>A JSON cache in a folder, created when missing.</summary>
    /// <param name="path">The folder holding <c>trackers.json</c>.</param>
    /// <param name="expireAfter">How long a cached tracker stays visible; <see langword="null"/> keeps it forever.</param>
    /// <param name="timeProvider">The clock behind the expiry; <see langword="null"/> uses the system clock.</param>
    /// <param name="logger">Where the cache tells what it does (a file moved aside); <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive.</exception>
    public JsonCache(string path, TimeSpan? expireAfter = null, TimeProvider? timeProvider = null, ILogger? logger = null)
        : this(Open(path, expireAfter, timeProvider, logger)) { }

    private JsonCache((string Folder, Core.JsonFileCache Cache) opened)
        : base(opened.Cache, opened.Cache.Path) =>
        Folder = opened.Folder;

    /// <summary>The folder holding the cache file, <see cref="TogglCache.FilePath"/> (<c>trackers.json</c>).</summary>
    public string Folder { get; }

    private static (string Folder, Core.JsonFileCache Cache) Open(
        string path,
        TimeSpan? expireAfter,
        TimeProvider? timeProvider,
        ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetFullPath(path);
        return (folder, new Core.JsonFileCache(
            folder,
            Interop.ToOption(CheckExpiry(expireAfter)),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger.Instance));
    }
}
