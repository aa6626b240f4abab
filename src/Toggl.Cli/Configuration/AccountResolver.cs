using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// The account, read by the façade's <see cref="TogglConfiguration.Load(TogglConfigurationSources)"/> (the one
/// configuration reader of the library and the tool): flags, environment (<c>TOGGL_API_TOKEN</c>,
/// <c>TOGGL_PASSWORD</c>, <c>TOGGL_WORKSPACE_ID</c>, <c>TOGGL_BASE_URL</c>), the tool's <c>config.ini</c>,
/// <c>~/.togglrc</c>, defaults. Here only what the tool says when something is missing or malformed.
/// </summary>
internal static class AccountResolver
{
    /// <summary>What to tell someone with no account configured.</summary>
    public const string HowToConfigure =
        "set TOGGL_API_TOKEN and TOGGL_WORKSPACE_ID (your token is on https://track.toggl.com/profile), "
        + "or run `toggl config set --api-token TOKEN --workspace ID`, or write ~/.togglrc "
        + "([auth] api_token = TOKEN, [options] default_wid = ID). "
        + "No account? `toggl demo` shows the tool against a built-in sandbox, and `toggl sandbox` serves one.";

    /// <summary>The account the tool's files and the environment configure.</summary>
    public static TogglAccount Resolve(AccountFlags flags, Func<string, string?> environment, TogglPaths paths) =>
        Resolve(flags, environment, paths.ConfigFile, paths.Togglrc);

    /// <summary>
    /// The account, or a <see cref="CliException"/>: exit code 2 naming a malformed value's source, or "not
    /// configured" saying what is missing and how to set it. A missing workspace is not an error: the account then
    /// has none, and the session uses the user's default workspace (<see cref="DefaultWorkspace"/>).
    /// </summary>
    /// <param name="flags">The command line's values.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="configFile">The tool's <c>config.ini</c>; null for none.</param>
    /// <param name="togglrc">togglCli's <c>~/.togglrc</c>; null for none.</param>
    public static TogglAccount Resolve(AccountFlags flags, Func<string, string?> environment, string? configFile, string? togglrc)
    {
        var configuration = Read(flags, environment, configFile, togglrc);

        if (configuration.Auth is null && configuration.WorkspaceId is null)
        {
            throw new CliException(ExitCodes.NotConfigured, "no Toggl account is configured: " + HowToConfigure);
        }

        if (configuration.Auth is not { } credentials)
        {
            throw new CliException(ExitCodes.NotConfigured, "no Toggl API token is configured: " + HowToConfigure);
        }

        // No workspace configured: the session asks Toggl for the user's default one (GET me) once and remembers it.
        return new TogglAccount(credentials, configuration.WorkspaceId, configuration.BaseAddress ?? TogglClientOptions.DefaultBaseAddress);
    }

    /// <summary>
    /// Checks the values <c>toggl config set</c> is about to store, whichever are given, each by the rule it will
    /// be read back with: a <see cref="CliException"/> (exit code 2) naming the flag otherwise.
    /// </summary>
    /// <param name="flags">The values to store.</param>
    public static void Check(AccountFlags flags) => Read(flags, _ => null, configFile: null, togglrc: null);

    private static TogglConfiguration Read(AccountFlags flags, Func<string, string?> environment, string? configFile, string? togglrc)
    {
        try
        {
            return TogglConfiguration.Load(new TogglConfigurationSources
            {
                Overrides = new TogglConfigurationOverrides
                {
                    ApiToken = flags.ApiToken,
                    ApiTokenSource = "--api-token",
                    WorkspaceId = flags.WorkspaceId,
                    WorkspaceIdSource = "--workspace",
                    BaseAddress = flags.BaseUrl,
                    BaseAddressSource = "--base-url",
                },
                Environment = environment,
                ConfigFile = configFile,
                TogglrcFile = togglrc,
            });
        }
        catch (TogglConfigurationException e)
        {
            throw CliException.BadArguments(e.Message.TrimEnd('.'));
        }
    }
}
