using System.Text.Json;

namespace Toggl.Facade.Tests;

/// <summary>Every endpoint of the client root, end to end against the sandbox over loopback.</summary>
public sealed class ResourceEndpointTests
{
    [Fact]
    public async Task Projects_are_created_listed_with_filters_read_updated_and_deleted()
    {
        await using var h = await Harness.StartAsync();
        var acme = h.Sandbox.AddClient("Acme");
        using var toggl = h.Client();

        var website = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Website", ClientId = acme.Id, Color = ProjectColor.Teal, Billable = true });
        var intern = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Internal", Active = false });
        var ofAcme = await toggl.Projects.ListAsync(new ProjectFilter { ClientIds = [acme.Id] }, refresh: true);
        var active = await toggl.Projects.ListAsync(new ProjectFilter { Active = true }, refresh: true);
        var renamed = await toggl.Projects.UpdateAsync(website.Id, new ProjectBody { Name = "Web site" });
        var read = await toggl.Projects.GetAsync(website.Id, refresh: true);
        await toggl.Projects.DeleteAsync(intern.Id);
        await toggl.Projects.DeleteAsync(intern.Id); // already gone: tolerated

        Assert.Equal(("Website", (long?)acme.Id, (string?)"#06a893", (bool?)true), (website.Name, website.ClientId, website.Color, website.Billable));
        Assert.Equal(h.Sandbox.WorkspaceId, website.WorkspaceId);
        Assert.Equal([website.Id], ofAcme.Select(p => p.Id));
        Assert.Contains(active, p => p.Id == website.Id);
        Assert.DoesNotContain(active, p => p.Id == intern.Id);
        Assert.Equal("Web site", renamed.Name);
        Assert.Equal(renamed with { At = read!.At, Actual = read.Actual }, read);
        Assert.Null(await toggl.Projects.GetAsync(intern.Id, refresh: true));
        Assert.DoesNotContain(h.Sandbox.Projects, p => p.Id == intern.Id);
    }

