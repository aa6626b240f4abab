using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// A cache in a SQLite database (the Python library's <c>SqliteCache</c>). Every change is one transaction; expiry
/// applies to every read; SQL is parameterised only. A file that is not a database, or lacks a table,
/// column or index the cache needs, is moved aside and rebuilt empty (the next sync fills it again); a
/// folder where the file belongs is reported, never touched. The file is readable by its owner only.
/// After <see cref="TogglCache.Dispose"/> every method throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class SqliteCache : TogglCache
{
    /// <summary>The file name used when <c>path</c> names a folder, as the Python library names it.</summary>
    public const string DefaultFileName = "cache.sqlite";

    /// <summary>A SQLite cache, created when missing.</summary>
    /// <param name="path">
    /// The database file; an existing folder (or a path ending with a separator) means
    /// <see cref="DefaultFileName"/> inside it, the Python library's layout.
    /// </param>
    /// <param name="expireAfter">How long a cached tracker stays visible; <see langword="null"/> keeps it forever.</param>
    /// <param name="timeProvider">The clock behind the expiry; <see langword="null"/> uses the system clock.</param>
    /// <param name="logger">Where the cache tells what it does (a file moved aside); <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive.</exception>
    public SqliteCache(string path, TimeSpan? expireAfter = null, TimeProvider? timeProvider = null, ILogger? logger = null)
        : this(Open(path, expireAfter, timeProvider, logger)) { }

    private SqliteCache(Core.SqliteCache cache)
        : base(cache, cache.Path) { }

    private static Core.SqliteCache Open(string path, TimeSpan? expireAfter, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var checkedExpiry = CheckExpiry(expireAfter);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || Path.EndsInDirectorySeparator(path))
        {
            Interop.CreateOwnerOnlyFolder(full);
            full = Path.Combine(full, DefaultFileName);
        }
        else if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Interop.CreateOwnerOnlyFolder(folder);
        }
        return new Core.SqliteCache(
            full,
            Interop.ToOption(checkedExpiry),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger.Instance);
    }
}
