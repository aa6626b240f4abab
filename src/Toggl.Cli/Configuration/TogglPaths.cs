namespace Toggl.Cli.Configuration;

/// <summary>
/// Where the tool keeps its files. <c>--home</c> or <c>TOGGL_HOME</c> stands in for the user's home folder
/// (tests and the demo use a temporary one); otherwise the XDG base directories are followed:
/// <c>$XDG_CONFIG_HOME/togglfun</c> (default <c>~/.config/togglfun</c>) and <c>$XDG_CACHE_HOME/togglfun</c>
/// (default <c>~/.cache/togglfun</c>). <c>~/.togglrc</c> is read from the same home.
/// </summary>
/// <param name="Home">The home folder in use.</param>
/// <param name="ConfigFolder">Folder of the tool's configuration.</param>
/// <param name="CacheFolder">Folder of the synced cache and the tool's state.</param>
internal sealed record TogglPaths(string Home, string ConfigFolder, string CacheFolder)
{
    /// <summary>The togglCli configuration file the Python library also reads.</summary>
    public string Togglrc => Path.Combine(Home, ".togglrc");

    /// <summary>The tool's own configuration file (same INI format as <c>~/.togglrc</c>).</summary>
    public string ConfigFile => Path.Combine(ConfigFolder, "config.ini");

    /// <summary>The SQLite cache of time entries, one per workspace.</summary>
    public string TrackerCache(long workspaceId) => Path.Combine(CacheFolder, $"trackers-{workspaceId}.sqlite");

    /// <summary>The tool's small state file (last sync, last quota, project names), one per workspace.</summary>
    public string StateFile(long workspaceId) => Path.Combine(CacheFolder, $"state-{workspaceId}.json");

    /// <summary>The user's default workspace as asked of Toggl once, for an account with none configured.</summary>
    public string DefaultWorkspaceFile => Path.Combine(CacheFolder, "default-workspace.json");

    /// <summary>Resolves the folders from the home override and the environment.</summary>
    public static TogglPaths Resolve(string? homeOverride, Func<string, string?> environment)
    {
        var home = Blank(homeOverride) ?? Blank(environment("TOGGL_HOME"));
        if (home is not null)
        {
            // A home override is a whole pretend home: the real XDG folders are not consulted.
            home = Path.GetFullPath(home);
            return new TogglPaths(home, Path.Combine(home, ".config", "togglfun"), Path.Combine(home, ".cache", "togglfun"));
        }

        var userHome = Blank(environment("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var config = Blank(environment("XDG_CONFIG_HOME")) ?? Path.Combine(userHome, ".config");
        var cache = Blank(environment("XDG_CACHE_HOME")) ?? Path.Combine(userHome, ".cache");
        return new TogglPaths(userHome, Path.Combine(config, "togglfun"), Path.Combine(cache, "togglfun"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
