using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl clients list [--active|--archived]</c>: the workspace's clients, from the synced cache when fresh.</summary>
internal sealed class ClientsListCommand(CliContext context) : ObjectCommand<ClientListSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ClientListSettings settings, CancellationToken cancellationToken)
    {
        var filter = new ClientFilter
        {
            Status = ActiveOptions.Value(settings) switch
            {
                true => ClientStatus.Active,
                false => ClientStatus.Archived,
                null => ClientStatus.Both,
            },
        };
        await session.ExecuteAsync(
            session.Resources.Clients(settings.Refresh, filter),
            clients => session.Objects.List(
                ObjectViews.ClientKeys,
                clients.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id).Select(ObjectViews.Client).ToList(),
                settings.Output,
                "No clients."),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl clients add NAME [--notes TEXT]</c>.</summary>
internal sealed class ClientsAddCommand(CliContext context) : ObjectCommand<ClientAddSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ClientAddSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.CreateClient(new ClientBody { Name = settings.Name.Trim(), Notes = settings.Notes }),
            c => Changed(session, settings, ObjectViews.Client(c), "Created", "client", c.Name, c.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl clients edit NAME|ID [--name] [--notes]</c>.</summary>
internal sealed class ClientsEditCommand(CliContext context) : ObjectCommand<ClientEditSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ClientEditSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ClientIdAsync(settings.Name, cancellationToken);
        var clearNotes = settings.Notes is { Length: 0 };
        var body = new ClientBody
        {
            Name = settings.NewName?.Trim(),
            Notes = clearNotes ? null : settings.Notes,
            Clear = clearNotes ? ClientBodyFields.Notes : ClientBodyFields.None,
        };
        await session.ExecuteAsync(
            session.Resources.UpdateClient(id, body),
            c => Changed(session, settings, ObjectViews.Client(c), "Changed", "client", c.Name, c.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl clients archive NAME|ID</c>: Toggl archives the client's projects with it.</summary>
internal sealed class ClientsArchiveCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ClientIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.ArchiveClient(id),
            projects =>
            {
                if (settings.Output == OutputFormat.Table)
                {
                    session.Printer.Note($"[yellow]Archived[/] client [grey](id {Id(id)})[/]; Toggl archived its {projects.Count} project{(projects.Count == 1 ? "" : "s")} with it.");
                    return;
                }

                session.Objects.One(
                    new ObjectView([new ObjectField("archived", id), new ObjectField("project_ids", projects)]),
                    settings.Output);
            },
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl clients restore NAME|ID</c>.</summary>
internal sealed class ClientsRestoreCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ClientIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.RestoreClient(id),
            c => Changed(session, settings, ObjectViews.Client(c), "Restored", "client", c.Name, c.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl clients delete NAME|ID</c>.</summary>
internal sealed class ClientsDeleteCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override bool ReRaise => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.ClientIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(session.Resources.DeleteClient(id), _ => Gone(session, settings, "Deleted client", id), cancellationToken);
        return ExitCodes.Ok;
    }
}
