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

        IReadOnlyList<long> ids = settings.Ids;
        if (ids.Count == 0)
        {
            var range = new DateRange(TimeInput.ParseDate(settings.From!, Context.Today), TimeInput.ParseDate(settings.To!, Context.Today));
            if (range.To < range.From)
            {
                throw CliException.BadArguments($"--to {settings.To} is before --from {settings.From}");
            }

            // The core's query selects them (Toggl's start_date ≤ start < end_date), from the cache it syncs when stale.
            var zone = Context.TimeZone;
            var inRange = await session.AskAsync(session.Operations.Collect(range.StartIn(zone), range.EndIn(zone), refresh: false), cancellationToken);
            ids = inRange.Select(t => t.Id).Order().ToArray();
            if (ids.Count == 0)
            {
                // A bulk edit of nothing sends nothing: the dry run says so in one line.
                await session.ExecuteAsync(
                    TrackerOperations.Answered($"nothing to change: no time entries from {range}", ids),
                    _ => session.Printer.Note($"[grey]No time entries from {range}; nothing changed.[/]", settings.Output),
                    cancellationToken);
                return ExitCodes.Ok;
            }
        }

        var code = ExitCodes.Ok;
        await session.ExecuteAsync(
            session.Operations.BulkEdit(ids, body),
            edits =>
            {
                Print(session, settings.Output, edits);
                code = edits.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Error;
            },
            cancellationToken);
        return code;
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
