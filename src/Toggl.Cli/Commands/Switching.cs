using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// Starting an entry while another runs. Toggl stops the running one itself (docs/toggl-api.md §6.4, §7.1),
/// so a switch is one request; the endpoint commits that stop to the cache with the new entry, so `list`,
/// `current` and reports from the cache show it stopped. A start in the past (<c>--at</c>) stops the
/// running entry at that time instead, with one more request.
/// </summary>
internal static class Switching
{
    /// <summary>Stops what runs (at <paramref name="at"/> when given) and starts <paramref name="body"/>.</summary>
    public static async Task StartAsync(
        TogglSession session, OutputSettings settings, TrackerBody body, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var operations = session.Operations;
        TogglTracker? running = null;
        if (at is null)
        {
            // Only told, not needed to start: the start stops it.
            await session.ExecuteAsync(operations.Current(refresh: false), r => running = r, cancellationToken);
        }
        else if (await session.AskAsync(operations.Current(refresh: false), cancellationToken) is { } toStop)
        {
            running = toStop;
            await session.ExecuteAsync(
                operations.Stop(toStop, at),
                stopped =>
                {
                    if (stopped is not null)
                    {
                        session.Printer.Note(StoppedLine(session, session.View(stopped)), settings.Output);
                    }
                },
                cancellationToken);
        }

        await session.ExecuteAsync(operations.Add(body), started => PrintStartedAsync(session, settings, running, at, started, cancellationToken), cancellationToken);
    }

    /// <summary>"Stopped Writing after 1:05:00".</summary>
    public static string StoppedLine(TogglSession session, EntryView view)
    {
        return $"[yellow]Stopped[/] [bold]{TerminalText.Markup(view.Description ?? "(no description)")}[/] after {Display.Duration(view.Duration)}"
            + (view.Stop is { } stop ? $" at {Display.LocalTime(stop, session.Context.TimeZone)}" : "");
    }

    private static async Task PrintStartedAsync(
        TogglSession session, OutputSettings settings, TogglTracker? running, DateTimeOffset? at, TogglTracker started, CancellationToken cancellationToken)
    {
        if (running is not null && at is null)
        {
            // The cache holds it as the endpoint committed it: stopped at the new entry's start.
            var stoppedCopy = await session.CachedEntryAsync(running.Id, cancellationToken) ?? running;
            session.Printer.Note(StoppedLine(session, session.View(stoppedCopy)), settings.Output);
        }

        var view = (await session.ViewsAsync([started], cancellationToken))[0];
        if (settings.Output == OutputFormat.Table)
        {
            var project = view.ProjectLabel is { } name ? $" on [blue]{TerminalText.Markup(name)}[/]" : "";
            var tags = view.Tags.Count > 0 ? $" [grey]({TerminalText.Markup(string.Join(", ", view.Tags))})[/]" : "";
            session.Context.Out.MarkupLine(
                $"[green]Started[/] [bold]{TerminalText.Markup(view.Description ?? "")}[/]{project}{tags} at "
                + $"{Display.LocalTime(view.Start, session.Context.TimeZone)} [grey](id {CommandLine.EntryIds.Show(view.Id)})[/]");
        }
        else
        {
            session.Printer.Entry(view, settings.Output, "");
        }
    }
}
