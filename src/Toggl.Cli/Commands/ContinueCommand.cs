using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Picking;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl continue [ID|--pick] [--at TIME]</c>: starts a new timer like the latest, a given or a picked entry.</summary>
internal sealed class ContinueCommand(CliContext context) : TogglCommand<ContinueSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ContinueSettings settings, CancellationToken cancellationToken)
    {
        var model = settings.Pick
            ? await RecentPick.PickAsync(session, "give the entry's id instead: toggl continue ID (toggl list shows ids)", cancellationToken)
            : settings.Id is { } id
            ? await session.AskAsync(session.Operations.Get(id, refresh: false), cancellationToken)
                ?? throw CliException.NotFound($"no time entry {CommandLine.EntryIds.Show(id)}")
            : await session.AskAsync(session.Operations.Latest(), cancellationToken)
                ?? throw CliException.NotFound("there is no entry to continue yet; start one with `toggl start`");

        // The view knows entries Toggl stopped on its own when another started (the cache learns at the next sync).
        if (session.View(model).Running && settings.Id is null && !settings.Pick)
        {
            await session.ExecuteAsync(
                TrackerOperations.Answered("nothing to start: the latest entry still runs", model),
                running => session.Printer.Note($"[grey]{Output.TerminalText.Markup(running.Description ?? "The latest entry")} is still running.[/]", settings.Output),
                cancellationToken);
            return ExitCodes.Ok;
        }

        var at = Inputs.Time(settings.At, Context);
        var body = new TrackerBody
        {
            Description = model.Description ?? "(no description)",
            ProjectId = model.ProjectId,
            TaskId = model.TaskId,
            Tags = model.Tags.Count > 0 ? model.Tags : null,
            Billable = model.Billable ? true : null,
            Start = at,
            CreatedWith = "togglfun-cli",
        };
        await Switching.StartAsync(session, settings, body, at, cancellationToken);
        return ExitCodes.Ok;
    }
}