    [Fact]
    public async Task An_update_sends_only_what_the_body_sets_and_leaves_the_rest_on_Toggl()
    {
        await using var h = await Harness.StartAsync();
        var acme = h.Sandbox.AddClient("Acme");
        var project = h.Sandbox.AddProject("Website", clientId: acme.Id, color: "#d92b2b", billable: true);
        using var toggl = h.Client();

        var plan = await toggl.Projects.Plan.UpdateAsync(project.Id, new ProjectBody { Name = "Web site" });
        await toggl.Projects.UpdateAsync(project.Id, new ProjectBody { Name = "Web site" });
        var cleared = await toggl.Projects.UpdateAsync(project.Id, new ProjectBody { Clear = ProjectBodyFields.ClientId });

        var body = JsonDocument.Parse(Assert.Single(plan.Requests).Body!).RootElement;
        Assert.Equal(["name"], body.EnumerateObject().Select(p => p.Name));
        var stored = Assert.Single(h.Sandbox.Projects, p => p.Id == project.Id);
        Assert.Equal(("Web site", "#d92b2b", (bool?)true), (stored.Name, stored.Color, stored.Billable));
        Assert.Null(stored.ClientId);
        Assert.Null(cleared.ClientId);
        Assert.Contains(h.Sandbox.RequestLog, r => r.Method == "PUT" && r.Path.EndsWith($"/projects/{project.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tasks_of_a_project_are_created_listed_read_updated_and_deleted()
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Website");
        using var toggl = h.Client();

        var spec = await toggl.Tasks.CreateAsync(project.Id, new TaskBody { Name = "Spec", Estimate = TimeSpan.FromHours(3) });
        var build = await toggl.Tasks.CreateAsync(project.Id, new TaskBody { Name = "Build" });
        var done = await toggl.Tasks.UpdateAsync(project.Id, build.Id, new TaskBody { Active = false });
        var ofProject = await toggl.Tasks.ListAsync(new TaskFilter { ProjectId = project.Id }, refresh: true);
        var read = await toggl.Tasks.GetAsync(project.Id, spec.Id, refresh: true);
        await toggl.Tasks.DeleteAsync(project.Id, spec.Id);

        Assert.Equal(("Spec", TimeSpan.FromHours(3), project.Id), (spec.Name, spec.Estimate!.Value, spec.ProjectId));
        Assert.False(done.Active);
        Assert.Equal(["Build", "Spec"], ofProject.Select(t => t.Name).Order());
        Assert.Equal("Spec", read!.Name);
        Assert.Null(await toggl.Tasks.GetAsync(project.Id, spec.Id, refresh: true));
    }

    [Fact]
    public async Task Tags_are_created_listed_renamed_and_deleted()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var billed = await toggl.Tags.CreateAsync("billed");
        var deep = await toggl.Tags.CreateAsync(new TagBody { Name = "deep" });
        var renamed = await toggl.Tags.RenameAsync(deep.Id, "deep work");
        var listed = await toggl.Tags.ListAsync(refresh: true);
        await toggl.Tags.DeleteAsync(billed.Id);
        await toggl.Tags.DeleteAsync(billed.Id);

        Assert.Equal("deep work", renamed.Name);
        Assert.Equal(["billed", "deep work"], listed.Select(t => t.Name).Order());
        Assert.Equal(["deep work"], h.Sandbox.Tags.Select(t => t.Name));
        await Assert.ThrowsAsync<TogglApiException>(() => toggl.Tags.CreateAsync("deep work"));
    }

    [Fact]
    public async Task Clients_are_created_listed_by_status_read_updated_archived_restored_and_deleted()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var acme = await toggl.Clients.CreateAsync(new ClientBody { Name = "Acme", Notes = "since 2020" });
        var globex = await toggl.Clients.CreateAsync(new ClientBody { Name = "Globex" });
        var project = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Website", ClientId = acme.Id });
        var archivedProjects = await toggl.Clients.ArchiveAsync(acme.Id);
        var archived = await toggl.Clients.ListAsync(new ClientFilter { Status = ClientStatus.Archived }, refresh: true);
        var active = await toggl.Clients.ListAsync(new ClientFilter { Status = ClientStatus.Active }, refresh: true);
        var restored = await toggl.Clients.RestoreAsync(acme.Id);
        var noNotes = await toggl.Clients.UpdateAsync(acme.Id, new ClientBody { Clear = ClientBodyFields.Notes });
        var read = await toggl.Clients.GetAsync(acme.Id, refresh: true);
        await toggl.Clients.DeleteAsync(globex.Id);

        Assert.Equal("since 2020", acme.Notes);
        Assert.Equal([project.Id], archivedProjects);
        Assert.Equal([acme.Id], archived.Select(c => c.Id));
        Assert.Equal([globex.Id], active.Select(c => c.Id));
        Assert.False(restored.Archived);
        Assert.Null(noNotes.Notes);
        Assert.Equal("Acme", read!.Name);
        Assert.Null(await toggl.Clients.GetAsync(globex.Id, refresh: true));
    }

    [Fact]
    public async Task Workspaces_are_listed_read_created_updated_and_report_statistics_and_constraints()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var listed = await toggl.Workspaces.ListAsync(refresh: true);
        var read = await toggl.Workspaces.GetAsync(h.Sandbox.WorkspaceId, refresh: true);
        var created = await toggl.Workspaces.CreateAsync(h.Sandbox.OrganizationId, new WorkspaceBody { Name = "Side projects" });
        var updated = await toggl.Workspaces.UpdateAsync(created.Id, new WorkspaceBody { Name = "Side", Rounding = 1, RoundingMinutes = 15 });
        var statistics = await toggl.Workspaces.StatisticsAsync(h.Sandbox.WorkspaceId);
        var constraints = await toggl.Workspaces.ConstraintsAsync(h.Sandbox.WorkspaceId);

