using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The core call behind each endpoint method, from the façade's arguments: the endpoint runs it, its plan prints it,
/// so both see the same call. Bodies and filters are converted here, before anything is sent.
/// </summary>
internal static class ResourceCalls
{
    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglProject>>> ProjectList(ProjectFilter? filter, bool refresh)
    {
        var core = Convert.ToCore(filter);
        return e => Core.Projects.list(e, core, refresh);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpOption<Core.TogglProject>?>> ProjectGet(long projectId, bool refresh) =>
        e => Core.Projects.get(e, projectId, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglProject>> ProjectCreate(ProjectBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Projects.create(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglProject>> ProjectUpdate(long projectId, ProjectBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Projects.update(e, projectId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Unit>> ProjectDelete(long projectId) =>
        e => Core.Projects.delete(e, projectId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglTask>>> TaskList(TaskFilter? filter, bool refresh)
    {
        var core = Convert.ToCore(filter);
        return e => Core.ProjectTasks.list(e, core, refresh);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpOption<Core.TogglTask>?>> TaskGet(long projectId, long taskId, bool refresh) =>
        e => Core.ProjectTasks.get(e, projectId, taskId, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglTask>> TaskCreate(long projectId, TaskBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.ProjectTasks.create(e, projectId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglTask>> TaskUpdate(long projectId, long taskId, TaskBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.ProjectTasks.update(e, projectId, taskId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Unit>> TaskDelete(long projectId, long taskId) =>
        e => Core.ProjectTasks.delete(e, projectId, taskId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglTag>>> TagList(bool refresh) =>
        e => Core.Tags.list(e, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglTag>> TagCreate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return e => Core.Tags.create(e, name);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglTag>> TagRename(long tagId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return e => Core.Tags.rename(e, tagId, name);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Unit>> TagDelete(long tagId) => e => Core.Tags.delete(e, tagId);

    /// <summary>The name a <see cref="TagBody"/> carries: a tag body always names the tag.</summary>
    public static string TagName(TagBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Name ?? throw new ArgumentException("TagBody.Name is required: a tag is created or renamed by its name.", nameof(body));
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglClient>>> ClientList(ClientFilter? filter, bool refresh)
    {
        var core = Convert.ToCore(filter);
        return e => Core.Clients.list(e, core, refresh);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpOption<Core.TogglClient>?>> ClientGet(long clientId, bool refresh) =>
        e => Core.Clients.get(e, clientId, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglClient>> ClientCreate(ClientBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Clients.create(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglClient>> ClientUpdate(long clientId, ClientBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Clients.update(e, clientId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<long>>> ClientArchive(long clientId) =>
        e => Core.Clients.archive(e, clientId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglClient>> ClientRestore(long clientId) =>
        e => Core.Clients.restore(e, clientId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Unit>> ClientDelete(long clientId) => e => Core.Clients.delete(e, clientId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglWorkspace>>> WorkspaceList(bool refresh) =>
        e => Core.Workspaces.list(e, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpOption<Core.TogglWorkspace>?>> WorkspaceGet(long workspaceId, bool refresh) =>
        e => Core.Workspaces.get(e, workspaceId, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglWorkspace>> WorkspaceCreate(long organizationId, WorkspaceBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Workspaces.create(e, organizationId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglWorkspace>> WorkspaceUpdate(long workspaceId, WorkspaceBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Workspaces.update(e, workspaceId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.WorkspaceStatistics>> WorkspaceStatistics(long workspaceId) =>
        e => Core.Workspaces.statistics(e, workspaceId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TimeEntryConstraints>> WorkspaceConstraints(long workspaceId) =>
        e => Core.Workspaces.constraints(e, workspaceId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.TogglOrganization>>> OrganizationList(bool refresh) =>
        e => Core.Organizations.list(e, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpOption<Core.TogglOrganization>?>> OrganizationGet(long organizationId, bool refresh) =>
        e => Core.Organizations.get(e, organizationId, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.CreatedOrganization>> OrganizationCreate(string name, string workspaceName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(workspaceName);
        return e => Core.Organizations.create(e, name, workspaceName);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglOrganization>> OrganizationUpdate(long organizationId, OrganizationBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Organizations.update(e, organizationId, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Unit>> OrganizationLeave(long organizationId) =>
        e => Core.Organizations.leave(e, organizationId);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglMe>> MeGet(bool refresh) => e => Core.Me.get(e, refresh);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<bool>> MeLogged() => e => Core.Me.logged(e);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.TogglMe>> MeUpdate(UserBody body)
    {
        var core = Convert.ToCore(body);
        return e => Core.Me.update(e, core);
    }

    public static Func<Core.TrackerEndpoint, Core.TogglCall<FSharpList<Core.QuotaBucket>>> MeQuota() => e => Core.Me.quota(e);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<long>> MeDefaultWorkspace() => e => Core.Me.defaultWorkspace(e);

    public static Func<Core.TrackerEndpoint, Core.TogglCall<Core.ResourceSyncResult>> SyncAll(bool refresh) =>
        e => Core.ResourceSync.all(e, refresh);
}
