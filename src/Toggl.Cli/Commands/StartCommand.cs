using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl start DESCRIPTION [--project] [--tags] [--billable] [--at]</c>: starts a timer, stopping the one running.</summary>
internal sealed class StartCommand(CliContext context) : TogglCommand<StartSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, StartSettings settings, CancellationToken cancellationToken)
    {
        var at = Inputs.Time(settings.At, Context);
        var body = new TrackerBody
        {
            Description = settings.Description.Trim(),
            ProjectId = settings.Project is null ? null : await session.ProjectIdAsync(settings.Project, cancellationToken),
            Tags = Inputs.Tags(settings.Tags) is { Count: > 0 } tags ? tags : null,
            Billable = settings.Billable ? true : null,
            Start = at,
            CreatedWith = "togglfun-cli",
        };
        await Switching.StartAsync(session, settings, body, at, cancellationToken);
        return ExitCodes.Ok;
    }
}
