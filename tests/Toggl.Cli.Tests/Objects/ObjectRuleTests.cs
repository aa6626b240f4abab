using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Objects;

/// <summary>
/// The rules every object command keeps: a dry run sends nothing, lists from a fresh cache send nothing, unknown
/// names and mistyped options are refused before anything is sent, and a write that changes nothing is refused.
/// </summary>
public sealed class ObjectRuleTests : CliTest
{
    /// <summary>A workspace with one of each object, synced into the cache.</summary>
    private async Task SeedAndSyncAsync()
    {
        var acme = Sandbox.AddClient("Acme");
        Sandbox.AddProject("Website", acme.Id);
        Sandbox.AddTag("review");
        await RunOkAsync("tasks", "add", "Design", "--project", "Website");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
    }

    public static TheoryData<string[]> Writes => new()
    {
        new[] { "projects", "add", "Blog", "--client", "Acme", "--color", "red" },
        new[] { "projects", "edit", "Website", "--name", "Web" },
        new[] { "projects", "delete", "Website" },
        new[] { "tasks", "add", "Build", "--project", "Website" },
        new[] { "tasks", "edit", "Design", "--archived" },
        new[] { "tasks", "delete", "Design" },
        new[] { "tags", "add", "urgent" },
        new[] { "tags", "rename", "review", "reviewed" },
        new[] { "tags", "delete", "review" },
        new[] { "clients", "add", "Globex" },
        new[] { "clients", "edit", "Acme", "--notes", "x" },
        new[] { "clients", "archive", "Acme" },
        new[] { "clients", "restore", "Acme" },
        new[] { "clients", "delete", "Acme" },
        new[] { "workspaces", "edit", "--name", "Studio" },
        new[] { "orgs", "add", "Group", "--workspace-name", "W" },
        new[] { "orgs", "rename", "1", "Other" },
        new[] { "orgs", "leave", "1" },
        new[] { "me", "edit", "--fullname", "Ada" },
        new[] { "start", "Writing", "--project", "Blog", "--create-project" },
        new[] { "sync" },
        new[] { "add", "Review", "--start", "yesterday 09:00", "--stop", "yesterday 10:00", "--project", "Website", "--task", "Design" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_dry_run_prints_the_requests_and_sends_nothing(string[] args)
    {
        await SeedAndSyncAsync();
        var before = (Sandbox.Projects.Count, Sandbox.Tags.Count, Sandbox.Clients.Count);
        var run = await RunOkAsync([.. args, "--dry-run"]);
        Assert.Contains("nothing was sent", run.Out);
        Assert.Empty(Requests);
        Assert.Equal(before, (Sandbox.Projects.Count, Sandbox.Tags.Count, Sandbox.Clients.Count));

        var json = (await RunOkAsync([.. args, "--dry-run", "--output", "json"])).Json;
        Assert.Equal(json.GetProperty("requests").GetArrayLength(), json.GetProperty("count").GetInt32());
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Start_with_create_project_dry_run_shows_both_requests()
    {
        await SeedAndSyncAsync();
        var json = (await RunOkAsync("start", "Writing", "--project", "Blog", "--create-project", "--dry-run", "--output", "json")).Json;
        var requests = json.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("path").GetString()).ToList();
        // The cache does not know Blog: the run asks Toggl's list once more, creates it, then starts on it.
        Assert.Equal(
            [$"GET workspaces/{Sandbox.WorkspaceId}/projects", $"POST workspaces/{Sandbox.WorkspaceId}/projects", $"POST workspaces/{Sandbox.WorkspaceId}/time_entries"],
            requests.Select(r => r.Split('?')[0]).ToList());
        Assert.Contains(json.GetProperty("steps").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("project_id 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_with_create_project_creates_it_then_starts_on_it()
    {
        var run = await RunOkAsync("start", "Writing", "--project", "Blog", "--create-project");
        var blog = Sandbox.Project("Blog");
        Assert.Contains("Created project Blog", run.Out);
        Assert.Equal(blog.Id, Assert.Single(Sandbox.LiveEntries()).ProjectId);

        // Once it exists, --create-project uses it and creates nothing more.
        await RunOkAsync("start", "More", "--project", "blog", "--create-project");
        Assert.Single(Sandbox.Projects);
    }

    [Theory]
    [InlineData("projects", "list")]
    [InlineData("tasks", "list")]
    [InlineData("tags", "list")]
    [InlineData("clients", "list")]
    [InlineData("workspaces", "list")]
    [InlineData("workspaces", "show")]
    [InlineData("orgs", "list")]
    [InlineData("me")]
    public async Task A_list_from_a_fresh_cache_sends_no_request_in_any_format(params string[] args)
    {
        await SeedAndSyncAsync();
        foreach (var format in new[] { "table", "json", "csv" })
        {
            await RunOkAsync([.. args, "--output", format]);
        }

        Assert.Empty(Requests);
        await RunOkAsync([.. args, "--refresh"]);
        Assert.NotEmpty(Requests);
    }

    [Theory]
    [InlineData("projects", "list")]
    [InlineData("tasks", "list", "--project", "Website")]
    [InlineData("me")]
    public async Task A_read_dry_run_from_a_fresh_cache_plans_no_request(params string[] args)
    {
        await SeedAndSyncAsync();
        var json = (await RunOkAsync([.. args, "--dry-run", "--output", "json"])).Json;
        Assert.Equal(0, json.GetProperty("count").GetInt32());
        Assert.Contains(json.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "cache_read");
        var refreshed = (await RunOkAsync([.. args, "--refresh", "--dry-run", "--output", "json"])).Json;
        Assert.True(refreshed.GetProperty("count").GetInt32() >= 1);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Add_records_a_finished_entry_in_one_request_and_leaves_the_timer_running()
    {
        await SeedAndSyncAsync();
        var running = Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-20), null, "Running");
        var day = Sandbox.TodayStart().AddDays(-1);
        var from = Time.TimeInput.LocalDate(day, Zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var json = (await RunOkAsync("add", "Review", "--start", $"{from} 09:00", "--stop", $"{from} 10:30", "--task", "Design", "--tags", "review", "--output", "json")).Json;
        Assert.Equal(5400, json.GetProperty("duration_seconds").GetInt64());
        Assert.Equal("Website", json.GetProperty("project").GetString());
        Assert.Equal("POST", Assert.Single(Requests).Method);
        Assert.True(Sandbox.GetTimeEntry(running.Id)!.IsRunning);

        var backwards = await RunAsync("add", "Oops", "--start", "10:00", "--stop", "09:00");
        Assert.Equal(ExitCodes.BadArguments, backwards.ExitCode);
        Assert.Single(Requests);
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("tasks")]
    [InlineData("tags")]
    [InlineData("clients")]
    [InlineData("workspaces")]
    [InlineData("orgs")]
    [InlineData("me")]
    public async Task Each_branch_has_help_naming_its_subcommands(string branch)
    {
        var run = await RunOkAsync(branch == "me" ? ["me", "edit", "--help"] : [branch, "--help"]);
        Assert.Contains(branch == "me" ? "--fullname" : "list", run.Out);
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("no project named 'Webiste' in workspace {0}; closest: Website", "projects", "edit", "Webiste", "--name", "x")]
    [InlineData("no project named 'Webiste' in workspace {0}; closest: Website", "tasks", "list", "--project", "Webiste")]
    [InlineData("no client named 'Acmee' in workspace {0}; closest: Acme", "projects", "add", "Blog", "--client", "Acmee")]
    [InlineData("no tag named 'reveiw' in workspace {0}; closest: review", "tags", "delete", "reveiw")]
    [InlineData("no task named 'Desing' in workspace {0}; closest: Design", "tasks", "delete", "Desing")]
    [InlineData("no client named 'Zeta' in workspace {0} (clients: Acme)", "clients", "archive", "Zeta")]
    [InlineData("no project named 'Webiste' in workspace {0}; closest: Website; to create it and start, add --create-project", "start", "Work", "--project", "Webiste")]
    public async Task An_unknown_name_is_exit_code_3_naming_it_and_the_closest_names_and_changes_nothing(string line, params string[] args)
    {
        await SeedAndSyncAsync();
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.NotFound, run.ToString());
        Assert.Equal("toggl: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Sandbox.WorkspaceId), run.Error.TrimEnd('\n'));
        // The fresh cache did not know it: Toggl's list is asked once, in case it was made since the sync; nothing is written.
        Assert.Equal("GET", Assert.Single(Requests).Method);
    }

    [Fact]
    public async Task An_ambiguous_name_is_exit_code_2_asking_for_the_id_and_the_id_works()
    {
        await SeedAndSyncAsync();
        Sandbox.AddProject("Blog");
        var other = (await RunOkAsync("tasks", "add", "Design", "--project", "Blog", "--output", "json")).Json.GetProperty("id").GetInt64();
        Sandbox.ClearRequestLog();
        var run = await RunAsync("tasks", "delete", "design");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("'design' names 2 tasks", run.Error);
        Assert.Contains("give the id", run.Error);
        Assert.DoesNotContain(Requests, r => r.Method == "DELETE");

        await RunOkAsync("tasks", "delete", other.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var left = (await RunOkAsync("tasks", "list", "--refresh", "--output", "json")).Json;
        Assert.Equal("Website", Assert.Single(left.EnumerateArray()).GetProperty("project").GetString());
    }

    [Theory]
    [InlineData("unknown option '--dryrun' for 'toggl projects delete'; did you mean '--dry-run'?", "projects", "delete", "Website", "--dryrun")]
    [InlineData("unknown option '--colour' for 'toggl projects add'; did you mean '--color'?", "projects", "add", "Blog", "--colour", "red")]
    [InlineData("unknown option '--archive' for 'toggl clients list'; did you mean '--archived'?", "clients", "list", "--archive")]
    [InlineData("unknown option '--projct' for 'toggl tasks add'; did you mean '--project'?", "tasks", "add", "X", "--projct", "Website")]
    [InlineData("unknown option '--note' for 'toggl clients edit'; did you mean '--notes'?", "clients", "edit", "Acme", "--note", "x")]
    [InlineData("unknown option '--refesh' for 'toggl me'; did you mean '--refresh'?", "me", "--refesh")]
    [InlineData("unknown option '--fullnme' for 'toggl me edit'; did you mean '--fullname'?", "me", "edit", "--fullnme", "x")]
    [InlineData("unknown option '--dry-rn' for 'toggl orgs leave'; did you mean '--dry-run'?", "orgs", "leave", "1", "--dry-rn")]
    [InlineData("unknown option '--create-projects' for 'toggl start'; did you mean '--create-project'?", "start", "X", "--project", "Blog", "--create-projects")]
    [InlineData("unknown option '--refrsh' for 'toggl sync'; did you mean '--refresh'?", "sync", "--refrsh")]
    [InlineData("unknown option '--stpo' for 'toggl add'; did you mean '--stop'?", "add", "X", "--start", "09:00", "--stpo", "10:00")]
    public async Task A_mistyped_option_of_an_object_command_is_refused_before_anything_is_sent(string line, params string[] args)
    {
        Sandbox.AddProject("Website");
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Equal("toggl: " + line, run.Error.TrimEnd('\n'));
        Assert.Empty(Requests);
        Assert.Single(Sandbox.Projects);
    }

    [Theory]
    [InlineData("unknown command 'projcts'; did you mean 'projects'?", "projcts", "list")]
    [InlineData("unknown command 'projects lst'; did you mean 'projects list'?", "projects", "lst")]
    [InlineData("unknown command 'clients archve'; did you mean 'clients archive'?", "clients", "archve", "Acme")]
    [InlineData("unknown command 'me shw'; did you mean 'me show'?", "me", "shw")]
    [InlineData("unknown command 'strat'; did you mean 'start'?", "strat", "Writing")]
    [InlineData("unknown command 'frobnicate' (see toggl --help)", "frobnicate")]
    public async Task A_mistyped_command_is_refused_with_the_closest_command_before_anything_is_sent(string line, params string[] args)
    {
        Sandbox.AddProject("Website");
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Equal("toggl: " + line, run.Error.TrimEnd('\n'));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_colour_that_is_none_lists_the_colours_without_dotnet_parameter_names()
    {
        var run = await RunAsync("projects", "add", "Blog", "--color", "blu");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("--color 'blu' is not a colour", run.Error);
        Assert.DoesNotContain("Parameter", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_project_table_fits_a_terminal_and_names_an_unknown_client_by_its_id()
    {
        var client = Sandbox.AddClient("Acme");
        Sandbox.AddProject("Website", clientId: client.Id);
        var table = (await RunOkAsync("projects", "list", "--refresh")).Out;
        Assert.Contains("Website", table);
        Assert.DoesNotContain("Actual", table);
        Assert.DoesNotContain("Currency", table);
        Assert.True(table.Contains("Acme") || table.Contains("#" + client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), table);
        var csv = (await RunOkAsync("projects", "list", "--output", "csv")).Out;
        Assert.StartsWith("id,name,client_id,client,color,active,billable,private,estimated_hours,actual_seconds,rate,currency,at", csv);
    }

    [Theory]
    [InlineData("projects", "edit", "Website")]
    [InlineData("tasks", "edit", "Design")]
    [InlineData("clients", "edit", "Acme")]
    [InlineData("workspaces", "edit")]
    [InlineData("me", "edit")]
    public async Task A_write_that_changes_nothing_is_refused_and_sends_nothing(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.BadArguments, run.ToString());
        Assert.Contains("nothing to change", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Deleting_an_id_toggl_does_not_know_is_exit_code_3()
    {
        var run = await RunAsync("tags", "delete", "987654");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
    }
}
