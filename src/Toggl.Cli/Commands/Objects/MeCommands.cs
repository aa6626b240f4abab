using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl me</c>: the signed-in user, from the synced cache when fresh.</summary>
internal sealed class MeShowCommand(CliContext context) : ObjectCommand<ReadSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReadSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(session.Resources.Me(settings.Refresh), user => Print(session, settings, ObjectViews.User(user)), cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl me edit [--fullname] [--timezone] [--beginning-of-week] [--default-workspace]</c>.</summary>
internal sealed class MeEditCommand(CliContext context) : ObjectCommand<MeEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, MeEditSettings settings, CancellationToken cancellationToken)
    {
        var body = new UserBody
        {
            Fullname = settings.Fullname?.Trim(),
            Timezone = settings.Timezone?.Trim(),
            BeginningOfWeek = settings.BeginningOfWeek,
            DefaultWorkspaceId = settings.DefaultWorkspace,
        };
        await session.ExecuteAsync(
            session.Resources.UpdateMe(body),
            user => Print(session, settings, ObjectViews.User(user), $"[green]Changed[/] your profile [grey]({TerminalText.Markup(user.Email)})[/]"),
            cancellationToken);
        return ExitCodes.Ok;
    }
}
