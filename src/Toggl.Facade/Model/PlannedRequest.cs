namespace Toggl;

/// <summary>One HTTP request an operation would send, from <see cref="TrackerEndpoint.Plan"/>.</summary>
/// <param name="Method">The HTTP method, e.g. <c>PATCH</c>.</param>
/// <param name="Path">
/// The path relative to the API base, with its query string, e.g. <c>me/time_entries?since=1700000000</c>; a Reports API
/// request's starts with <c>reports/api/v3/</c> (relative to the host), e.g. <c>reports/api/v3/workspace/1/search/time_entries</c>.
/// </param>
/// <param name="Body">The JSON body, if any.</param>
public sealed record PlannedRequest(string Method, string Path, string? Body)
{
    /// <summary><c>METHOD path</c> and the body, as logs and dry runs print it.</summary>
    /// <returns>The request on one line.</returns>
    public override string ToString() => Body is null ? $"{Method} {Path}" : $"{Method} {Path} {Body}";
}
