namespace Toggl.Cli.Configuration;

/// <summary>The account values given on the command line (they beat every other source).</summary>
/// <param name="ApiToken">From <c>--api-token</c>.</param>
/// <param name="WorkspaceId">From <c>--workspace</c>.</param>
/// <param name="BaseUrl">From <c>--base-url</c>.</param>
internal sealed record AccountFlags(string? ApiToken, string? WorkspaceId, string? BaseUrl)
{
    /// <summary>No flags given.</summary>
    public static AccountFlags None { get; } = new(null, null, null);
}
