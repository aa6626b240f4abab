using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Toggl's time entries ("trackers") of one workspace: the Python library's <c>TrackerEndpoint</c> with
/// Task-based methods. Reads can be answered by a cache (<see cref="JsonCache"/>, <see cref="SqliteCache"/>)
/// kept current by <see cref="SyncAsync"/> in one request; writes go to Toggl and then to the cache.
/// </summary>
/// <remarks>
/// Statuses the Python library tolerates become <see langword="null"/> (404 on get, 409 on stop, an idle
/// current) or nothing (404 on delete), unless <c>reRaise</c> is set. Other failures throw a
/// <see cref="TogglException"/>; invalid arguments throw <see cref="ArgumentException"/> subclasses
/// (<see cref="TogglDateTimeException"/>, <see cref="TogglNamingException"/>) before anything is sent.
/// The endpoint is safe to use from several threads at once.
/// </remarks>
/// <example>
/// <code>
/// using var trackers = new TrackerEndpoint(workspaceId, BasicAuth.FromApiToken(token));
/// var started = await trackers.AddAsync(new TrackerBody { Description = "Writing" });
/// await trackers.StopAsync(started);
/// </code>
/// </example>
public sealed class TrackerEndpoint : IDisposable
{
    private readonly TogglConnection _connection;
    private readonly bool _ownsConnection;
    private readonly Core.TrackerEndpoint _core;
    private int _disposed;

    /// <summary>An endpoint for the trackers of one workspace.</summary>
    /// <param name="workspaceId">The workspace the trackers belong to.</param>
    /// <param name="auth">The credentials.</param>
    /// <param name="cache">A cache answering reads without requests; the caller keeps ownership and disposes it.</param>
    /// <param name="client">
    /// A shared <see cref="HttpClient"/> (the caller keeps ownership); <see langword="null"/> makes one the endpoint owns.
    /// Its <see cref="HttpClient.BaseAddress"/>, if set, is where requests go when the options name no address.
    /// </param>
    /// <param name="timeout">How long one attempt may take; <see langword="null"/> is 10 seconds.</param>
    /// <param name="reRaise">
    /// <see langword="false"/>: tolerated statuses become <see langword="null"/>; <see langword="true"/>: they throw
    /// <see cref="TogglApiException"/>, and, as in the Python library, nothing is retried.
    /// </param>
    /// <param name="retries">How often a failed idempotent request (5xx, a dropped connection, a timeout) is retried.</param>
    /// <param name="options">Base address (the sandbox), logger, clock, pacing and user agent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="auth"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The workspace id, timeout or retries are out of range.</exception>
    /// <exception cref="ArgumentException">
    /// The base address is not an absolute http(s) address, or <paramref name="client"/> has a
    /// <see cref="HttpClient.BaseAddress"/> other than the one <paramref name="options"/> name.
    /// </exception>
    public TrackerEndpoint(
        long workspaceId,
        BasicAuth auth,
        ITogglCache? cache = null,
        HttpClient? client = null,
        TimeSpan? timeout = null,
        bool reRaise = false,
        int retries = 3,
        TogglClientOptions? options = null)
        : this(EndpointSettings.Create(workspaceId, auth, cache, client, timeout, reRaise, retries, options), pacer: null, quotaGate: null) { }

    internal TrackerEndpoint(EndpointSettings settings, SharedPacer? pacer, Core.QuotaGate? quotaGate)
        : this(settings, TogglConnection.Create(settings, pacer, quotaGate), ownsConnection: true) { }

    /// <summary>An endpoint over a connection: its own, or a <see cref="TogglClient"/>'s, shared and left open on dispose.</summary>
    internal TrackerEndpoint(EndpointSettings settings, TogglConnection connection, bool ownsConnection)
    {
        Settings = settings;
        _connection = connection;
        _ownsConnection = ownsConnection;
        _core = settings.CoreEndpoint(settings.WorkspaceId, connection.Sender);
        Plan = new TrackerPlan(this);
        Outbox = new TogglOutbox(this);
    }

    internal EndpointSettings Settings { get; }

    internal Core.TrackerEndpoint Core => _core;

    /// <summary>The connection the endpoint sends through (a <see cref="TogglClient"/>'s when it came from one).</summary>
    internal TogglConnection Connection => _connection;

    /// <summary>The workspace the trackers belong to.</summary>
    public long WorkspaceId => Settings.WorkspaceId;

    /// <summary>The cache answering reads, if any.</summary>
    public ITogglCache? Cache => Settings.Cache;

    /// <summary>Whether tolerated statuses throw instead of becoming <see langword="null"/>.</summary>
    public bool ReRaise => Settings.ReRaise;

