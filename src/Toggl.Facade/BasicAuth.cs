using System.Diagnostics;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Credentials for Toggl's HTTP Basic authentication (docs/toggl-api.md §2): an API token
/// (<c>token:api_token</c>) or an e-mail and password. The secret is kept private:
/// <see cref="ToString"/> and the debugger never show it.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class BasicAuth
{
    private readonly string? _email;

    private BasicAuth(Core.BasicAuth credentials, string? email)
    {
        Credentials = credentials;
        _email = email;
    }

    /// <summary>Whether these credentials are an API token (rather than an e-mail and password).</summary>
    public bool IsApiToken => _email is null;

    /// <summary>The e-mail of e-mail/password credentials; <see langword="null"/> for an API token.</summary>
    public string? Email => _email;

    /// <summary>Credentials from an API token, found on the Toggl profile page.</summary>
    /// <param name="apiToken">The token.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="apiToken"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="apiToken"/> is blank or contains a colon, white space or control characters.</exception>
    public static BasicAuth FromApiToken(string apiToken)
    {
        ArgumentNullException.ThrowIfNull(apiToken);
        // The core's messages never repeat the value: it is a secret.
        var credentials = Unwrap(Core.BasicAuth.ApiToken(apiToken.Trim()));
        return new BasicAuth(credentials, email: null);
    }

    /// <summary>Credentials from the e-mail and password of a Toggl account.</summary>
    /// <param name="email">The account's e-mail.</param>
    /// <param name="password">The account's password.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The e-mail is blank or contains a colon, or the password is empty; control characters in either.</exception>
    public static BasicAuth FromEmailPassword(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var credentials = Unwrap(Core.BasicAuth.EmailPassword(email.Trim(), password));
        return new BasicAuth(credentials, email.Trim());
    }

    /// <summary>The kind of credentials, never the secret: <c>BasicAuth(api token, hidden)</c> or <c>BasicAuth(email user@example.com, password hidden)</c>.</summary>
    /// <returns>A description without the secret.</returns>
    public override string ToString() =>
        _email is null ? "BasicAuth(api token, hidden)" : $"BasicAuth(email {_email}, password hidden)";

    /// <summary>The core's credentials, which build the Authorization header.</summary>
    internal Core.BasicAuth Credentials { get; }

    // The core names the part at fault (api_token → apiToken, email, password) and never repeats a secret.
    private static Core.BasicAuth Unwrap(Microsoft.FSharp.Core.FSharpResult<Core.BasicAuth, Core.TogglError> result) =>
        result.IsOk ? result.ResultValue : throw ErrorMapping.ToException(result.ErrorValue, CancellationToken.None);
}
