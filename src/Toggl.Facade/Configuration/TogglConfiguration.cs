using System.Globalization;

namespace Toggl;

/// <summary>
/// Credentials, workspace and base address, read by one set of rules for the library and the <c>toggl</c> tool
/// alike: explicit overrides, then the environment, then an application's config file, then <c>~/.togglrc</c> (the
/// places the Python library and togglCli read), each value from the first source that has it. Any part can be
/// missing (<see langword="null"/>); a missing base address is Toggl's.
/// </summary>
/// <param name="Auth">The credentials, if found.</param>
/// <param name="WorkspaceId">The default workspace, if found.</param>
/// <param name="BaseAddress">The API base address, if set (e.g. a sandbox); <see langword="null"/> is Toggl's.</param>
/// <example>
/// <code>
/// var config = TogglConfiguration.Load();
/// using var trackers = config.CreateTrackerEndpoint();   // credentials, workspace and TOGGL_BASE_URL
/// </code>
/// </example>
public sealed record TogglConfiguration(BasicAuth? Auth, long? WorkspaceId, Uri? BaseAddress)
{
    /// <summary>The API token; with <see cref="PasswordVariable"/> set, the e-mail of an e-mail/password login.</summary>
    public const string ApiTokenVariable = "TOGGL_API_TOKEN";

    /// <summary>The password: when set, <see cref="ApiTokenVariable"/> holds the e-mail, whatever it looks like (the Python library's convention).</summary>
    public const string PasswordVariable = "TOGGL_PASSWORD";

    /// <summary>The default workspace id.</summary>
    public const string WorkspaceIdVariable = "TOGGL_WORKSPACE_ID";

    /// <summary>The API base address (a sandbox's <c>http://127.0.0.1:port/api/v9/</c>).</summary>
    public const string BaseUrlVariable = "TOGGL_BASE_URL";

    /// <summary>Nothing found.</summary>
    public static TogglConfiguration Empty { get; } = new(null, null, null);

    /// <summary>
    /// The configuration from environment variables: <c>TOGGL_API_TOKEN</c> (an API token, or with
    /// <c>TOGGL_PASSWORD</c> set the e-mail of an e-mail/password login), <c>TOGGL_WORKSPACE_ID</c> and
    /// <c>TOGGL_BASE_URL</c>.
    /// </summary>
    /// <returns>What the environment holds.</returns>
    /// <exception cref="TogglConfigurationException">A variable is malformed; the message names it, never a secret.</exception>
    public static TogglConfiguration FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>
    /// The configuration from a togglCli INI file: <c>[auth]</c> <c>api_token</c>, or <c>email</c> and
    /// <c>password</c>; <c>[options]</c> <c>default_wid</c> and <c>base_url</c>.
    /// </summary>
    /// <param name="path">The file; <see langword="null"/> is <c>~/.togglrc</c>, and a missing <c>~/.togglrc</c> gives <see cref="Empty"/>.</param>
    /// <returns>What the file holds.</returns>
    /// <exception cref="FileNotFoundException">An explicit <paramref name="path"/> does not exist.</exception>
    /// <exception cref="TogglConfigurationException">The file is malformed; the message names the line or key.</exception>
    public static TogglConfiguration FromTogglrc(string? path = null)
    {
        var file = path ?? DefaultTogglrcPath;
        if (path is not null && !File.Exists(file))
            throw new FileNotFoundException($"No togglrc file at {file}.", file);
        return Resolve([new IniSource(TogglIniFile.Load(file))]);
    }

    /// <summary>The environment first, then <c>~/.togglrc</c>, each value from the first that has it.</summary>
    /// <returns>The combined configuration.</returns>
    /// <exception cref="TogglConfigurationException">A variable or the file is malformed; the message names which.</exception>
    public static TogglConfiguration Load() => Load(TogglConfigurationSources.Default);

    /// <summary>
    /// The configuration from <paramref name="sources"/>: the overrides, then the environment, then the config file,
    /// then <c>~/.togglrc</c>. Each value (credentials, workspace, base address) is taken from the first source that
    /// has it, and only a value taken is checked; a file is read whole, so a malformed line is an error wherever it is.
    /// The base address follows the one rule of the core (absolute <c>https://</c>, or <c>http://</c> to a loopback
    /// host, no user info, a trailing slash added).
    /// </summary>
    /// <param name="sources">Where to look.</param>
    /// <returns>What the sources hold; a part no source has is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    /// <exception cref="TogglConfigurationException">A value taken, or a line of a file, is malformed; the message names its source, never a secret.</exception>
    /// <exception cref="IOException">A file exists but cannot be read.</exception>
    public static TogglConfiguration Load(TogglConfigurationSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var found = new List<ConfigurationSource> { new OverridesSource(sources.Overrides ?? TogglConfigurationOverrides.None) };
        if (sources.Environment is { } environment)
            found.Add(new EnvironmentSource(environment));
        foreach (var path in new[] { sources.ConfigFile, sources.TogglrcFile })
        {
            if (path is not null)
                found.Add(new IniSource(TogglIniFile.Load(path)));
        }
        return Resolve(found);
    }

