using System.Globalization;
using Spectre.Console;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl outbox [list]</c>: the writes waiting in the outbox (no request), each with its state; a conflict with
/// Toggl's copy and the commands that resolve it. <c>--dry-run</c>: the plans of the queue as written and compacted.
/// </summary>
internal sealed class OutboxListCommand(CliContext context) : TogglCommand<OutboxSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OutboxSettings settings, CancellationToken cancellationToken)
    {
        var outbox = session.Endpoint.Outbox;
        if (settings.DryRun)
        {
            await OutboxPrinting.PlanAsync(session, settings, cancellationToken);
            return ExitCodes.Ok;
        }

        var items = await outbox.ListAsync(cancellationToken);
        var conflicts = items.Any(i => i.State == OutboxItemState.Conflict)
            ? await outbox.ConflictsAsync(cancellationToken)
            : [];
        if (settings.Output == OutputFormat.Json)
        {
            Context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", item.Id);
                    json.WriteString("operation", item.Operation.ToString().ToLowerInvariant());
                    json.WriteNumber("entry_id", item.TrackerId);
                    json.WriteString("entry", EntryIds.Show(item.TrackerId));
                    json.WriteString("state", item.State.ToString().ToLowerInvariant());
                    json.WriteString("queued_at", Display.Iso(item.QueuedAt, Context.TimeZone));
                    json.WriteString("summary", item.Summary);
                    if (item.Reason is { } reason)
                    {
                        json.WriteString("reason", reason);
                    }

                    if (conflicts.FirstOrDefault(c => c.Item.Id == item.Id) is { } conflict)
                    {
                        json.WriteStartArray("conflicting");
                        foreach (var field in conflict.Conflicting)
                        {
                            json.WriteStringValue(OutboxPrinting.FieldName(field));
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }));
            return ExitCodes.Ok;
        }

        if (items.Count == 0)
        {
            session.Printer.Note("The outbox is empty: every change is on Toggl.");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("#", "state", "change", "entry", "queued", "why");
        foreach (var item in items)
        {
            table.AddRow(
                new Text(item.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(item.State.ToString().ToLowerInvariant()),
                new Text(item.Operation.ToString().ToLowerInvariant()),
                new Text(EntryIds.Show(item.TrackerId)),
                new Text(Display.LocalTime(item.QueuedAt, Context.TimeZone)),
                new Text(TerminalText.Visible(item.Reason ?? "")));
        }

        Context.Out.Write(table);
        foreach (var conflict in conflicts)
        {
            OutboxPrinting.Conflict(session, conflict);
        }

        session.Printer.Note($"[grey]{items.Count} waiting; `toggl outbox send` (or `toggl sync`) sends them, `toggl outbox --dry-run` shows the requests.[/]");
        return ExitCodes.Ok;
    }
}

/// <summary>
/// <c>toggl outbox send</c>: replays the outbox now (compacted, in order, within the quota), printing each result.
/// Exit 0 when nothing is left to send; 4 when the quota or rate limit stopped it; 1 when the network or a conflict did.
/// </summary>
internal sealed class OutboxSendCommand(CliContext context) : TogglCommand<OutboxSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OutboxSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DryRun)
        {
            await OutboxPrinting.PlanAsync(session, settings, cancellationToken);
            return ExitCodes.Ok;
        }

        var results = new List<OutboxResult>();
        await foreach (var result in session.Endpoint.Outbox.SendAsync(cancellationToken))
        {
            results.Add(result);
            if (settings.Output == OutputFormat.Table)
            {
                OutboxPrinting.Result(session, result);
            }
        }

        if (settings.Output == OutputFormat.Json)
        {
            OutboxPrinting.Json(Context, results);
        }

        return OutboxPrinting.ExitCode(results, await session.Endpoint.Outbox.CountAsync(cancellationToken));
    }
}

/// <summary><c>toggl outbox drop ID</c>: drops a queued change and undoes it in the cache (no request).</summary>
internal sealed class OutboxDropCommand(CliContext context) : TogglCommand<OutboxItemSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OutboxItemSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DryRun)
        {
            session.Printer.Note($"dry run: would drop outbox item #{settings.Id} (no request).");
            return ExitCodes.Ok;
        }

        var dropped = await OutboxPrinting.Checked(() => session.Endpoint.Outbox.DropAsync(settings.Id, cancellationToken));
        session.Printer.Note(
            $"[yellow]Dropped[/] {string.Join(", ", dropped.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)))}; the cache shows the entry without it.",
            settings.Output);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl outbox resolve ID --mine|--theirs|--take FIELD=mine|theirs,…</c>: settles a conflict (no request; mine is sent by the next send).</summary>
