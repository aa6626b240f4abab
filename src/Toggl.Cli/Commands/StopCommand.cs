using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl stop [--at TIME]</c>: stops the running timer.</summary>
internal sealed class StopCommand(CliContext context) : TogglCommand<StopSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, StopSettings settings, CancellationToken cancellationToken)
    {
        var at = Inputs.Time(settings.At, Context);
        if (settings.DryRun)
        {
            var cached = session.IsSynced ? await session.CachedRunningAsync(cancellationToken) : null;
            if (session.IsFresh)
            {
                return cached is null
                    ? session.PrintPlan([], "nothing runs")
                    : session.PrintPlan(await Switching.StopPlanAsync(session.Endpoint, cached, at, cancellationToken));
            }

            return session.PrintPlan((await session.Endpoint.Plan.SyncAsync(cancellationToken)).Requests, "then one more to stop the running entry, if one runs");
        }

        var running = await session.RunningAsync(refresh: false, cancellationToken)
            ?? throw CliException.NotFound("nothing is running");
        var stopped = await Switching.StopAsync(session, running, at, cancellationToken)
            ?? throw CliException.NotFound($"entry {running.Id} was already stopped");
        if (settings.Output == Output.OutputFormat.Table)
        {
            session.Printer.Note(Switching.StoppedLine(session, session.View(stopped)));
        }
        else
        {
            session.Printer.Entry(session.View(stopped), settings.Output, "");
        }

        return ExitCodes.Ok;
    }
}
