using Microsoft.Extensions.Logging;

namespace Toggl;

/// <summary>
/// Settings of a <see cref="TrackerEndpoint"/> beyond the Python library's constructor: where Toggl is (point it at
/// the sandbox), logging, the clock and the request pacer.
/// </summary>
public sealed class TogglClientOptions
{
    /// <summary>Toggl's API base address used when <see cref="BaseAddress"/> is not set.</summary>
    public static Uri DefaultBaseAddress => Toggl.Core.HttpSettingsModule.defaultBaseAddress;

    /// <summary>Toggl's answer time for a read, all attempts together, used when <see cref="ReadDeadline"/> is not set.</summary>
    public static TimeSpan DefaultReadDeadline { get; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The API base address, e.g. a sandbox's <c>http://127.0.0.1:5123/api/v9/</c>. <see langword="null"/> takes the
    /// <see cref="HttpClient.BaseAddress"/> of an HttpClient passed to the endpoint, else Toggl's. Naming an address
    /// here and a different one on the HttpClient is an error.
    /// </summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>
    /// How long a read (a GET: current, collect, get, sync, projects) may wait for Toggl in all, every attempt
    /// and the waits between retries included; then it throws <see cref="TogglTimeoutException"/>.
    /// <see langword="null"/> is <see cref="DefaultReadDeadline"/> (15 s); <see cref="Timeout.InfiniteTimeSpan"/>
    /// bounds only each attempt (the endpoint's <c>timeout</c>). At most one day.
    /// </summary>
    public TimeSpan? ReadDeadline { get; init; }

    /// <summary>
    /// After Toggl answered 402 saying when the hourly quota resets, throw <see cref="TogglQuotaException"/> at once
    /// for every call until then (with <see cref="TogglQuotaException.ResetsIn"/> counting down), sending nothing:
    /// Toggl would refuse them all (docs/toggl-api.md §4.2). <see langword="true"/> by default; <see langword="false"/>
    /// sends them anyway.
    /// </summary>
    public bool FailFastOnExhaustedQuota { get; init; } = true;

    /// <summary>Where the endpoint tells what it does (requests, retries, quota waits); never credentials.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>The clock for timeouts, retry delays, quota waits and an add's default start; <see langword="null"/> is the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// Pace requests to Toggl's safe rate of one per second (docs/toggl-api.md §4.1) instead of sending them
    /// as fast as they come and waiting after a 429.
    /// </summary>
    public bool PaceRequests { get; init; }

    /// <summary>
    /// How old the cache's last sync may be for it to answer <see cref="TrackerEndpoint.CurrentAsync"/> and
    /// <c>CollectAsync</c> with <c>refresh: false</c>: an older sync, or none, is done first (one request), then the
    /// cache answers. <see langword="null"/> (the default): any synced cache answers, and an unsynced one lets Toggl answer.
    /// </summary>
    public TimeSpan? CacheMaxAge { get; init; }

    /// <summary>
    /// Offline-first writes: a tracker write (add, edit, stop, delete) that cannot be sent now — no network, a timeout
    /// after the retries, a spent hourly quota, a rate limit beyond the pacer — is queued in the cache's outbox instead of
    /// failing, shown by the cache at once, and returned with <see cref="TogglTracker.IsQueued"/> set (a created entry
    /// under a negative local id). <see cref="TogglOutbox.SendAsync"/> (and <see cref="TogglClient.SyncAsync"/>, first)
    /// sends them later. While anything waits, new writes queue behind it, so order is kept. Needs a
    /// <see cref="SqliteCache"/>; <see langword="false"/> (the default) sends every write now or throws.
    /// </summary>
    public bool Outbox { get; init; }

    /// <summary>The <c>User-Agent</c> sent; <see langword="null"/> sends TogglFun's.</summary>
    public string? UserAgent { get; init; }
}
