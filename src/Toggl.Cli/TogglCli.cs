using Spectre.Console.Cli;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Commands;
using Toggl.Cli.Commands.Objects;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Demo;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli;

/// <summary>
/// The <c>toggl</c> command tree and its one entry point. The process, the tests and <c>toggl demo</c> all
/// run commands through <see cref="RunAsync"/>, each with its own <see cref="CliContext"/>.
/// </summary>
internal static class TogglCli
{
    /// <summary>Runs one command line and returns its exit code (see <see cref="ExitCodes"/>); never throws.</summary>
    /// <param name="args">The arguments after <c>toggl</c>.</param>
    /// <param name="context">Console, environment, clock and zone of the run.</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        var catalog = new CommandCatalog();
        app.Configure(config => Configure(config, context, catalog));
        try
        {
            // Before Spectre binds anything: a mistyped option must never let the command do the real thing.
            UnknownOptions.Check(args, catalog);
            return await app.RunAsync(args, cancellationToken);
        }
        catch (Exception error)
        {
            return ErrorReport.Render(error, context, verbose: args.Contains("--verbose") || args.Contains("-v"));
        }
    }

    /// <summary>The tool's version, as <c>toggl --version</c> prints it and the User-Agent sends it.</summary>
    public static string Version { get; } = typeof(TogglCli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static void Configure(IConfigurator config, CliContext context, CommandCatalog catalog)
    {
        config.SetApplicationName("toggl");
        config.SetApplicationVersion(Version);
        // The check above names unknown options with a suggestion; strict parsing is the net behind it.
        config.UseStrictParsing();
        config.Settings.Console = context.Out;
        config.Settings.Registrar.RegisterInstance<CliContext>(context);
        config.PropagateExceptions();
        config.CaseSensitivity(CaseSensitivity.None);

        catalog.Add<StartCommand>(config, "start")
            .WithDescription("Start a timer (stops the one running)")
            .WithExample("start", "\"Writing the report\"", "--project", "Website", "--tags", "writing,draft", "--at", "09:30");
        catalog.Add<AddCommand>(config, "add")
            .WithDescription("Add a finished time entry, with its start and stop")
            .WithExample("add", "\"Design review\"", "--start", "\"yesterday 14:00\"", "--stop", "\"yesterday 15:30\"", "--project", "Website", "--task", "Design");
        catalog.Add<StopCommand>(config, "stop").WithDescription("Stop the running timer").WithExample("stop", "--at", "17:45");
        catalog.Add<CurrentCommand>(config, "current").WithDescription("Show what is running (from the synced cache)");
        catalog.Add<ContinueCommand>(config, "continue").WithDescription("Start again like the latest entry, or a given one");
        catalog.Add<ListCommand>(config, "list")
            .WithDescription("List time entries (default: the last 7 days)")
            .WithExample("list", "--today")
            .WithExample("list", "--since", "\"yesterday 14:00\"", "--output", "json");
        catalog.Add<ShowCommand>(config, "show").WithDescription("Show one time entry");
        catalog.Add<EditCommand>(config, "edit")
            .WithDescription("Change fields of a time entry")
            .WithExample("edit", "123", "--description", "Review", "--start", "09:15");
        catalog.Add<DeleteCommand>(config, "delete").WithDescription("Delete a time entry");
        catalog.Add<BulkEditCommand>(config, "bulk-edit")
            .WithDescription("Change many time entries at once")
            .WithExample("bulk-edit", "--from", "2026-11-01", "--to", "2026-11-30", "--add-tags", "invoiced");
        catalog.Add<SyncCommand>(config, "sync").WithDescription("Bring the local cache up to date: time entries and every kind of object, with the fewest requests");
        catalog.Add<QuotaCommand>(config, "quota").WithDescription("Requests left in Toggl's hourly quota");
        catalog.Add<ReportCommand>(config, "report")
            .WithDescription("Time per project, client, tag, description, day, week or month (default: this week by project), from the cache and the archive or from Toggl")
            .WithExample("report", "--week", "--by", "tag")
            .WithExample("report", "--year", "--by", "month")
            .WithExample("report", "--month", "--source", "toggl");
        catalog.Add<ExportCommand>(config, "export")
            .WithDescription("Write one of Toggl's reports (detailed, summary, weekly) to a CSV or PDF file")
            .WithExample("export", "--report", "detailed", "--format", "csv", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "q1.csv");
        config.AddBranch("archive", branch =>
        {
            branch.SetDescription("Entries past Toggl's three-month window, kept in the cache");
            catalog.Add<ArchiveFetchCommand>(branch, "archive", "fetch").WithDescription("Fetch past months again (replaces what the archive held for them)")
                .WithExample("archive", "fetch", "--from", "2025-01", "--to", "2025-03");
            catalog.Add<ArchiveStatusCommand>(branch, "archive", "status").WithDescription("The months the archive holds (no request)");
        });
        config.AddBranch("projects", branch =>
        {
            branch.SetDescription("The workspace's projects");
            catalog.Add<ProjectsListCommand>(branch, "projects", "list").WithDescription("List projects (from the synced cache when fresh)");
            catalog.Add<ProjectsAddCommand>(branch, "projects", "add").WithDescription("Create a project")
                .WithExample("projects", "add", "Website", "--client", "Acme", "--color", "teal", "--billable");
            catalog.Add<ProjectsEditCommand>(branch, "projects", "edit").WithDescription("Change a project (by name or id)")
                .WithExample("projects", "edit", "Website", "--name", "Web shop", "--archived");
            catalog.Add<ProjectsDeleteCommand>(branch, "projects", "delete").WithDescription("Delete a project");
        });
        config.AddBranch("tasks", branch =>
        {
            branch.SetDescription("Tasks of the workspace's projects");
            catalog.Add<TasksListCommand>(branch, "tasks", "list").WithDescription("List tasks (from the synced cache when fresh)");
            catalog.Add<TasksAddCommand>(branch, "tasks", "add").WithDescription("Create a task in a project")
                .WithExample("tasks", "add", "Design", "--project", "Website", "--estimate", "4h");
            catalog.Add<TasksEditCommand>(branch, "tasks", "edit").WithDescription("Change a task");
            catalog.Add<TasksDeleteCommand>(branch, "tasks", "delete").WithDescription("Delete a task");
        });
        config.AddBranch("tags", branch =>
        {
            branch.SetDescription("The workspace's tags");
            catalog.Add<TagsListCommand>(branch, "tags", "list").WithDescription("List tags (from the synced cache when fresh)");
            catalog.Add<TagsAddCommand>(branch, "tags", "add").WithDescription("Create a tag");
            catalog.Add<TagsRenameCommand>(branch, "tags", "rename").WithDescription("Rename a tag").WithExample("tags", "rename", "draft", "drafting");
            catalog.Add<TagsDeleteCommand>(branch, "tags", "delete").WithDescription("Delete a tag");
        });
        config.AddBranch("clients", branch =>
        {
            branch.SetDescription("The workspace's clients");
            catalog.Add<ClientsListCommand>(branch, "clients", "list").WithDescription("List clients (from the synced cache when fresh)");
            catalog.Add<ClientsAddCommand>(branch, "clients", "add").WithDescription("Create a client");
            catalog.Add<ClientsEditCommand>(branch, "clients", "edit").WithDescription("Change a client");
            catalog.Add<ClientsArchiveCommand>(branch, "clients", "archive").WithDescription("Archive a client (and its projects)");
            catalog.Add<ClientsRestoreCommand>(branch, "clients", "restore").WithDescription("Restore an archived client");
            catalog.Add<ClientsDeleteCommand>(branch, "clients", "delete").WithDescription("Delete a client");
        });
        config.AddBranch("workspaces", branch =>
        {
            branch.SetDescription("Your workspaces");
            catalog.Add<WorkspacesListCommand>(branch, "workspaces", "list").WithDescription("List your workspaces");
            catalog.Add<WorkspacesShowCommand>(branch, "workspaces", "show").WithDescription("Show a workspace (default: the one in use)");
            catalog.Add<WorkspacesEditCommand>(branch, "workspaces", "edit").WithDescription("Change a workspace (default: the one in use)");
        });
        config.AddBranch("orgs", branch =>
        {
            branch.SetDescription("Your organizations");
            catalog.Add<OrgsListCommand>(branch, "orgs", "list").WithDescription("List your organizations");
            catalog.Add<OrgsShowCommand>(branch, "orgs", "show").WithDescription("Show an organization");
            catalog.Add<OrgsAddCommand>(branch, "orgs", "add").WithDescription("Create an organization with its first workspace")
                .WithExample("orgs", "add", "Acme Ltd", "--workspace-name", "Acme");
            catalog.Add<OrgsRenameCommand>(branch, "orgs", "rename").WithDescription("Rename an organization");
            catalog.Add<OrgsLeaveCommand>(branch, "orgs", "leave").WithDescription("Leave an organization");
        });
        config.AddBranch("me", branch =>
        {
            branch.SetDescription("You: the signed-in user");
            catalog.AddDefault<MeShowCommand>(branch, "me", "show").WithDescription("Show your profile");
            catalog.Add<MeEditCommand>(branch, "me", "edit").WithDescription("Change your profile");
        });
        config.AddBranch("config", branch =>
        {
            branch.SetDescription("Store or show the account the tool uses");
            catalog.Add<ConfigSetCommand>(branch, "config", "set").WithDescription("Store the API token, workspace or API address (config.ini, mode 0600)");
            catalog.Add<ConfigShowCommand>(branch, "config", "show").WithDescription("Show the account in use (token hidden) and the tool's folders");
        });
        catalog.Add<SandboxCommand>(config, "sandbox").WithDescription("Serve a local Toggl sandbox to try the tool without an account");
        catalog.Add<DemoCommand>(config, "demo").WithDescription("Run a short working session against a built-in sandbox (no account, no network)");
    }
}
