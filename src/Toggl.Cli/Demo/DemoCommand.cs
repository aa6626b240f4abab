using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Commands;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;
using Toggl.Sandbox;

namespace Toggl.Cli.Demo;

/// <summary>
/// <c>toggl demo</c>: the README's first command. Starts the sandbox in this process (a realistic month,
/// the Free plan's 30 requests an hour enforced), then runs a working session as <c>toggl</c> commands
/// through <see cref="TogglCli.RunAsync"/>, the very code a person's commands take, against the sandbox
/// over loopback HTTP, with a throw-away home folder. Needs no account and no network.
/// </summary>
internal sealed class DemoCommand(CliContext context) : AsyncCommand<DemoSettings>
{
    /// <summary>How many entries the demo bulk-tags.</summary>
    public const int BulkEntries = 250;

    private const int FreePlanQuota = 30;

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(DemoSettings settings, CancellationToken cancellationToken)
    {
        var home = settings.Keep ?? Path.Combine(Path.GetTempPath(), "togglfun-demo-" + Guid.NewGuid().ToString("N")[..8]);
        OwnerOnlyFiles.EnsureFolder(home);
        try
        {
            return await RunAsync(home, cancellationToken);
        }
        finally
        {
            if (settings.Keep is null && Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    private async Task<int> RunAsync(string home, CancellationToken cancellationToken)
    {
        var output = context.Out;
        var clock = DemoClock.StartingToday(context.Clock, context.TimeZone);
        var demo = context.WithClock(clock);
        await using var sandbox = await TogglSandbox.StartAsync(
            new SandboxOptions
            {
                TimeProvider = clock,
                Timezone = DemoHistory.ZoneId(context.TimeZone),
                HourlyQuota = true,
                Plan = SandboxPlan.Free,
            },
            cancellationToken);
        sandbox.SeedDemo();
        var history = DemoHistory.Extend(sandbox, demo.TimeZone, demo.Today, BulkEntries);

        output.Write(new Rule("[bold]toggl demo[/]").LeftJustified());
        output.MarkupLine(
            $"A Toggl sandbox runs in this process at [blue]{Markup.Escape(sandbox.BaseAddress.AbsoluteUri)}[/], holding "
            + $"{sandbox.TimeEntries.Count} time entries on {sandbox.Projects.Count} projects, with the Free plan's quota "
            + $"of {FreePlanQuota} requests an hour. Each step below is a real [bold]toggl[/] command, run by the same code "
            + "as when you type it, over HTTP, with a fresh cache. The sandbox's clock reads "
            + $"{DemoClock.StartsAt:HH:mm} today, so the session looks alike at any hour.");

        var user = demo.WithEnvironment(new Dictionary<string, string?>
        {
            ["TOGGL_HOME"] = home,
            ["TOGGL_API_TOKEN"] = sandbox.ApiToken,
            ["TOGGL_WORKSPACE_ID"] = sandbox.WorkspaceId.ToString(CultureInfo.InvariantCulture),
            ["TOGGL_BASE_URL"] = sandbox.BaseAddress.AbsoluteUri,
            ["TOGGL_PASSWORD"] = null,
            ["TOGGL_CACHE_MAX_AGE"] = null,
        });

        string[][] morning =
        [
            ["start", "Reviewing pull requests", "--project", "Website Redesign", "--tags", "review", "--at", "95m ago"],
            ["start", "Offline sync bug", "--project", "Mobile App", "--tags", "development", "--at", "40m ago"],
            ["stop"],
            ["list", "--today"],
        ];
        foreach (var step in morning)
        {
            if (await StepAsync(user, step, cancellationToken) is var code and not ExitCodes.Ok)
            {
                return code;
            }
        }

        var reviewed = sandbox.TimeEntries.First(e => e.Description == "Reviewing pull requests");
        string[][] afternoon =
        [
            ["edit", reviewed.Id.ToString(CultureInfo.InvariantCulture), "--description", "Reviewing pull requests (checkout)", "--tags", "review,urgent"],
            ["bulk-edit", "--from", Iso(history.From), "--to", Iso(history.To), "--add-tags", "invoiced"],
            ["sync"],
            ["report", "--from", Iso(demo.Today.AddDays(-6)), "--to", Iso(demo.Today), "--by", "project"],
        ];
        foreach (var step in afternoon)
        {
            if (await StepAsync(user, step, cancellationToken) is var code and not ExitCodes.Ok)
            {
                return code;
            }
        }

        var requests = sandbox.RequestLog;
        var byMethod = string.Join(", ", requests.GroupBy(r => r.Method).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        var state = CliState.Load(TogglPaths.Resolve(home, _ => null).StateFile(sandbox.WorkspaceId));
        var quota = state.QuotaRemaining is { } left ? $"{left} of {FreePlanQuota} requests left this hour" : "no quota reading";
        output.Write(new Rule().RuleStyle("grey"));
        output.MarkupLine($"[bold]{requests.Count} requests[/] made to the sandbox ({byMethod}); [bold]{quota}[/].");
        output.MarkupLine(
            "Use your own account: [bold]export TOGGL_API_TOKEN=[/][grey]<token from https://track.toggl.com/profile>[/] "
            + "[bold]TOGGL_WORKSPACE_ID=[/][grey]<id>[/], then [bold]toggl start \"Something\"[/]. See [bold]toggl --help[/].");
        return ExitCodes.Ok;
    }

    private async Task<int> StepAsync(CliContext user, string[] args, CancellationToken cancellationToken)
    {
        context.Out.WriteLine();
        context.Out.MarkupLine($"[grey]$[/] [bold]toggl {Markup.Escape(string.Join(' ', args.Select(Quote)))}[/]");
        var code = await TogglCli.RunAsync(args, user, cancellationToken);
        if (code != ExitCodes.Ok)
        {
            context.Error.MarkupLine($"[red]The demo stopped: `toggl {Markup.Escape(args[0])}` exited with code {code}.[/]");
        }

        return code;
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"\"{arg}\"" : arg;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
