using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Persistence;
using Toggl.Sandbox.Seeding;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox;

/// <summary>
/// A local server that answers like Toggl's API v9 (docs/toggl-api.md §12). Start one per test with
/// <c>await using var sandbox = await TogglSandbox.StartAsync();</c>, point a client at
/// <see cref="BaseAddress"/> with <see cref="ApiToken"/>, seed data, arm faults, read the request log.
/// </summary>
public sealed partial class TogglSandbox : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxState state;
    private readonly SqliteStore? sqlite;

    private TogglSandbox(WebApplication app, SandboxState state, SqliteStore? sqlite, Uri baseAddress)
    {
        this.app = app;
        this.state = state;
        this.sqlite = sqlite;
        BaseAddress = baseAddress;
    }

    /// <summary>Starts a sandbox on 127.0.0.1 (an ephemeral port unless <see cref="SandboxOptions.Port"/> is set).</summary>
    /// <exception cref="ArgumentException">An option cannot be honoured (the message names it).</exception>
    /// <exception cref="IOException">The port cannot be bound; its inner exception is an AddressInUseException when the port is in use.</exception>
    /// <param name="options">Set-up; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<TogglSandbox> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, standalone: false, cancellationToken);

    /// <summary>Starts a sandbox; the standalone server also stops on Ctrl+C/SIGTERM.</summary>
    internal static async Task<TogglSandbox> StartAsync(SandboxOptions? options, bool standalone, CancellationToken cancellationToken)
    {
        options ??= new SandboxOptions();
        options.Validate();
        var clock = options.TimeProvider;
        var fresh = new SandboxIdentity(
            options.ApiToken ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            options.Email,
            options.Password ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            options.FullName,
            options.Timezone,
            options.UserId,
            options.WorkspaceId,
            options.OrganizationId,
            TogglTime.TruncateToMicroseconds(clock.GetUtcNow()));

        SqliteStore? sqlite = null;
        SandboxStore store;
        if (options.DataFile is { } file)
        {
            sqlite = SqliteStore.Open(file);
            // A token given on the command line wins over the stored one; everything else is kept.
            var identity = sqlite.LoadOrSaveIdentity(fresh, options.ApiToken);
            store = new SandboxStore(identity, options.FirstTimeEntryId);
            sqlite.LoadInto(store);
            store.Persistence = sqlite;
        }
        else
        {
            store = new SandboxStore(fresh, options.FirstTimeEntryId);
        }

        var state = new SandboxState(options, store, AdminTokenFor(options, store.Identity));
        var app = SandboxHost.Build(state, options.Port, standalone);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            sqlite?.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TogglSandbox(app, state, sqlite, new Uri(address.TrimEnd('/') + SandboxPipeline.Prefix + "/"));
    }

    /// <summary>The API root, ending in <c>/api/v9/</c>: <c>new Uri(BaseAddress, "me")</c> is <c>GET /me</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Reports API v3 root, ending in <c>/reports/api/v3/</c> (docs/toggl-api.md §9).</summary>
    public Uri ReportsBaseAddress => new(BaseAddress, SandboxPipeline.ReportsPrefix + "/");

    /// <summary>The sandbox user's API token (Basic auth <c>token:api_token</c>).</summary>
    public string ApiToken => state.Store.Identity.ApiToken;

    /// <summary>The sandbox user's e-mail (Basic auth <c>email:password</c>).</summary>
    public string Email => state.Store.Identity.Email;

    /// <summary>The sandbox user's password.</summary>
    public string Password => state.Store.Identity.Password;

    /// <summary>The sandbox user's id.</summary>
    public long UserId => state.Store.Identity.UserId;

    /// <summary>The sandbox user's workspace.</summary>
    public long WorkspaceId => state.Store.Identity.WorkspaceId;

    /// <summary>The organization owning the workspace.</summary>
    public long OrganizationId => state.Store.Identity.OrganizationId;

    /// <summary>Now on the sandbox clock.</summary>
    public DateTimeOffset Now => state.Now;

    /// <summary>Faults to inject into the next requests.</summary>
    public Faults Faults => state.Faults;

    /// <summary>The requests answered so far, oldest first.</summary>
    public IReadOnlyList<SandboxRequest> RequestLog => state.Log.Snapshot();

    /// <summary>Latency faults waiting on the sandbox clock right now (for tests on a fake clock).</summary>
    internal int PendingDelays => Volatile.Read(ref state.PendingDelays);

    /// <summary>Forgets the requests logged so far.</summary>
    public void ClearRequestLog() => state.Log.Clear();

    /// <summary>The header value of Basic <c>token:api_token</c>.</summary>
    public AuthenticationHeaderValue Authorization =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiToken + ":api_token")));

    /// <summary>An HttpClient aimed at <see cref="BaseAddress"/> with the token's Basic auth; the caller disposes it.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = Authorization;
        return client;
    }

    /// <summary>All time entries, deleted ones included, newest start first.</summary>
    public IReadOnlyList<SandboxTimeEntry> TimeEntries => Read(s => s.Entries.OrderByDescending(e => e.Start).ThenByDescending(e => e.Id).ToList());

    /// <summary>All projects.</summary>
    public IReadOnlyList<SandboxProject> Projects => Read(s => s.Projects.OrderBy(p => p.Id).ToList());

    /// <summary>All tags.</summary>
    public IReadOnlyList<SandboxTag> Tags => Read(s => s.Tags.OrderBy(t => t.Id).ToList());

    /// <summary>All clients.</summary>
    public IReadOnlyList<SandboxClient> Clients => Read(s => s.Clients.OrderBy(c => c.Id).ToList());

    /// <summary>One time entry by id (deleted ones included), or null.</summary>
    /// <param name="id">Entry id.</param>
    public SandboxTimeEntry? GetTimeEntry(long id) => Read(s => s.Entry(id));

    /// <summary>The running entry, or null.</summary>
    public SandboxTimeEntry? RunningTimeEntry => Read(s => s.Running);

    /// <summary>
    /// Adds a time entry as if the user had created it: running when <paramref name="stop"/> is null
    /// (stopping the entry that ran, at sandbox now, docs/toggl-api.md §7.1); unknown tag names create tags.
    /// </summary>
    /// <param name="start">Start (truncated to whole seconds, UTC).</param>
    /// <param name="stop">Stop, or null for a running entry.</param>
    /// <param name="description">Description.</param>
    /// <param name="projectId">A project of the workspace, or null.</param>
    /// <param name="tags">Tag names.</param>
    /// <param name="billable">Billable flag.</param>
    public SandboxTimeEntry AddTimeEntry(
        DateTimeOffset start,
        DateTimeOffset? stop = null,
        string? description = null,
        long? projectId = null,
        IEnumerable<string>? tags = null,
        bool billable = false)
    {
        lock (state.Store.Gate)
        {
            var wid = WorkspaceId;
            if (projectId is { } pid && state.Store.Project(pid)?.WorkspaceId != wid)
            {
                throw new ArgumentException($"Project {pid} does not exist in workspace {wid}.", nameof(projectId));
            }

            var s = TogglTime.TruncateToSeconds(start);
            var e = stop is { } st ? TogglTime.TruncateToSeconds(st) : (DateTimeOffset?)null;
            if (e < s)
            {
                throw new ArgumentException("A time entry cannot stop before it starts.", nameof(stop));
            }

            var now = state.Now;
            var tagIds = new List<long>();
            var tagError = state.Book.ApplyTags(wid, tagIds, [new TagChange(TagMode.Replace, (tags ?? []).ToList(), [])], dryRun: false, now);
            if (tagError is not null)
            {
                throw new ArgumentException(tagError.Message, nameof(tags));
            }

            if (e is null)
            {
                state.Book.StopRunning(now);
            }

            var entry = new SandboxTimeEntry(
                state.Store.NewEntryId(), wid, projectId, null, billable, s, e, e is { } stopAt ? (long)(stopAt - s).TotalSeconds : -1,
                description, tagIds, TogglTime.TruncateToMicroseconds(now), null, UserId, []);
            state.Store.Put(entry);
            return entry;
        }
    }

    /// <summary>
    /// Stores a time entry exactly as given, bypassing every rule the API applies: for testing clients
    /// against data Toggl holds but would refuse today (an absurd duration another client wrote, say).
    /// The entry replaces one with the same id; its workspace and user should be the sandbox's.
    /// </summary>
    /// <param name="entry">The entry, e.g. one from <see cref="AddTimeEntry"/> changed with <c>with</c>.</param>
    public void PutTimeEntry(SandboxTimeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (state.Store.Gate)
        {
            state.Store.Put(entry);
        }
    }

    /// <summary>Adds a project.</summary>
    /// <param name="name">Unique name.</param>
    /// <param name="clientId">A client of the workspace, or null.</param>
    /// <param name="color">Hex colour <c>#rrggbb</c>.</param>
    /// <param name="active">False for an archived project.</param>
    /// <param name="billable">Billable flag, or null.</param>
    public SandboxProject AddProject(string name, long? clientId = null, string color = "#06aaf5", bool active = true, bool? billable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (state.Store.Gate)
        {
            if (state.Store.Projects.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"A project named '{name}' already exists.", nameof(name));
            }

            if (clientId is { } cid && state.Store.Client(cid) is null)
            {
                throw new ArgumentException($"Client {cid} does not exist.", nameof(clientId));
            }

            var at = TogglTime.TruncateToSeconds(state.Now);
            var project = new SandboxProject(
                state.Store.NewProjectId(), WorkspaceId, clientId, name.Trim(), true, active, color, billable, null, null, null, null, null, null,
                DateOnly.FromDateTime(at.UtcDateTime), null, at, at);
            state.Store.Put(project);
            return project;
        }
    }

    /// <summary>Adds a tag.</summary>
    /// <param name="name">Unique name.</param>
    public SandboxTag AddTag(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (state.Store.Gate)
        {
            if (state.Store.TagByName(WorkspaceId, name.Trim()) is not null)
            {
                throw new ArgumentException(TogglTexts.TagExists(name), nameof(name));
            }

            var tag = new SandboxTag(state.Store.NewTagId(), WorkspaceId, name.Trim(), UserId, TogglTime.TruncateToMicroseconds(state.Now));
            state.Store.Put(tag);
            return tag;
        }
    }

    /// <summary>Adds a client.</summary>
    /// <param name="name">Name.</param>
    /// <param name="notes">Notes, or null.</param>
    public SandboxClient AddClient(string name, string? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (state.Store.Gate)
        {
            var client = new SandboxClient(state.Store.NewClientId(), WorkspaceId, name.Trim(), false, notes, UserId, TogglTime.TruncateToSeconds(state.Now));
            state.Store.Put(client);
            return client;
        }
    }

    /// <summary>
    /// Seeds a realistic month (the standalone <c>--seed demo</c>): clients, projects, tags, and about
    /// four weeks of workday entries between 9:00 and 18:00 before sandbox now, all after the
    /// 3-month start_date floor.
    /// </summary>
    public void SeedDemo() => DemoSeed.Apply(this, state.UserZone);

    /// <summary>Waits until the host stops (Ctrl+C in the standalone server).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the server and closes the data file.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
            sqlite?.Dispose();
        }
    }

    private T Read<T>(Func<SandboxStore, T> read)
    {
        lock (state.Store.Gate)
        {
            return read(state.Store);
        }
    }
}
