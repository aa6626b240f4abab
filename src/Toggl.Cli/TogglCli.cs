using System.CommandLine;
using Spectre.Console;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Commands;
using Toggl.Cli.Commands.Objects;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Completion;
using Toggl.Cli.Demo;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli;

/// <summary>
/// The <c>toggl</c> command tree and its one entry point. The process, the tests and <c>toggl demo</c> all
/// run commands through <see cref="RunAsync"/>, each with its own <see cref="CliContext"/>. A command is three
/// parts: a settings type (<see cref="ISettings{TSelf}"/>: it declares its options and binds them, in one place),
/// a command (<see cref="AsyncCommand{TSettings}"/>, or <see cref="TogglCommand{TSettings}"/> to talk to Toggl),
/// and one <c>Add</c> line in <see cref="Tree"/> with its description and examples.
/// </summary>
internal static class TogglCli
{
    /// <summary>
    /// How the parser reads the line: no response files, so an argument starting with '@' (a description,
    /// a tag) is itself and never the contents of a file.
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Runs one command line and returns its exit code (see <see cref="ExitCodes"/>); never throws.</summary>
    /// <param name="args">The arguments after <c>toggl</c>.</param>
    /// <param name="context">Console, environment, clock and zone of the run.</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var catalog = new CommandCatalog(Tree(context));
            if (args.Count > 0 && args[0] == CompletionEngine.Command)
            {
                return CompletionEngine.Run(args.Skip(1).ToList(), context, catalog.Root, Parsing);
            }

            // Before the parser binds anything: a mistyped option must never let the command do the real thing.
            if (UnknownOptions.Check(args, catalog) is not { } line)
            {
                return RunTool(args, catalog, context);
            }

            if (line.WantsHelp || line.Command.Run is null)
            {
                // A branch alone (toggl projects) shows its subcommands, as a failure: no command was run.
                HelpPrinter.Print(context.Out, line.Command);
                return line.WantsHelp ? ExitCodes.Ok : ExitCodes.Error;
            }

            var parsed = catalog.Root.Parse(line.Words, Parsing);
            if (ParseProblems.Describe(parsed, line.Command) is { } problem)
            {
                throw CliException.BadArguments(problem);
            }

