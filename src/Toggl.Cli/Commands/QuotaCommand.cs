using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl quota</c>: requests left in Toggl's hourly window (docs/toggl-api.md §4.2) as the last answer
/// reported it, with no request; <c>--refresh</c> spends one request to read it now.
/// </summary>
internal sealed class QuotaCommand(CliContext context) : TogglCommand<QuotaSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, QuotaSettings settings, CancellationToken cancellationToken)
    {
        // Toggl reports the quota with every answer: the cheapest request to read it now is the running entry.
        var reading = settings.Refresh
            ? new CliOperation<TogglQuota?>
            {
                Plan = ct => session.Endpoint.Plan.CurrentAsync(refresh: true, ct),
                Run = async ct =>
                {
                    await session.Endpoint.CurrentAsync(refresh: true, ct);
                    return session.Endpoint.LastQuota;
                },
            }
            : TrackerOperations.Answered<TogglQuota?>("the tool's state answers: the last quota Toggl reported", null);
        await session.ExecuteAsync(reading, quota => Print(session, settings, quota), cancellationToken);
        return ExitCodes.Ok;
    }

    private void Print(TogglSession session, QuotaSettings settings, TogglQuota? quota)
    {
        var (remaining, resetsAt) = quota is null
            ? (session.State.QuotaRemaining, session.State.QuotaResetsAt)
            : ((int?)quota.Remaining, (DateTimeOffset?)quota.ResetsAt);

        // A window that reset since the reading is full again, but its size is unknown here.
        var stale = resetsAt is { } reset && reset <= Context.Now;
        if (settings.Output == Output.OutputFormat.Json)
        {
            Context.WriteRaw(Output.EntryJson.Write(json =>
            {
                json.WriteStartObject();
                if (remaining is { } left && !stale)
                {
                    json.WriteNumber("remaining", left);
                }
                else
                {
                    json.WriteNull("remaining");
                }

                if (resetsAt is { } at && !stale)
                {
                    json.WriteString("resets_at", Display.Iso(at, Context.TimeZone));
                }
                else
                {
                    json.WriteNull("resets_at");
                }

                json.WriteEndObject();
            }));
            return;
        }

        if (remaining is null || resetsAt is null)
        {
            session.Printer.Note("[grey]No quota reading yet: Toggl reports it with every answer. `toggl quota --refresh` asks now (one request).[/]");
        }
        else if (stale)
        {
            session.Printer.Note($"[grey]The window of the last reading reset at {Display.LocalTime(resetsAt.Value, Context.TimeZone)}; `toggl quota --refresh` reads the new one.[/]");
        }
        else
        {
            var minutes = (int)Math.Ceiling((resetsAt.Value - Context.Now).TotalMinutes);
            session.Printer.Note(
                $"[bold]{remaining}[/] requests left this hour; the window resets in {minutes} min (at {Display.LocalTime(resetsAt.Value, Context.TimeZone)}).");
        }
    }
}
