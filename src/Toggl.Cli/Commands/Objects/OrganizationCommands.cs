using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary><c>toggl orgs list</c>: the user's organizations, from the synced cache when fresh.</summary>
internal sealed class OrgsListCommand(CliContext context) : ObjectCommand<ReadSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ReadSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.Organizations(settings.Refresh),
            organizations => session.Objects.List(
                ObjectViews.OrganizationKeys, organizations.OrderBy(o => o.Id).Select(ObjectViews.Organization).ToList(), settings.Output, "No organizations."),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl orgs show NAME|ID</c>.</summary>
internal sealed class OrgsShowCommand(CliContext context) : ObjectCommand<OrganizationShowSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OrganizationShowSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.OrganizationIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.Organization(id, settings.Refresh),
            organization => Print(
                session, settings, ObjectViews.Organization(organization ?? throw CliException.NotFound($"no organization {Id(id)} among yours"))),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl orgs add NAME --workspace-name W</c>: a new organization with its first workspace.</summary>
internal sealed class OrgsAddCommand(CliContext context) : ObjectCommand<OrganizationAddSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, OrganizationAddSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Resources.CreateOrganization(settings.Name.Trim(), settings.WorkspaceName!.Trim()),
            o => Print(
                session,
                settings,
                new ObjectView(
                [
                    new ObjectField("id", o.Id), new ObjectField("name", o.Name, true),
                    new ObjectField("workspace_id", o.WorkspaceId), new ObjectField("workspace_name", o.WorkspaceName, true),
                ]),
                $"[green]Created[/] organization [bold]{TerminalText.Markup(o.Name)}[/] [grey](id {Id(o.Id)})[/] with workspace "
                + $"[bold]{TerminalText.Markup(o.WorkspaceName)}[/] [grey](id {Id(o.WorkspaceId)})[/]"),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl orgs rename NAME|ID NEW_NAME</c>.</summary>
internal sealed class OrgsRenameCommand(CliContext context) : ObjectCommand<RenameSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, RenameSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.OrganizationIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(
            session.Resources.RenameOrganization(id, settings.NewName.Trim()),
            o => Changed(session, settings, ObjectViews.Organization(o), "Renamed", "organization", o.Name, o.Id),
            cancellationToken);
        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl orgs leave NAME|ID</c>: leaves the organization (Toggl deletes it when its last member leaves).</summary>
internal sealed class OrgsLeaveCommand(CliContext context) : ObjectCommand<NamedSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, NamedSettings settings, CancellationToken cancellationToken)
    {
        var id = await session.Lookup.OrganizationIdAsync(settings.Name, cancellationToken);
        await session.ExecuteAsync(session.Resources.LeaveOrganization(id), _ => Gone(session, settings, "Left organization", id, "left"), cancellationToken);
        return ExitCodes.Ok;
    }
}