    /// <summary>The API base address requests go to.</summary>
    public Uri BaseAddress => Settings.BaseAddress;

    /// <summary>Toggl's hourly quota as the last response reported it; <see langword="null"/> before any response carried it.</summary>
    public TogglQuota? LastQuota =>
        Interop.IsSome(_connection.LastQuota) ? Convert.ToFacade(_connection.LastQuota!.Value) : null;

    /// <summary>
    /// The dry run: for each operation, the plan it runs — what the cache answers, the requests, the commits and the
    /// follow-ups that depend on Toggl's answers — sending nothing and changing nothing.
    /// </summary>
    public TrackerPlan Plan { get; }

    /// <summary>
    /// The offline outbox: with <see cref="TogglClientOptions.Outbox"/> on, a write that cannot be sent now is queued
    /// there (the tracker returned has <see cref="TogglTracker.IsQueued"/> set) and <see cref="TogglOutbox.SendAsync"/>
    /// sends it later.
    /// </summary>
    public TogglOutbox Outbox { get; }

    /// <summary>The running tracker (<c>GET me/time_entries/current</c>), or <see langword="null"/> when nothing runs.</summary>
    /// <param name="refresh">
    /// <see langword="true"/> (the default) asks Toggl; <see langword="false"/> lets a synced cache answer with no request
    /// (synced first when its last sync is older than <see cref="TogglClientOptions.CacheMaxAge"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The running tracker, or <see langword="null"/>.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTracker?> CurrentAsync(bool refresh = true, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var running = await Interop
            .Unwrap(Toggl.Core.Trackers.current(_core, refresh, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(running);
    }

    /// <summary>
    /// Trackers matching the filters (<c>GET me/time_entries</c>), newest start first. Use one kind of filter:
    /// <paramref name="since"/>, <paramref name="before"/>, or the <paramref name="startDate"/>/<paramref name="endDate"/> range.
    /// </summary>
    /// <param name="since">Trackers changed since this instant, deleted ones included.</param>
    /// <param name="before">Trackers started before this instant.</param>
    /// <param name="startDate">Start of a range of start times (needs <paramref name="endDate"/>).</param>
    /// <param name="endDate">End of the range, excluded (needs <paramref name="startDate"/>).</param>
    /// <param name="refresh">
    /// <see langword="false"/> (the default) lets a synced cache answer with no request (synced first when its last sync
    /// is older than <see cref="TogglClientOptions.CacheMaxAge"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The trackers.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<IReadOnlyList<TogglTracker>> CollectAsync(
        DateTimeOffset? since = null,
        DateTimeOffset? before = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        bool refresh = false,
        CancellationToken cancellationToken = default) =>
        CollectAsync(Filters.Collect(since, before, startDate, endDate), refresh, cancellationToken);

