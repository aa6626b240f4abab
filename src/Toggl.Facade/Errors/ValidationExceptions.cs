namespace Toggl;

/// <summary>
/// Dates that contradict each other or Toggl's limits (the Python library's <c>DateTimeError</c>): an end date before
/// the start date, a start date in the future or older than Toggl allows, mixed kinds of filters.
/// Nothing was sent.
/// </summary>
public sealed class TogglDateTimeException : ArgumentException
{
    /// <summary>Invalid dates.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="paramName">The parameter at fault.</param>
    public TogglDateTimeException(string message, string? paramName)
        : base(message, paramName) { }
}

/// <summary>
/// A required name is missing (the Python library's <c>NamingError</c>): a tracker is added without a description.
/// Nothing was sent.
/// </summary>
public sealed class TogglNamingException : ArgumentException
{
    /// <summary>A missing name.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="paramName">The parameter at fault.</param>
    public TogglNamingException(string message, string? paramName)
        : base(message, paramName) { }
}
