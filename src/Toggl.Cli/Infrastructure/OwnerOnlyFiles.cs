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

    /// <summary>Writes the text atomically (temp file + rename) into an owner-only file.</summary>
    public static void WriteAllText(string path, string text)
    {
        var temp = path + "." + Environment.ProcessId + ".tmp";
        EnsureFile(temp);
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
        Narrow(path);
    }

    private static void Narrow(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerFile) != 0)
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }
}
