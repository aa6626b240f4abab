namespace Toggl.Sandbox.Store;

/// <summary>
/// The in-memory data of the sandbox. One lock guards it all: requests are short, so a single
/// lock is both simple and fast, and no interleaving of requests can corrupt it. Records are
/// immutable, so a value read under the lock stays valid after it is released.
/// </summary>
internal sealed class SandboxStore
{
    private readonly Dictionary<long, SandboxTimeEntry> entries = new();
    private readonly Dictionary<long, SandboxProject> projects = new();
    private readonly Dictionary<long, SandboxTag> tags = new();
    private readonly Dictionary<long, SandboxClient> clients = new();
    private readonly Dictionary<long, SandboxOrganization> organizations = new();
    private readonly Dictionary<long, SandboxWorkspace> workspaces = new();
    private readonly Dictionary<long, SandboxTask> tasks = new();
    private long nextEntryId;
    private long nextProjectId = 206_000_000;
    private long nextTagId = 16_000_000;
    private long nextClientId = 63_000_000;
    private long nextOrganizationId = 9_100_000;
    private long nextWorkspaceId = 9_200_000;
    private long nextTaskId = 88_000_000;
    private long? runningId;
    private SandboxIdentity identity;

    public SandboxStore(SandboxIdentity identity, long firstEntryId)
    {
        this.identity = identity;
        nextEntryId = firstEntryId;
        // The seeded user belongs to one organization owning the seeded workspace.
        organizations[identity.OrganizationId] = new SandboxOrganization(
            identity.OrganizationId, $"{identity.FullName}'s organization", identity.CreatedAt, identity.CreatedAt);
        workspaces[identity.WorkspaceId] = SandboxWorkspace.New(
            identity.WorkspaceId, identity.OrganizationId, $"{identity.FullName}'s workspace", identity.CreatedAt);
    }

    /// <summary>The lock every reader and writer takes.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The served user; a change (<c>PUT /me</c>) is written through.</summary>
    public SandboxIdentity Identity
    {
        get => identity;
        set
        {
            identity = value;
            Persistence?.Save(value);
        }
    }

    /// <summary>Where changes are written through, if anywhere.</summary>
    public ISandboxPersistence? Persistence { get; set; }

    /// <summary>All entries, deleted ones included (caller holds the lock).</summary>
    public IEnumerable<SandboxTimeEntry> Entries => entries.Values;

    /// <summary>
    /// Seconds of the stopped, live entries per the id <paramref name="key"/> picks (project, task), as Toggl's
    /// <c>actual_seconds</c> and <c>tracked_seconds</c> count them.
    /// </summary>
    public Dictionary<long, long> StoppedSecondsBy(Func<SandboxTimeEntry, long?> key)
    {
        var sums = new Dictionary<long, long>();
        foreach (var e in entries.Values)
        {
            if (key(e) is { } id && !e.IsDeleted && !e.IsRunning)
            {
                sums[id] = sums.GetValueOrDefault(id) + e.Duration;
            }
        }

        return sums;
    }

    /// <summary>All projects (caller holds the lock).</summary>
    public IEnumerable<SandboxProject> Projects => projects.Values;

    /// <summary>All tags (caller holds the lock).</summary>
    public IEnumerable<SandboxTag> Tags => tags.Values;

    /// <summary>All clients (caller holds the lock).</summary>
    public IEnumerable<SandboxClient> Clients => clients.Values;

    /// <summary>The user's organizations (caller holds the lock).</summary>
    public IEnumerable<SandboxOrganization> Organizations => organizations.Values;

    /// <summary>The user's workspaces (caller holds the lock).</summary>
    public IEnumerable<SandboxWorkspace> Workspaces => workspaces.Values;

    /// <summary>All tasks (caller holds the lock).</summary>
    public IEnumerable<SandboxTask> Tasks => tasks.Values;

    /// <summary>The running entry, if any (caller holds the lock).</summary>
    public SandboxTimeEntry? Running => runningId is { } id && entries.TryGetValue(id, out var e) && e.IsRunning && !e.IsDeleted ? e : null;

    public long NewEntryId() => nextEntryId++;

    public long NewProjectId() => nextProjectId++;

    public long NewTagId() => nextTagId++;

    public long NewClientId() => nextClientId++;

    public long NewOrganizationId() => nextOrganizationId++;

    public long NewWorkspaceId() => nextWorkspaceId++;

    public long NewTaskId() => nextTaskId++;

    public SandboxOrganization? Organization(long id) => organizations.GetValueOrDefault(id);

    public SandboxWorkspace? Workspace(long id) => workspaces.GetValueOrDefault(id);

    public SandboxTask? Task(long id) => tasks.GetValueOrDefault(id);

    public void Put(SandboxOrganization o)
    {
        organizations[o.Id] = o;
        Persistence?.Save(o);
    }

