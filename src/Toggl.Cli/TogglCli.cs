using Spectre.Console.Cli;
using Toggl.Cli.Commands;
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
        app.Configure(config => Configure(config, context));
        try
        {
            return await app.RunAsync(args, cancellationToken);
        }
        catch (Exception error)
        {
            return ErrorReport.Render(error, context, verbose: args.Contains("--verbose") || args.Contains("-v"));
        }
    }

    private static void Configure(IConfigurator config, CliContext context)
    {
        config.SetApplicationName("toggl");
        config.Settings.Console = context.Out;
        config.Settings.Registrar.RegisterInstance<CliContext>(context);
        config.PropagateExceptions();
        config.CaseSensitivity(CaseSensitivity.None);

        config.AddCommand<StartCommand>("start")
            .WithDescription("Start a timer (stops the one running)")
            .WithExample("start", "\"Writing the report\"", "--project", "Website", "--tags", "writing,draft", "--at", "09:30");
        config.AddCommand<StopCommand>("stop").WithDescription("Stop the running timer").WithExample("stop", "--at", "17:45");
        config.AddCommand<CurrentCommand>("current").WithDescription("Show what is running (from the synced cache)");
        config.AddCommand<ContinueCommand>("continue").WithDescription("Start again like the latest entry, or a given one");
        config.AddCommand<ListCommand>("list")
            .WithDescription("List time entries (default: the last 7 days)")
            .WithExample("list", "--today")
            .WithExample("list", "--since", "\"yesterday 14:00\"", "--output", "json");
        config.AddCommand<ShowCommand>("show").WithDescription("Show one time entry");
        config.AddCommand<EditCommand>("edit")
            .WithDescription("Change fields of a time entry")
            .WithExample("edit", "123", "--description", "Review", "--start", "09:15");
        config.AddCommand<DeleteCommand>("delete").WithDescription("Delete a time entry");
        config.AddCommand<BulkEditCommand>("bulk-edit")
            .WithDescription("Change many time entries at once")
            .WithExample("bulk-edit", "--from", "2026-11-01", "--to", "2026-11-30", "--add-tags", "invoiced");
        config.AddCommand<SyncCommand>("sync").WithDescription("Bring the local cache up to date (one request)");
        config.AddCommand<QuotaCommand>("quota").WithDescription("Requests left in Toggl's hourly quota");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Time per project, tag, day or description (default: this week by project)")
            .WithExample("report", "--week", "--by", "tag");
        config.AddBranch("config", branch =>
        {
            branch.SetDescription("Store or show the account the tool uses");
            branch.AddCommand<ConfigSetCommand>("set").WithDescription("Store the API token, workspace or API address (config.ini, mode 0600)");
            branch.AddCommand<ConfigShowCommand>("show").WithDescription("Show the account in use (token hidden) and the tool's folders");
        });
        config.AddCommand<SandboxCommand>("sandbox").WithDescription("Serve a local Toggl sandbox to try the tool without an account");
        config.AddCommand<DemoCommand>("demo").WithDescription("Run a short working session against a built-in sandbox (no account, no network)");
    }
}
