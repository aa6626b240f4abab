namespace Toggl;

/// <summary>
/// What <see cref="TogglServiceCollectionExtensions.AddToggl"/> builds the <see cref="TrackerEndpoint"/> from.
/// Unset credentials and workspace are taken from <see cref="TogglConfiguration.Load()"/> (the environment, then
/// <c>~/.togglrc</c>) when the endpoint is first resolved.
/// </summary>
public sealed class TogglServiceOptions
{
    /// <summary>The workspace; 0 takes it from the configuration.</summary>
    public long WorkspaceId { get; set; }

    /// <summary>The credentials; <see langword="null"/> takes them from the configuration.</summary>
    public BasicAuth? Auth { get; set; }

    /// <summary>The API base address (the sandbox's); <see langword="null"/> is Toggl's, or <c>TOGGL_BASE_URL</c> when the configuration is read for missing credentials.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>How long one attempt may take; <see langword="null"/> is 10 seconds.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>How long a read may wait for Toggl in all (see <see cref="TogglClientOptions.ReadDeadline"/>); <see langword="null"/> is 15 seconds.</summary>
    public TimeSpan? ReadDeadline { get; set; }

    /// <summary>Fail at once while a spent quota has not reset (see <see cref="TogglClientOptions.FailFastOnExhaustedQuota"/>); shared by the container's endpoints.</summary>
    public bool FailFastOnExhaustedQuota { get; set; } = true;

    /// <summary>How often a failed idempotent request is retried (default 3).</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Whether tolerated statuses throw instead of becoming <see langword="null"/>.</summary>
    public bool ReRaise { get; set; }

    /// <summary>Pace requests to Toggl's one per second; the pacer is shared by every endpoint of the container.</summary>
    public bool PaceRequests { get; set; }

    /// <summary>The <c>User-Agent</c>; <see langword="null"/> sends TogglFun's.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Makes the cache the endpoints share (resolved once, owned and disposed by the container); <see langword="null"/> for none.</summary>
    public Func<IServiceProvider, ITogglCache>? Cache { get; set; }
}
