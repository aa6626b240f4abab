using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Session;

/// <summary>
/// One command's connection to Toggl: the account, the façade's <see cref="TrackerEndpoint"/> with the
/// SQLite cache under the cache folder, and the tool's state (quota, project names). Every command goes
/// through here, so the demo, the tests and a person at a terminal share one path. A command hands its
/// operations (<see cref="CliOperation{T}"/>) to <see cref="AskAsync"/> and <c>ExecuteAsync</c>: a real
/// run runs them, a dry run prints their plans instead (<see cref="PerformAsync"/>), so no command has a
/// dry-run branch of its own. Freshness is the core's rule: <c>TOGGL_CACHE_MAX_AGE</c> is the façade's
/// <see cref="TogglClientOptions.CacheMaxAge"/>, and reads ask the façade with <c>refresh: false</c>.
/// </summary>
internal sealed class TogglSession : IAsyncDisposable
{
    /// <summary>Trackers older than this leave the cache: Toggl's list window is three months (docs/toggl-api.md §6.1).</summary>
    private static readonly TimeSpan CacheExpiry = TimeSpan.FromDays(100);

    private readonly SqliteCache cache;
    private readonly string cachePath;
    private readonly string statePath;
    private readonly List<string> accepted = [];
    private readonly List<TogglPlan> plans = [];

    /// <summary><c>TOGGL_CACHE_MAX_AGE=0</c>: every read asks Toggl (the façade's max age must be positive).</summary>
    private readonly bool alwaysAsk;

    private TogglSession(CliContext context, TogglSettings settings, TogglAccount account, TogglPaths paths, TimeSpan maxAge, bool reRaise)
    {
        // Checked before anything is opened: a bad value is a usage error, not a half-made session.
        var readDeadline = ReadTimeout.Read(context.Environment);
        Context = context;
        Settings = settings;
        Account = account;
        Paths = paths;
        cachePath = paths.TrackerCache(account.WorkspaceId);
        OwnerOnlyFiles.EnsureFolder(paths.CacheFolder);
        if (Directory.Exists(cachePath))
        {
            // Never removed for the user: it is not ours, and may hold something they want.
            throw new CliException(
                ExitCodes.Error,
                $"the cache file {cachePath} is a folder: move or delete it, and the tool rebuilds its cache from Toggl (one request)");
        }

        OwnerOnlyFiles.EnsureFile(cachePath);
        cache = new SqliteCache(cachePath, CacheExpiry, context.Clock);
        statePath = paths.StateFile(account.WorkspaceId);
        State = CliState.Load(statePath);
        Endpoint = new TrackerEndpoint(
            account.WorkspaceId,
            account.Credentials,
            cache,
            reRaise: reRaise,
            options: new TogglClientOptions
            {
                BaseAddress = account.BaseAddress,
                TimeProvider = context.Clock,
                UserAgent = "togglfun-cli/" + TogglCli.Version,
                ReadDeadline = readDeadline,
                CacheMaxAge = maxAge > TimeSpan.Zero ? maxAge : null,
            });
        alwaysAsk = maxAge <= TimeSpan.Zero;
        Operations = new TrackerOperations(this, cache);
        Printer = new Printer(context);
    }

    /// <summary>The run's surroundings.</summary>
    public CliContext Context { get; }

    /// <summary>The command's options.</summary>
    public TogglSettings Settings { get; }

    /// <summary>The account in use.</summary>
    public TogglAccount Account { get; }

    /// <summary>The tool's folders.</summary>
    public TogglPaths Paths { get; }

    /// <summary>The façade's endpoint (the cache is attached).</summary>
    public TrackerEndpoint Endpoint { get; }

    /// <summary>What the tool remembers between runs.</summary>
    public CliState State { get; }

    /// <summary>Prints entries and reports.</summary>
    public Printer Printer { get; }

    /// <summary>The façade's operations as commands use them.</summary>
    public TrackerOperations Operations { get; }

    /// <summary>Whether the cache was ever synced (it then knows every entry of Toggl's window): the cache's own cursor says.</summary>
    public bool IsSynced { get; private set; }

    /// <summary>
    /// The <c>refresh</c> a read of the running entry or of a range passes to the façade: the user's
    /// <c>--refresh</c>, or always with <c>TOGGL_CACHE_MAX_AGE=0</c>; otherwise the core decides whether the
    /// cache is fresh enough to answer.
    /// </summary>
    public bool Refresh(bool refresh) => refresh || alwaysAsk;

