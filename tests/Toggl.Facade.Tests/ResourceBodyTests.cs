using FsCheck;
using FsCheck.Fluent;
using Core = Toggl.Core;

namespace Toggl.Facade.Tests;

/// <summary>The resource bodies send only what the caller set: unset, cleared and set stay three different things.</summary>
public sealed class ResourceBodyTests
{
    private enum Sent { Unset, Clear, Set }

    private static Sent Of<T>(Core.Field<T> field) => field.IsSet ? Sent.Set : field.IsClear ? Sent.Clear : Sent.Unset;

    private static Sent Expected(bool set, bool cleared) => set ? Sent.Set : cleared ? Sent.Clear : Sent.Unset;

    private static readonly Arbitrary<ProjectBody> ProjectBodies =
        (from clientId in Gen.Elements<long?>(null, 1L, 42L)
         from currency in Gen.Elements<string?>(null, "EUR")
         from rate in Gen.Elements<decimal?>(null, 12.5m)
         from name in Gen.Elements<string?>(null, "Website")
         from bits in Gen.Choose(0, 63)
         let clear = (ProjectBodyFields)bits
         // A field is set or cleared, never both: the generator drops the value of a field it clears.
         select new ProjectBody
         {
             Name = name,
             ClientId = clear.HasFlag(ProjectBodyFields.ClientId) ? null : clientId,
             Currency = clear.HasFlag(ProjectBodyFields.Currency) ? null : currency,
             Rate = clear.HasFlag(ProjectBodyFields.Rate) ? null : rate,
             Clear = clear,
         }).ToArbitrary();

