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
    public async Task<TogglProject> ProjectAsync(string nameOrId, CancellationToken cancellationToken)
    {
        var projects = await ProjectsAsync(cancellationToken);
        return ObjectNames.Find("project", nameOrId, projects, p => p.Id, p => p.Name, InWorkspace);
    }

    /// <summary>The project's id: an id as it is, a name looked up.</summary>
    public async Task<long> ProjectIdAsync(string nameOrId, CancellationToken cancellationToken) =>
        ObjectNames.IsId(nameOrId, out var id) ? id : (await ProjectAsync(nameOrId, cancellationToken)).Id;

    /// <summary>The workspace's projects (the cache's when fresh); their names are remembered for entry tables.</summary>
    public async Task<IReadOnlyList<TogglProject>> ProjectsAsync(CancellationToken cancellationToken)
    {
        var projects = await session.AskAsync(session.Resources.Projects(refresh: false), cancellationToken);
        session.RememberProjects(projects);
        return projects;
    }

    /// <summary>The client's id: an id as it is, a name looked up.</summary>
    public async Task<long> ClientIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        var clients = await session.AskAsync(session.Resources.Clients(refresh: false), cancellationToken);
        return ObjectNames.Find("client", nameOrId, clients, c => c.Id, c => c.Name, InWorkspace).Id;
    }

    /// <summary>The tag's id: an id as it is, a name looked up.</summary>
    public async Task<long> TagIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        var tags = await session.AskAsync(session.Resources.Tags(refresh: false), cancellationToken);
        return ObjectNames.Find("tag", nameOrId, tags, t => t.Id, t => t.Name, InWorkspace).Id;
    }

    /// <summary>
    /// The task named, in <paramref name="project"/> when given: always looked up, since its routes need its
    /// project's id (<c>projects/{pid}/tasks/{tid}</c>).
    /// </summary>
    public async Task<ProjectTask> TaskAsync(string nameOrId, string? project, CancellationToken cancellationToken)
    {
        long? projectId = project is null ? null : await ProjectIdAsync(project, cancellationToken);
        var filter = projectId is { } pid ? new TaskFilter { ProjectId = pid } : null;
        var tasks = await session.AskAsync(session.Resources.Tasks(refresh: false, filter), cancellationToken);
        var where = project is null ? InWorkspace : $"in project '{project.Trim()}'";
        return ObjectNames.Find("task", nameOrId, tasks, t => t.Id, t => t.Name, where);
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

        var workspaces = await session.AskAsync(session.Resources.Workspaces(refresh: false), cancellationToken);
        return ObjectNames.Find("workspace", nameOrId, workspaces, w => w.Id, w => w.Name, "among your workspaces").Id;
    }

    /// <summary>The organization's id: an id as it is, a name looked up among the user's.</summary>
    public async Task<long> OrganizationIdAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (ObjectNames.IsId(nameOrId, out var id))
        {
            return id;
        }

        var organizations = await session.AskAsync(session.Resources.Organizations(refresh: false), cancellationToken);
        return ObjectNames.Find("organization", nameOrId, organizations, o => o.Id, o => o.Name, "among your organizations").Id;
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
