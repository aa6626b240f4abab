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
        DetailedReports = new DetailedReportEndpoint(scope);
        SummaryReports = new SummaryReportEndpoint(scope);
        WeeklyReports = new WeeklyReportEndpoint(scope);
        Archive = new ArchiveEndpoint(scope);
        LocalReports = new LocalReportEndpoint(scope);
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

    /// <summary>The workspace's detailed report (Reports API v3).</summary>
    public DetailedReportEndpoint DetailedReports { get; }

    /// <summary>The workspace's summary reports (Reports API v3).</summary>
    public SummaryReportEndpoint SummaryReports { get; }

    /// <summary>The workspace's weekly report (Reports API v3).</summary>
    public WeeklyReportEndpoint WeeklyReports { get; }

    /// <summary>The workspace's archive: entries past Toggl's three-month window, kept in the cache.</summary>
    public ArchiveEndpoint Archive { get; }

    /// <summary>Reports of the workspace computed from the cache and the archive, with no report request.</summary>
    public LocalReportEndpoint LocalReports { get; }

    /// <summary>The workspace; never the credentials.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"TogglWorkspaceEndpoints(workspace {WorkspaceId})";
}