            return await line.Command.Run(new ParsedArgs(parsed, line.Command), cancellationToken);
        }
        catch (Exception error)
        {
            return ErrorReport.Render(error, context, verbose: args.Contains("--verbose") || args.Contains("-v"));
        }
    }

    /// <summary>The tool's version, as <c>toggl --version</c> prints it and the User-Agent sends it.</summary>
    public static string Version { get; } = typeof(TogglCli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>A line naming no command: nothing or the help (the tool's help), the version, or an unknown option.</summary>
    private static int RunTool(IReadOnlyList<string> args, CommandCatalog catalog, CliContext context)
    {
        var known = new KnownOptions(catalog.Root);
        var first = args.Count == 0 ? "--help" : args[0];
        if (!known.IsLong(first, out var name, out _) && !(first.Length == 2 && known.IsShort(first[1], out name, out _)))
        {
            throw CliException.BadArguments(Closest.To(first, known.LongOptions) is { } suggestion
                ? $"unknown option '{first}' for 'toggl'; did you mean '{suggestion}'?"
                : $"unknown option '{first}' for 'toggl' (see toggl --help)");
        }

        if (name is "--version" or "-v")
        {
            context.Out.WriteLine(Version);
        }
        else
        {
            HelpPrinter.Print(context.Out, catalog.Root);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The command tree: every command with its options, description and examples, and what it runs in
    /// <paramref name="context"/>. Built for each run, as the commands are bound to their context.
    /// </summary>
    internal static CliCommand Tree(CliContext context)
    {
        var root = new CliCommand("", "Toggl Track from the terminal");
        root.AddFlag("-v|--version", "Prints version information");

        Add(root, "start", "Start a timer (stops the one running)", () => new StartCommand(context))
            .WithExample("start", "\"Writing the report\"", "--project", "Website", "--tags", "writing,draft", "--at", "09:30");
        Add(root, "add", "Add a finished time entry, with its start and stop", () => new AddCommand(context))
            .WithExample("add", "\"Design review\"", "--start", "\"yesterday 14:00\"", "--stop", "\"yesterday 15:30\"", "--project", "Website", "--task", "Design");
        Add(root, "stop", "Stop the running timer", () => new StopCommand(context)).WithExample("stop", "--at", "17:45");
        Add(root, "current", "Show what is running (from the synced cache)", () => new CurrentCommand(context));
        Add(root, "continue", "Start again like the latest entry, or a given one", () => new ContinueCommand(context));
        Add(root, "list", "List time entries (default: the last 7 days)", () => new ListCommand(context))
            .WithExample("list", "--today")
            .WithExample("list", "--since", "\"yesterday 14:00\"", "--output", "json");
        Add(root, "show", "Show one time entry", () => new ShowCommand(context));
        Add(root, "edit", "Change fields of a time entry", () => new EditCommand(context))
            .WithExample("edit", "123", "--description", "Review", "--start", "09:15");
        Add(root, "delete", "Delete a time entry", () => new DeleteCommand(context));
        Add(root, "bulk-edit", "Change many time entries at once", () => new BulkEditCommand(context))
            .WithExample("bulk-edit", "--from", "2026-11-01", "--to", "2026-11-30", "--add-tags", "invoiced");
        Add(root, "lint", "Find overlaps, gaps, overlong, zero-length and future entries, and entries lacking a required project, in the synced cache (no request); --fix proposes and applies fixes", () => new LintCommand(context))
            .WithExample("lint", "--week")
            .WithExample("lint", "--from", "2026-11-01", "--to", "2026-11-30", "--fix");
        Add(root, "prompt", "One short line for a shell prompt: what runs, from the cache only (empty when idle)", () => new PromptCommand(context))
            .WithExample("prompt", "--format", "\"{description} {elapsed}\"");
        Add(root, "sync", "Bring the local cache up to date: time entries and every kind of object, with the fewest requests", () => new SyncCommand(context));
        Add(root, "quota", "Requests left in Toggl's hourly quota", () => new QuotaCommand(context));
        {
            var branch = root.Add("outbox", "Changes queued while Toggl could not be reached or the quota was spent");
            Runs(branch, () => new OutboxListCommand(context));
            Add(branch, "list", "List the queued changes, their state and conflicts (no request)", () => new OutboxListCommand(context))
                .WithExample("outbox", "list", "--dry-run");
            Add(branch, "send", "Send the queued changes now, compacted, within the quota", () => new OutboxSendCommand(context));
            Add(branch, "drop", "Drop a queued change and undo it locally", () => new OutboxDropCommand(context));
            Add(branch, "resolve", "Settle a conflict: keep mine, keep theirs, or merge field by field", () => new OutboxResolveCommand(context))
                .WithExample("outbox", "resolve", "5", "--take", "description=mine,billable=theirs");
        }
        Add(root, "report", "Time per project, client, tag, description, day, week or month (default: this week by project), from the cache and the archive or from Toggl", () => new ReportCommand(context))
            .WithExample("report", "--week", "--by", "tag")
            .WithExample("report", "--year", "--by", "month")
            .WithExample("report", "--month", "--source", "toggl");
        Add(root, "export", "Write one of Toggl's reports (detailed, summary, weekly) to a CSV or PDF file", () => new ExportCommand(context))
            .WithExample("export", "--report", "detailed", "--format", "csv", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "q1.csv");
        var archive = root.Add("archive", "Entries past Toggl's three-month window, kept in the cache");
        Add(archive, "fetch", "Fetch past months again (replaces what the archive held for them)", () => new ArchiveFetchCommand(context))
            .WithExample("archive", "fetch", "--from", "2025-01", "--to", "2025-03");
        Add(archive, "status", "The months the archive holds (no request)", () => new ArchiveStatusCommand(context));
        var projects = root.Add("projects", "The workspace's projects");
        Add(projects, "list", "List projects (from the synced cache when fresh)", () => new ProjectsListCommand(context));
        Add(projects, "add", "Create a project", () => new ProjectsAddCommand(context))
            .WithExample("projects", "add", "Website", "--client", "Acme", "--color", "teal", "--billable");
        Add(projects, "edit", "Change a project (by name or id)", () => new ProjectsEditCommand(context))
            .WithExample("projects", "edit", "Website", "--name", "Web shop", "--archived");
        Add(projects, "delete", "Delete a project", () => new ProjectsDeleteCommand(context));
        var tasks = root.Add("tasks", "Tasks of the workspace's projects");
        Add(tasks, "list", "List tasks (from the synced cache when fresh)", () => new TasksListCommand(context));
        Add(tasks, "add", "Create a task in a project", () => new TasksAddCommand(context))
            .WithExample("tasks", "add", "Design", "--project", "Website", "--estimate", "4h");
        Add(tasks, "edit", "Change a task", () => new TasksEditCommand(context));
        Add(tasks, "delete", "Delete a task", () => new TasksDeleteCommand(context));
        var tags = root.Add("tags", "The workspace's tags");
        Add(tags, "list", "List tags (from the synced cache when fresh)", () => new TagsListCommand(context));
        Add(tags, "add", "Create a tag", () => new TagsAddCommand(context));
        Add(tags, "rename", "Rename a tag", () => new TagsRenameCommand(context)).WithExample("tags", "rename", "draft", "drafting");
        Add(tags, "delete", "Delete a tag", () => new TagsDeleteCommand(context));
        var clients = root.Add("clients", "The workspace's clients");
        Add(clients, "list", "List clients (from the synced cache when fresh)", () => new ClientsListCommand(context));
        Add(clients, "add", "Create a client", () => new ClientsAddCommand(context));
        Add(clients, "edit", "Change a client", () => new ClientsEditCommand(context));
        Add(clients, "archive", "Archive a client (and its projects)", () => new ClientsArchiveCommand(context));
        Add(clients, "restore", "Restore an archived client", () => new ClientsRestoreCommand(context));
        Add(clients, "delete", "Delete a client", () => new ClientsDeleteCommand(context));
        var workspaces = root.Add("workspaces", "Your workspaces");
        Add(workspaces, "list", "List your workspaces", () => new WorkspacesListCommand(context));
        Add(workspaces, "show", "Show a workspace (default: the one in use)", () => new WorkspacesShowCommand(context));
        Add(workspaces, "edit", "Change a workspace (default: the one in use)", () => new WorkspacesEditCommand(context));
        var orgs = root.Add("orgs", "Your organizations");
        Add(orgs, "list", "List your organizations", () => new OrgsListCommand(context));
        Add(orgs, "show", "Show an organization", () => new OrgsShowCommand(context));
        Add(orgs, "add", "Create an organization with its first workspace", () => new OrgsAddCommand(context))
            .WithExample("orgs", "add", "Acme Ltd", "--workspace-name", "Acme");
        Add(orgs, "rename", "Rename an organization", () => new OrgsRenameCommand(context));
        Add(orgs, "leave", "Leave an organization", () => new OrgsLeaveCommand(context));
        var me = root.Add("me", "You: the signed-in user");
        Runs(me, () => new MeShowCommand(context));
        Add(me, "show", "Show your profile", () => new MeShowCommand(context));
        Add(me, "edit", "Change your profile", () => new MeEditCommand(context));
        var config = root.Add("config", "Store or show the account the tool uses");
        Add(config, "set", "Store the API token, workspace or API address (config.ini, mode 0600)", () => new ConfigSetCommand(context));
        Add(config, "show", "Show the account in use (token hidden) and the tool's folders", () => new ConfigShowCommand(context));
        Add(root, "sandbox", "Serve a local Toggl sandbox to try the tool without an account", () => new SandboxCommand(context));
        Add(root, "demo", "Run a short working session against a built-in sandbox (no account, no network)", () => new DemoCommand(context));
        Add(root, "completion", "Print the shell completion script for bash, zsh, fish or pwsh (commands, options and cached names)", () => new CompletionCommand(context))
            .WithExample("completion", "bash", ">", "~/.local/share/bash-completion/completions/toggl");
        NameCompletion.Attach(root, context);
        return root;
    }

    /// <summary>Adds a command that runs <paramref name="create"/>'s command with the options of <typeparamref name="TSettings"/>.</summary>
    private static CliCommand Add<TSettings>(CliCommand parent, string name, string description, Func<AsyncCommand<TSettings>> create)
        where TSettings : CliSettings, ISettings<TSettings>
    {
        var command = parent.Add(name, description);
        Runs(command, create);
        return command;
    }

    /// <summary>
    /// Makes <paramref name="command"/> run <paramref name="create"/>'s command: its options declared, then bound
    /// and checked (a failed check is exit code 2, before anything runs).
    /// </summary>
    private static void Runs<TSettings>(CliCommand command, Func<AsyncCommand<TSettings>> create)
        where TSettings : CliSettings, ISettings<TSettings>
    {
        TSettings.Declare(command);
        command.Run = (args, cancellationToken) =>
        {
            var settings = TSettings.Bind(args);
            var validation = settings.Validate();
            return validation.Successful
                ? create().ExecuteAsync(settings, cancellationToken)
                : throw CliException.BadArguments((validation.Message ?? "invalid arguments").TrimEnd('.') + " (see toggl --help)");
        };
    }
}