    /// <summary>Opens the session: resolves the account (or explains how to configure one) and opens the cache.</summary>
    /// <param name="context">The run's surroundings.</param>
    /// <param name="settings">The command's options.</param>
    /// <param name="reRaise">Whether "not found" and "already stopped" are errors rather than nothing (write commands about one id).</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static async Task<TogglSession> OpenAsync(CliContext context, TogglSettings settings, bool reRaise, CancellationToken cancellationToken)
    {
        // Read before any file is opened: a setting that cannot be honoured stops the command here.
        var maxAge = CacheMaxAge.Read(context.Environment);
        var paths = TogglPaths.Resolve(settings.Home, context.Environment);
        var account = AccountResolver.Resolve(settings.AccountFlags, context.Environment, paths);
        var session = new TogglSession(context, settings, account, paths, maxAge, reRaise);
        try
        {
            // The cache's own cursor is the truth: a deleted or replaced cache file is not "synced" whatever the state says.
            session.IsSynced = await session.cache.LastSyncAsync(cancellationToken) is not null;
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Checks, before a write is sent, that the cache and the state file can record it; a
    /// <see cref="CliException"/> (exit code 1) naming the file otherwise, with nothing sent. A dry run writes
    /// nothing, so it checks nothing.
    /// </summary>
    /// <param name="afterCheck">Runs after the check (a test's hook), not in a dry run.</param>
    public void EnsureWritable(Action? afterCheck)
    {
        if (Settings.DryRun)
        {
            return;
        }

        LocalWriteCheck.Ensure(cachePath, statePath);
        afterCheck?.Invoke();
    }

    /// <summary>
    /// Runs a command's body. In a dry run its operations printed their plans instead of running; they are
    /// printed here, once, in order — also when the body stopped at an answer only Toggl can give.
    /// </summary>
    public async Task<int> PerformAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        string? waitsFor = null;
        int code;
        try
        {
            code = await body(cancellationToken);
        }
        catch (DryRunEnd end)
        {
            waitsFor = end.Answer;
            code = ExitCodes.Ok;
        }

        var format = Settings is OutputSettings output ? output.Output : OutputFormat.Table;
        return Settings.DryRun ? DryRunPrinter.Print(Context, format, plans, waitsFor) : code;
    }

    /// <summary>
    /// The answer of a read a later operation needs. A real run runs it; a dry run prints its plan and goes on
    /// with what the cache holds (reads cost no request), or ends (<see cref="DryRunEnd"/>) when only Toggl can tell.
    /// </summary>
    public async Task<T> AskAsync<T>(CliOperation<T> operation, CancellationToken cancellationToken)
    {
        if (!Settings.DryRun)
        {
            return await RunAsync(operation, cancellationToken);
        }

        plans.Add(await operation.Plan(cancellationToken));
        return operation.FromCache is { } fromCache && await fromCache(cancellationToken) is (true, var value)
            ? value
            : throw new DryRunEnd(operation.Answer);
    }

    /// <summary>Runs an operation and presents what it answers; a dry run prints its plan instead.</summary>
    public async Task ExecuteAsync<T>(CliOperation<T> operation, Func<T, Task> present, CancellationToken cancellationToken)
    {
        if (Settings.DryRun)
        {
            plans.Add(await operation.Plan(cancellationToken));
            return;
        }

        await present(await RunAsync(operation, cancellationToken));
    }

    /// <summary>Runs an operation and presents what it answers; a dry run prints its plan instead.</summary>
    public Task ExecuteAsync<T>(CliOperation<T> operation, Action<T> present, CancellationToken cancellationToken) =>
        ExecuteAsync(operation, value =>
        {
            present(value);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Sends one write through the façade and remembers what Toggl accepted, so that a local failure after
    /// it (the cache commit here, the state file at <see cref="SaveState"/>) says what Toggl has, with exit
    /// code 7, instead of a plain failure whose retry would repeat the change.
    /// </summary>
    /// <param name="change">The change in the past tense, without its id: <c>Started "Writing"</c>.</param>
    /// <param name="trackerId">The tracker's id when known before sending.</param>
    /// <param name="send">The façade call.</param>
    /// <param name="done">What Toggl did, from the answer (e.g. the new id; null when it did nothing); <paramref name="change"/> when absent.</param>
    public async Task<T> SendWriteAsync<T>(string change, long? trackerId, Func<Task<T>> send, Func<T, string?>? done = null)
    {
        T result;
        try
        {
            result = await send();
        }
        catch (Exception error) when (FacadeErrors.AcceptedButNotCached(error) is { } notCached)
        {
            accepted.Add(WithId(change, trackerId ?? notCached.TrackerId));
            throw LocalWriteFailure.Create(accepted, "the local cache", notCached.Reason);
        }

        if ((done is null ? WithId(change, trackerId) : done(result)) is { } what)
        {
            accepted.Add(what);
        }

        return result;
    }

    /// <summary>What Toggl did to a tracker, for <see cref="SendWriteAsync"/>: <c>Started "Writing" (id 12)</c>.</summary>
    public string Accepted(string verb, TogglTracker tracker) => WithId(LocalWriteFailure.Change(verb, tracker.Description), tracker.Id);

    /// <summary><c>Started "Writing" (id 12)</c>; without the id when it is unknown.</summary>
    public static string WithId(string change, long? trackerId) =>
        trackerId is { } id ? $"{change} (id {id.ToString(CultureInfo.InvariantCulture)})" : change;

    /// <summary>
    /// Remembers the last quota Toggl reported and saves the state (not in a dry run). A failure after a
    /// write Toggl accepted is exit code 7 (<see cref="LocalWriteFailure"/>); otherwise exit code 1 naming the file.
    /// </summary>
    public void SaveState()
    {
        if (Endpoint.LastQuota is { } quota)
        {
            State.QuotaRemaining = quota.Remaining;
            State.QuotaResetsAt = quota.ResetsAt;
        }

        if (Settings.DryRun)
        {
            return;
        }

        try
        {
            State.Save(statePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw accepted.Count > 0
                ? LocalWriteFailure.Create(accepted, $"the local state file {statePath}", e.Message)
                : new CliException(
                    ExitCodes.Error,
                    $"could not save the state file {statePath}: {e.Message.TrimEnd('.')}. Make it writable (or move it away), then run `toggl sync`.");
        }
    }

    /// <summary>Saves the state when a command failed: best effort, since the command's own error is the one to report.</summary>
    public void SaveStateQuietly()
    {
        try
        {
            SaveState();
        }
        catch (CliException)
        {
            // The state only caches; the failure being reported matters more.
        }
    }

    /// <summary>
    /// Runs an operation; the first load of an empty cache (a sync, or a read the core syncs first) says what
    /// the wait is for, with a spinner on a terminal.
    /// </summary>
    private async Task<T> RunAsync<T>(CliOperation<T> operation, CancellationToken cancellationToken)
    {
        if (!operation.MayLoad || IsSynced)
        {
            return await operation.Run(cancellationToken);
        }

        const string loading = "Loading your time entries of the last three months…";
        T result;
        if (Context.IsTerminal)
        {
            result = await Context.Error.Status().StartAsync(loading, _ => operation.Run(cancellationToken));
        }
        else
        {
            Context.Error.WriteLine(loading);
            result = await operation.Run(cancellationToken);
        }

        IsSynced = await cache.LastSyncAsync(cancellationToken) is not null;
        return result;
    }

    /// <summary>One cached entry by id, with no request; null when the cache does not hold it.</summary>
    public Task<TogglTracker?> CachedEntryAsync(long id, CancellationToken cancellationToken) => cache.FindAsync(id, cancellationToken);

    /// <summary>The project id a <c>--project</c> value names: an id, or a name looked up (one request when not known yet).</summary>
    public async Task<long> ProjectIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (long.TryParse(nameOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        if (FindProject(nameOrId) is { } known)
        {
            return known;
        }

        await AskAsync(Operations.Projects(), cancellationToken);
        return FindProject(nameOrId)
            ?? throw CliException.NotFound(
                $"no project named '{nameOrId}' in workspace {Account.WorkspaceId}"
                + (State.Projects.Count > 0 ? $" (projects: {string.Join(", ", State.Projects.Values.Order(StringComparer.OrdinalIgnoreCase))})" : ""));
    }

    /// <summary>Views of trackers for printing and reports, with project names (fetched once if a project is new).</summary>
    public async Task<IReadOnlyList<EntryView>> ViewsAsync(IEnumerable<TogglTracker> trackers, CancellationToken cancellationToken)
    {
        var list = trackers.Where(t => !t.IsDeleted).ToList();
        var unknown = list.Any(t => t.ProjectId is { } p && !State.Projects.ContainsKey(p));
        var recentlyFetched = State.ProjectsFetched is { } fetched && Context.Now - fetched < TimeSpan.FromMinutes(5);
        if (unknown && !recentlyFetched)
        {
            try
            {
                await Operations.Projects().Run(cancellationToken);
            }
            catch (TogglException) when (accepted.Count > 0)
            {
                // After a write Toggl accepted, a missing project name is no reason to report a failure (and
                // invite a retry that repeats the write): the project shows as its id.
            }
        }

        return list.Select(View).ToList();
    }

    /// <summary>One tracker as a view (project names as known now, no request).</summary>
    public EntryView View(TogglTracker tracker)
    {
        var project = tracker.ProjectId is { } p && State.Projects.TryGetValue(p, out var name) ? name : null;
        return new EntryView(
            tracker.Id,
            tracker.WorkspaceId,
            tracker.Description,
            tracker.ProjectId,
            project,
            tracker.Tags,
            tracker.Billable,
            tracker.Start,
            tracker.IsRunning ? null : tracker.Stop,
            tracker.Elapsed(Context.Clock),
            tracker.IsRunning);
    }

    /// <summary>Closes the endpoint and the cache (the state is saved by <see cref="SaveState"/>).</summary>
    public ValueTask DisposeAsync()
    {
        try
        {
            Endpoint.Dispose();
        }
        finally
        {
            cache.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private long? FindProject(string name) =>
        State.Projects.FirstOrDefault(p => string.Equals(p.Value, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Key
            : null;
}
