using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl sync [--refresh]</c>: brings the cache up to date for everything, through the façade's root sync: every
/// kind of object by the core's cheapest route (nothing when all are fresh, else <c>GET me?with_related_data</c> or
/// listings with <c>since</c>), then the time entries (one request). Says what it did and how many requests it sent.
/// With the outbox on (the default), the changes queued in it are sent first, and each result is printed.
/// </summary>
internal sealed class SyncCommand(CliContext context) : TogglCommand<SyncSettings>(context)
{
    /// <summary>The trackers' sync is one request.</summary>
    private const int TrackerRequests = 1;

    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, SyncSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(session.Resources.SyncAll(settings.Refresh), result => Print(session, settings, result), cancellationToken);
        return ExitCodes.Ok;
    }

    private void Print(TogglSession session, SyncSettings settings, TogglSyncResult result)
    {
        var (objects, trackers) = (result.Resources, result.Trackers);
        var requests = objects.Requests + TrackerRequests;
        if (settings.Output == Output.OutputFormat.Json)
        {
            Context.WriteRaw(Output.EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("full", trackers.Full);
                json.WriteNumber("upserted", trackers.Upserted);
                json.WriteNumber("deleted", trackers.Deleted);
                json.WriteString("cursor", Time.Display.Iso(trackers.Cursor, Context.TimeZone));
                json.WriteStartObject("objects");
                json.WriteString("route", Route(objects.Route));
                json.WriteNumber("requests", objects.Requests);
                json.WriteNumber("upserted", objects.Upserted);
                json.WriteNumber("deleted", objects.Deleted);
                json.WriteEndObject();
                json.WriteNumber("requests", requests);
                json.WriteNumber("outbox_sent", result.Outbox.Count(r => r.Kind is OutboxResultKind.Sent or OutboxResultKind.AlreadyDone or OutboxResultKind.Folded));
                json.WriteEndObject();
            }));
            return;
        }

        // The outbox went first (the façade's sync sends it before reading Toggl): what it did, one line per result.
        foreach (var sent in result.Outbox)
        {
            OutboxPrinting.Result(session, sent);
        }

        var what = trackers.Full ? "Loaded the last three months" : "Synced";
        session.Printer.Note(
            $"[green]{what}[/]: {trackers.Upserted} {(trackers.Upserted == 1 ? "entry" : "entries")} new or changed, {trackers.Deleted} deleted.");
        var how = objects.Route switch
        {
            ResourceSyncRoute.Fresh => "already fresh in the cache, nothing asked",
            ResourceSyncRoute.Related => "from your profile with its related data (GET me?with_related_data)",
            _ => "from each kind's own listing",
        };
        session.Printer.Note(
            $"[green]Projects, tags, clients and the rest[/]: {how}; {objects.Upserted} new or changed, {objects.Deleted} deleted.");
        session.Printer.Note($"[grey]{requests} {(requests == 1 ? "request" : "requests")} sent.[/]");
    }

    /// <summary>The route's name in the JSON.</summary>
    private static string Route(ResourceSyncRoute route) => route switch
    {
        ResourceSyncRoute.Fresh => "fresh",
        ResourceSyncRoute.Related => "related",
        _ => "per_resource",
    };
}
