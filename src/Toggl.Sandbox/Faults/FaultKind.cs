namespace Toggl.Sandbox;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer a status (500/502/503, or 402/429 as Toggl sends them) without running the request.</summary>
    Status,

    /// <summary>Run the request (the write is committed), then answer 500: the case that duplicates entries in naive clients.</summary>
    ApplyThenFail,

    /// <summary>Wait on the sandbox clock before handling the request normally.</summary>
    Latency,

    /// <summary>Drop the connection without an answer (optionally after applying the write).</summary>
    AbortConnection,

    /// <summary>Run the request and send only the first half of its JSON body (Content-Length matches the half).</summary>
    TruncatedJson,

    /// <summary>Answer an HTML error page, as Toggl's edge proxies do (docs/toggl-api.md §3.1).</summary>
    HtmlErrorPage,
}
