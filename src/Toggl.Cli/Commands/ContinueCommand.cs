using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl continue [ID] [--at TIME]</c>: starts a new timer like the latest (or a given) entry.</summary>
internal sealed class ContinueCommand(CliContext context) : TogglCommand<ContinueSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ContinueSettings settings, CancellationToken cancellationToken)
    {
        TogglTracker? model;
        if (settings.Id is { } id)
        {
            model = (settings.DryRun
                    ? await session.CachedEntryAsync(id, cancellationToken)
                    : await session.Endpoint.GetAsync(id, refresh: false, cancellationToken))
                ?? throw CliException.NotFound($"no time entry {id}" + (settings.DryRun ? " in the cache (a dry run sends nothing)" : ""));
        }
        else
        {
            if (!settings.DryRun)
            {
                await session.EnsureFreshAsync(refresh: false, cancellationToken);
            }

            model = (await session.CachedAsync(cancellationToken)).FirstOrDefault()
                ?? throw CliException.NotFound("there is no entry to continue yet; start one with `toggl start`");
        }

        // The view knows entries Toggl stopped on its own when another started (the cache learns at the next sync).
        if (session.View(model).Running && settings.Id is null)
        {
            session.Printer.Note($"[grey]{Output.TerminalText.Markup(model.Description ?? "The latest entry")} is still running.[/]", settings.Output);
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
        return await Switching.StartAsync(session, settings, body, at, cancellationToken);
    }
}
