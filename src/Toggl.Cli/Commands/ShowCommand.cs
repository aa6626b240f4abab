using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl show ID</c>: one entry, from the cache when it holds it, else from Toggl.</summary>
internal sealed class ShowCommand(CliContext context) : TogglCommand<EntryIdSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, EntryIdSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Operations.Get(settings.Id, settings.Refresh),
            async tracker =>
            {
                tracker = tracker ?? throw CliException.NotFound($"no time entry {CommandLine.EntryIds.Show(settings.Id)}");
                session.Printer.Entry((await session.ViewsAsync([tracker], cancellationToken))[0], settings.Output, "");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
