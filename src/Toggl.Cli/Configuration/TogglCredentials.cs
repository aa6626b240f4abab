namespace Toggl.Cli.Configuration;

/// <summary>
/// How the tool logs in to Toggl: an API token, or an email and password (docs/toggl-api.md §2).
/// <see cref="ToString"/> never shows the secret.
/// </summary>
internal sealed class TogglCredentials
{
    private TogglCredentials(string? apiToken, string? email, string? password)
    {
        ApiToken = apiToken;
        Email = email;
        Password = password;
    }

    /// <summary>The API token, when logging in with one.</summary>
    public string? ApiToken { get; }

    /// <summary>The email, when logging in with email and password.</summary>
    public string? Email { get; }

    /// <summary>The password that goes with <see cref="Email"/>.</summary>
    public string? Password { get; }

    /// <summary>Credentials made of an API token.</summary>
    public static TogglCredentials FromApiToken(string apiToken) => new(apiToken, null, null);

    /// <summary>Credentials made of an email and a password.</summary>
    public static TogglCredentials FromEmailPassword(string email, string password) => new(null, email, password);

    /// <summary>Names the kind of credentials without the secret.</summary>
    public override string ToString() => ApiToken is not null ? "API token (hidden)" : $"email {Email} (password hidden)";
}
