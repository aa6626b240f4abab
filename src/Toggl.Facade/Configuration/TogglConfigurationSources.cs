namespace Toggl;

/// <summary>
/// Where <see cref="TogglConfiguration.Load(TogglConfigurationSources)"/> looks, in order of precedence:
/// <see cref="Overrides"/>, then <see cref="Environment"/>, then <see cref="ConfigFile"/>, then
/// <see cref="TogglrcFile"/>; the defaults come last. Each value (credentials, workspace, base address) is taken from
/// the first source that has it.
/// </summary>
/// <example>
/// <code>
/// var config = TogglConfiguration.Load(new TogglConfigurationSources
/// {
///     Overrides = new TogglConfigurationOverrides { WorkspaceId = "123" },
///     ConfigFile = "/etc/myapp/toggl.ini",
/// });
/// </code>
/// </example>
public sealed record TogglConfigurationSources
{
    /// <summary>The process environment and <c>~/.togglrc</c>: what <see cref="TogglConfiguration.Load()"/> reads.</summary>
    // A new one each time: the home folder, and so ~/.togglrc, is looked up when asked for.
    public static TogglConfigurationSources Default => new();

    /// <summary>Values given by the caller (e.g. command-line flags), which beat every other source.</summary>
    public TogglConfigurationOverrides Overrides { get; init; } = TogglConfigurationOverrides.None;

    /// <summary>
    /// Reads an environment variable (<c>TOGGL_API_TOKEN</c>, <c>TOGGL_PASSWORD</c>, <c>TOGGL_WORKSPACE_ID</c>,
    /// <c>TOGGL_BASE_URL</c>); the process environment by default, <see langword="null"/> for none.
    /// </summary>
    public Func<string, string?>? Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>
    /// An application's own configuration file, in the INI dialect of <c>~/.togglrc</c> (see
    /// <see cref="TogglIniFile"/>) and with its keys; read after the environment. <see langword="null"/> (the
    /// default) for none; a file that does not exist is skipped.
    /// </summary>
    public string? ConfigFile { get; init; }

    /// <summary>
    /// togglCli's file, read last: <see cref="TogglConfiguration.DefaultTogglrcPath"/> by default,
    /// <see langword="null"/> for none; a file that does not exist is skipped.
    /// </summary>
    public string? TogglrcFile { get; init; } = TogglConfiguration.DefaultTogglrcPath;
}
