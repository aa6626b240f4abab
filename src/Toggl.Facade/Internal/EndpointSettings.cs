using Microsoft.FSharp.Core;
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
    string? UserAgent,
    TimeSpan? ReadDeadline,
    bool FailFastOnExhaustedQuota)
{
    /// <summary>The Python library's default timeout (docs/python-reference.md, constructor tail).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

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
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workspaceId);
        return CreateForClient(workspaceId, auth, cache, client, timeout, reRaise, retries, options);
    }

    /// <summary>
    /// Settings of a <see cref="TogglClient"/>, whose workspace may be unknown: <see cref="WorkspaceId"/> 0 then, and
    /// the client asks Toggl for the default workspace when it first needs one.
    /// </summary>
    public static EndpointSettings CreateForClient(
        long? workspaceId,
        BasicAuth auth,
        ITogglCache? cache,
        HttpClient? client,
        TimeSpan? timeout,
        bool reRaise,
        int retries,
        TogglClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(auth);
        if (workspaceId is { } given)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(given, nameof(workspaceId));
        // Timeout, retries and the read deadline are checked by the core when the connection is made
        // (HttpInterpreter.create): one rule, reported as ArgumentOutOfRangeException naming the argument.
        options ??= new TogglClientOptions();
        return new EndpointSettings(
            workspaceId ?? 0,
            auth,
            cache,
            client,
            timeout ?? DefaultTimeout,
            reRaise,
            retries,
            ResolveBaseAddress(options.BaseAddress, client),
            options.Logger ?? NullLogger.Instance,
            options.TimeProvider ?? TimeProvider.System,
            options.PaceRequests,
            options.UserAgent,
            ReadDeadlineOf(options.ReadDeadline),
            options.FailFastOnExhaustedQuota)
        {
            CacheMaxAge = CheckCacheMaxAge(options.CacheMaxAge),
            Outbox = CheckOutbox(options.Outbox, cache),
        };
    }

    /// <summary>The core endpoint of a workspace over a connection's sender, with these settings' cache, clock and tolerance.</summary>
    public Toggl.Core.TrackerEndpoint CoreEndpoint(long workspaceId, Toggl.Core.ISend sender) =>
        new(
            workspaceId,
            sender,
            Cache is null ? FSharpOption<Toggl.Core.ITrackerCache>.None : FSharpOption<Toggl.Core.ITrackerCache>.Some(Cache.Core),
            TimeProvider,
            ReRaise,
            Logger,
            CacheMaxAge is { } maxAge ? FSharpOption<TimeSpan>.Some(maxAge) : FSharpOption<TimeSpan>.None);

    /// <summary>How old the last sync may be for the cache to answer a non-refresh read; null: any synced cache answers.</summary>
    public TimeSpan? CacheMaxAge { get; init; }

    /// <summary>Whether tracker writes run or queue (<see cref="TogglClientOptions.Outbox"/>).</summary>
    public bool Outbox { get; init; }

    /// <summary>An outbox lives in the SQLite cache's database: asking for one without it is a mistake to name at once.</summary>
    public static bool CheckOutbox(bool outbox, ITogglCache? cache)
    {
        if (outbox && cache is not SqliteCache)
            throw new ArgumentException("TogglClientOptions.Outbox: " + TogglOutbox.NeedsSqlite, "options");
        return outbox;
    }

    /// <summary>A maximum cache age is positive (null: none).</summary>
    public static TimeSpan? CheckCacheMaxAge(TimeSpan? maxAge)
    {
        if (maxAge is { } age && age <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException("options", age, "TogglClientOptions.CacheMaxAge must be positive (or null for none).");
        return maxAge;
    }

    /// <summary>
    /// Where requests go: the address the options name, else the passed client's <see cref="HttpClient.BaseAddress"/>,
    /// else Toggl's. A client pointed elsewhere than the options say is a mistake to report, not to guess about.
    /// </summary>
    public static Uri ResolveBaseAddress(Uri? requested, HttpClient? client)
    {
        var own = client?.BaseAddress is { } clientAddress ? CheckBaseAddress(clientAddress) : null;
        if (requested is null)
            return own ?? TogglClientOptions.DefaultBaseAddress;
        var chosen = CheckBaseAddress(requested);
        if (own is not null && own != chosen)
            throw new ArgumentException(
                $"The HttpClient's BaseAddress ({own}) and TogglClientOptions.BaseAddress ({chosen}) differ: set one of them, or both to the same address.",
                "client");
        return chosen;
    }

    /// <summary>The deadline of a read: null in the options is the default, infinite is none.</summary>
    public static TimeSpan? ReadDeadlineOf(TimeSpan? deadline)
    {
        if (deadline is null)
            return TogglClientOptions.DefaultReadDeadline;
        return deadline == System.Threading.Timeout.InfiniteTimeSpan ? null : deadline;
    }

    /// <summary>An address the core accepts, with the trailing slash relative paths need (RFC 3986 §5.2): the core's one rule.</summary>
    public static Uri CheckBaseAddress(Uri address) => BaseAddressRule.Check(address);
}
