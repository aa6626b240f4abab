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
        var running = await session.AskAsync(session.Operations.Current(refresh: false), cancellationToken)
            ?? throw CliException.NotFound("nothing is running");
        await session.ExecuteAsync(
            session.Operations.Stop(running, at),
            stopped =>
            {
                stopped = stopped ?? throw CliException.NotFound($"entry {running.Id} was already stopped");
                if (settings.Output == Output.OutputFormat.Table)
                {
                    session.Printer.Note(Switching.StoppedLine(session, session.View(stopped)));
                }
                else
                {
                    session.Printer.Entry(session.View(stopped), settings.Output, "");
                }
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
