namespace Toggl;

/// <summary>
/// A setting of <see cref="TogglConfiguration"/> is malformed: an environment variable or a <c>~/.togglrc</c>
/// entry. The message names the variable or the section and key, never a secret's value.
/// </summary>
public sealed class TogglConfigurationException : TogglException
{
    /// <summary>A malformed setting.</summary>
    /// <param name="message">Which setting is wrong and why.</param>
    public TogglConfigurationException(string message)
        : base(message) { }
}
