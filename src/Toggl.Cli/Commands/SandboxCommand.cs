using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Sandbox;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl sandbox [--port N]</c>: serves the local Toggl sandbox (seeded with a realistic month) until
/// Ctrl-C, and prints how to point this tool, or any Toggl client, at it.
/// </summary>
internal sealed class SandboxCommand(CliContext context) : AsyncCommand<SandboxSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(SandboxSettings settings, CancellationToken cancellationToken)
    {
        await using var sandbox = await TogglSandbox.StartAsync(
            new SandboxOptions { Port = settings.Port, TimeProvider = context.Clock, Timezone = Demo.DemoHistory.ZoneId(context.TimeZone) },
            cancellationToken);
        if (!settings.Empty)
        {
            sandbox.SeedDemo();
        }

        var output = context.Out;
        output.MarkupLine($"[green]Toggl sandbox[/] listening on [bold]{Markup.Escape(sandbox.BaseAddress.AbsoluteUri)}[/]"
            + (settings.Empty ? "" : $" with {sandbox.TimeEntries.Count} time entries of the last four weeks"));
        output.WriteLine();
        output.MarkupLine("Point the tool at it (in another terminal):");
        output.WriteLine($"  export TOGGL_BASE_URL={sandbox.BaseAddress.AbsoluteUri}");
        output.WriteLine($"  export TOGGL_API_TOKEN={sandbox.ApiToken}");
        output.WriteLine($"  export TOGGL_WORKSPACE_ID={sandbox.WorkspaceId}");
        output.WriteLine("  toggl list --week");
        output.WriteLine();
        output.MarkupLine("[grey]The data lives in memory and is gone when the sandbox stops. Ctrl-C stops it.[/]");
        try
        {
            await sandbox.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: a normal way to stop serving.
        }

        output.MarkupLine($"[grey]Sandbox stopped after {sandbox.RequestLog.Count} requests.[/]");
        return ExitCodes.Ok;
    }
}