    public void Put(SandboxWorkspace w)
    {
        workspaces[w.Id] = w;
        Persistence?.Save(w);
    }

    public void Put(SandboxTask t)
    {
        tasks[t.Id] = t;
        Persistence?.Save(t);
    }

    /// <summary>The user leaves the organization; as the sandbox's only user it was the last, so the organization and its workspaces go.</summary>
    public void RemoveOrganization(long id)
    {
        organizations.Remove(id);
        Persistence?.Remove("organization", id);
        foreach (var w in workspaces.Values.Where(w => w.OrganizationId == id).ToList())
        {
            workspaces.Remove(w.Id);
            Persistence?.Remove("workspace", w.Id);
        }
    }

    public void RemoveTask(long id)
    {
        tasks.Remove(id);
        Persistence?.Remove("task", id);
    }

    public SandboxTimeEntry? Entry(long id) => entries.GetValueOrDefault(id);

    public SandboxProject? Project(long id) => projects.GetValueOrDefault(id);

    public SandboxTag? Tag(long id) => tags.GetValueOrDefault(id);

    public SandboxClient? Client(long id) => clients.GetValueOrDefault(id);

    /// <summary>A workspace tag by name; Toggl treats names case-insensitively for uniqueness (assumed).</summary>
    public SandboxTag? TagByName(long workspaceId, string name)
    {
        foreach (var t in tags.Values)
        {
            if (t.WorkspaceId == workspaceId && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    public void Put(SandboxTimeEntry e)
    {
        entries[e.Id] = e;
        if (e.IsRunning && !e.IsDeleted)
        {
            runningId = e.Id;
        }
        else if (runningId == e.Id)
        {
            runningId = null;
        }

        Persistence?.Save(e);
    }

    public void Put(SandboxProject p)
    {
        projects[p.Id] = p;
        Persistence?.Save(p);
    }

    public void Put(SandboxTag t)
    {
        tags[t.Id] = t;
        Persistence?.Save(t);
    }

    public void Put(SandboxClient c)
    {
        clients[c.Id] = c;
        Persistence?.Save(c);
    }

    public void RemoveProject(long id)
    {
        projects.Remove(id);
        Persistence?.Remove("project", id);
    }

    public void RemoveTag(long id)
    {
        tags.Remove(id);
        Persistence?.Remove("tag", id);
    }

    public void RemoveClient(long id)
    {
        clients.Remove(id);
        Persistence?.Remove("client", id);
    }

    /// <summary>
    /// Loads records read from disk, moving the id counters past them (no write-through).
    /// <paramref name="loadedOrganizations"/> and <paramref name="loadedWorkspaces"/> are null when the file
    /// has never held them (a file written before they were stored): the seeded ones stay. Otherwise they
    /// replace the seeded ones, so an organization the user left stays gone.
    /// </summary>
    public void Load(
        IEnumerable<SandboxTimeEntry> loadedEntries,
        IEnumerable<SandboxProject> loadedProjects,
        IEnumerable<SandboxTag> loadedTags,
        IEnumerable<SandboxClient> loadedClients,
        IEnumerable<SandboxOrganization>? loadedOrganizations,
        IEnumerable<SandboxWorkspace>? loadedWorkspaces,
        IEnumerable<SandboxTask> loadedTasks)
    {
        if (loadedOrganizations is not null)
        {
            organizations.Clear();
            foreach (var o in loadedOrganizations)
            {
                organizations[o.Id] = o;
                nextOrganizationId = Math.Max(nextOrganizationId, o.Id + 1);
            }
        }

        if (loadedWorkspaces is not null)
        {
            workspaces.Clear();
            foreach (var w in loadedWorkspaces)
            {
                workspaces[w.Id] = w;
                nextWorkspaceId = Math.Max(nextWorkspaceId, w.Id + 1);
            }
        }

        foreach (var t in loadedTasks)
        {
            tasks[t.Id] = t;
            nextTaskId = Math.Max(nextTaskId, t.Id + 1);
        }

        foreach (var e in loadedEntries)
        {
            entries[e.Id] = e;
            nextEntryId = Math.Max(nextEntryId, e.Id + 1);
            if (e.IsRunning && !e.IsDeleted)
            {
                runningId = e.Id;
            }
        }

        foreach (var p in loadedProjects)
        {
            projects[p.Id] = p;
            nextProjectId = Math.Max(nextProjectId, p.Id + 1);
        }

        foreach (var t in loadedTags)
        {
            tags[t.Id] = t;
            nextTagId = Math.Max(nextTagId, t.Id + 1);
        }

        foreach (var c in loadedClients)
        {
            clients[c.Id] = c;
            nextClientId = Math.Max(nextClientId, c.Id + 1);
        }
    }
}
