namespace Toggl.Sandbox;

/// <summary>One request the sandbox answered, for tests that count calls.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, starting with <c>/api/v9/</c> for API calls.</param>
/// <param name="Query">Query string including its <c>?</c>, or empty.</param>
/// <param name="Status">Status code sent; 0 when the connection was aborted by a fault.</param>
/// <param name="Time">When the request arrived, on the sandbox clock.</param>
/// <param name="Fault">Name of the injected fault, or null.</param>
public sealed record SandboxRequest(string Method, string Path, string Query, int Status, DateTimeOffset Time, string? Fault)
{
    /// <summary>Path and query together, as the client sent them.</summary>
    public string PathAndQuery => Path + Query;

    /// <summary>A one-line form for test output ("GET /api/v9/me 200").</summary>
    public override string ToString() => $"{Method} {PathAndQuery} {Status}{(Fault is null ? "" : " [" + Fault + "]")}";
}
