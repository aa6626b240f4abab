using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary>Reading the project options shared by add and edit.</summary>
internal static class ProjectOptions
{
    /// <summary>A colour name or #rrggbb, as the façade reads it; exit code 2 naming the colours otherwise.</summary>
    public static string? Color(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return ProjectColor.Parse(text.Trim());
        }
        catch (ArgumentException e)
        {
            throw CliException.BadArguments($"--color {FacadeErrors.WithoutParameterSuffix(e).TrimEnd('.')}");
        }
    }

    /// <summary>Whether a value asks to remove the field: "none".</summary>
    public static bool IsNone(string text) => string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>toggl projects list [--active|--archived] [--client C]</c>: the workspace's projects, from the synced cache when fresh.</summary>
internal sealed class ProjectsListCommand(CliContext context) : ObjectCommand<ProjectListSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ProjectListSettings settings, CancellationToken cancellationToken)
    {
        var filter = new ProjectFilter
        {
            Active = ActiveOptions.Value(settings),
            ClientIds = settings.Client is null ? null : [await session.Lookup.ClientIdAsync(settings.Client, cancellationToken)],
        };
        await session.ExecuteAsync(
            session.Resources.Projects(settings.Refresh, filter),
            async projects =>
            {
                var clients = await session.Lookup.FreeNamesAsync(session.Resources.Clients(refresh: false), c => c.Id, c => c.Name, cancellationToken);
                var views = projects.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
                    .Select(p => ObjectViews.Project(p, p.ClientId is { } c ? clients.GetValueOrDefault(c) : null)).ToList();
                session.Objects.List(ObjectViews.ProjectKeys, views, settings.Output, "No projects.");
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl projects add NAME [--client C] [--color C] [--billable] [--private] [--estimate H]</c>.</summary>
internal sealed class ProjectsAddCommand(CliContext context) : ObjectCommand<ProjectAddSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ProjectAddSettings settings, CancellationToken cancellationToken)
    {
        var body = new ProjectBody
        {
            Name = settings.Name.Trim(),
            ClientId = settings.Client is null ? null : await session.Lookup.ClientIdAsync(settings.Client, cancellationToken),
            Color = ProjectOptions.Color(settings.Color),
            Billable = settings.Billable ? true : null,
            IsPrivate = settings.Private ? true : null,
            EstimatedHours = settings.Estimate,
        };
        await session.ExecuteAsync(
            session.Resources.CreateProject(body),
            p => Changed(session, settings, ObjectViews.Project(p, null), "Created", "project", p.Name, p.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl projects edit NAME|ID [--name] [--client] [--color] [--billable] [--private] [--estimate] [--active|--archived]</c>.</summary>
internal sealed class ProjectsEditCommand(CliContext context) : ObjectCommand<ProjectEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ProjectEditSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ProjectIdAsync(settings.Name, cancellationToken);
        var clear = ProjectBodyFields.None;
        long? clientId = null;
        if (settings.Client is { } client)
        {
            if (ProjectOptions.IsNone(client))
            {
                clear |= ProjectBodyFields.ClientId;
            }
            else
            {
                clientId = await session.Lookup.ClientIdAsync(client, cancellationToken);
            }
        }

        long? estimate = null;
        if (settings.Estimate is { } hours)
        {
            if (ProjectOptions.IsNone(hours))
            {
                clear |= ProjectBodyFields.EstimatedHours;
            }
            else
            {
                estimate = long.TryParse(hours.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h) && h > 0
                    ? h
                    : throw CliException.BadArguments($"--estimate {hours} is not a number of hours (a positive whole number, or none)");
            }
        }

        var body = new ProjectBody
        {
            Name = settings.NewName?.Trim(),
            ClientId = clientId,
            Color = ProjectOptions.Color(settings.Color),
            Billable = settings.Billable,
            IsPrivate = settings.Private,
            EstimatedHours = estimate,
            Active = ActiveOptions.Value(settings),
            Clear = clear,
        };
        await session.ExecuteAsync(
            session.Resources.UpdateProject(id, body),
            p => Changed(session, settings, ObjectViews.Project(p, null), "Changed", "project", p.Name, p.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl projects delete NAME|ID</c>: one Toggl does not know is exit code 3.</summary>
internal sealed class ProjectsDeleteCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override bool ReRaise => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ProjectIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(session.Resources.DeleteProject(id), _ => Gone(session, settings, "Deleted project", id), cancellationToken);
        return ExitCodes.Ok;
    }
}
