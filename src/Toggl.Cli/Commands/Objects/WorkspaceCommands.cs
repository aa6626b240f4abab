using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl workspaces list</c>: the user's workspaces, from the synced cache when fresh.</summary>
internal sealed class WorkspacesListCommand(CliContext context) : ObjectCommand<ReadSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReadSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.Workspaces(settings.Refresh),
            workspaces => session.Objects.List(
                ObjectViews.WorkspaceKeys, workspaces.OrderBy(w => w.Id).Select(ObjectViews.Workspace).ToList(), settings.Output, "No workspaces."),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl workspaces show [NAME|ID]</c>: one workspace, the one in use by default.</summary>
internal sealed class WorkspacesShowCommand(CliContext context) : ObjectCommand<WorkspaceSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, WorkspaceSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.WorkspaceIdAsync(settings.Which, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.Workspace(id, settings.Refresh),
            workspace => Print(session, settings, ObjectViews.Workspace(workspace ?? throw CliException.NotFound($"no workspace {Id(id)} among yours"))),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl workspaces edit [NAME|ID] [--name] [--default-currency] [--default-hourly-rate] [--projects-billable-by-default]</c>.</summary>
internal sealed class WorkspacesEditCommand(CliContext context) : ObjectCommand<WorkspaceEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, WorkspaceEditSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.WorkspaceIdAsync(settings.Which, cancellationToken);
        var body = new WorkspaceBody
        {
            Name = settings.NewName?.Trim(),
            DefaultCurrency = settings.DefaultCurrency?.Trim(),
            DefaultHourlyRate = settings.DefaultHourlyRate,
            ProjectsBillableByDefault = settings.ProjectsBillableByDefault,
        };
        await session.ExecuteAsync(
            session.Resources.UpdateWorkspace(id, body),
            w => Changed(session, settings, ObjectViews.Workspace(w), "Changed", "workspace", w.Name, w.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}
