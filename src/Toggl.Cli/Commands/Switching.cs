using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
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
    public static async Task<int> StartAsync(
        TogglSession session, OutputSettings settings, TrackerBody body, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var endpoint = session.Endpoint;
        if (settings.DryRun)
        {
            var cachedRunning = session.IsSynced ? await session.CachedRunningAsync(cancellationToken) : null;
            var plan = new List<PlannedRequest>();
            if (!session.IsFresh)
            {
                plan.AddRange((await endpoint.Plan.SyncAsync(cancellationToken)).Requests);
            }

            if (cachedRunning is not null && at is not null)
            {
                plan.AddRange(await StopPlanAsync(endpoint, cachedRunning, at, cancellationToken));
            }

            plan.AddRange((await endpoint.Plan.AddAsync(body, cancellationToken)).Requests);
            return session.PrintPlan(plan, session.IsFresh || at is null ? null : "then one more to stop the running entry, if one runs");
        }

        var running = await session.RunningAsync(refresh: false, cancellationToken);
        if (running is not null && at is not null)
        {
            var stopped = await StopAsync(session, running, at, cancellationToken);
            if (stopped is not null)
            {
                session.Printer.Note(StoppedLine(session, session.View(stopped)), settings.Output);
            }
        }

        var started = await session.SendWriteAsync(
            LocalWriteFailure.Change("Started", body.Description), null, () => endpoint.AddAsync(body, cancellationToken), t => session.Accepted("Started", t));
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
                + $"{Display.LocalTime(view.Start, session.Context.TimeZone)} [grey](id {view.Id})[/]");
        }
        else
        {
            session.Printer.Entry(view, settings.Output, "");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Stops a running entry: now, or at a given time (an edit of its stop).</summary>
    public static async Task<TogglTracker?> StopAsync(
        TogglSession session, TogglTracker running, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var change = LocalWriteFailure.Change("Stopped", running.Description);
        if (at is not { } stopAt)
        {
            return await session.SendWriteAsync(
                change, running.Id, () => session.Endpoint.StopAsync(running.Id, cancellationToken), t => t is null ? null : session.Accepted("Stopped", t));
        }

        if (stopAt <= running.Start)
        {
            throw CliException.BadArguments(
                $"the running entry started at {Display.LocalTime(running.Start, session.Context.TimeZone)}; it cannot stop at or before that");
        }

        return await session.SendWriteAsync(
            change, running.Id, () => session.Endpoint.EditAsync(running.Id, new TrackerBody { Stop = stopAt }, cancellationToken: cancellationToken));
    }

    /// <summary>The requests <see cref="StopAsync"/> sends.</summary>
    public static async Task<IReadOnlyList<PlannedRequest>> StopPlanAsync(
        TrackerEndpoint endpoint, TogglTracker running, DateTimeOffset? at, CancellationToken cancellationToken) =>
        (at is { } stopAt
            ? await endpoint.Plan.EditAsync(running.Id, new TrackerBody { Stop = stopAt }, cancellationToken: cancellationToken)
            : await endpoint.Plan.StopAsync(running.Id, cancellationToken)).Requests;

    /// <summary>"Stopped Writing after 1:05:00".</summary>
    public static string StoppedLine(TogglSession session, EntryView view)
    {
        return $"[yellow]Stopped[/] [bold]{TerminalText.Markup(view.Description ?? "(no description)")}[/] after {Display.Duration(view.Duration)}"
            + (view.Stop is { } stop ? $" at {Display.LocalTime(stop, session.Context.TimeZone)}" : "");
    }
}