internal sealed class OutboxResolveCommand(CliContext context) : TogglCommand<OutboxResolveSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OutboxResolveSettings settings, CancellationToken cancellationToken)
    {
        var resolution = settings.Resolution;
        if (settings.DryRun)
        {
            session.Printer.Note($"dry run: would resolve outbox item #{settings.Id}: {TerminalText.Markup(resolution.ToString())} (no request).");
            return ExitCodes.Ok;
        }

        await OutboxPrinting.Checked(async () =>
        {
            await session.Endpoint.Outbox.ResolveAsync(settings.Id, resolution, cancellationToken);
            return 0;
        });
        var next = resolution.Kind == OutboxResolutionKind.KeepTheirs
            ? "Toggl's copy stays; the cache shows it."
            : "sent by the next `toggl outbox send` (or `toggl sync`).";
        session.Printer.Note($"[green]Resolved[/] #{settings.Id} ({TerminalText.Markup(resolution.ToString())}): {next}", settings.Output);
        return ExitCodes.Ok;
    }
}

/// <summary>How the outbox commands print plans, results and conflicts.</summary>
internal static class OutboxPrinting
{
    /// <summary>The field's name as <c>--take</c> takes it.</summary>
    public static string FieldName(TrackerField field) =>
        OutboxResolveSettings.Fields.FirstOrDefault(f => f.Value == field).Key ?? field.ToString().ToLowerInvariant();

    /// <summary>
    /// The dry run: the queue's plans as written (one per change, never sent as such) on the terminal, then the
    /// compacted plans handed to the session, which prints them and the count of requests a send would make.
    /// </summary>
    public static async Task PlanAsync(TogglSession session, OutputSettings settings, CancellationToken cancellationToken)
    {
        var plan = await session.Endpoint.Outbox.PlanAsync(cancellationToken);
        if (settings.Output == OutputFormat.Table)
        {
            var context = session.Context;
            context.Out.MarkupLine($"[bold]queued, as written[/] ({plan.Queued.Count} {(plan.Queued.Count == 1 ? "change" : "changes")}, one request each without compaction):");
            foreach (var step in plan.Queued)
            {
                context.Out.MarkupLine($"[grey]#{step.ItemIds[0]}[/]");
                foreach (var line in step.Plan.Steps)
                {
                    context.Out.MarkupLine("  " + DryRunPrinter.Line(line));
                }
            }

            context.Out.WriteLine();
            context.Out.MarkupLine($"[bold]compacted[/] ({plan.CompactedRequests} {(plan.CompactedRequests == 1 ? "request" : "requests")}, after the listing that settles unanswered creates):");
        }

        foreach (var step in plan.Compacted)
        {
            await session.PlanAsync(
                new CliOperation<int> { Plan = _ => Task.FromResult(step.Plan), Run = _ => Task.FromResult(0) },
                cancellationToken);
        }
    }

