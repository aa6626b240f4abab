namespace Toggl;

/// <summary>
/// One place configuration comes from, answering in Toggl's terms: the credentials, and the text of the workspace
/// and of the base address, each with the name an error gives it. <see langword="null"/> means "not here"; only a
/// value that is taken is checked, so a malformed value shadowed by an earlier source does not matter.
/// </summary>
internal abstract class ConfigurationSource
{
    /// <summary>The credentials this source holds, or <see langword="null"/>.</summary>
    /// <exception cref="TogglConfigurationException">They are malformed; the message names where, never the secret.</exception>
    public abstract BasicAuth? Credentials();

    /// <summary>The workspace id's text and where it was found, or <see langword="null"/>.</summary>
    public abstract (string Text, string Where)? WorkspaceId();

    /// <summary>The base address's text and where it was found, or <see langword="null"/>.</summary>
    public abstract (string Text, string Where)? BaseAddress();

    protected static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    protected static (string, string)? Found(string? value, string where) => Blank(value) is { } text ? (text, where) : null;

    /// <summary>Credentials from <paramref name="make"/>, an invalid part reported as a configuration error naming <paramref name="where"/>.</summary>
    protected static BasicAuth Make(Func<BasicAuth> make, string where)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            // BasicAuth's messages name the part at fault and never repeat the secret.
            throw new TogglConfigurationException($"{where}: {e.Message.Split(" (Parameter")[0]}");
        }
    }
}