    /// <summary>Trackers that started on the days from <paramref name="startDate"/> up to <paramref name="endDate"/>, newest start first.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The end of the range: Toggl excludes entries starting on this day.</param>
    /// <param name="refresh">
    /// <see langword="false"/> (the default) lets a synced cache answer with no request (synced first when its last sync
    /// is older than <see cref="TogglClientOptions.CacheMaxAge"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The trackers.</returns>
    /// <exception cref="TogglDateTimeException">The dates contradict each other or Toggl's limits; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<IReadOnlyList<TogglTracker>> CollectAsync(
        DateOnly startDate,
        DateOnly endDate,
        bool refresh = false,
        CancellationToken cancellationToken = default) =>
        CollectAsync(Filters.Collect(startDate, endDate), refresh, cancellationToken);

    private async Task<IReadOnlyList<TogglTracker>> CollectAsync(
        Core.CollectFilter filter,
        bool refresh,
        CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var trackers = await Interop
            .Unwrap(Toggl.Core.Trackers.collect(_core, filter, refresh, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(trackers);
    }

    /// <summary>One tracker by id (<c>GET me/time_entries/{id}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="trackerId">
    /// The tracker's id; with a <see cref="SqliteCache"/>, also a local id (<see cref="TogglTracker.IsLocal"/>): the
    /// cache's queued copy while its create waits in the outbox, Toggl's entry once it was sent.
    /// </param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tracker, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive (nor a local id of a SQLite cache).</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTracker?> GetAsync(long trackerId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (trackerId < 0 && Cache is SqliteCache local)
        {
            // A local id (an entry created while queued): Toggl's id once its create was sent, else the cache's copy.
            if (await Outbox.RealIdAsync(trackerId, cancellationToken).ConfigureAwait(false) is not { } real)
                return await local.FindAsync(trackerId, cancellationToken).ConfigureAwait(false) is { } queued ? queued with { IsQueued = true } : null;
            trackerId = real;
        }
        var tracker = await Interop
            .Unwrap(Toggl.Core.Trackers.get(_core, trackerId, refresh, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(tracker);
    }

    /// <summary>One tracker again (<c>GET me/time_entries/{id}</c>); <see langword="null"/> when Toggl has none (404) unless <c>reRaise</c>.</summary>
    /// <param name="tracker">The tracker (its id is used).</param>
    /// <param name="refresh"><see langword="false"/> (the default) lets a cached copy answer with no request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tracker as Toggl (or the cache) holds it now, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tracker"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<TogglTracker?> GetAsync(TogglTracker tracker, bool refresh = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return GetAsync(tracker.Id, refresh, cancellationToken);
    }

    /// <summary>
    /// Creates a tracker (<c>POST workspaces/{wid}/time_entries</c>). No start means now; no stop and no
    /// duration means a running tracker. A create is never retried (that could duplicate it); when it fails
    /// without an answer, one listing checks whether Toggl applied it anyway. A running tracker stops the one
    /// that ran, in the cache too. When Toggl's answer leaves out the ids of named tags, one GET brings them,
    /// so the tracker returned equals later reads of it; if that GET fails, <see cref="TogglTracker.TagIds"/>
    /// is empty while <see cref="TogglTracker.Tags"/> is not: the ids are not known yet.
    /// </summary>
    /// <param name="body">The tracker; <see cref="TrackerBody.Description"/> is required.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tracker as Toggl created it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="TogglNamingException">The body has no description; nothing was sent.</exception>
    /// <exception cref="TogglOutcomeUnknownException">
    /// The create went unanswered and the listing that checks for it failed too: Toggl may have created it.
    /// </exception>
    /// <exception cref="TogglLocalCacheException">Toggl created it, but the cache could not record it.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTracker> AddAsync(TrackerBody body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ThrowIfDisposed();
        var coreBody = Convert.ToCore(body);
        if (Settings.Outbox)
            return await OutboxWrites.Tracker(this, Toggl.Core.Outbox.add(_core, coreBody, cancellationToken), cancellationToken).ConfigureAwait(false);
        var tracker = await Interop
            .Unwrap(Toggl.Core.Trackers.add(_core, coreBody, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(tracker);
    }

    /// <summary>Changes the fields the body sets, and only those (<c>PUT workspaces/{wid}/time_entries/{id}</c>).</summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="body">The changes.</param>
    /// <param name="meta">Ask Toggl for meta fields in the answer (sent in the query string).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tracker as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused (404 when the tracker does not exist), could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTracker> EditAsync(
        long trackerId,
        TrackerBody body,
        bool meta = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ThrowIfDisposed();
        var coreBody = Convert.ToCore(body);
        if (Settings.Outbox)
            return await OutboxWrites.Tracker(this, Toggl.Core.Outbox.edit(_core, trackerId, coreBody, cancellationToken), cancellationToken).ConfigureAwait(false);
        var tracker = await Interop
            .Unwrap(Toggl.Core.Trackers.edit(_core, trackerId, coreBody, meta, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(tracker);
    }

    /// <summary>Changes the fields the body sets on a tracker, and only those.</summary>
    /// <param name="tracker">The tracker (its id is used).</param>
    /// <param name="body">The changes.</param>
    /// <param name="meta">Ask Toggl for meta fields in the answer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tracker as Toggl holds it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tracker"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<TogglTracker> EditAsync(
        TogglTracker tracker,
        TrackerBody body,
        bool meta = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return EditAsync(tracker.Id, body, meta, cancellationToken);
    }

    /// <summary>
    /// Applies one body to many trackers (<c>PATCH workspaces/{wid}/time_entries/{ids}</c>, at most 100 ids a
    /// request). Toggl applies it entry by entry: the result lists what changed and what did not.
    /// </summary>
    /// <param name="trackerIds">The trackers' ids.</param>
    /// <param name="body">The changes (description, tags with a <see cref="TagAction"/>, start, stop, ...).</param>
    /// <param name="progress">Told how many ids were handled after each request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids changed and the failures with Toggl's reasons; empty, with no request, for no ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trackerIds"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">An invalid id, or a body that changes nothing; nothing was sent.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, also between requests (the chunks done are cached).</exception>
    /// <exception cref="TogglLocalCacheException">Toggl applied a chunk, but the cache could not record it.</exception>
    /// <exception cref="TogglException">The first request failed.</exception>
    public async Task<Edits> BulkEditAsync(
        IEnumerable<long> trackerIds,
        TrackerBody body,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackerIds);
        ArgumentNullException.ThrowIfNull(body);
        ThrowIfDisposed();
        var ids = Interop.ToFSharpList(trackerIds.ToArray());
        var coreBody = Convert.ToCore(body);
        var progressOption = progress is null ? FSharpOption<IProgress<int>>.None : FSharpOption<IProgress<int>>.Some(progress);
        var edits = await Interop
            .Unwrap(Toggl.Core.Trackers.bulkEdit(_core, ids, coreBody, progressOption, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(edits);
    }

    /// <summary>
    /// Deletes a tracker (<c>DELETE workspaces/{wid}/time_entries/{id}</c>). One already gone (404) is fine unless
    /// <c>reRaise</c>. When the delete goes unanswered, one GET checks: gone means done; when that GET fails too,
    /// the exception is thrown and the cache drops the tracker and its sync cursor, so no read shows it running.
    /// </summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task DeleteAsync(long trackerId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (Settings.Outbox)
        {
            await OutboxWrites.Nothing(this, Toggl.Core.Outbox.delete(_core, trackerId, cancellationToken), cancellationToken).ConfigureAwait(false);
            return;
        }
        await Interop
            .Unwrap(Toggl.Core.Trackers.delete(_core, trackerId, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Deletes a tracker. One already gone (404) is fine unless <c>reRaise</c>.</summary>
    /// <param name="tracker">The tracker (its id is used).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes once Toggl deleted it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tracker"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task DeleteAsync(TogglTracker tracker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return DeleteAsync(tracker.Id, cancellationToken);
    }

    /// <summary>
    /// Stops a running tracker (<c>PATCH workspaces/{wid}/time_entries/{id}/stop</c>); <see langword="null"/> when it
    /// was already stopped (409) unless <c>reRaise</c>. A 409 to a retry of this very stop, after an attempt that
    /// went unanswered (5xx, timeout, dropped connection), is this stop having worked: the tracker is returned.
    /// </summary>
    /// <param name="trackerId">The tracker's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stopped tracker, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trackerId"/> is not positive.</exception>
    /// <exception cref="TogglException">Toggl refused (404 for an unknown tracker), could not be reached, or answered unexpectedly.</exception>
    public async Task<TogglTracker?> StopAsync(long trackerId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (Settings.Outbox)
            return await OutboxWrites.MaybeTracker(this, Toggl.Core.Outbox.stop(_core, trackerId, cancellationToken), cancellationToken).ConfigureAwait(false);
        var tracker = await Interop
            .Unwrap(Toggl.Core.Trackers.stop(_core, trackerId, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(tracker);
    }

    /// <summary>Stops a running tracker; <see langword="null"/> when it was already stopped (409) unless <c>reRaise</c>.</summary>
    /// <param name="tracker">The tracker (its id is used).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stopped tracker, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tracker"/> is null.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<TogglTracker?> StopAsync(TogglTracker tracker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return StopAsync(tracker.Id, cancellationToken);
    }

    /// <summary>
    /// Brings the cache up to date in one request: <c>since=&lt;last sync&gt;</c> returns every change, deletions
    /// included (docs/toggl-api.md §6.1); the first sync loads Toggl's whole window. Afterwards
    /// <see cref="CurrentAsync"/> with <c>refresh: false</c>, <see cref="CollectAsync(DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, bool, CancellationToken)"/>
    /// and <see cref="GetAsync(long, bool, CancellationToken)"/> answer with no request.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the sync changed.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no cache.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<SyncResult> SyncAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (Settings.Cache is null)
            throw new InvalidOperationException("SyncAsync needs a cache to write to: pass a JsonCache or SqliteCache to the endpoint.");
        var result = await Interop
            .Unwrap(Toggl.Core.Trackers.sync(_core, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToFacade(result);
    }

    /// <summary>The workspace's projects (<c>GET workspaces/{wid}/projects</c>), to pick a <see cref="TrackerBody.ProjectId"/>.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The projects, by name.</returns>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<TogglProject>> ProjectsAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var projects = await Interop
            .Unwrap(Toggl.Core.TogglCall.run(Toggl.Core.Projects.list(_core, Toggl.Core.ResourceBody.allProjects, true), cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return projects.Select(Convert.ToFacade).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();
    }

    /// <summary>
    /// Releases the HTTP client the endpoint made (a client passed in is left alone, and so is the cache); an endpoint
    /// from a <see cref="TogglClient"/> leaves the client's connection to the client.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsConnection)
            _connection.Dispose();
    }

    /// <summary>The endpoint's workspace and base address; never the credentials.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"TrackerEndpoint(workspace {WorkspaceId}, {BaseAddress}, {Settings.Auth})";

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
