using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Session;

/// <summary>
/// One command's connection to Toggl: the account, the façade's client root (<see cref="TogglClient"/>: time
/// entries and every other object, sharing one connection and quota) with the SQLite cache under the cache folder,
/// and the tool's state (quota, project names). Every command goes
/// through here, so the demo, the tests and a person at a terminal share one path. A command hands its
/// operations (<see cref="CliOperation{T}"/>) to <see cref="AskAsync"/> and <c>ExecuteAsync</c>: a real
/// run runs them, a dry run prints their plans instead (<see cref="PerformAsync"/>), so no command has a
/// dry-run branch of its own. Freshness is the core's rule: <c>TOGGL_CACHE_MAX_AGE</c> is the façade's
/// <see cref="TogglClientOptions.CacheMaxAge"/>, and reads ask the façade with <c>refresh: false</c>.
/// </summary>
internal sealed class TogglSession : IAsyncDisposable
{
    /// <summary>Trackers older than this leave the cache: Toggl's list window is three months (docs/toggl-api.md §6.1).</summary>
    internal static readonly TimeSpan CacheExpiry = TimeSpan.FromDays(100);

    private readonly SqliteCache cache;
    private readonly string cachePath;
    private readonly string statePath;
    private readonly List<string> accepted = [];
    private readonly List<TogglPlan> plans = [];

    /// <summary><c>TOGGL_CACHE_MAX_AGE=0</c>: every read asks Toggl (the façade's max age must be positive).</summary>
    private readonly bool alwaysAsk;

    private TogglSession(CliContext context, TogglSettings settings, TogglAccount account, long workspaceId, TogglPaths paths, TimeSpan maxAge, bool reRaise, bool outbox)
    {
        Context = context;
        Settings = settings;
        Account = account;
        WorkspaceId = workspaceId;
        Paths = paths;
        cachePath = paths.TrackerCache(workspaceId);
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
        statePath = paths.StateFile(workspaceId);
        State = CliState.Load(statePath);
        // One client root: trackers and every other object share its connection, pacing, quota and cache.
        Client = new TogglClient(workspaceId, account.Credentials, cache, reRaise: reRaise, options: ClientOptions(context, account, maxAge, outbox));
        Endpoint = Client.ForWorkspace(workspaceId).Trackers;
        Queued = new QueuedNotices(this);
        alwaysAsk = maxAge <= TimeSpan.Zero;
        Operations = new TrackerOperations(this, cache);
        Resources = new ResourceOperations(this);
        Reports = new ReportOperations(this);
        Lookup = new ObjectLookup(this);
        Printer = new Printer(context);
        Objects = new ObjectPrinter(context);
    }

    /// <summary>The façade's options for the account: its address, the clock, the tool's user agent, the read deadline and the cache's max age.</summary>
    private static TogglClientOptions ClientOptions(CliContext context, TogglAccount account, TimeSpan maxAge, bool outbox = false) => new()
    {
        Outbox = outbox,
        BaseAddress = account.BaseAddress,
        TimeProvider = context.Clock,
        UserAgent = "togglfun-cli/" + TogglCli.Version,
        ReadDeadline = ReadTimeout.Read(context.Environment),
        CacheMaxAge = maxAge > TimeSpan.Zero ? maxAge : null,
    };

    /// <summary>The run's surroundings.</summary>
    public CliContext Context { get; }

    /// <summary>Writes of this run that were queued in the outbox instead of sent, told to the user at the end.</summary>
    public QueuedNotices Queued { get; }

    /// <summary>The command's options.</summary>
    public TogglSettings Settings { get; }

    /// <summary>The account in use.</summary>
    public TogglAccount Account { get; }

    /// <summary>The tool's folders.</summary>
    public TogglPaths Paths { get; }

    /// <summary>The workspace the command works on: the configured one, else the user's default (<see cref="DefaultWorkspace"/>).</summary>
    public long WorkspaceId { get; }

    /// <summary>The façade's client root (the cache is attached): every object's endpoint.</summary>
    public TogglClient Client { get; }

    /// <summary>The workspace's time entries (the client's, sharing its connection).</summary>
    public TrackerEndpoint Endpoint { get; }

    /// <summary>What the tool remembers between runs.</summary>
    public CliState State { get; }

    /// <summary>Prints entries and reports.</summary>
    public Printer Printer { get; }

    /// <summary>Prints Toggl's other objects.</summary>
    public ObjectPrinter Objects { get; }

    /// <summary>The façade's reports, archive and exports as commands use them.</summary>
    public ReportOperations Reports { get; }

    /// <summary>Finds the objects a command line names.</summary>
    public ObjectLookup Lookup { get; }

    /// <summary>The façade's tracker operations as commands use them.</summary>
    public TrackerOperations Operations { get; }

