namespace Toggl;

/// <summary>
/// Toggl answered with an error status: 400 (a refused request), 404 (not found), 409 (conflict),
/// 5xx (after the allowed retries); subclasses cover the quota (402), a feature the workspace's plan lacks (402),
/// the rate limit (429) and authentication (401/403). <see cref="TogglMessage"/> is Toggl's own text.
/// </summary>
public class TogglApiException : TogglException
{
    /// <summary>An error answer from Toggl.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="togglMessage">Toggl's message (its JSON string body, or the raw text).</param>
    /// <param name="message">The exception message.</param>
    public TogglApiException(int statusCode, string togglMessage, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(togglMessage);
        StatusCode = statusCode;
        TogglMessage = togglMessage;
    }

    /// <summary>The HTTP status code of Toggl's answer.</summary>
    public int StatusCode { get; }

    /// <summary>Toggl's message, e.g. "Time entry already stopped".</summary>
    public string TogglMessage { get; }
}

/// <summary>
/// 402: the hourly request quota is spent (docs/toggl-api.md §4.2). Wait for <see cref="ResetsIn"/>
/// rather than retrying: every request until then is refused.
/// </summary>
public sealed class TogglQuotaException : TogglApiException
{
    /// <summary>A spent quota.</summary>
    /// <param name="togglMessage">Toggl's message.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="resetsIn">When the quota refills, if Toggl said.</param>
    /// <param name="remaining">Requests left, if Toggl said (usually 0).</param>
    public TogglQuotaException(string togglMessage, string message, TimeSpan? resetsIn, int? remaining)
        : base(402, togglMessage, message)
    {
        ResetsIn = resetsIn;
        Remaining = remaining;
    }

    /// <summary>Time until the quota refills, from <c>X-Toggl-Quota-Resets-In</c>, if Toggl sent it.</summary>
    public TimeSpan? ResetsIn { get; }

    /// <summary>Requests left, from <c>X-Toggl-Quota-Remaining</c>, if Toggl sent it.</summary>
    public int? Remaining { get; }
}

/// <summary>
/// 402 "Workspace needs to have this feature enabled": the workspace's plan lacks the feature, e.g. a report a free
/// plan cannot use (docs/toggl-api.md §9). Not the spent quota (<see cref="TogglQuotaException"/>): waiting does not
/// help, and nothing is retried.
/// </summary>
public sealed class TogglFeatureNotEnabledException : TogglApiException
{
    /// <summary>A feature the workspace's plan lacks.</summary>
    /// <param name="togglMessage">Toggl's message.</param>
    /// <param name="message">The exception message.</param>
    public TogglFeatureNotEnabledException(string togglMessage, string message)
        : base(402, togglMessage, message) { }
}

/// <summary>429: Toggl's leaky bucket overflowed (docs/toggl-api.md §4.1); slow down.</summary>
public sealed class TogglRateLimitException : TogglApiException
{
    /// <summary>A rate limit answer.</summary>
    /// <param name="togglMessage">Toggl's message.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if it sent one.</param>
    public TogglRateLimitException(string togglMessage, string message, TimeSpan? retryAfter)
        : base(429, togglMessage, message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked to wait, if it said (Toggl usually does not).</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>401 (no or unreadable credentials) or 403 (wrong credentials, or no access to the resource).</summary>
public sealed class TogglAuthenticationException : TogglApiException
{
    /// <summary>An authentication or permission failure.</summary>
    /// <param name="statusCode">401 or 403.</param>
    /// <param name="togglMessage">Toggl's message.</param>
    /// <param name="message">The exception message.</param>
    public TogglAuthenticationException(int statusCode, string togglMessage, string message)
        : base(statusCode, togglMessage, message) { }
}
