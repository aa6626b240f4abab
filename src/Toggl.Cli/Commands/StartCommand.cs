using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Picking;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl start DESCRIPTION|--pick [--project P [--create-project]] [--tags] [--billable] [--at]</c>: starts a timer,
/// stopping the one running. A project name the workspace does not have is an error naming the closest ones and
/// offering <c>--create-project</c>, which creates it first (a dry run shows both requests).
/// </summary>
internal sealed class StartCommand(CliContext context) : TogglCommand<StartSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, StartSettings settings, CancellationToken cancellationToken)
    {
        var at = Inputs.Time(settings.At, Context);
        if (settings.Pick)
        {
            var picked = await RecentPick.PickAsync(session, "give the description instead: toggl start DESCRIPTION [--project P] [--tags T]", cancellationToken);
            await Switching.StartAsync(session, settings, Like(picked, at, settings.Billable), at, cancellationToken);
            return ExitCodes.Ok;
        }

        var body = new TrackerBody
        {
            Description = settings.Description.Trim(),
            ProjectId = settings.Project is null ? null : await ProjectIdAsync(session, settings, cancellationToken),
            Tags = Inputs.Tags(settings.Tags) is { Count: > 0 } tags ? tags : null,
            Billable = settings.Billable ? true : null,
            Start = at,
            CreatedWith = "togglfun-cli",
        };
        await Switching.StartAsync(session, settings, body, at, cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>A new entry with the picked one's description, project and tags.</summary>
    private static TrackerBody Like(TogglTracker picked, DateTimeOffset? at, bool billable) => new()
    {
        Description = picked.Description ?? "(no description)",
        ProjectId = picked.ProjectId,
        Tags = picked.Tags.Count > 0 ? picked.Tags : null,
        Billable = billable ? true : null,
        Start = at,
        CreatedWith = "togglfun-cli",
    };

    private static async Task<long> ProjectIdAsync(TogglSession session, StartSettings settings, CancellationToken cancellationToken)
    {
        var name = settings.Project!;
        try
        {
            return await session.ProjectIdAsync(name, cancellationToken);
        }
        catch (CliException e) when (e.ExitCode == ExitCodes.NotFound && !settings.CreateProject)
        {
            throw CliException.NotFound($"{e.Message}; to create it and start, add --create-project");
        }
        catch (CliException e) when (e.ExitCode == ExitCodes.NotFound && !ObjectNames.IsId(name, out _))
        {
            // Neither the cache nor Toggl has a project of that name: make it, then start on it.
            var created = await session.AskAsync(session.Resources.CreateProjectToUse(new ProjectBody { Name = name.Trim() }), cancellationToken);
            if (!session.Settings.DryRun)
            {
                session.Printer.Note($"[green]Created[/] project [bold]{Output.TerminalText.Markup(created.Name)}[/] [grey](id {created.Id})[/]", settings.Output);
            }

            return created.Id;
        }
    }
}
