using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl sync</c>: brings the cache up to date in one request (everything changed since the last sync).</summary>
internal sealed class SyncCommand(CliContext context) : TogglCommand<OutputSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OutputSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(session.Operations.Sync(), result => Print(session, settings, result), cancellationToken);
        return ExitCodes.Ok;
    }

    private void Print(TogglSession session, OutputSettings settings, SyncResult result)
    {
        if (settings.Output == Output.OutputFormat.Json)
        {
            Context.WriteRaw(Output.EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("full", result.Full);
                json.WriteNumber("upserted", result.Upserted);
                json.WriteNumber("deleted", result.Deleted);
                json.WriteString("cursor", Time.Display.Iso(result.Cursor, Context.TimeZone));
                json.WriteEndObject();
            }));
        }
        else
        {
            var what = result.Full ? "Loaded the last three months" : "Synced";
            session.Printer.Note($"[green]{what}[/]: {result.Upserted} {(result.Upserted == 1 ? "entry" : "entries")} new or changed, {result.Deleted} deleted.");
        }
    }
}