    /// <summary>The façade's operations on Toggl's other objects (projects, tasks, tags, clients, …) as commands use them.</summary>
    public ResourceOperations Resources { get; }

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
        ReadTimeout.Read(context.Environment);
        var paths = TogglPaths.Resolve(settings.Home, context.Environment);
        var account = AccountResolver.Resolve(settings.AccountFlags, context.Environment, paths);
        var workspaceId = account.WorkspaceId
            ?? DefaultWorkspace.Load(paths, account)?.WorkspaceId
            ?? await AskDefaultWorkspaceAsync(context, settings, account, paths, maxAge, cancellationToken);
        var outbox = OutboxMode.IsOn(settings.OnlineOnly, context.Environment, paths);
        var session = new TogglSession(context, settings, account, workspaceId, paths, maxAge, reRaise, outbox);
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
    /// The user's default workspace, for an account with none configured: one <c>GET me</c> through the façade's
    /// client root, remembered so no later command asks again. A dry run sends nothing: it ends with the plan of
    /// that request (<see cref="DryRunStart"/>).
    /// </summary>
    private static async Task<long> AskDefaultWorkspaceAsync(
        CliContext context, TogglSettings settings, TogglAccount account, TogglPaths paths, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        using var client = new TogglClient(account.Credentials, options: ClientOptions(context, account, maxAge));
        if (settings.DryRun)
        {
            throw new DryRunStart(await client.Me.Plan.DefaultWorkspaceIdAsync(cancellationToken), "your default workspace");
        }

        var id = await client.DefaultWorkspaceIdAsync(cancellationToken);
        DefaultWorkspace.Remember(paths, account, id, context.Now);
        return id;
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
        if (!Settings.DryRun)
        {
            Queued.Print();
        }

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

    /// <summary>In a dry run, adds the operation's plan to what is printed, without its answer; nothing otherwise.</summary>
    public async Task PlanAsync<T>(CliOperation<T> operation, CancellationToken cancellationToken)
    {
        if (Settings.DryRun)
        {
            plans.Add(await operation.Plan(cancellationToken));
        }
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
        catch (Exception error) when (FacadeErrors.ForWrite(error) is { } written)
        {
            throw written;
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
        trackerId is { } id ? $"{change} (id {CommandLine.EntryIds.Show(id)})" : change;

    /// <summary>
    /// Remembers the last quota Toggl reported and saves the state (not in a dry run). A failure after a
    /// write Toggl accepted is exit code 7 (<see cref="LocalWriteFailure"/>); otherwise exit code 1 naming the file.
    /// </summary>
    public void SaveState()
    {
        if (Client.LastQuota is { } quota)
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

    /// <summary>
    /// The cached entries that started in [<paramref name="start"/>, <paramref name="end"/>), newest first: the cache
    /// only, whatever its age and <c>TOGGL_CACHE_MAX_AGE</c> (for <c>toggl lint</c>, which never sends a request to read).
    /// </summary>
    public Task<IReadOnlyList<TogglTracker>> CachedRangeAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        cache.QueryAsync(
            [new TogglQuery(TrackerField.Start, start, Comparison.GreaterThanOrEqual), new TogglQuery(TrackerField.Start, end, Comparison.LessThan)],
            cancellationToken);

    /// <summary>
    /// The project id a <c>--project</c> value names: an id as it is; a name looked up among the cache's projects (no
    /// request when they were synced within the max age), else among the names the tool remembers, else asked of
    /// Toggl once (which syncs the cache's projects).
    /// </summary>
    public async Task<long> ProjectIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        if (!Settings.DryRun && !await ProjectsAreFreeAsync(cancellationToken) && RememberedProject(nameOrId) is { } remembered)
        {
            return remembered;
        }

        return (await Lookup.ProjectAsync(nameOrId, cancellationToken)).Id;
    }

    /// <summary>Keeps the projects' names for entry tables when the cache's projects would cost a request.</summary>
    public void RememberProjects(IReadOnlyList<TogglProject> projects)
    {
        State.Projects = projects.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Name);
        State.ProjectsFetched = Context.Now;
    }

    /// <summary>
    /// Views of trackers for printing and reports, with project names: the cache's projects when they cost no request,
    /// else the names the tool remembers, else Toggl's list (once; it also syncs the cache's projects).
    /// </summary>
    public async Task<IReadOnlyList<EntryView>> ViewsAsync(IEnumerable<TogglTracker> trackers, CancellationToken cancellationToken)
    {
        var list = trackers.Where(t => !t.IsDeleted).ToList();
        if (list.Any(t => t.ProjectId is not null))
        {
            var unknown = list.Any(t => t.ProjectId is { } p && !State.Projects.ContainsKey(p));
            var recentlyFetched = State.ProjectsFetched is { } fetched && Context.Now - fetched < TimeSpan.FromMinutes(5);
            if (await ProjectsAreFreeAsync(cancellationToken) || (unknown && !recentlyFetched))
            {
                try
                {
                    RememberProjects(await Resources.Projects(refresh: false).Run(cancellationToken));
                }
                catch (TogglException) when (accepted.Count > 0)
                {
                    // After a write Toggl accepted, a missing project name is no reason to report a failure (and
                    // invite a retry that repeats the write): the project shows as its id.
                }
            }
        }

        return list.Select(View).ToList();
    }

    /// <summary>Whether the cache answers the project list with no request.</summary>
    private async Task<bool> ProjectsAreFreeAsync(CancellationToken cancellationToken) =>
        (await Resources.Projects(refresh: false).Plan(cancellationToken)).Requests.Count == 0;

    private long? RememberedProject(string name) =>
        State.Projects.FirstOrDefault(p => string.Equals(p.Value, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Key
            : null;

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
            Client.Dispose();
        }
        finally
        {
            cache.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
