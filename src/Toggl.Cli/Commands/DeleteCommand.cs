using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl delete ID</c>: deletes an entry; an id Toggl does not know is exit code 3.</summary>
internal sealed class DeleteCommand(CliContext context) : TogglCommand<EntryIdSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override bool ReRaise => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, EntryIdSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(session.Operations.Delete(settings.Id), _ => Print(session, settings), cancellationToken);
        return ExitCodes.Ok;
    }

    private void Print(TogglSession session, EntryIdSettings settings)
    {
        session.Printer.Note($"[yellow]Deleted[/] entry {CommandLine.EntryIds.Show(settings.Id)}.", settings.Output);
        if (settings.Output == Output.OutputFormat.Json)
        {
            Context.WriteRaw(Output.EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("deleted", settings.Id);
                json.WriteEndObject();
            }));
        }
    }
}
