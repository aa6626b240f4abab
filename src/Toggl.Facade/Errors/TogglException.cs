namespace Toggl;

/// <summary>
/// The root of every failure TogglFun reports that is not a bad argument: Toggl's refusals, transport
/// failures, unexpected answers and cache failures. Messages never contain credentials.
/// </summary>
public class TogglException : Exception
{
    /// <summary>A failure with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TogglException(string message)
        : base(message) { }

    /// <summary>A failure with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TogglException(string message, Exception? innerException)
        : base(message, innerException) { }
}