    /// <summary>
    /// An endpoint built from everything the configuration holds: the credentials, the workspace and the base
    /// address (<c>TOGGL_BASE_URL</c>). The one way to turn a configuration into an endpoint, so none of it is
    /// dropped on the way.
    /// </summary>
    /// <param name="cache">A cache answering reads without requests; the caller keeps ownership and disposes it.</param>
    /// <param name="options">
    /// Logger, clock, pacing, deadlines; a <see cref="TogglClientOptions.BaseAddress"/> set here wins over the
    /// configuration's.
    /// </param>
    /// <returns>The endpoint; dispose it.</returns>
    /// <exception cref="TogglConfigurationException">The configuration has no credentials or no workspace; the message says which and where to set it.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see the <see cref="TrackerEndpoint"/> constructor).</exception>
    public TrackerEndpoint CreateTrackerEndpoint(ITogglCache? cache = null, TogglClientOptions? options = null)
    {
        var missing = new List<string>();
        if (Auth is null)
            missing.Add($"no credentials (set {ApiTokenVariable}, or [auth] api_token in ~/.togglrc)");
        if (WorkspaceId is null)
            missing.Add($"no workspace (set {WorkspaceIdVariable}, or [options] default_wid in ~/.togglrc)");
        if (Auth is null || WorkspaceId is not { } workspaceId)
            throw new TogglConfigurationException($"Cannot create a TrackerEndpoint: the configuration has {string.Join(" and ", missing)}.");

        var settings = EndpointSettings.Create(
            workspaceId, Auth, cache, client: null, timeout: null, reRaise: false, retries: 3, options);
        if (options?.BaseAddress is null && BaseAddress is not null)
            settings = settings with { BaseAddress = EndpointSettings.CheckBaseAddress(BaseAddress) };
        return new TrackerEndpoint(settings, pacer: null, quotaGate: null);
    }

    /// <summary><c>~/.togglrc</c> in the user's home folder.</summary>
    public static string DefaultTogglrcPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".togglrc");

    /// <summary>This configuration, with the parts it lacks taken from <paramref name="fallback"/>.</summary>
    /// <param name="fallback">Where missing parts come from.</param>
    /// <returns>The combined configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public TogglConfiguration Or(TogglConfiguration fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new TogglConfiguration(Auth ?? fallback.Auth, WorkspaceId ?? fallback.WorkspaceId, BaseAddress ?? fallback.BaseAddress);
    }

    internal static TogglConfiguration FromVariables(Func<string, string?> variable) =>
        Resolve([new EnvironmentSource(variable)]);

    internal static TogglConfiguration FromTogglrcLines(IEnumerable<string> lines, string source) =>
        Resolve([new IniSource(TogglIniFile.Parse(lines, source))]);

    // The one precedence rule: each value from the first source that has it. Select is lazy, so a source after the
    // one that answers is never asked, and its malformed value is no error.
    private static TogglConfiguration Resolve(IReadOnlyList<ConfigurationSource> sources) =>
        new(
            sources.Select(source => source.Credentials()).FirstOrDefault(auth => auth is not null),
            sources.Select(source => source.WorkspaceId()).FirstOrDefault(value => value is not null) is { } workspace
                ? WorkspaceIdOf(workspace.Text, workspace.Where)
                : null,
            sources.Select(source => source.BaseAddress()).FirstOrDefault(value => value is not null) is { } address
                ? BaseAddressOf(address.Text, address.Where)
                : null);

    private static long WorkspaceIdOf(string text, string where)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        // The value is not repeated: a token pasted into the wrong variable must not end up in a log.
        throw new TogglConfigurationException($"{where} must be a positive workspace id (digits only); what is set there is not one.");
    }

    // The core's rule, the one every layer uses.
    private static Uri BaseAddressOf(string text, string where) => BaseAddressRule.Parse(text, where);
}
