using System.Globalization;

namespace Toggl;

/// <summary>
/// Credentials, workspace and base address found in the environment or in <c>~/.togglrc</c>, the places the
/// Python library and togglCli read. Any part can be missing (<see langword="null"/>).
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
    /// <summary>The API token, or the e-mail of e-mail/password credentials.</summary>
    public const string ApiTokenVariable = "TOGGL_API_TOKEN";

    /// <summary>The password when <see cref="ApiTokenVariable"/> holds an e-mail.</summary>
    public const string PasswordVariable = "TOGGL_PASSWORD";

    /// <summary>The default workspace id.</summary>
    public const string WorkspaceIdVariable = "TOGGL_WORKSPACE_ID";

    /// <summary>The API base address (a sandbox's <c>http://127.0.0.1:port/api/v9/</c>).</summary>
    public const string BaseUrlVariable = "TOGGL_BASE_URL";

    /// <summary>Nothing found.</summary>
    public static TogglConfiguration Empty { get; } = new(null, null, null);

    /// <summary>
    /// The configuration from environment variables: <c>TOGGL_API_TOKEN</c> (an API token, or an e-mail used with
    /// <c>TOGGL_PASSWORD</c>), <c>TOGGL_WORKSPACE_ID</c> and <c>TOGGL_BASE_URL</c>.
    /// </summary>
    /// <returns>What the environment holds.</returns>
    /// <exception cref="TogglConfigurationException">A variable is malformed; the message names it, never a secret.</exception>
    public static TogglConfiguration FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>
    /// The configuration from a togglCli INI file: <c>[auth]</c> <c>api_token</c>, or <c>email</c> and
    /// <c>password</c>; <c>[options]</c> <c>default_wid</c>.
    /// </summary>
    /// <param name="path">The file; <see langword="null"/> is <c>~/.togglrc</c>, and a missing <c>~/.togglrc</c> gives <see cref="Empty"/>.</param>
    /// <returns>What the file holds.</returns>
    /// <exception cref="FileNotFoundException">An explicit <paramref name="path"/> does not exist.</exception>
    /// <exception cref="TogglConfigurationException">The file is malformed; the message names the line or key.</exception>
    public static TogglConfiguration FromTogglrc(string? path = null)
    {
        var file = path ?? DefaultTogglrcPath;
        if (!File.Exists(file))
        {
            if (path is null)
                return Empty;
            throw new FileNotFoundException($"No togglrc file at {file}.", file);
        }
        return FromTogglrcLines(File.ReadAllLines(file), file);
    }

    /// <summary>The environment first, then <c>~/.togglrc</c> for whatever the environment lacks.</summary>
    /// <returns>The combined configuration.</returns>
    /// <exception cref="TogglConfigurationException">A variable or the file is malformed.</exception>
    public static TogglConfiguration Load()
    {
        var environment = FromEnvironment();
        if (environment.Auth is not null && environment.WorkspaceId is not null)
            return environment;
        return environment.Or(FromTogglrc());
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

    internal static TogglConfiguration FromVariables(Func<string, string?> variable)
    {
        var token = Blank(variable(ApiTokenVariable));
        var password = variable(PasswordVariable);
        BasicAuth? auth = null;
        if (token is not null)
        {
            if (token.Contains('@'))
            {
                if (string.IsNullOrEmpty(password))
                    throw new TogglConfigurationException(
                        $"{ApiTokenVariable} holds an e-mail, so {PasswordVariable} must hold its password; it is not set.");
                auth = Credentials(() => BasicAuth.FromEmailPassword(token, password), ApiTokenVariable);
            }
            else
            {
                auth = Credentials(() => BasicAuth.FromApiToken(token), ApiTokenVariable);
            }
        }
        return new TogglConfiguration(
            auth,
            WorkspaceIdOf(variable(WorkspaceIdVariable), WorkspaceIdVariable),
            BaseAddressOf(variable(BaseUrlVariable), BaseUrlVariable));
    }

    internal static TogglConfiguration FromTogglrcLines(IEnumerable<string> lines, string source)
    {
        var sections = IniFile.Parse(lines, source);
        string? Value(string section, string key) =>
            sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) ? Blank(value) : null;

        BasicAuth? auth = null;
        var token = Value("auth", "api_token");
        var email = Value("auth", "email");
        var password = Value("auth", "password");
        if (token is not null)
            auth = Credentials(() => BasicAuth.FromApiToken(token), $"{source} [auth] api_token");
        else if (email is not null && password is not null)
            auth = Credentials(() => BasicAuth.FromEmailPassword(email, password), $"{source} [auth] email/password");
        else if (email is not null)
            throw new TogglConfigurationException($"{source}: [auth] has an email but no password.");

        return new TogglConfiguration(
            auth,
            WorkspaceIdOf(Value("options", "default_wid"), $"{source} [options] default_wid"),
            BaseAddressOf(Value("options", "base_url"), $"{source} [options] base_url"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BasicAuth Credentials(Func<BasicAuth> make, string where)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            // BasicAuth's messages never repeat the secret.
            throw new TogglConfigurationException($"{where}: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    private static long? WorkspaceIdOf(string? value, string where)
    {
        if (Blank(value) is not { } text)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        throw new TogglConfigurationException($"{where} must be a positive workspace id; got '{text}'.");
    }

    private static Uri? BaseAddressOf(string? value, string where)
    {
        if (Blank(value) is not { } text)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo))
            return uri;
        throw new TogglConfigurationException($"{where} must be an absolute http(s) address without credentials.");
    }
}
