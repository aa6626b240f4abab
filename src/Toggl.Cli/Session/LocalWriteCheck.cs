using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Session;

/// <summary>
/// Before a command sends a write to Toggl, checks that the tool will be able to record it: the SQLite cache
/// (with its -wal and -shm files) and the state file can be written, and their folder takes the state's
/// temp file. A change Toggl accepted but the tool could not record would be reported as a failure, and
/// the retry it invites would make it twice; refusing up front sends nothing.
/// </summary>
internal static class LocalWriteCheck
{
    /// <summary>Throws a <see cref="CliException"/> (exit code 1) naming the first file that cannot be written.</summary>
    /// <param name="cacheFile">The SQLite cache.</param>
    /// <param name="stateFile">The tool's state file.</param>
    public static void Ensure(string cacheFile, string stateFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(stateFile))!;
        Check(folder, "the folder", () =>
        {
            if (!OwnerOnlyFiles.OwnerMayWrite(folder))
            {
                throw new UnauthorizedAccessException("it is read-only");
            }

            OwnerOnlyFiles.ProbeFolder(stateFile);
        });
        Check(stateFile, "the state file", () => WritableFile(stateFile));
        foreach (var file in new[] { cacheFile, cacheFile + "-wal", cacheFile + "-shm" })
        {
            Check(file, "the cache file", () => WritableFile(file));
        }
    }

    private static void WritableFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a folder");
        }

        if (!File.Exists(path))
        {
            return;
        }

        // A file made read-only on purpose is left alone, even where the mode would not stop this process (root).
        if (!OwnerOnlyFiles.OwnerMayWrite(path))
        {
            throw new UnauthorizedAccessException("it is read-only");
        }

        // Opening for writing (without writing) meets what SQLite or the rename would: permissions, a read-only disk.
        using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    }

    private static void Check(string path, string what, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e.Message.StartsWith("it is ", StringComparison.Ordinal) ? e.Message : e.Message.TrimEnd('.');
            throw new CliException(
                ExitCodes.Error,
                $"cannot write {what} {path}: {reason}; nothing was sent to Toggl. "
                + "Make it writable (or move it away; `toggl sync` rebuilds the cache and the state), then run the command again.");
        }
    }
}