        Assert.Contains(listed, w => w.Id == h.Sandbox.WorkspaceId);
        Assert.Equal(h.Sandbox.OrganizationId, read!.OrganizationId);
        Assert.Equal("Side projects", created.Name);
        Assert.Equal(("Side", 1, 15), (updated.Name, updated.Rounding, updated.RoundingMinutes));
        Assert.True(statistics.Members >= 1);
        Assert.NotNull(constraints);
        Assert.Null(await toggl.Workspaces.GetAsync(999_999_999, refresh: true));
    }

    [Fact]
    public async Task Organizations_are_listed_read_created_renamed_and_left()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        var created = await toggl.Organizations.CreateAsync("Side Inc", "Side workspace");
        var listed = await toggl.Organizations.ListAsync(refresh: true);
        var renamed = await toggl.Organizations.UpdateAsync(created.Id, new OrganizationBody { Name = "Side GmbH" });
        var read = await toggl.Organizations.GetAsync(created.Id, refresh: true);
        await toggl.Organizations.LeaveAsync(created.Id);

        Assert.Equal(("Side Inc", "Side workspace"), (created.Name, created.WorkspaceName));
        Assert.Contains(listed, o => o.Id == created.Id);
        Assert.Contains(listed, o => o.Id == h.Sandbox.OrganizationId);
        Assert.Equal("Side GmbH", renamed.Name);
        Assert.Equal("Side GmbH", read!.Name);
        Assert.Null(await toggl.Organizations.GetAsync(created.Id, refresh: true));
    }

    [Fact]
    public async Task The_user_is_read_checked_updated_and_tells_its_quota_and_default_workspace()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(withWorkspace: false);

        var me = await toggl.Me.GetAsync(refresh: true);
        var logged = await toggl.Me.LoggedAsync();
        var updated = await toggl.Me.UpdateAsync(new UserBody { Fullname = "Ada Lovelace", BeginningOfWeek = 0 });
        var quota = await toggl.Me.QuotaAsync();
        var workspace = await toggl.Me.DefaultWorkspaceIdAsync();

        Assert.Equal((h.Sandbox.UserId, h.Sandbox.Email), (me.Id, me.Email));
        Assert.True(logged);
        Assert.Equal(("Ada Lovelace", 0), (updated.Fullname, updated.BeginningOfWeek));
        Assert.NotEmpty(quota);
        Assert.Equal(h.Sandbox.WorkspaceId, workspace);
        Canary.AssertAbsent(me.ToString(), "TogglUser.ToString()");
    }

    [Fact]
    public async Task Bad_credentials_make_LoggedAsync_false_rather_than_throw()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = new TogglClient(h.Sandbox.WorkspaceId, BasicAuth.FromApiToken("not-the-token"), retries: 0, options: h.Options());

        Assert.False(await toggl.Me.LoggedAsync());
    }

    [Fact]
    public async Task With_reRaise_a_missing_object_throws_instead_of_becoming_null()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client(reRaise: true);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => toggl.Projects.GetAsync(999_999_999, refresh: true));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Every_plan_sends_nothing_and_lists_the_request_its_method_sends()
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Website");
        var wid = h.Sandbox.WorkspaceId;
        using var toggl = h.Client();

        var plans = new[]
        {
            await toggl.Projects.Plan.CreateAsync(new ProjectBody { Name = "X" }),
            await toggl.Projects.Plan.DeleteAsync(project.Id),
            await toggl.Tasks.Plan.CreateAsync(project.Id, new TaskBody { Name = "T" }),
            await toggl.Tags.Plan.CreateAsync("t"),
            await toggl.Clients.Plan.ArchiveAsync(5),
            await toggl.Workspaces.Plan.StatisticsAsync(wid),
            await toggl.Organizations.Plan.LeaveAsync(7),
            await toggl.Me.Plan.QuotaAsync(),
        };

        Assert.Empty(h.Sandbox.RequestLog);
        Assert.Equal(
            [
                $"POST workspaces/{wid}/projects",
                $"DELETE workspaces/{wid}/projects/{project.Id}",
                $"POST workspaces/{wid}/projects/{project.Id}/tasks",
                $"POST workspaces/{wid}/tags",
                $"POST workspaces/{wid}/clients/5/archive",
                $"GET workspaces/{wid}/statistics",
                "DELETE organizations/7/users/leave",
                "GET me/quota",
            ],
            plans.Select(p => $"{p.Requests[0].Method} {p.Requests[0].Path}"));
    }
}
