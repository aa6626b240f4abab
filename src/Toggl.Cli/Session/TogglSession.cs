using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Session;

/// <summary>
/// One command's connection to Toggl: the account, the façade's <see cref="TrackerEndpoint"/> with the
/// SQLite cache under the cache folder, and the tool's state (last sync, quota, project names).
/// Every command goes through here, so the demo, the tests and a person at a terminal share one path.
/// </summary>
internal sealed class TogglSession : IAsyncDisposable
{
    /// <summary>Trackers older than this leave the cache: Toggl's list window is three months (docs/toggl-api.md §6.1).</summary>
    private static readonly TimeSpan CacheExpiry = TimeSpan.FromDays(100);

    private readonly SqliteCache cache;
    private readonly string cachePath;
    private readonly string statePath;
    private readonly List<string> accepted = [];

    private TogglSession(CliContext context, TogglSettings settings, TogglAccount account, TogglPaths paths, TimeSpan maxAge, bool reRaise)
    {
        // Checked before anything is opened: a bad value is a usage error, not a half-made session.
        var readDeadline = ReadDeadline(context.Environment("TOGGL_TIMEOUT"));
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
            });
        MaxAge = maxAge;
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

    /// <summary>How old the last sync may be for reads from the cache (<c>TOGGL_CACHE_MAX_AGE</c>, in minutes).</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>Whether the last sync is recent enough for reads from the cache.</summary>
    public bool IsFresh => IsSynced && State.LastSync is { } last && Context.Now - last < MaxAge && Context.Now >= last;

    /// <summary>Whether the cache was ever synced (it then knows every entry of Toggl's window).</summary>
    public bool IsSynced { get; private set; }

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
    /// <see cref="CliException"/> (exit code 1) naming the file otherwise, with nothing sent.
    /// </summary>
    public void EnsureWritable() => LocalWriteCheck.Ensure(cachePath, statePath);

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
    /// Makes reads answerable from the cache: syncs (one request) when the last sync is older than
    /// <see cref="MaxAge"/>. With <paramref name="refresh"/> nothing is done: the read itself goes to Toggl.
    /// </summary>
    public async Task EnsureFreshAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && !IsFresh)
        {
            await SyncAsync(cancellationToken);
        }
    }

    /// <summary>Syncs the cache with Toggl (one request), showing a spinner on a terminal for the first, longer one.</summary>
    public async Task<SyncResult> SyncAsync(CancellationToken cancellationToken)
    {
        SyncResult result;
        if (Context.IsTerminal && !IsSynced)
        {
            result = await Context.Error.Status().StartAsync(
                "Loading your time entries of the last three months…",
                _ => Endpoint.SyncAsync(cancellationToken));
        }
        else
        {
            if (!IsSynced)
            {
                Context.Error.WriteLine("Loading your time entries of the last three months…");
            }

            result = await Endpoint.SyncAsync(cancellationToken);
        }

        State.LastSync = Context.Now;
        IsSynced = true;
        return result;
    }

    /// <summary>The running entry, from the cache when it is fresh, else from Toggl.</summary>
    public async Task<TogglTracker?> RunningAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (refresh)
        {
            return await Endpoint.CurrentAsync(refresh: true, cancellationToken);
        }

        await EnsureFreshAsync(refresh: false, cancellationToken);
        // The endpoint applies Toggl's rule (one running entry: the newest) to what the cache holds, and asks
        // Toggl when the cache is not to be trusted.
        return await Endpoint.CurrentAsync(refresh: false, cancellationToken);
    }

    /// <summary>
    /// The running entry as the synced cache knows it, with no request (for dry runs): the newest one that
    /// claims to run. Starting an entry commits the one it stopped as stopped, so the cache says what Toggl says.
    /// </summary>
    public async Task<TogglTracker?> CachedRunningAsync(CancellationToken cancellationToken)
    {
        var running = await cache.QueryAsync([new TogglQuery(TrackerField.Stop, null)], cancellationToken);
        return running
            .OrderByDescending(t => t.Start)
            .ThenByDescending(t => t.Id)
            .FirstOrDefault();
    }

    /// <summary>One cached entry by id, with no request; null when the cache does not hold it.</summary>
    public Task<TogglTracker?> CachedEntryAsync(long id, CancellationToken cancellationToken) => cache.FindAsync(id, cancellationToken);

    /// <summary>Every cached entry, newest start first, with no request.</summary>
    public Task<IReadOnlyList<TogglTracker>> CachedAsync(CancellationToken cancellationToken) => cache.LoadAsync(cancellationToken);

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

        if (Settings.DryRun)
        {
            throw CliException.NotFound($"the project '{nameOrId}' is not known yet; run `toggl sync` or give the project's id");
        }

        await RefreshProjectsAsync(cancellationToken);
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
        if (unknown && !recentlyFetched && !Settings.DryRun)
        {
            try
            {
                await RefreshProjectsAsync(cancellationToken);
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

    /// <summary>Prints the requests a dry run would send, with their count.</summary>
    public int PrintPlan(IReadOnlyList<PlannedRequest> requests, string? note = null)
    {
        if (Settings is OutputSettings { Output: OutputFormat.Json })
        {
            Context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("count", requests.Count);
                json.WriteStartArray("requests");
                foreach (var request in requests)
                {
                    json.WriteStartObject();
                    json.WriteString("method", request.Method);
                    json.WriteString("path", request.Path);
                    if (request.Body is null)
                    {
                        json.WriteNull("body");
                    }
                    else
                    {
                        json.WriteString("body", request.Body);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
            return ExitCodes.Ok;
        }

        foreach (var request in requests)
        {
            var body = request.Body is null ? "" : " " + (request.Body.Length > 160 ? request.Body[..157] + "..." : request.Body);
            Context.Out.MarkupLine($"[bold]{request.Method}[/] {TerminalText.Markup(request.Path)}[grey]{TerminalText.Markup(body)}[/]");
        }

        var count = requests.Count == 1 ? "1 request" : $"{requests.Count} requests";
        Context.Out.MarkupLine($"[yellow]dry run: {count} would be sent{(note is null ? "" : ", " + TerminalText.Markup(note))}; nothing was sent.[/]");
        return ExitCodes.Ok;
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

    private async Task RefreshProjectsAsync(CancellationToken cancellationToken)
    {
        var projects = await Endpoint.ProjectsAsync(cancellationToken);
        State.Projects = projects.ToDictionary(p => p.Id, p => p.Name);
        State.ProjectsFetched = Context.Now;
    }

    private long? FindProject(string name) =>
        State.Projects.FirstOrDefault(p => string.Equals(p.Value, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Key
            : null;

    /// <summary>
    /// <c>TOGGL_TIMEOUT</c>: how many seconds a read may wait for Toggl, every attempt included (the façade's
    /// ReadDeadline); unset is the façade's 15 s.
    /// </summary>
    private static TimeSpan? ReadDeadline(string? seconds)
    {
        if (string.IsNullOrWhiteSpace(seconds))
        {
            return null;
        }

        if (double.TryParse(seconds.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= 0.01 && value <= 86_400)
        {
            return TimeSpan.FromSeconds(value);
        }

        throw CliException.BadArguments(
            $"TOGGL_TIMEOUT must be a number of seconds from 0.01 to 86400 (how long a read may wait for Toggl); got '{seconds.Trim()}'");
    }
}
