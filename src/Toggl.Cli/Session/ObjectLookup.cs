using System.Globalization;

namespace Toggl.Cli.Session;

/// <summary>
/// Finds the objects a command line names (<see cref="ObjectNames"/>) among those the cache holds: a listing with
/// <c>refresh: false</c>, which costs no request when the kind was synced within the cache's max age. An id needs no
/// lookup where the route takes it as it is.
/// </summary>
internal sealed class ObjectLookup(TogglSession session)
{
    private string InWorkspace => $"in workspace {session.WorkspaceId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The project a <c>--project</c> value names.</summary>
    public Task<TogglProject> ProjectAsync(string nameOrId, CancellationToken cancellationToken) =>
        FindAsync("project", nameOrId, ProjectListing, p => p.Id, p => p.Name, InWorkspace, cancellationToken);

    /// <summary>The project's id: an id as it is, a name looked up.</summary>
    public async Task<long> ProjectIdAsync(string nameOrId, CancellationToken cancellationToken) =>
        ObjectNames.IsId(nameOrId, out var id) ? id : (await ProjectAsync(nameOrId, cancellationToken)).Id;

    /// <summary>The workspace's projects (the cache's when fresh); their names are remembered for entry tables.</summary>
    public Task<IReadOnlyList<TogglProject>> ProjectsAsync(CancellationToken cancellationToken) =>
        session.AskAsync(ProjectListing(false), cancellationToken);

    /// <summary>The project listing; what it answers is remembered for entry tables.</summary>
    private CliOperation<IReadOnlyList<TogglProject>> ProjectListing(bool refresh)
    {
        var listing = session.Resources.Projects(refresh);
        return new()
        {
            Plan = listing.Plan,
            Run = async ct => Remembered(await listing.Run(ct)),
            FromCache = listing.FromCache,
            Answer = listing.Answer,
        };
    }

    private IReadOnlyList<TogglProject> Remembered(IReadOnlyList<TogglProject> projects)
    {
        session.RememberProjects(projects);
        return projects;
    }

    /// <summary>
    /// The object a name or id names, among the listing's. A name the cache does not know is asked of Toggl once
    /// before it is called unknown: an object made elsewhere since the last sync is found, at one request, only
    /// when the name would otherwise fail.
    /// </summary>
    private async Task<T> FindAsync<T>(
        string kind,
        string nameOrId,
        Func<bool, CliOperation<IReadOnlyList<T>>> listing,
        Func<T, long> id,
        Func<T, string> name,
        string where,
        CancellationToken cancellationToken)
    {
        var cached = listing(false);
        var fromCache = (await cached.Plan(cancellationToken)).Requests.Count == 0;
        var objects = await session.AskAsync(cached, cancellationToken);
        try
        {
            return ObjectNames.Find(kind, nameOrId, objects, id, name, where);
        }
        catch (Infrastructure.CliException e) when (e.ExitCode == Infrastructure.ExitCodes.NotFound && fromCache)
        {
            if (session.Settings.DryRun)
            {
                // The run would ask Toggl's list too; the dry run shows that request and goes on as the cache says.
                await session.PlanAsync(listing(true), cancellationToken);
                throw;
            }

            objects = await session.AskAsync(listing(true), cancellationToken);
            return ObjectNames.Find(kind, nameOrId, objects, id, name, where);
        }
    }

    /// <summary>The client's id: an id as it is, a name looked up.</summary>
    public async Task<long> ClientIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        return (await FindAsync("client", nameOrId, r => session.Resources.Clients(r), c => c.Id, c => c.Name, InWorkspace, cancellationToken)).Id;
    }

    /// <summary>The tag's id: an id as it is, a name looked up.</summary>
    public async Task<long> TagIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        return (await FindAsync("tag", nameOrId, session.Resources.Tags, t => t.Id, t => t.Name, InWorkspace, cancellationToken)).Id;
    }

    /// <summary>
    /// The task named, in <paramref name="project"/> when given: always looked up, since its routes need its
    /// project's id (<c>projects/{pid}/tasks/{tid}</c>).
    /// </summary>
    public async Task<ProjectTask> TaskAsync(string nameOrId, string? project, CancellationToken cancellationToken)
    {
        long? projectId = project is null ? null : await ProjectIdAsync(project, cancellationToken);
        var filter = projectId is { } pid ? new TaskFilter { ProjectId = pid } : null;
        var where = project is null ? InWorkspace : $"in project '{project.Trim()}'";
        return await FindAsync("task", nameOrId, r => session.Resources.Tasks(r, filter), t => t.Id, t => t.Name, where, cancellationToken);
    }

    /// <summary>The workspace's id: the one in use when none is named, an id as it is, a name looked up among the user's.</summary>
    public async Task<long> WorkspaceIdAsync(string? nameOrId, CancellationToken cancellationToken)
    {
        if (nameOrId is null)
        {
            return session.WorkspaceId;
        }

        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        return (await FindAsync("workspace", nameOrId, session.Resources.Workspaces, w => w.Id, w => w.Name, "among your workspaces", cancellationToken)).Id;
    }

    /// <summary>The organization's id: an id as it is, a name looked up among the user's.</summary>
    public async Task<long> OrganizationIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        return (await FindAsync(
            "organization", nameOrId, session.Resources.Organizations, o => o.Id, o => o.Name, "among your organizations", cancellationToken)).Id;
    }

    /// <summary>
    /// Names by id from a listing the cache answers with no request (a dry run included); empty when only Toggl could
    /// answer: a table's client or project column is worth no request.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, string>> FreeNamesAsync<T>(
        CliOperation<IReadOnlyList<T>> listing, Func<T, long> id, Func<T, string> name, CancellationToken cancellationToken)
    {
        if (listing.FromCache is { } fromCache && await fromCache(cancellationToken) is (true, var objects))
        {
            return objects.GroupBy(id).ToDictionary(g => g.Key, g => name(g.First()));
        }

        return new Dictionary<long, string>();
    }
}
