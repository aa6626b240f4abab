using Microsoft.Extensions.Logging;

namespace Toggl;

/// <summary>
/// Settings of a <see cref="TrackerEndpoint"/> beyond the seed's constructor: where Toggl is (point it at
/// the sandbox), logging, the clock and the request pacer.
/// </summary>
public sealed class TogglClientOptions
{
    /// <summary>Toggl's API base address used when <see cref="BaseAddress"/> is not set.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://api.track.toggl.com/api/v9/");

    /// <summary>The API base address, e.g. a sandbox's <c>http://127.0.0.1:5123/api/v9/</c>; <see langword="null"/> is Toggl's.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>Where the endpoint tells what it does (requests, retries, quota waits); never credentials.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>The clock for timeouts, retry delays, quota waits and an add's default start; <see langword="null"/> is the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// Pace requests to Toggl's safe rate of one per second (toggl-api-v9.md §4.1) instead of sending them
    /// as fast as they come and waiting after a 429.
    /// </summary>
    public bool PaceRequests { get; init; }

    /// <summary>The <c>User-Agent</c> sent; <see langword="null"/> sends TogglFun's.</summary>
    public string? UserAgent { get; init; }
}
