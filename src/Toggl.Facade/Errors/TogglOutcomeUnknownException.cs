namespace Toggl;

/// <summary>
/// A write Toggl may or may not have applied: it went unanswered (a 5xx, a timeout, a dropped connection)
/// and the check afterwards failed too. Sending it again may apply it twice (a second entry): look first,
/// e.g. <see cref="TrackerEndpoint.SyncAsync"/> then a read.
/// </summary>
public sealed class TogglOutcomeUnknownException : TogglException
{
    /// <summary>An unknown outcome.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="method">The HTTP method of the write.</param>
    /// <param name="path">The path of the write, below the API base.</param>
    /// <param name="requestBody">The JSON body sent, if any.</param>
    /// <param name="innerException">Why the write went unanswered.</param>
    public TogglOutcomeUnknownException(string message, string method, string path, string? requestBody, Exception? innerException)
        : base(message, innerException)
    {
        Method = method;
        Path = path;
        RequestBody = requestBody;
    }

    /// <summary>The HTTP method of the write (<c>POST</c> for a create).</summary>
    public string Method { get; }

    /// <summary>The path of the write, below the API base.</summary>
    public string Path { get; }

    /// <summary>The JSON body sent, to recognise the entry if Toggl created it; <see langword="null"/> without a body.</summary>
    public string? RequestBody { get; }
}
