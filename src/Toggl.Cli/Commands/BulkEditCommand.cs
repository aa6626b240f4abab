using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl bulk-edit (IDS...|--from D --to D) [--description] [--add-tags|--remove-tags] [--project]</c>:
/// one change applied to many entries, 100 per request (docs/toggl-api.md §6.6), with progress shown.
/// Toggl applies it entry by entry: some can fail while others change; any failure is exit code 1.
/// </summary>
internal sealed class BulkEditCommand(CliContext context) : TogglCommand<BulkEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, BulkEditSettings settings, CancellationToken cancellationToken)
    {
        var body = new TrackerBody
        {
            Description = settings.Description,
            ProjectId = settings.Project is null ? null : await session.ProjectIdAsync(settings.Project, cancellationToken),
            Tags = Inputs.Tags(settings.AddTags ?? settings.RemoveTags),
            TagAction = settings.AddTags is not null ? TagAction.Add : settings.RemoveTags is not null ? TagAction.Remove : null,
        };

        var plan = new List<PlannedRequest>();
        IReadOnlyList<long> ids = settings.Ids;
        if (ids.Count == 0)
        {
            var range = new DateRange(TimeInput.ParseDate(settings.From!, Context.Today), TimeInput.ParseDate(settings.To!, Context.Today));
            if (range.To < range.From)
            {
                throw CliException.BadArguments($"--to {settings.To} is before --from {settings.From}");
            }

            if (settings.DryRun && !session.IsFresh)
            {
                plan.AddRange((await session.Endpoint.Plan.SyncAsync(cancellationToken)).Requests);
            }
            else if (!settings.DryRun)
            {
                await session.EnsureFreshAsync(refresh: false, cancellationToken);
            }

            var zone = Context.TimeZone;
            var inRange = settings.DryRun
                ? (await session.CachedAsync(cancellationToken)).Where(t => t.Start >= range.StartIn(zone) && t.Start < range.EndIn(zone)).ToList()
                : await session.Endpoint.CollectAsync(startDate: range.StartIn(zone), endDate: range.EndIn(zone), cancellationToken: cancellationToken);
            ids = inRange.Select(t => t.Id).Order().ToArray();
            if (ids.Count == 0 && !settings.DryRun)
            {
                session.Printer.Note($"[grey]No time entries from {range}; nothing changed.[/]", settings.Output);
                return ExitCodes.Ok;
            }
        }

        if (settings.DryRun)
        {
            if (ids.Count > 0)
            {
                plan.AddRange((await session.Endpoint.Plan.BulkEditAsync(ids, body, cancellationToken)).Requests);
            }

            return session.PrintPlan(plan, $"{ids.Count} entries");
        }

        var edits = await ProgressDisplay.RunAsync(
            Context,
            $"Editing {ids.Count} entries",
            ids.Count,
            progress => session.SendWriteAsync(
                $"Sent the change of {ids.Count} time entries (some or all applied)",
                null,
                () => session.Endpoint.BulkEditAsync(ids, body, progress, cancellationToken),
                edits => edits.Successes.Count == 0 ? null : $"Changed {edits.Successes.Count} of {ids.Count} time entries"));
        Print(session, settings.Output, edits);
        return edits.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Error;
    }

    private void Print(TogglSession session, OutputFormat format, Edits edits)
    {
        if (format == OutputFormat.Json)
        {
            Context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("successes");
                foreach (var id in edits.Successes)
                {
                    json.WriteNumberValue(id);
                }

                json.WriteEndArray();
                json.WriteStartArray("failures");
                foreach (var failure in edits.Failures)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", failure.Id);
                    json.WriteString("message", failure.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
            return;
        }

        if (format == OutputFormat.Csv)
        {
            Context.WriteRaw(Csv.Record(["id", "result", "message"]));
            foreach (var id in edits.Successes)
            {
                Context.WriteRaw(Csv.Record([id.ToString(System.Globalization.CultureInfo.InvariantCulture), "changed", null]));
            }

            foreach (var failure in edits.Failures)
            {
                Context.WriteRaw(Csv.Record([failure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "failed", Csv.UserText(failure.Message)]));
            }

            return;
        }

        session.Printer.Note($"[green]Changed {edits.Successes.Count} {(edits.Successes.Count == 1 ? "entry" : "entries")}[/]"
            + (edits.Failures.Count > 0 ? $", [red]{edits.Failures.Count} failed[/]:" : "."));
        foreach (var failure in edits.Failures.Take(20))
        {
            Context.Out.MarkupLine($"  [red]{failure.Id}[/]: {TerminalText.Markup(failure.Message)}");
        }

        if (edits.Failures.Count > 20)
        {
            Context.Out.MarkupLine($"  [grey]… and {edits.Failures.Count - 20} more (use --output json for all)[/]");
        }
    }
}
