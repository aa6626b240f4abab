namespace Toggl.Cli.Configuration;

/// <summary>The Toggl account a command works on, once every source of configuration was read.</summary>
/// <param name="Credentials">How to log in (the façade's credentials; the secret never shows).</param>
/// <param name="WorkspaceId">The workspace configured; null when none is (the user's default workspace is then used).</param>
/// <param name="BaseAddress">The API's base address (Toggl's, or a sandbox's).</param>
internal sealed record TogglAccount(BasicAuth Credentials, long? WorkspaceId, Uri BaseAddress);