    [Fact]
    public void Property_a_project_body_sends_a_field_when_set_clears_it_when_named_in_Clear_and_otherwise_leaves_it_out()
    {
        Prop.ForAll(ProjectBodies, body =>
            {
                var core = Convert.ToCore(body);
                return Of(core.Name) == Expected(body.Name is not null, false)
                    && Of(core.ClientId) == Expected(body.ClientId is not null, body.Clear.HasFlag(ProjectBodyFields.ClientId))
                    && Of(core.Currency) == Expected(body.Currency is not null, body.Clear.HasFlag(ProjectBodyFields.Currency))
                    && Of(core.Rate) == Expected(body.Rate is not null, body.Clear.HasFlag(ProjectBodyFields.Rate))
                    && Of(core.EstimatedHours) == Expected(false, body.Clear.HasFlag(ProjectBodyFields.EstimatedHours))
                    && Of(core.StartDate) == Expected(false, body.Clear.HasFlag(ProjectBodyFields.StartDate))
                    && Of(core.EndDate) == Expected(false, body.Clear.HasFlag(ProjectBodyFields.EndDate))
                    && Of(core.Color) == Sent.Unset
                    && Of(core.Active) == Sent.Unset
                    && Of(core.Template) == Sent.Unset;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Empty_bodies_send_nothing()
    {
        var project = Convert.ToCore(new ProjectBody());
        var task = Convert.ToCore(new TaskBody());
        var client = Convert.ToCore(new ClientBody());
        var workspace = Convert.ToCore(new WorkspaceBody());
        var user = Convert.ToCore(new UserBody());
        var organization = Convert.ToCore(new OrganizationBody());

        Assert.Equal(Core.ResourceBody.project, project);
        Assert.Equal(Core.ResourceBody.task, task);
        Assert.Equal(Core.ResourceBody.client, client);
        Assert.Equal(Core.ResourceBody.workspace, workspace);
        Assert.Equal(Core.ResourceBody.me, user);
        Assert.Equal(Sent.Unset, Of(organization.Name));
    }

    [Fact]
    public void Cleared_fields_of_every_body_are_sent_as_null_and_set_fields_with_their_value()
    {
        var task = Convert.ToCore(new TaskBody { Name = "Spec", Estimate = TimeSpan.FromHours(2), Clear = TaskBodyFields.UserId });
        var client = Convert.ToCore(new ClientBody { Clear = ClientBodyFields.Notes });
        var workspace = Convert.ToCore(new WorkspaceBody { Rounding = 1, Clear = WorkspaceBodyFields.DefaultHourlyRate });

        Assert.Equal(Core.Field<long>.NewSet(7200), task.EstimatedSeconds);
        Assert.Equal(Sent.Clear, Of(task.UserId));
        Assert.Equal(Sent.Clear, Of(client.Notes));
        Assert.Equal(Sent.Unset, Of(client.Name));
        Assert.Equal(Core.Field<int>.NewSet(1), workspace.Rounding);
        Assert.Equal(Sent.Clear, Of(workspace.DefaultHourlyRate));
        Assert.Equal(Sent.Unset, Of(workspace.DefaultCurrency));
    }

    [Fact]
    public void A_field_both_set_and_cleared_or_an_unknown_Clear_flag_is_an_ArgumentException_naming_the_body()
    {
        var both = Assert.Throws<ArgumentException>(() => Convert.ToCore(new ProjectBody { ClientId = 3, Clear = ProjectBodyFields.ClientId }));
        var unknown = Assert.Throws<ArgumentException>(() => Convert.ToCore(new TaskBody { Clear = (TaskBodyFields)64 }));
        var notes = Assert.Throws<ArgumentException>(() => Convert.ToCore(new ClientBody { Notes = "x", Clear = ClientBodyFields.Notes }));

        Assert.Equal("body", both.ParamName);
        Assert.Contains("ClientId", both.Message, StringComparison.Ordinal);
        Assert.Contains("TaskBody.Clear", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Notes", notes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_become_Toggls_filters_and_no_filter_is_every_object()
    {
        var since = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var projects = Convert.ToCore(new ProjectFilter { Active = true, ClientIds = [4, 5], Name = "web", Since = since });
        var clients = Convert.ToCore(new ClientFilter { Status = ClientStatus.Archived, Name = "acme" });
        var tasks = Convert.ToCore(new TaskFilter { ProjectId = 9 });

        Assert.True(projects.Active!.Value);
        Assert.Equal([4L, 5L], projects.ClientIds);
        Assert.Equal("web", projects.Name!.Value);
        Assert.Equal(since, projects.Since!.Value);
        Assert.Equal(Core.ClientStatus.Archived, clients.Status);
        Assert.Equal("acme", clients.Name!.Value);
        Assert.Equal(9L, tasks.ProjectId!.Value);
        Assert.Equal(Core.ResourceBody.allProjects, Convert.ToCore((ProjectFilter?)null));
        Assert.Equal(Core.ResourceBody.allClients, Convert.ToCore(new ClientFilter()));
        Assert.Equal(Core.ResourceBody.allTasks, Convert.ToCore((TaskFilter?)null));
    }

    [Fact]
    public async Task A_body_without_its_required_name_or_a_null_body_is_refused_before_anything_is_sent()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => toggl.Tags.CreateAsync(new TagBody()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => toggl.Projects.CreateAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => toggl.Clients.UpdateAsync(1, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => toggl.Projects.UpdateAsync(1, new ProjectBody { Rate = 1, Clear = ProjectBodyFields.Rate }));
        var unnamed = await Assert.ThrowsAsync<TogglNamingException>(() => toggl.Projects.CreateAsync(new ProjectBody { Color = ProjectColor.Red }));
        await Assert.ThrowsAsync<TogglNamingException>(() => toggl.Tags.CreateAsync("   "));
        await Assert.ThrowsAsync<TogglNamingException>(() => toggl.Clients.CreateAsync(new ClientBody { Notes = "no name" }));
        Assert.Contains("name", unnamed.Message, StringComparison.Ordinal);

        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public void ProjectColor_names_Toggls_14_basic_colours_and_parses_a_name_or_a_hex()
    {
        Assert.Equal(14, ProjectColor.All.Count);
        Assert.Equal("#465bb3", ProjectColor.DarkBlue);
        Assert.Equal(ProjectColor.DarkBlue, ProjectColor.Parse(" Dark-Blue "));
        Assert.Equal("#abcdef", ProjectColor.Parse("#ABCDEF"));
        var error = Assert.Throws<ArgumentException>(() => ProjectColor.Parse("sky"));
        Assert.Equal("nameOrHex", error.ParamName);
        Assert.Contains("dark-green", error.Message, StringComparison.Ordinal);
    }
}
