using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Completion;

/// <summary>The kinds of Toggl object whose names the shell completes.</summary>
internal enum NameKind
{
    /// <summary>Projects (<c>--project</c>, <c>projects edit NAME</c>).</summary>
    Project,

    /// <summary>Clients (<c>--client</c>, <c>clients archive NAME</c>).</summary>
    Client,

    /// <summary>Tags (<c>--tags a,b</c>, <c>tags rename NAME</c>).</summary>
    Tag,

    /// <summary>Tasks (<c>--task</c>, <c>tasks edit NAME</c>).</summary>
    Task,
}

/// <summary>
/// The names of a workspace's projects, clients, tags or tasks as the SQLite cache holds them, for shell
/// completion: never a request (the cache answers whatever its age, and the HTTP client refuses to send), and
/// nothing at all — no error, no file made — when there is no account, no known workspace or no cache yet.
/// </summary>
internal static class CachedNames
{
    /// <summary>The names of <paramref name="kind"/>, sorted; empty when the cache cannot tell.</summary>
    /// <param name="kind">Which objects.</param>
    /// <param name="flags">The account options given on the line being completed.</param>
    /// <param name="home">The <c>--home</c> given on that line.</param>
    /// <param name="context">The environment, clock and zone.</param>
    public static IReadOnlyList<string> Load(NameKind kind, AccountFlags flags, string? home, CliContext context)
    {
        try
        {
            // The completion source is synchronous; the façade is not: off the caller's synchronization context.
            return Task.Run(() => LoadAsync(kind, flags, home, context)).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // A shell asking for candidates gets none rather than an error in the middle of the user's line.
            return [];
        }
    }

    private static async Task<IReadOnlyList<string>> LoadAsync(NameKind kind, AccountFlags flags, string? home, CliContext context)
    {
        var paths = TogglPaths.Resolve(home, context.Environment);
        var account = AccountResolver.Resolve(flags, context.Environment, paths);
        // The default workspace is asked of Toggl only by a command; completion knows it only when remembered.
        if ((account.WorkspaceId ?? DefaultWorkspace.Load(paths, account)?.WorkspaceId) is not { } workspaceId
            || !File.Exists(paths.TrackerCache(workspaceId)))
        {
            return [];
        }

        using var cache = new SqliteCache(paths.TrackerCache(workspaceId), TogglSession.CacheExpiry, context.Clock);
        using var http = new HttpClient(new NoRequests());
        using var client = new TogglClient(
            workspaceId,
            account.Credentials,
            cache,
            http,
            retries: 0,
            options: new TogglClientOptions { BaseAddress = account.BaseAddress, TimeProvider = context.Clock, CacheMaxAge = TogglSession.CacheExpiry });
        var ct = CancellationToken.None;
        var names = kind switch
        {
            NameKind.Project => await FromCache(client.Projects.Plan.ListAsync(null, false, ct), () => client.Projects.ListAsync(null, false, ct), p => p.Name),
            NameKind.Client => await FromCache(client.Clients.Plan.ListAsync(null, false, ct), () => client.Clients.ListAsync(null, false, ct), c => c.Name),
            NameKind.Tag => await FromCache(client.Tags.Plan.ListAsync(false, ct), () => client.Tags.ListAsync(false, ct), t => t.Name),
            _ => await FromCache(client.Tasks.Plan.ListAsync(null, false, ct), () => client.Tasks.ListAsync(null, false, ct), t => t.Name),
        };
        return names.Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The listing's names when the cache answers it (its plan sends nothing); none otherwise.</summary>
    private static async Task<IEnumerable<string>> FromCache<T>(Task<TogglPlan> plan, Func<Task<IReadOnlyList<T>>> list, Func<T, string> name) =>
        (await plan).Requests.Count == 0 ? (await list()).Select(name) : [];

    /// <summary>The HTTP handler of a client that must not talk to Toggl: every request fails before it leaves.</summary>
    private sealed class NoRequests : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("shell completion reads the cache only");
    }
}
