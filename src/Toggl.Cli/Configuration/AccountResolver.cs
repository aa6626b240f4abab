using System.Globalization;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// Finds the account in this order: flags, environment (<c>TOGGL_API_TOKEN</c>, <c>TOGGL_PASSWORD</c>,
/// <c>TOGGL_WORKSPACE_ID</c>, <c>TOGGL_BASE_URL</c>), the tool's <c>config.ini</c>, <c>~/.togglrc</c>
/// (<c>[auth] api_token</c> or <c>email</c> + <c>password</c>, <c>[options] default_wid</c>), defaults.
/// Each value is taken from the first source that has it.
/// </summary>
internal static class AccountResolver
{
    /// <summary>What to tell someone with no account configured.</summary>
    public const string HowToConfigure =
        "set TOGGL_API_TOKEN and TOGGL_WORKSPACE_ID (your token is on https://track.toggl.com/profile), "
        + "or run `toggl config set --api-token TOKEN --workspace ID`, or write ~/.togglrc "
        + "([auth] api_token = TOKEN, [options] default_wid = ID). "
        + "No account? `toggl demo` shows the tool against a built-in sandbox, and `toggl sandbox` serves one.";

    /// <summary>The account, or a <see cref="CliException"/> saying what is missing and how to set it.</summary>
    public static TogglAccount Resolve(AccountFlags flags, Func<string, string?> environment, IniFile config, IniFile togglrc)
    {
        var credentials = Credentials(flags, environment, config, togglrc);
        var workspace = First(
            ("--workspace", flags.WorkspaceId),
            ("TOGGL_WORKSPACE_ID", environment("TOGGL_WORKSPACE_ID")),
            ("config.ini [options] default_wid", config["options", "default_wid"]),
            ("~/.togglrc [options] default_wid", togglrc["options", "default_wid"]));
        var baseUrl = First(
            ("--base-url", flags.BaseUrl),
            ("TOGGL_BASE_URL", environment("TOGGL_BASE_URL")),
            ("config.ini [options] base_url", config["options", "base_url"]),
            ("~/.togglrc [options] base_url", togglrc["options", "base_url"]));

        if (credentials is null && workspace is null)
        {
            throw new CliException(ExitCodes.NotConfigured, "no Toggl account is configured: " + HowToConfigure);
        }

        if (credentials is null)
        {
            throw new CliException(ExitCodes.NotConfigured, "no Toggl API token is configured: " + HowToConfigure);
        }

        if (workspace is null)
        {
            throw new CliException(
                ExitCodes.NotConfigured,
                "no Toggl workspace id is configured: set TOGGL_WORKSPACE_ID, pass --workspace ID, "
                + "or add default_wid under [options] in ~/.togglrc");
        }

        return new TogglAccount(credentials, WorkspaceId(workspace.Value), BaseAddress(baseUrl));
    }

    private static TogglCredentials? Credentials(
        AccountFlags flags, Func<string, string?> environment, IniFile config, IniFile togglrc)
    {
        if (Value(flags.ApiToken) is { } flagToken)
        {
            return TogglCredentials.FromApiToken(flagToken);
        }

        if (Value(environment("TOGGL_API_TOKEN")) is { } envToken)
        {
            // The Python library's convention: with TOGGL_PASSWORD set, TOGGL_API_TOKEN holds the email.
            return Value(environment("TOGGL_PASSWORD")) is { } password
                ? TogglCredentials.FromEmailPassword(envToken, password)
                : TogglCredentials.FromApiToken(envToken);
        }

        foreach (var file in new[] { config, togglrc })
        {
            if (file["auth", "api_token"] is { } token)
            {
                return TogglCredentials.FromApiToken(token);
            }

            if (file["auth", "email"] is { } email && file["auth", "password"] is { } filePassword)
            {
                return TogglCredentials.FromEmailPassword(email, filePassword);
            }
        }

        return null;
    }

    private static (string Source, string Value)? First(params (string Source, string? Value)[] candidates)
    {
        foreach (var (source, value) in candidates)
        {
            if (Value(value) is { } found)
            {
                return (source, found);
            }
        }

        return null;
    }

    private static long WorkspaceId((string Source, string Value) workspace)
    {
        if (long.TryParse(workspace.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        throw CliException.BadArguments($"{workspace.Source}: '{workspace.Value}' is not a workspace id (a positive number)");
    }

    private static Uri BaseAddress((string Source, string Value)? baseUrl)
    {
        if (baseUrl is null)
        {
            return TogglAccount.TogglBaseAddress;
        }

        var (source, value) = baseUrl.Value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            // Relative paths resolve under the base only when it ends with a slash.
            return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        throw CliException.BadArguments($"{source}: '{value}' is not an http(s) address");
    }

    private static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
