using System.Collections.Concurrent;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The one object a program talks to Toggl through, in the style of Octokit's <c>GitHubClient</c>: it holds the
/// connection (HttpClient, request pacer, quota gate, last quota), the cache and the options, and hands out endpoints
/// that share them — so quota and pacing count everything the program does.
/// </summary>
/// <remarks>
/// Workspace-scoped endpoints (<see cref="Trackers"/>, <see cref="Projects"/>, <see cref="Tasks"/>, <see cref="Tags"/>,
/// <see cref="Clients"/>, the reports, <see cref="Archive"/> and <see cref="LocalReports"/>) work on the workspace given to the constructor; without one, on the user's default
/// workspace, asked of Toggl (<c>GET me</c>) once and remembered. <see cref="ForWorkspace"/> gives another workspace's.
/// Tolerated statuses become <see langword="null"/> as in <see cref="TrackerEndpoint"/>. Safe to use from several threads.
/// A dry run (an endpoint's <c>Plan</c>) sends nothing, with one exception: on a client made without a workspace, a
/// workspace-scoped plan first learns the default workspace as <see cref="DefaultWorkspaceIdAsync"/> does (from the
/// cached user, else one <c>GET me</c>, once for the client's lifetime).
/// </remarks>
/// <example>
/// <code>
/// using var toggl = new TogglClient(BasicAuth.FromApiToken(token), cache: new SqliteCache(folder));
/// var client = await toggl.Clients.CreateAsync(new ClientBody { Name = "Acme" });
/// var project = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Website", ClientId = client.Id, Color = ProjectColor.Teal });
/// await toggl.Trackers.AddAsync(new TrackerBody { Description = "Design", ProjectId = project.Id });
/// </code>
/// </example>
public sealed class TogglClient : IDisposable
{
    private readonly EndpointSettings _settings;
    private readonly TogglConnection _connection;
    private readonly ClientLifetime _lifetime;
    private readonly ConcurrentDictionary<long, TogglWorkspaceEndpoints> _workspaces = new();
    private readonly object _defaultLock = new();
    private Task<long>? _defaultWorkspace;
    private long _workspaceId;

    /// <summary>A client for a workspace.</summary>
    /// <param name="workspaceId">The workspace the workspace-scoped endpoints work on.</param>
    /// <param name="auth">The credentials.</param>
    /// <param name="cache">A cache answering reads without requests; the caller keeps ownership and disposes it.</param>
    /// <param name="client">A shared <see cref="HttpClient"/> (the caller keeps ownership); <see langword="null"/> makes one the client owns.</param>
    /// <param name="timeout">How long one attempt may take; <see langword="null"/> is 10 seconds.</param>
    /// <param name="reRaise"><see langword="true"/>: tolerated statuses throw <see cref="TogglApiException"/> and nothing is retried.</param>
    /// <param name="retries">How often a failed idempotent request is retried.</param>
    /// <param name="options">Base address (the sandbox), logger, clock, pacing and user agent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="auth"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The workspace id, timeout or retries are out of range.</exception>
    /// <exception cref="ArgumentException">The base address is invalid or contradicts the client's.</exception>
    public TogglClient(
        long workspaceId,
        BasicAuth auth,
        ITogglCache? cache = null,
        HttpClient? client = null,
        TimeSpan? timeout = null,
        bool reRaise = false,
        int retries = 3,
        TogglClientOptions? options = null)
        : this(EndpointSettings.Create(workspaceId, auth, cache, client, timeout, reRaise, retries, options), pacer: null, quotaGate: null) { }

    /// <summary>A client for the user's default workspace, asked of Toggl once when first needed.</summary>
    /// <param name="auth">The credentials.</param>
    /// <param name="cache">A cache answering reads without requests; the caller keeps ownership and disposes it.</param>
    /// <param name="client">A shared <see cref="HttpClient"/> (the caller keeps ownership); <see langword="null"/> makes one the client owns.</param>
    /// <param name="timeout">How long one attempt may take; <see langword="null"/> is 10 seconds.</param>
    /// <param name="reRaise"><see langword="true"/>: tolerated statuses throw <see cref="TogglApiException"/> and nothing is retried.</param>
    /// <param name="retries">How often a failed idempotent request is retried.</param>
    /// <param name="options">Base address (the sandbox), logger, clock, pacing and user agent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="auth"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout or retries are out of range.</exception>
    /// <exception cref="ArgumentException">The base address is invalid or contradicts the client's.</exception>
    public TogglClient(
        BasicAuth auth,
        ITogglCache? cache = null,
        HttpClient? client = null,
        TimeSpan? timeout = null,
        bool reRaise = false,
        int retries = 3,
        TogglClientOptions? options = null)
        : this(EndpointSettings.CreateForClient(null, auth, cache, client, timeout, reRaise, retries, options), pacer: null, quotaGate: null) { }

