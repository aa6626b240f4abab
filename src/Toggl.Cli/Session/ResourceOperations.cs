using System.Globalization;

namespace Toggl.Cli.Session;

/// <summary>
/// The façade's operations on Toggl's objects other than time entries, as commands use them: each with its plan
/// (the endpoint's <c>Plan</c>, same arguments) and its run, so a dry run prints what the run would do. Reads let the
/// cache answer (<c>refresh: false</c>, the core's freshness rule) unless asked to refresh; writes go through
/// <see cref="TogglSession.SendWriteAsync"/>, so a local failure after Toggl accepted one says what Toggl has.
/// </summary>
internal sealed class ResourceOperations(TogglSession session)
{
    private TogglClient Client => session.Client;

    /// <summary>The workspace's projects (every page; a fresh cache answers with no request).</summary>
    public CliOperation<IReadOnlyList<TogglProject>> Projects(bool refresh, ProjectFilter? filter = null)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Projects.Plan.ListAsync(filter, ask, ct), ct => Client.Projects.ListAsync(filter, ask, ct), "the projects");
    }

    /// <summary>Creates a project.</summary>
    public CliOperation<TogglProject> CreateProject(ProjectBody body) => Write(
        ct => Client.Projects.Plan.CreateAsync(body, ct), ct => Client.Projects.CreateAsync(body, ct), p => Done("Created project", p.Name, p.Id));

    /// <summary>
    /// Creates a project a later operation uses (<c>start --create-project</c>). A dry run goes on with a stand-in
    /// whose id is 0, and says that Toggl's answer gives the real one, so it shows every request the run would send.
    /// </summary>
    public CliOperation<TogglProject> CreateProjectToUse(ProjectBody body)
    {
        var create = CreateProject(body);
        return new()
        {
            Plan = async ct =>
            {
                var plan = await create.Plan(ct);
                return new TogglPlan(
                [
                    .. plan.Steps,
                    new TogglPlanStep(TogglPlanStepKind.FollowUp, "then the new project's id (Toggl's answer) stands where project_id 0 is shown below", null),
                ]);
            },
            Run = create.Run,
            Answer = "the new project's id",
            FromCache = _ => Task.FromResult((true, new TogglProject(0, body.Name ?? "", body.ClientId, body.Color, true))),
        };
    }

    /// <summary>Changes a project's fields.</summary>
    public CliOperation<TogglProject> UpdateProject(long id, ProjectBody body) => Write(
        ct => Client.Projects.Plan.UpdateAsync(id, body, ct), ct => Client.Projects.UpdateAsync(id, body, ct), p => Done("Changed project", p.Name, p.Id));

    /// <summary>Deletes a project.</summary>
    public CliOperation<long> DeleteProject(long id) => Write(
        ct => Client.Projects.Plan.DeleteAsync(id, ct), Deleted(id, ct => Client.Projects.DeleteAsync(id, ct)), _ => Done("Deleted project", null, id));

    /// <summary>The tasks of the workspace's projects, or of one.</summary>
    public CliOperation<IReadOnlyList<ProjectTask>> Tasks(bool refresh, TaskFilter? filter = null)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Tasks.Plan.ListAsync(filter, ask, ct), ct => Client.Tasks.ListAsync(filter, ask, ct), "the tasks");
    }

    /// <summary>Creates a task of a project.</summary>
    public CliOperation<ProjectTask> CreateTask(long projectId, TaskBody body) => Write(
        ct => Client.Tasks.Plan.CreateAsync(projectId, body, ct), ct => Client.Tasks.CreateAsync(projectId, body, ct), t => Done("Created task", t.Name, t.Id));

    /// <summary>Changes a task's fields.</summary>
    public CliOperation<ProjectTask> UpdateTask(long projectId, long taskId, TaskBody body) => Write(
        ct => Client.Tasks.Plan.UpdateAsync(projectId, taskId, body, ct),
        ct => Client.Tasks.UpdateAsync(projectId, taskId, body, ct),
        t => Done("Changed task", t.Name, t.Id));

    /// <summary>Deletes a task.</summary>
    public CliOperation<long> DeleteTask(long projectId, long taskId) => Write(
        ct => Client.Tasks.Plan.DeleteAsync(projectId, taskId, ct),
        Deleted(taskId, ct => Client.Tasks.DeleteAsync(projectId, taskId, ct)),
        _ => Done("Deleted task", null, taskId));

    /// <summary>The workspace's tags.</summary>
    public CliOperation<IReadOnlyList<TogglTag>> Tags(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Tags.Plan.ListAsync(ask, ct), ct => Client.Tags.ListAsync(ask, ct), "the tags");
    }

    /// <summary>Creates a tag.</summary>
    public CliOperation<TogglTag> CreateTag(string name) => Write(
        ct => Client.Tags.Plan.CreateAsync(name, ct), ct => Client.Tags.CreateAsync(name, ct), t => Done("Created tag", t.Name, t.Id));

    /// <summary>Renames a tag.</summary>
    public CliOperation<TogglTag> RenameTag(long id, string name) => Write(
        ct => Client.Tags.Plan.RenameAsync(id, name, ct), ct => Client.Tags.RenameAsync(id, name, ct), t => Done("Renamed tag", t.Name, t.Id));

    /// <summary>Deletes a tag.</summary>
    public CliOperation<long> DeleteTag(long id) => Write(
        ct => Client.Tags.Plan.DeleteAsync(id, ct), Deleted(id, ct => Client.Tags.DeleteAsync(id, ct)), _ => Done("Deleted tag", null, id));

    /// <summary>The workspace's clients.</summary>
    public CliOperation<IReadOnlyList<WorkspaceClient>> Clients(bool refresh, ClientFilter? filter = null)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Clients.Plan.ListAsync(filter, ask, ct), ct => Client.Clients.ListAsync(filter, ask, ct), "the clients");
    }

    /// <summary>Creates a client.</summary>
    public CliOperation<WorkspaceClient> CreateClient(ClientBody body) => Write(
        ct => Client.Clients.Plan.CreateAsync(body, ct), ct => Client.Clients.CreateAsync(body, ct), c => Done("Created client", c.Name, c.Id));

    /// <summary>Changes a client's fields.</summary>
    public CliOperation<WorkspaceClient> UpdateClient(long id, ClientBody body) => Write(
        ct => Client.Clients.Plan.UpdateAsync(id, body, ct), ct => Client.Clients.UpdateAsync(id, body, ct), c => Done("Changed client", c.Name, c.Id));

    /// <summary>Archives a client (Toggl archives its projects too: their ids come back).</summary>
    public CliOperation<IReadOnlyList<long>> ArchiveClient(long id) => Write(
        ct => Client.Clients.Plan.ArchiveAsync(id, ct), ct => Client.Clients.ArchiveAsync(id, ct), _ => Done("Archived client", null, id));

    /// <summary>Restores an archived client.</summary>
    public CliOperation<WorkspaceClient> RestoreClient(long id) => Write(
        ct => Client.Clients.Plan.RestoreAsync(id, ct), ct => Client.Clients.RestoreAsync(id, ct), c => Done("Restored client", c.Name, c.Id));

    /// <summary>Deletes a client.</summary>
    public CliOperation<long> DeleteClient(long id) => Write(
        ct => Client.Clients.Plan.DeleteAsync(id, ct), Deleted(id, ct => Client.Clients.DeleteAsync(id, ct)), _ => Done("Deleted client", null, id));

    /// <summary>The user's workspaces.</summary>
    public CliOperation<IReadOnlyList<TogglWorkspace>> Workspaces(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Workspaces.Plan.ListAsync(ask, ct), ct => Client.Workspaces.ListAsync(ask, ct), "the workspaces");
    }

    /// <summary>One workspace; null when Toggl has none.</summary>
    public CliOperation<TogglWorkspace?> Workspace(long id, bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Workspaces.Plan.GetAsync(id, ask, ct), ct => Client.Workspaces.GetAsync(id, ask, ct), $"workspace {Id(id)}");
    }

    /// <summary>Changes a workspace's fields.</summary>
    public CliOperation<TogglWorkspace> UpdateWorkspace(long id, WorkspaceBody body) => Write(
        ct => Client.Workspaces.Plan.UpdateAsync(id, body, ct), ct => Client.Workspaces.UpdateAsync(id, body, ct), w => Done("Changed workspace", w.Name, w.Id));

    /// <summary>The user's organizations.</summary>
    public CliOperation<IReadOnlyList<TogglOrganization>> Organizations(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Organizations.Plan.ListAsync(ask, ct), ct => Client.Organizations.ListAsync(ask, ct), "the organizations");
    }

    /// <summary>One organization; null when Toggl has none (or hides it: 403).</summary>
    public CliOperation<TogglOrganization?> Organization(long id, bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Organizations.Plan.GetAsync(id, ask, ct), ct => Client.Organizations.GetAsync(id, ask, ct), $"organization {Id(id)}");
    }

    /// <summary>Creates an organization with its first workspace.</summary>
    public CliOperation<CreatedOrganization> CreateOrganization(string name, string workspaceName) => Write(
        ct => Client.Organizations.Plan.CreateAsync(name, workspaceName, ct),
        ct => Client.Organizations.CreateAsync(name, workspaceName, ct),
        o => Done("Created organization", o.Name, o.Id));

    /// <summary>Renames an organization.</summary>
    public CliOperation<TogglOrganization> RenameOrganization(long id, string name) => Write(
        ct => Client.Organizations.Plan.UpdateAsync(id, new OrganizationBody { Name = name }, ct),
        ct => Client.Organizations.UpdateAsync(id, new OrganizationBody { Name = name }, ct),
        o => Done("Renamed organization", o.Name, o.Id));

    /// <summary>Leaves an organization.</summary>
    public CliOperation<long> LeaveOrganization(long id) => Write(
        ct => Client.Organizations.Plan.LeaveAsync(id, ct),
        async ct =>
        {
            await Client.Organizations.LeaveAsync(id, ct);
            return id;
        },
        _ => Done("Left organization", null, id));

    /// <summary>The signed-in user.</summary>
    public CliOperation<TogglUser> Me(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return Read(ct => Client.Me.Plan.GetAsync(ask, ct), ct => Client.Me.GetAsync(ask, ct), "the user");
    }

    /// <summary>Changes the user's fields.</summary>
    public CliOperation<TogglUser> UpdateMe(UserBody body) => Write(
        ct => Client.Me.Plan.UpdateAsync(body, ct), ct => Client.Me.UpdateAsync(body, ct), u => Done("Changed the user", u.Email, null));

    /// <summary>Syncs everything: every object kind (the core's cheapest route) and the time entries.</summary>
    public CliOperation<TogglSyncResult> SyncAll(bool refresh) => new()
    {
        Plan = ct => Client.PlanSyncAsync(refresh, ct),
        Run = ct => Client.SyncAsync(refresh, ct),
        MayLoad = true,
    };

    /// <summary>
    /// A read. It also answers a dry run that needs it (a name to resolve) when its plan sends nothing: the cache
    /// then answers, and running it sends nothing either.
    /// </summary>
    private static CliOperation<T> Read<T>(Func<CancellationToken, Task<TogglPlan>> plan, Func<CancellationToken, Task<T>> run, string answer) => new()
    {
        Plan = plan,
        Run = run,
        Answer = answer,
        FromCache = async ct => (await plan(ct)).Requests.Count == 0 ? (true, await run(ct)) : (false, default!),
    };

    private CliOperation<T> Write<T>(Func<CancellationToken, Task<TogglPlan>> plan, Func<CancellationToken, Task<T>> send, Func<T, string?> done) => new()
    {
        Plan = plan,
        Run = ct => session.SendWriteAsync("Sent a change", null, () => send(ct), done),
    };

    /// <summary>A delete answering the id it deleted.</summary>
    private static Func<CancellationToken, Task<long>> Deleted(long id, Func<CancellationToken, Task> delete) => async ct =>
    {
        await delete(ct);
        return id;
    };

    /// <summary><c>Created project "Website" (id 12)</c>: what Toggl did, for a local failure after it.</summary>
    private static string Done(string verb, string? name, long? id) =>
        TogglSession.WithId(name is null ? verb : $"{verb} \"{name}\"", id);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
