using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl list [--today|--week|--since T|--from D --to D]</c>: entries by start time, oldest first,
/// from the synced cache (no request) unless <c>--refresh</c>. Without a range: the last seven days.
/// </summary>
internal sealed class ListCommand(CliContext context) : TogglCommand<ListSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ListSettings settings, CancellationToken cancellationToken)
    {
        var zone = Context.TimeZone;
        DateTimeOffset start, end;
        if (settings.Since is { } since)
        {
            start = TimeInput.ParseInstant(since, Context.Now, zone);
            end = DateRange.Day(Context.Today).EndIn(zone);
        }
        else
        {
            var range = settings.Range(Context.Today, new DateRange(Context.Today.AddDays(-6), Context.Today));
            (start, end) = (range.StartIn(zone), range.EndIn(zone));
        }

        await session.ExecuteAsync(
            session.Operations.Collect(start, end, settings.Refresh),
            async trackers =>
            {
                var views = await session.ViewsAsync(trackers.OrderBy(t => t.Start).ThenBy(t => t.Id), cancellationToken);
                session.Printer.Entries(views, settings.Output, "No time entries in this range.");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
