namespace Toggl;

/// <summary>Toggl could not be reached: the connection was refused, reset or dropped, or the name did not resolve.</summary>
public class TogglTransportException : TogglException
{
    /// <summary>A transport failure.</summary>
    /// <param name="message">What went wrong.</param>
    public TogglTransportException(string message)
        : base(message) { }
}

/// <summary>Toggl did not answer within the endpoint's timeout (after the allowed retries).</summary>
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

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
