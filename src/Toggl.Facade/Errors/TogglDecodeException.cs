namespace Toggl;

/// <summary>Toggl's answer was not the JSON expected (HTML from a proxy, a truncated body, a wrong shape).</summary>
public sealed class TogglDecodeException : TogglException
{
    /// <summary>An answer that could not be read.</summary>
    /// <param name="message">The exception message.</param>
    /// <param name="jsonPath">Where in the answer the problem is, e.g. <c>$.tags[2]</c>.</param>
    public TogglDecodeException(string message, string jsonPath)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        JsonPath = jsonPath;
    }

    /// <summary>Where in the answer the problem is, e.g. <c>$.tags[2]</c> (<c>$</c> for the whole body).</summary>
    public string JsonPath { get; }
}
