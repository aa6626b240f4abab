using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl tags list</c>: the workspace's tags, from the synced cache when fresh.</summary>
internal sealed class TagsListCommand(CliContext context) : ObjectCommand<ReadSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReadSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.Tags(settings.Refresh),
            tags => session.Objects.List(
                ObjectViews.TagKeys,
                tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).Select(ObjectViews.Tag).ToList(),
                settings.Output,
                "No tags."),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tags add NAME</c>.</summary>
internal sealed class TagsAddCommand(CliContext context) : ObjectCommand<NewNameSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NewNameSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.CreateTag(settings.Name.Trim()),
            t => Changed(session, settings, ObjectViews.Tag(t), "Created", "tag", t.Name, t.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tags rename NAME|ID NEW_NAME</c>.</summary>
internal sealed class TagsRenameCommand(CliContext context) : ObjectCommand<RenameSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, RenameSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.TagIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.RenameTag(id, settings.NewName.Trim()),
            t => Changed(session, settings, ObjectViews.Tag(t), "Renamed", "tag", t.Name, t.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tags delete NAME|ID</c>.</summary>
internal sealed class TagsDeleteCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override bool ReRaise => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.TagIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(session.Resources.DeleteTag(id), _ => Gone(session, settings, "Deleted tag", id), cancellationToken);
        return ExitCodes.Ok;
    }
}
