using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl add DESCRIPTION --start T --stop T [--project P] [--task T] [--tags] [--billable]</c>: a finished
/// entry, in one request; the running timer is left alone (Toggl stops it only for a new running entry).
/// </summary>
internal sealed class AddCommand(CliContext context) : TogglCommand<AddSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, AddSettings settings, CancellationToken cancellationToken)
    {
        var start = TimeInput.ParseInstant(settings.Start!, Context.Now, Context.TimeZone);
        var stop = TimeInput.ParseInstant(settings.Stop!, Context.Now, Context.TimeZone);
        if (stop <= start)
        {
            throw CliException.BadArguments($"--stop {settings.Stop} is not after --start {settings.Start}");
        }

        long? projectId = settings.Project is null ? null : await session.ProjectIdAsync(settings.Project, cancellationToken);
        long? taskId = null;
        if (settings.Task is not null)
        {
            var task = await session.Lookup.TaskAsync(settings.Task, settings.Project, cancellationToken);
            (taskId, projectId) = (task.Id, projectId ?? task.ProjectId);
        }

        var body = new TrackerBody
        {
            Description = settings.Description.Trim(),
            ProjectId = projectId,
            TaskId = taskId,
            Tags = Inputs.Tags(settings.Tags) is { Count: > 0 } tags ? tags : null,
            Billable = settings.Billable ? true : null,
            Start = start,
            Stop = stop,
            CreatedWith = "togglfun-cli",
        };
        await session.ExecuteAsync(
            session.Operations.Add(body, "Added"),
            async added =>
            {
                var view = (await session.ViewsAsync([added], cancellationToken))[0];
                if (settings.Output != OutputFormat.Table)
                {
                    session.Printer.Entry(view, settings.Output, "");
                    return;
                }

                var project = view.ProjectLabel is { } name ? $" on [blue]{TerminalText.Markup(name)}[/]" : "";
                session.Context.Out.MarkupLine(
                    $"[green]Added[/] [bold]{TerminalText.Markup(view.Description ?? "")}[/]{project}, {Display.LocalTime(view.Start, Context.TimeZone)} "
                    + $"for {Display.Duration(view.Duration)} [grey](id {CommandLine.EntryIds.Show(view.Id)})[/]");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}
