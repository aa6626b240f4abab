using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Toggl;

/// <summary>Everything an endpoint is built from, checked: the public constructor and DI both fill one in.</summary>
internal sealed record EndpointSettings(
    long WorkspaceId,
    BasicAuth Auth,
    ITogglCache? Cache,
    HttpClient? Client,
    TimeSpan Timeout,
    bool ReRaise,
    int Retries,
    Uri BaseAddress,
    ILogger Logger,
    TimeProvider TimeProvider,
    bool PaceRequests,
    string? UserAgent)
{
    /// <summary>The Python library's default timeout (reference-wrapper.md, constructor tail).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>More retries than this only delay a failure that is not going away.</summary>
    public const int MaxRetries = 10;

    public static EndpointSettings Create(
        long workspaceId,
        BasicAuth auth,
        ITogglCache? cache,
        HttpClient? client,
        TimeSpan? timeout,
        bool reRaise,
        int retries,
        TogglClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workspaceId);
        if (timeout is { } t && (t <= TimeSpan.Zero || t == System.Threading.Timeout.InfiniteTimeSpan))
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The timeout must be positive and finite.");
        if (retries is < 0 or > MaxRetries)
            throw new ArgumentOutOfRangeException(nameof(retries), retries, $"Retries go from 0 to {MaxRetries}.");
        options ??= new TogglClientOptions();
        return new EndpointSettings(
            workspaceId,
            auth,
            cache,
            client,
            timeout ?? DefaultTimeout,
            reRaise,
            retries,
            CheckBaseAddress(options.BaseAddress ?? TogglClientOptions.DefaultBaseAddress),
            options.Logger ?? NullLogger.Instance,
            options.TimeProvider ?? TimeProvider.System,
            options.PaceRequests,
            options.UserAgent);
    }

    /// <summary>An absolute http(s) address ending with '/', so relative paths append to it (RFC 3986 §5.2).</summary>
    public static Uri CheckBaseAddress(Uri address)
    {
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The base address must be an absolute http or https URI; got '{address}'.", "options");
        if (!string.IsNullOrEmpty(address.UserInfo))
            throw new ArgumentException("The base address must not hold credentials: pass them as BasicAuth.", "options");
        return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }
}
