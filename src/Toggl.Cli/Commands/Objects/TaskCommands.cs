using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl tasks list [--project P] [--active|--archived]</c>: tasks of the workspace's projects, from the synced cache when fresh.</summary>
internal sealed class TasksListCommand(CliContext context) : ObjectCommand<TaskListSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, TaskListSettings settings, CancellationToken cancellationToken)
    {
        var filter = new TaskFilter
        {
            ProjectId = settings.Project is null ? null : await session.Lookup.ProjectIdAsync(settings.Project, cancellationToken),
            Active = ActiveOptions.Value(settings),
        };
        await session.ExecuteAsync(
            session.Resources.Tasks(settings.Refresh, filter),
            async tasks =>
            {
                var projects = await session.Lookup.FreeNamesAsync(session.Resources.Projects(refresh: false), p => p.Id, p => p.Name, cancellationToken);
                var views = tasks.OrderBy(t => projects.GetValueOrDefault(t.ProjectId), StringComparer.OrdinalIgnoreCase)
                    .ThenBy(t => t.ProjectId).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id)
                    .Select(t => ObjectViews.Task(t, projects.GetValueOrDefault(t.ProjectId))).ToList();
                session.Objects.List(ObjectViews.TaskKeys, views, settings.Output, "No tasks.");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tasks add NAME --project P [--estimate D]</c>.</summary>
internal sealed class TasksAddCommand(CliContext context) : ObjectCommand<TaskAddSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, TaskAddSettings settings, CancellationToken cancellationToken)
    {
        var body = new TaskBody
        {
            Name = settings.Name.Trim(),
            Estimate = settings.Estimate is null ? null : TimeInput.ParseDuration(settings.Estimate),
        };
        var projectId = await session.Lookup.ProjectIdAsync(settings.Project!, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.CreateTask(projectId, body),
            t => Changed(session, settings, ObjectViews.Task(t, null), "Created", "task", t.Name, t.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tasks edit NAME|ID [--project P] [--name] [--estimate] [--active|--archived]</c>.</summary>
internal sealed class TasksEditCommand(CliContext context) : ObjectCommand<TaskEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, TaskEditSettings settings, CancellationToken cancellationToken)
    {
        var clearEstimate = settings.Estimate is { } none && ProjectOptions.IsNone(none);
        var body = new TaskBody
        {
            Name = settings.NewName?.Trim(),
            Estimate = settings.Estimate is null || clearEstimate ? null : TimeInput.ParseDuration(settings.Estimate),
            Active = ActiveOptions.Value(settings),
            Clear = clearEstimate ? TaskBodyFields.Estimate : TaskBodyFields.None,
        };
        var task = await session.Lookup.TaskAsync(settings.Name, settings.Project, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.UpdateTask(task.ProjectId, task.Id, body),
            t => Changed(session, settings, ObjectViews.Task(t, null), "Changed", "task", t.Name, t.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl tasks delete NAME|ID [--project P]</c>.</summary>
internal sealed class TasksDeleteCommand(CliContext context) : ObjectCommand<TaskNamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override bool ReRaise => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, TaskNamedSettings settings, CancellationToken cancellationToken)
    {
        var task = await session.Lookup.TaskAsync(settings.Name, settings.Project, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.DeleteTask(task.ProjectId, task.Id), _ => Gone(session, settings, "Deleted task", task.Id), cancellationToken);
        return ExitCodes.Ok;
    }
}