    /// <summary>A client over settings checked already; DI passes the container's pacer and quota gate.</summary>
    internal TogglClient(EndpointSettings settings, SharedPacer? pacer, Core.QuotaGate? quotaGate)
    {
        _settings = settings;
        // One gate the client can name: the endpoints share it because they share the connection that holds it.
        QuotaGate = quotaGate ?? new Core.QuotaGate();
        _connection = TogglConnection.Create(settings, pacer, QuotaGate);
        _lifetime = new ClientLifetime(this);
        _workspaceId = settings.WorkspaceId;
        // Users, workspaces and organizations are not in a workspace: 0 when none is known (the core asks /me for it).
        var user = ResourceScope.Fixed(settings.CoreEndpoint(settings.WorkspaceId, _connection.Sender), _lifetime);
        Me = new UserEndpoint(user);
        Workspaces = new WorkspaceEndpoint(user);
        Organizations = new OrganizationEndpoint(user);
        var defaultScope = new ResourceScope(async ct => CoreFor(await DefaultWorkspaceIdAsync(ct).ConfigureAwait(false)), _lifetime);
        Projects = new ProjectEndpoint(defaultScope);
        Tasks = new TaskEndpoint(defaultScope);
        Tags = new TagEndpoint(defaultScope);
        Clients = new ClientEndpoint(defaultScope);
        DetailedReports = new DetailedReportEndpoint(defaultScope);
        SummaryReports = new SummaryReportEndpoint(defaultScope);
        WeeklyReports = new WeeklyReportEndpoint(defaultScope);
        Archive = new ArchiveEndpoint(defaultScope);
        LocalReports = new LocalReportEndpoint(defaultScope);
    }

    /// <summary>The connection every endpoint of the client sends through.</summary>
    internal TogglConnection Connection => _connection;

    /// <summary>The spent-quota gate every endpoint of the client shares.</summary>
    internal Core.QuotaGate QuotaGate { get; }

    /// <summary>The workspace the workspace-scoped endpoints work on; <see langword="null"/> until the default workspace is known.</summary>
    public long? WorkspaceId => Volatile.Read(ref _workspaceId) is > 0 and var id ? id : null;

    /// <summary>The cache answering reads, if any (the caller owns it).</summary>
    public ITogglCache? Cache => _settings.Cache;

    /// <summary>Whether tolerated statuses throw instead of becoming <see langword="null"/>.</summary>
    public bool ReRaise => _settings.ReRaise;

    /// <summary>The API base address requests go to.</summary>
    public Uri BaseAddress => _settings.BaseAddress;

    /// <summary>Toggl's hourly quota as the last response to any endpoint of this client reported it.</summary>
    public TogglQuota? LastQuota =>
        Interop.IsSome(_connection.LastQuota) ? Convert.ToFacade(_connection.LastQuota!.Value) : null;

    /// <summary>
    /// The time entries of the client's workspace.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// No workspace was given and the default one is not known yet: <c>await</c> <see cref="DefaultWorkspaceIdAsync"/> first.
    /// </exception>
    public TrackerEndpoint Trackers =>
        WorkspaceId is { } id
            ? ForWorkspace(id).Trackers
            : throw new InvalidOperationException(
                "The TogglClient has no workspace yet: pass one to the constructor, or await DefaultWorkspaceIdAsync() before using Trackers.");

    /// <summary>
    /// The offline outbox of the client's workspace's trackers (<see cref="TogglClientOptions.Outbox"/>): count, items,
    /// conflicts, drop, resolve, send, plan. The same object as <c>Trackers.Outbox</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// No workspace was given and the default one is not known yet: <c>await</c> <see cref="DefaultWorkspaceIdAsync"/> first.
    /// </exception>
    public TogglOutbox Outbox => Trackers.Outbox;

    /// <summary>The projects of the client's workspace.</summary>
    public ProjectEndpoint Projects { get; }

    /// <summary>The tasks of the client's workspace's projects.</summary>
    public TaskEndpoint Tasks { get; }

    /// <summary>The tags of the client's workspace.</summary>
    public TagEndpoint Tags { get; }

    /// <summary>The clients of the client's workspace.</summary>
    public ClientEndpoint Clients { get; }

    /// <summary>The detailed report of the client's workspace (Reports API v3).</summary>
    public DetailedReportEndpoint DetailedReports { get; }

    /// <summary>The summary reports of the client's workspace (Reports API v3).</summary>
    public SummaryReportEndpoint SummaryReports { get; }

    /// <summary>The weekly report of the client's workspace (Reports API v3).</summary>
    public WeeklyReportEndpoint WeeklyReports { get; }

    /// <summary>The archive of the client's workspace: entries past Toggl's three-month window, kept in the cache.</summary>
    public ArchiveEndpoint Archive { get; }

    /// <summary>Reports of the client's workspace computed from the cache and the archive, with no report request.</summary>
    public LocalReportEndpoint LocalReports { get; }

    /// <summary>The user's workspaces.</summary>
    public WorkspaceEndpoint Workspaces { get; }

    /// <summary>The user's organizations.</summary>
    public OrganizationEndpoint Organizations { get; }

    /// <summary>The signed-in user.</summary>
    public UserEndpoint Me { get; }

