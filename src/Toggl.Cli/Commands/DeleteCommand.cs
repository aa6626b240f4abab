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
        if (settings.DryRun)
        {
            return session.PrintPlan((await session.Endpoint.Plan.DeleteAsync(settings.Id, cancellationToken)).Requests);
        }

        try
        {
            await session.SendWriteAsync("Deleted the time entry", settings.Id, async () =>
            {
                await session.Endpoint.DeleteAsync(settings.Id, cancellationToken);
                return settings.Id;
            });
        }
        catch (TogglApiException e) when (e.StatusCode == 404)
        {
            throw CliException.NotFound($"no time entry {settings.Id}");
        }

        session.Printer.Note($"[yellow]Deleted[/] entry {settings.Id}.", settings.Output);
        if (settings.Output == Output.OutputFormat.Json)
        {
            Context.WriteRaw(Output.EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("deleted", settings.Id);
                json.WriteEndObject();
            }));
        }

        return ExitCodes.Ok;
    }
}
