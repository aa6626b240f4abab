using System.Globalization;
using System.Text.Json;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Objects;

/// <summary>Every command and subcommand on Toggl's objects, against the sandbox, in its three output formats.</summary>
public sealed class ObjectCommandTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Names(JsonElement list) => list.EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Projects_add_list_edit_and_delete_by_name()
    {
        var acme = Sandbox.AddClient("Acme");
        var added = (await RunOkAsync("projects", "add", "Website", "--client", "Acme", "--color", "teal", "--billable", "--estimate", "40", "--output", "json")).Json;
        Assert.Equal("Website", added.GetProperty("name").GetString());
        var project = Sandbox.Project("Website");
        Assert.Equal(acme.Id, project.ClientId);
        Assert.Equal(ProjectColor.Teal, project.Color);
        Assert.True(project.Billable);
        Assert.Equal(40, project.EstimatedHours);

        var table = await RunOkAsync("projects", "list");
        Assert.Contains("Website", table.Out);
        Assert.Contains("Acme", table.Out);

        await RunOkAsync("projects", "edit", "website", "--name", "Web shop", "--color", "#ff0000", "--archived", "--client", "none");
        project = Sandbox.Project("Web shop");
        Assert.False(project.Active);
        Assert.Equal("#ff0000", project.Color);
        Assert.Null(project.ClientId);

        var archived = (await RunOkAsync("projects", "list", "--archived", "--output", "json")).Json;
        Assert.Equal(["Web shop"], Names(archived));
        Assert.Empty((await RunOkAsync("projects", "list", "--active", "--output", "json")).Json.EnumerateArray());

        var deleted = (await RunOkAsync("projects", "delete", "Web shop", "--output", "json")).Json;
        Assert.Equal(project.Id, deleted.GetProperty("deleted").GetInt64());
        Assert.DoesNotContain(Sandbox.Projects, p => p.Id == project.Id);
    }

    [Fact]
    public async Task Projects_list_of_a_client_and_in_csv()
    {
        var acme = Sandbox.AddClient("Acme");
        Sandbox.AddProject("Website", acme.Id);
        Sandbox.AddProject("=Internal");
        var ofAcme = (await RunOkAsync("projects", "list", "--client", "acme", "--output", "json")).Json;
        Assert.Equal(["Website"], Names(ofAcme));

        var csv = Csv.Parse((await RunOkAsync("projects", "list", "--output", "csv")).Out);
        Assert.Equal(ObjectViews.ProjectKeys, csv[0]);
        // A name a spreadsheet would read as a formula stays text.
        Assert.Equal(["'=Internal", "Website"], csv.Skip(1).Select(r => r[1]).ToList());
    }

    [Fact]
    public async Task Tasks_add_list_edit_and_delete_within_their_project()
    {
        var website = Sandbox.AddProject("Website");
        Sandbox.AddProject("Blog");
        await RunOkAsync("tasks", "add", "Design", "--project", "Website", "--estimate", "1h30m");
        await RunOkAsync("tasks", "add", "Design", "--project", "Blog");
        var list = (await RunOkAsync("tasks", "list", "--project", "Website", "--output", "json")).Json;
        var design = Assert.Single(list.EnumerateArray());
        Assert.Equal(5400, design.GetProperty("estimate_seconds").GetInt64());
        Assert.Equal(website.Id, design.GetProperty("project_id").GetInt64());

        // Two projects have a task "Design": the name alone is ambiguous, the project tells them apart.
        var ambiguous = await RunAsync("tasks", "edit", "Design", "--name", "Layout");
        Assert.Equal(ExitCodes.BadArguments, ambiguous.ExitCode);
        Assert.Contains("'Design' names 2 tasks", ambiguous.Error);

        await RunOkAsync("tasks", "edit", "Design", "--project", "Website", "--name", "Layout", "--archived", "--estimate", "none");
        var edited = (await RunOkAsync("tasks", "list", "--project", "Website", "--refresh", "--output", "json")).Json[0];
        Assert.Equal("Layout", edited.GetProperty("name").GetString());
        Assert.False(edited.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("estimate_seconds").ValueKind);

        var table = await RunOkAsync("tasks", "list");
        Assert.Contains("Layout", table.Out);
        Assert.Contains("Blog", table.Out);

        await RunOkAsync("tasks", "delete", "Layout");
        var left = (await RunOkAsync("tasks", "list", "--refresh", "--output", "json")).Json;
        Assert.Equal(["Design"], Names(left));
    }

    [Fact]
    public async Task Tags_add_list_rename_and_delete()
    {
        var added = (await RunOkAsync("tags", "add", "review", "--output", "json")).Json;
        var id = added.GetProperty("id").GetInt64();
        Assert.Contains("review", (await RunOkAsync("tags", "list")).Out);

        await RunOkAsync("tags", "rename", "review", "reviewing");
        Assert.Equal("reviewing", Assert.Single(Sandbox.Tags).Name);
        var csv = Csv.Parse((await RunOkAsync("tags", "list", "--output", "csv")).Out);
        Assert.Equal(["id", "name", "workspace_id", "at"], csv[0]);
        Assert.Equal(Id(id), csv[1][0]);

        await RunOkAsync("tags", "delete", Id(id));
        Assert.Empty(Sandbox.Tags);
    }

    [Fact]
    public async Task Clients_add_list_edit_archive_restore_and_delete()
    {
        await RunOkAsync("clients", "add", "Acme", "--notes", "since 2020");
        var acme = Assert.Single(Sandbox.Clients);
        Assert.Equal("since 2020", acme.Notes);
        var project = Sandbox.AddProject("Website", acme.Id);

        await RunOkAsync("clients", "edit", "acme", "--name", "Acme Ltd", "--notes", "");
        acme = Assert.Single(Sandbox.Clients);
        Assert.Equal("Acme Ltd", acme.Name);
        Assert.True(string.IsNullOrEmpty(acme.Notes));

        var archive = (await RunOkAsync("clients", "archive", "Acme Ltd", "--output", "json")).Json;
        Assert.Equal(acme.Id, archive.GetProperty("archived").GetInt64());
        Assert.Equal([project.Id], archive.GetProperty("project_ids").EnumerateArray().Select(e => e.GetInt64()).ToList());
        Assert.True(Assert.Single(Sandbox.Clients).Archived);
        Assert.False(Sandbox.Project("Website").Active);
        Assert.Equal(["Acme Ltd"], Names((await RunOkAsync("clients", "list", "--archived", "--output", "json")).Json));

        await RunOkAsync("clients", "restore", "Acme Ltd");
        Assert.False(Assert.Single(Sandbox.Clients).Archived);
        Assert.Contains("Acme Ltd", (await RunOkAsync("clients", "list", "--active")).Out);

        await RunOkAsync("clients", "delete", "Acme Ltd");
        Assert.Empty(Sandbox.Clients);
    }

    [Fact]
    public async Task Workspaces_list_show_and_edit_the_one_in_use()
    {
        var list = (await RunOkAsync("workspaces", "list", "--output", "json")).Json;
        var workspace = Assert.Single(list.EnumerateArray());
        Assert.Equal(Sandbox.WorkspaceId, workspace.GetProperty("id").GetInt64());

        var show = await RunOkAsync("workspaces", "show");
        Assert.Contains(Id(Sandbox.WorkspaceId), show.Out);

        var edited = (await RunOkAsync("workspaces", "edit", "--name", "Studio", "--default-currency", "EUR", "--output", "json")).Json;
        Assert.Equal("Studio", edited.GetProperty("name").GetString());
        Assert.Equal("EUR", edited.GetProperty("default_currency").GetString());
        var csv = Csv.Parse((await RunOkAsync("workspaces", "show", "Studio", "--refresh", "--output", "csv")).Out);
        Assert.Equal("Studio", csv[1][1]);
    }

    [Fact]
    public async Task Orgs_list_show_add_rename_and_leave()
    {
        var mine = (await RunOkAsync("orgs", "list", "--output", "json")).Json;
        var first = Assert.Single(mine.EnumerateArray());
        Assert.Contains(first.GetProperty("name").GetString()!, (await RunOkAsync("orgs", "show", Id(first.GetProperty("id").GetInt64()))).Out);

        var created = (await RunOkAsync("orgs", "add", "Acme Group", "--workspace-name", "Acme", "--output", "json")).Json;
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("Acme", created.GetProperty("workspace_name").GetString());

        await RunOkAsync("orgs", "rename", Id(id), "Acme Holding");
        var shown = (await RunOkAsync("orgs", "show", "Acme Holding", "--refresh", "--output", "json")).Json;
        Assert.Equal(id, shown.GetProperty("id").GetInt64());

        var left = (await RunOkAsync("orgs", "leave", "Acme Holding", "--output", "json")).Json;
        Assert.Equal(id, left.GetProperty("left").GetInt64());
        Assert.DoesNotContain("Acme Holding", (await RunOkAsync("orgs", "list", "--refresh")).Out);
    }

    [Fact]
    public async Task Me_shows_the_user_and_me_edit_changes_the_profile()
    {
        var me = (await RunOkAsync("me", "--output", "json")).Json;
        Assert.Equal(Sandbox.WorkspaceId, me.GetProperty("default_workspace_id").GetInt64());
        Assert.Contains("Email", (await RunOkAsync("me", "show")).Out);

        var edited = (await RunOkAsync("me", "edit", "--fullname", "Ada Lovelace", "--beginning-of-week", "0", "--output", "json")).Json;
        Assert.Equal("Ada Lovelace", edited.GetProperty("fullname").GetString());
        var csv = Csv.Parse((await RunOkAsync("me", "--refresh", "--output", "csv")).Out);
        Assert.Equal(ObjectViews.UserKeys, csv[0]);
        Assert.Equal("Ada Lovelace", csv[1][2]);
        Assert.Equal("0", csv[1][5]);
    }

    [Fact]
    public async Task Sync_says_what_it_did_and_how_many_requests_it_sent()
    {
        Sandbox.AddProject("Website");
        AddEntry(hoursAgo: 3, minutes: 30, "Draft");
        var cold = (await RunOkAsync("sync", "--output", "json")).Json;
        Assert.Equal(Requests.Count, cold.GetProperty("requests").GetInt32());
        Assert.True(cold.GetProperty("full").GetBoolean());
        Assert.NotEqual("fresh", cold.GetProperty("objects").GetProperty("route").GetString());

        Sandbox.ClearRequestLog();
        var warm = await RunOkAsync("sync");
        Assert.Contains("already fresh in the cache", warm.Out);
        Assert.Contains("1 request sent.", warm.Out);
        Assert.Single(Requests);

        // Synced objects answer every list with no request.
        Sandbox.ClearRequestLog();
        Assert.Contains("Website", (await RunOkAsync("projects", "list")).Out);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Names_from_the_workspace_are_shown_with_their_controls_escaped_and_kept_exact_in_json()
    {
        const string hostile = "Web\u001b[2Jsite\u009b";
        Sandbox.AddClient(hostile);
        foreach (var args in new[] { new[] { "clients", "list" }, ["clients", "edit", hostile, "--notes", "x"], ["clients", "archive", "99999"] })
        {
            var run = await RunAsync(args);
            var raw = (run.Out + run.Error).Where(c => (char.IsControl(c) && c != '\n' && c != '\r') || c == '\u007f').ToList();
            Assert.True(raw.Count == 0, run.ToString());
        }

        Assert.Contains(@"Web\x1b[2Jsite\x9b", (await RunOkAsync("clients", "list")).Out);
        Assert.Equal(hostile, (await RunOkAsync("clients", "list", "--output", "json")).Json[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_color_that_is_not_one_of_the_14_is_a_bad_argument_naming_them()
    {
        var run = await RunAsync("projects", "add", "Website", "--color", "mauve");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("'mauve' is not a colour", run.Error);
        Assert.Contains("dark-green", run.Error);
        Assert.Empty(Requests);
        Assert.Empty(Sandbox.Projects);
    }
}
