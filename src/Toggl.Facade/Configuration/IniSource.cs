namespace Toggl;

/// <summary>
/// A togglCli-style INI file: <c>[auth]</c> <c>api_token</c>, or <c>email</c> and <c>password</c>;
/// <c>[options]</c> <c>default_wid</c> and <c>base_url</c>.
/// </summary>
internal sealed class IniSource(TogglIniFile file) : ConfigurationSource
{
    public override BasicAuth? Credentials()
    {
        if (file["auth", "api_token"] is { } token)
            return Make(() => BasicAuth.FromApiToken(token), $"{file.Source} [auth] api_token");
        var email = file["auth", "email"];
        var password = file["auth", "password"];
        if (email is not null && password is not null)
            return Make(() => BasicAuth.FromEmailPassword(email, password), $"{file.Source} [auth] email/password");
        if (email is not null)
            throw new TogglConfigurationException($"{file.Source}: [auth] has an email but no password.");
        return null;
    }

    public override (string Text, string Where)? WorkspaceId() =>
        Found(file["options", "default_wid"], $"{file.Source} [options] default_wid");

    public override (string Text, string Where)? BaseAddress() =>
        Found(file["options", "base_url"], $"{file.Source} [options] base_url");
}
