using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl edit ID [--description] [--project] [--tags] [--start] [--stop] [--billable]</c>: changes the
/// given fields only. A bare clock time ("09:15") for <c>--start</c>/<c>--stop</c> is on the entry's own day.
/// </summary>
internal sealed class EditCommand(CliContext context) : TogglCommand<EditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, EditSettings settings, CancellationToken cancellationToken)
    {
        var clear = TrackerBodyFields.None;
        long? projectId = null;
        if (settings.Project is { } project)
        {
            if (project.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                clear |= TrackerBodyFields.ProjectId;
            }
            else
            {
                projectId = await session.ProjectIdAsync(project, cancellationToken);
            }
        }

        var tags = Inputs.Tags(settings.Tags);
        if (tags is { Count: 0 })
        {
            clear |= TrackerBodyFields.Tags;
            tags = null;
        }

        var day = settings.Start is not null || settings.Stop is not null ? await EntryDayAsync(session, settings, cancellationToken) : null;
        var body = new TrackerBody
        {
            Description = settings.Description,
            ProjectId = projectId,
            Tags = tags,
            Start = Time(settings.Start, day),
            Stop = Time(settings.Stop, day),
            Billable = settings.Billable,
            Clear = clear,
        };
        await session.ExecuteAsync(
            session.Operations.Edit(settings.Id, body),
            async edited =>
            {
                var view = (await session.ViewsAsync([edited], cancellationToken))[0];
                session.Printer.Note($"[green]Updated[/] entry {CommandLine.EntryIds.Show(edited.Id)}:", settings.Output);
                session.Printer.Entry(view, settings.Output, "");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }

    private DateTimeOffset? Time(string? text, DateOnly? day)
    {
        if (text is null)
        {
            return null;
        }

        // "09:15" on an entry from last Tuesday means Tuesday 09:15, not today.
        if (day is { } entryDay && TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], out var clock))
        {
            return TimeInput.FromLocal(entryDay.ToDateTime(clock), Context.TimeZone, text);
        }

        return TimeInput.ParseInstant(text, Context.Now, Context.TimeZone);
    }

    private async Task<DateOnly?> EntryDayAsync(TogglSession session, EditSettings settings, CancellationToken cancellationToken)
    {
        var entry = await session.AskAsync(session.Operations.Get(settings.Id, refresh: false), cancellationToken)
            ?? throw CliException.NotFound($"no time entry {CommandLine.EntryIds.Show(settings.Id)}");
        return TimeInput.LocalDate(entry.Start, Context.TimeZone);
    }
}
