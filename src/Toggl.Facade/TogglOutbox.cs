using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The offline outbox of a workspace's trackers (<see cref="TogglClientOptions.Outbox"/>): writes that could not be
/// sent now (no network, a timeout after the retries, a spent quota, a rate limit beyond the pacer) wait in the
/// <see cref="SqliteCache"/>'s database, and the cache shows them at once. <see cref="SendAsync"/> replays them,
/// compacted, exactly once, in order, within the quota, and reports conflicts with changes made on Toggl meanwhile.
/// </summary>
/// <remarks>
/// An entry created while queued has a negative local id (<see cref="TogglTracker.IsLocal"/>); the endpoint's writes
/// accept it, and it becomes the real id when its create is replayed (<see cref="RealIdAsync"/>). Every method needs
/// the endpoint's cache to be a <see cref="SqliteCache"/>; reading the queue works whether or not the outbox option is on.
/// </remarks>
/// <example>
/// <code>
/// using var cache = new SqliteCache(folder);
/// using var toggl = new TogglClient(workspaceId, auth, cache, options: new TogglClientOptions { Outbox = true });
/// var entry = await toggl.Trackers.AddAsync(new TrackerBody { Description = "On the train" });
/// if (entry.IsQueued) Console.WriteLine($"queued as {entry.Id}");
/// await foreach (var result in toggl.Outbox.SendAsync()) Console.WriteLine(result);
/// </code>
/// </example>
public sealed class TogglOutbox
{
    private readonly TrackerEndpoint _endpoint;

    internal TogglOutbox(TrackerEndpoint endpoint) => _endpoint = endpoint;

    /// <summary>Whether the endpoint's writes run or queue (<see cref="TogglClientOptions.Outbox"/>).</summary>
    public bool IsEnabled => _endpoint.Settings.Outbox;

    /// <summary>Raised when a write is queued instead of sent: which items, how many wait, why, and when the quota refills.</summary>
    public event EventHandler<OutboxQueuedEventArgs>? Queued;

    /// <summary>How many items the outbox holds.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="TogglCacheException">The cache's database cannot be read.</exception>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        Run(Core.Outbox.count(CoreEndpoint, cancellationToken), cancellationToken);

