namespace Toggl.Cli.Configuration;

/// <summary>The Toggl account a command works on, once every source of configuration was read.</summary>
/// <param name="Credentials">How to log in.</param>
/// <param name="WorkspaceId">The workspace new entries go to.</param>
/// <param name="BaseAddress">The API's base address (Toggl's, or a sandbox's).</param>
internal sealed record TogglAccount(TogglCredentials Credentials, long WorkspaceId, Uri BaseAddress)
{
    /// <summary>Toggl Track's API v9 (docs/toggl-api.md §1).</summary>
    public static Uri TogglBaseAddress { get; } = new("https://api.track.toggl.com/api/v9/");
}