    /// <summary>The endpoints of another workspace, sharing this client's connection, pacing, quota and cache.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <returns>Its endpoints (the same object for the same workspace).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workspaceId"/> is not positive.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public TogglWorkspaceEndpoints ForWorkspace(long workspaceId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workspaceId);
        _lifetime.ThrowIfDisposed();
        return _workspaces.GetOrAdd(workspaceId, id =>
        {
            var trackers = new TrackerEndpoint(_settings with { WorkspaceId = id }, _connection, ownsConnection: false);
            return new TogglWorkspaceEndpoints(id, trackers, ResourceScope.Fixed(trackers.Core, _lifetime));
        });
    }

    /// <summary>
    /// The workspace the client works on: the one given to the constructor, else the user's default workspace from
    /// the cached user or one <c>GET me</c> — asked once and remembered.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workspace's id.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<long> DefaultWorkspaceIdAsync(CancellationToken cancellationToken = default)
    {
        _lifetime.ThrowIfDisposed();
        if (WorkspaceId is { } known)
            return Task.FromResult(known);
        lock (_defaultLock)
        {
            // One request for every concurrent caller; a failed one is forgotten so the next caller asks again.
            if (_defaultWorkspace is null || _defaultWorkspace.IsFaulted || _defaultWorkspace.IsCanceled)
                _defaultWorkspace = AskDefaultWorkspaceAsync(cancellationToken);
            return _defaultWorkspace;
        }
    }

    /// <summary>
    /// Brings the cache up to date for everything: every object (core resource sync, the fewest requests) and the
    /// trackers (one request). With <see cref="TogglClientOptions.Outbox"/> on, what waits in the outbox is sent first
    /// (<see cref="TogglOutbox.SendAsync"/>; its results are in <see cref="TogglSyncResult.Outbox"/>), so the sync then
    /// reads Toggl with the user's writes applied.
    /// </summary>
    /// <param name="refresh"><see langword="true"/> syncs every kind even when synced within <see cref="TogglClientOptions.CacheMaxAge"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the syncs did.</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglSyncResult> SyncAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        _lifetime.ThrowIfDisposed();
        if (_settings.Cache is null)
            throw new InvalidOperationException("SyncAsync needs a cache to write to: pass a JsonCache or SqliteCache to the TogglClient.");
        var workspace = ForWorkspace(await DefaultWorkspaceIdAsync(cancellationToken).ConfigureAwait(false));
        var sent = new List<OutboxResult>();
        if (_settings.Outbox)
        {
            await foreach (var result in workspace.Trackers.Outbox.SendAsync(cancellationToken).ConfigureAwait(false))
                sent.Add(result);
        }
        var resources = await ResourceScope.Fixed(workspace.Trackers.Core, _lifetime)
            .Run(ResourceCalls.SyncAll(refresh), cancellationToken)
            .ConfigureAwait(false);
        var trackers = await workspace.Trackers.SyncAsync(cancellationToken).ConfigureAwait(false);
        return new TogglSyncResult(Convert.ToFacade(resources), trackers) { Outbox = sent };
    }

    /// <summary>
    /// The plan of <see cref="SyncAsync"/> with the same argument: the object sync's route (what the cache answers, the
    /// requests) then the trackers' sync. Sends nothing and changes nothing, except that a client with no workspace asks
    /// Toggl for the default one first (<see cref="DefaultWorkspaceIdAsync"/>).
    /// </summary>
    /// <param name="refresh"><see langword="true"/> plans a sync of every kind even when synced within <see cref="TogglClientOptions.CacheMaxAge"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    public async Task<TogglPlan> PlanSyncAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        _lifetime.ThrowIfDisposed();
        if (_settings.Cache is null)
            throw new InvalidOperationException("PlanSyncAsync needs a cache: pass a JsonCache or SqliteCache to the TogglClient.");
        var workspace = ForWorkspace(await DefaultWorkspaceIdAsync(cancellationToken).ConfigureAwait(false));
        var resources = await ResourceScope.Fixed(workspace.Trackers.Core, _lifetime)
            .Plan(ResourceCalls.SyncAll(refresh), cancellationToken)
            .ConfigureAwait(false);
        var trackers = await workspace.Trackers.Plan.SyncAsync(cancellationToken).ConfigureAwait(false);
        return new TogglPlan([.. resources.Steps, .. trackers.Steps]);
    }

    /// <summary>Releases the connection the client made (a client or cache passed in is left alone).</summary>
    public void Dispose()
    {
        if (!_lifetime.End())
            return;
        foreach (var workspace in _workspaces.Values)
            workspace.Trackers.Dispose();
        _connection.Dispose();
    }

    /// <summary>The client's workspace and base address; never the credentials.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"TogglClient(workspace {(WorkspaceId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "default")}, {BaseAddress}, {_settings.Auth})";

    private Core.TrackerEndpoint CoreFor(long workspaceId) => ForWorkspace(workspaceId).Trackers.Core;

    private async Task<long> AskDefaultWorkspaceAsync(CancellationToken cancellationToken)
    {
        var id = await Me.DefaultWorkspaceIdAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.CompareExchange(ref _workspaceId, id, 0);
        return Volatile.Read(ref _workspaceId);
    }
}
