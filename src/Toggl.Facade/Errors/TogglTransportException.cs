namespace Toggl;

/// <summary>Toggl could not be reached: the connection was refused, reset or dropped, or the name did not resolve.</summary>
public class TogglTransportException : TogglException
{
    /// <summary>A transport failure.</summary>
    /// <param name="message">What went wrong.</param>
    public TogglTransportException(string message)
        : base(message) { }
}

/// <summary>
/// No connection to Toggl could be made (refused, host unreachable, name not resolved), after the allowed retries:
/// nothing was sent, so nothing was applied, and sending the same request again is safe, a create too.
/// </summary>
public sealed class TogglUnreachableException : TogglTransportException
{
    /// <summary>A connection that could not be made.</summary>
    /// <param name="message">What went wrong.</param>
    public TogglUnreachableException(string message)
        : base(message) { }
}

/// <summary>
/// Toggl did not answer in time: within an attempt's timeout (after the allowed retries), or, for a read,
/// within <see cref="TogglClientOptions.ReadDeadline"/> across all its attempts. The message says how long and
/// how many attempts.
/// </summary>
public sealed class TogglTimeoutException : TogglTransportException
{
    /// <summary>A timeout.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    public TogglTimeoutException(string message, TimeSpan timeout)
        : base(message)
    {
        Timeout = timeout;
    }

    /// <summary>The time that elapsed: an attempt's timeout or a read's deadline.</summary>
    public TimeSpan Timeout { get; }
}