    /// <summary>One replay result, one line (and a conflict's details).</summary>
    public static void Result(TogglSession session, OutboxResult result)
    {
        var items = string.Join(" ", result.ItemIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)));
        var entry = result.Tracker is { } t ? $" → entry {EntryIds.Show(t.Id)} [grey]{TerminalText.Markup(t.Description ?? "")}[/]" : "";
        switch (result.Kind)
        {
            case OutboxResultKind.Sent:
                session.Printer.Note($"[green]sent[/] {items}{entry}");
                break;
            case OutboxResultKind.AlreadyDone:
                session.Printer.Note($"[green]already on Toggl[/] {items}{entry} (not sent again)");
                break;
            case OutboxResultKind.Folded when result.FoldedInto is { } into:
                session.Printer.Note($"[grey]{items} folded into #{into.ToString(CultureInfo.InvariantCulture)}[/] (sent as one request with it)");
                break;
            case OutboxResultKind.Folded:
                session.Printer.Note($"[grey]nothing to send[/] {items} (created and deleted while queued)");
                break;
            case OutboxResultKind.Conflicted when result.Conflict is { } conflict:
                Conflict(session, conflict);
                break;
            case OutboxResultKind.Refused:
                session.Printer.Note($"[red]refused[/] {items}: {TerminalText.Markup(result.Error?.Message ?? "")} (toggl outbox drop ID)");
                break;
            default:
                var when = result.ResetsAt is { } resets ? $"; the quota resets at {Display.LocalTime(resets, session.Context.TimeZone)}" : "";
                session.Printer.Note($"[yellow]still queued[/] {items}: {TerminalText.Markup(result.Error?.Message ?? "not sent")}{when}");
                break;
        }
    }

    /// <summary>A conflict: mine and theirs field by field, and the commands that resolve it.</summary>
    public static void Conflict(TogglSession session, OutboxConflict conflict)
    {
        var id = conflict.Item.Id;
        var zone = session.Context.TimeZone;
        var what = conflict.DeletedOnToggl ? "was deleted on Toggl" : "was changed on Toggl";
        session.Printer.Note($"[red]conflict[/] #{id}: entry {EntryIds.Show(conflict.Item.TrackerId)} {what} since this change was queued; nothing was overwritten.");
        foreach (var field in conflict.Conflicting)
        {
            session.Printer.Note(
                $"  {FieldName(field)}: mine {TerminalText.Markup(Value(conflict.Mine, field, zone))}, theirs {TerminalText.Markup(Value(conflict.Theirs, field, zone))}");
        }

        if (conflict.MergedAutomatically.Count > 0)
        {
            session.Printer.Note($"  [grey]merged automatically (only mine changed): {string.Join(", ", conflict.MergedAutomatically.Select(FieldName))}[/]");
        }

        var take = string.Join(",", conflict.Conflicting.Select(f => FieldName(f) + "=mine"));
        session.Printer.Note(
            $"  resolve: toggl outbox resolve {id} --mine | --theirs{(take.Length > 0 ? $" | --take {take}" : "")}");
    }

    /// <summary>The results as one JSON array.</summary>
    public static void Json(CliContext context, IReadOnlyList<OutboxResult> results) =>
        context.WriteRaw(EntryJson.Write(json =>
        {
            json.WriteStartArray();
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("result", result.Kind.ToString().ToLowerInvariant());
                json.WriteStartArray("items");
                foreach (var id in result.ItemIds)
                {
                    json.WriteNumberValue(id);
                }

                json.WriteEndArray();
                if (result.Tracker is { } tracker)
                {
                    json.WriteNumber("entry_id", tracker.Id);
                }

                if (result.Error is { } error)
                {
                    json.WriteString("error", error.Message);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));

    /// <summary>0 when nothing waits; 4 when the quota or rate limit stopped the send; 1 otherwise (network, conflict, refused).</summary>
    public static int ExitCode(IReadOnlyList<OutboxResult> results, int left) =>
        left == 0 ? ExitCodes.Ok
        : results.Any(r => r.Kind == OutboxResultKind.StillQueued && r.Error is TogglQuotaException or TogglRateLimitException) ? ExitCodes.QuotaExhausted
        : ExitCodes.Error;

    /// <summary>A bad item id or resolution from the façade as a typed CLI error (exit code 2).</summary>
    public static async Task<T> Checked<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ArgumentException e)
        {
            throw CliException.BadArguments(e.Message.TrimEnd('.'));
        }
    }

    private static string Value(TogglTracker tracker, TrackerField field, TimeZoneInfo zone) =>
        field switch
        {
            TrackerField.Description => "\"" + (tracker.Description ?? "") + "\"",
            TrackerField.Start => Display.LocalTime(tracker.Start, zone),
            TrackerField.Stop => tracker.Stop is { } stop ? Display.LocalTime(stop, zone) : "running",
            TrackerField.Duration => tracker.Duration is { } d ? Display.Duration(d) : "running",
            TrackerField.ProjectId => tracker.ProjectId?.ToString(CultureInfo.InvariantCulture) ?? "none",
            TrackerField.TaskId => tracker.TaskId?.ToString(CultureInfo.InvariantCulture) ?? "none",
            TrackerField.Tags => string.Join(",", tracker.Tags),
            TrackerField.Billable => tracker.Billable ? "billable" : "not billable",
            _ => tracker.ToString(),
        };
}
