namespace Toggl;

/// <summary>
/// The environment variables the Python library reads. With <c>TOGGL_PASSWORD</c> set, <c>TOGGL_API_TOKEN</c>
/// holds the e-mail of an e-mail/password login, whatever it looks like (the Python library's convention); alone,
/// it is an API token.
/// </summary>
internal sealed class EnvironmentSource(Func<string, string?> variable) : ConfigurationSource
{
    public override BasicAuth? Credentials()
    {
        if (Blank(variable(TogglConfiguration.ApiTokenVariable)) is not { } token)
            return null;
        if (variable(TogglConfiguration.PasswordVariable) is { Length: > 0 } password)
            return Make(
                () => BasicAuth.FromEmailPassword(token, password),
                $"{TogglConfiguration.ApiTokenVariable} and {TogglConfiguration.PasswordVariable}");
        // No API token has an '@': this is an e-mail whose password was forgotten, and Toggl would only answer 403.
        if (token.Contains('@'))
            throw new TogglConfigurationException(
                $"{TogglConfiguration.ApiTokenVariable} holds an e-mail, so {TogglConfiguration.PasswordVariable} must hold its password; it is not set.");
        return Make(() => BasicAuth.FromApiToken(token), TogglConfiguration.ApiTokenVariable);
    }

    public override (string Text, string Where)? WorkspaceId() =>
        Found(variable(TogglConfiguration.WorkspaceIdVariable), TogglConfiguration.WorkspaceIdVariable);

    public override (string Text, string Where)? BaseAddress() =>
        Found(variable(TogglConfiguration.BaseUrlVariable), TogglConfiguration.BaseUrlVariable);
}
