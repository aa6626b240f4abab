namespace Toggl.Cli.Infrastructure;

/// <summary>
/// Creates the tool's folders and files readable by their owner only: the cache holds a person's time
/// entries and the config may hold an API token (Unix modes 0700 for folders, 0600 for files).
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its parents) if missing; a folder the tool creates is owner-only.</summary>
    public static void EnsureFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (File.Exists(path))
        {
            // E.g. a library cache created as ~/.cache/togglfun: say which path, and leave the user's file alone.
            throw new CliException(ExitCodes.Error, $"{path} is a file, but the tool keeps a folder there: move or rename the file");
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerFolder);
        }
    }

    /// <summary>
    /// Makes sure the file exists with mode 0600 before anything else (SQLite, a JSON writer) opens it, so
    /// it is never readable by others, not even for a moment. An existing file is narrowed to 0600.
    /// </summary>
    public static void EnsureFile(string path)
    {
        EnsureFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerFile;
            }

            try
            {
                using var _ = new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another toggl process created it in between; narrowing it below is enough.
            }
        }

        Narrow(path);
    }

    /// <summary>
    /// Writes the text whole into an owner-only file through the core's one atomic writer
    /// (<see cref="Toggl.Core.OwnerOnlyFile"/>: temp file, flushed to disk, renamed; on failure the temp file is
    /// removed before the exception goes on, so a full disk or an unwritable target leaves no <c>*.tmp</c> behind).
    /// </summary>
    public static void WriteAllText(string path, string text)
    {
        EnsureFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Toggl.Core.OwnerOnlyFile.Replace(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });
        Narrow(path);
    }

    /// <summary>
    /// Throws the error <see cref="WriteAllText"/> would meet in <paramref name="path"/>'s folder, if any, by
    /// creating and removing the temp file it writes first; changes nothing else.
    /// </summary>
    public static void ProbeFolder(string path)
    {
        var temp = TempPath(path);
        try
        {
            // Create, not CreateNew: a temp file left by an earlier crash of a process with this id is ours to replace.
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerFile;
            }

            using var _ = new FileStream(temp, options);
        }
        finally
        {
            DeleteQuietly(temp);
        }
    }

    /// <summary>Whether the owner may write the file or folder (its mode has u+w; on Windows, not read-only).</summary>
    public static bool OwnerMayWrite(string path) => OperatingSystem.IsWindows()
        ? (File.GetAttributes(path) & FileAttributes.ReadOnly) == 0 || Directory.Exists(path)
        : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) != 0;

    private static string TempPath(string path) => path + "." + Environment.ProcessId + ".tmp";

    private static void DeleteQuietly(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done about it; the write's own error is the one to report.
        }
    }

    /// <summary>
    /// Takes away what others may do with the file, and only that: a file its owner made read-only stays
    /// read-only (the tool then refuses to write it rather than quietly making it writable again).
    /// </summary>
    private static void Narrow(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & ~OwnerFile) != 0)
        {
            File.SetUnixFileMode(path, mode & OwnerFile);
        }
    }
}