    /// <summary>Every item in the outbox, in queue order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The items.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="TogglCacheException">The cache's database cannot be read.</exception>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var items = await Run(Core.Outbox.items(CoreEndpoint, cancellationToken), cancellationToken).ConfigureAwait(false);
        return items.Select(Convert.ToFacade).ToArray();
    }

    /// <summary>The items in conflict, each with mine, theirs, and the fields to choose.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The conflicts, in queue order.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="TogglCacheException">The cache's database cannot be read.</exception>
    public async Task<IReadOnlyList<OutboxConflict>> ConflictsAsync(CancellationToken cancellationToken = default)
    {
        var conflicts = await Run(Core.Outbox.conflicts(CoreEndpoint, cancellationToken), cancellationToken).ConfigureAwait(false);
        return conflicts.Select(Convert.ToFacade).ToArray();
    }

    /// <summary>
    /// Drops an item and undoes its change in the cache at once (dropping a local entry's create drops the writes
    /// on it too, and the entry leaves the cache).
    /// </summary>
    /// <param name="itemId">The item's <see cref="OutboxItem.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids of the items dropped.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="ArgumentException">The outbox holds no such item.</exception>
    public async Task<IReadOnlyList<long>> DropAsync(long itemId, CancellationToken cancellationToken = default)
    {
        var dropped = await Run(Core.Outbox.drop(CoreEndpoint, itemId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return dropped.ToArray();
    }

    /// <summary>
    /// Resolves a conflict: <see cref="OutboxResolution.KeepMine"/> (sent at the next <see cref="SendAsync"/>),
    /// <see cref="OutboxResolution.KeepTheirs"/> (dropped; the cache shows Toggl's copy), or
    /// <see cref="OutboxResolution.Merge"/> field by field.
    /// </summary>
    /// <param name="itemId">The conflicting item's <see cref="OutboxItem.Id"/>.</param>
    /// <param name="resolution">How to resolve it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the resolution is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolution"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="ArgumentException">No such item, the item is not in conflict, or a merge leaves a conflicting field unnamed.</exception>
    public Task ResolveAsync(long itemId, OutboxResolution resolution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return Run(Core.Outbox.resolve(CoreEndpoint, itemId, Convert.ToCore(resolution), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Sends what waits: first one listing settles writes whose answer was lost and finds conflicts, then the
    /// compacted writes in order, paced and within the quota. Stops at a spent quota, a rate limit or a network
    /// failure (the rest stays queued, reported as <see cref="OutboxResultKind.StillQueued"/>). Results are yielded as
    /// they happen.
    /// </summary>
    /// <param name="cancellationToken">Cancels the replay (what was sent stays sent; the rest stays queued).</param>
    /// <returns>The results, as they happen.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    /// <exception cref="TogglException">The replay could not start (the cache cannot be read) or stopped on an error it does not report as a result.</exception>
    public async IAsyncEnumerable<OutboxResult> SendAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var core = CoreEndpoint;
        var results = Channel.CreateUnbounded<Core.ReplayResult>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var progress = new ChannelProgress(results.Writer);
        // A caller that stops enumerating early stops the replay too (it is safe to stop at any point: what was
        // sent is recorded, the rest stays queued), rather than leaving it running unobserved.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var replay = Task.Run(
            async () =>
            {
                try
                {
                    var done = await Core.Outbox.replay(core, FSharpOption<IProgress<Core.ReplayResult>>.Some(progress), stop.Token).ConfigureAwait(false);
                    results.Writer.TryComplete(done.IsOk ? null : ErrorMapping.ToException(done.ErrorValue, stop.Token));
                }
                catch (Exception e)
                {
                    results.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return Convert.ToFacade(result, cancellationToken);
        }
        finally
        {
            if (!replay.IsCompleted)
                await stop.CancelAsync().ConfigureAwait(false);
            await replay.ConfigureAwait(false);
        }
    }

    /// <summary>The dry run of <see cref="SendAsync"/>: each waiting item's plan, and the plans compaction leaves. Sends nothing.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    public async Task<OutboxPlan> PlanAsync(CancellationToken cancellationToken = default)
    {
        var plan = await Run(Core.Outbox.plan(CoreEndpoint, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(plan);
    }

    /// <summary>The real id Toggl gave a local entry once its create was sent; <see langword="null"/> while it waits.</summary>
    /// <param name="localId">The local (negative) id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The real id, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException">The endpoint has no <see cref="SqliteCache"/>.</exception>
    public async Task<long?> RealIdAsync(long localId, CancellationToken cancellationToken = default)
    {
        var real = await Run(Core.Outbox.realId(CoreEndpoint, localId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Interop.ToNullable(real);
    }

    /// <summary>The outbox of the endpoint and its workspace; never credentials.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"TogglOutbox(workspace {_endpoint.WorkspaceId}, {(IsEnabled ? "on" : "off")})";

    internal void OnQueued(OutboxQueuedEventArgs notice) => Queued?.Invoke(this, notice);

    private Core.TrackerEndpoint CoreEndpoint
    {
        get
        {
            if (_endpoint.Cache is not SqliteCache)
                throw new InvalidOperationException(NeedsSqlite);
            return _endpoint.Core;
        }
    }

    /// <summary>Why an outbox needs the SQLite cache, for every error that says so.</summary>
    internal const string NeedsSqlite =
        "The outbox keeps queued writes in the SQLite cache's database (one transaction with the cache's change): pass a SqliteCache to the client (a JsonCache or no cache cannot hold an outbox).";

    private static Task<T> Run<T>(Task<FSharpResult<T, Core.TogglError>> operation, CancellationToken cancellationToken) =>
        Interop.Unwrap(operation, cancellationToken);

    /// <summary>Reports each replay result into the channel at once (Progress&lt;T&gt; would post to a synchronization context).</summary>
    private sealed class ChannelProgress(ChannelWriter<Core.ReplayResult> writer) : IProgress<Core.ReplayResult>
    {
        public void Report(Core.ReplayResult value) => writer.TryWrite(value);
    }
}
