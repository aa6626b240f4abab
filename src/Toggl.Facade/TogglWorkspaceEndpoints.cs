namespace Toggl;

/// <summary>
/// The endpoints of one workspace, from <see cref="TogglClient.ForWorkspace"/>: they share the client's connection,
/// pacer, quota and cache, and the client disposes them.
/// </summary>
public sealed class TogglWorkspaceEndpoints
{
    internal TogglWorkspaceEndpoints(long workspaceId, TrackerEndpoint trackers, ResourceScope scope)
    {
        WorkspaceId = workspaceId;
        Trackers = trackers;
        Projects = new ProjectEndpoint(scope);
        Tasks = new TaskEndpoint(scope);
        Tags = new TagEndpoint(scope);
        Clients = new ClientEndpoint(scope);
    }

    /// <summary>The workspace.</summary>
    public long WorkspaceId { get; }

    /// <summary>The workspace's time entries.</summary>
    public TrackerEndpoint Trackers { get; }

    /// <summary>The workspace's projects.</summary>
    public ProjectEndpoint Projects { get; }

    /// <summary>The tasks of the workspace's projects.</summary>
    public TaskEndpoint Tasks { get; }

    /// <summary>The workspace's tags.</summary>
    public TagEndpoint Tags { get; }

    /// <summary>The workspace's clients.</summary>
    public ClientEndpoint Clients { get; }

    /// <summary>The workspace; never the credentials.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"TogglWorkspaceEndpoints(workspace {WorkspaceId})";
}
