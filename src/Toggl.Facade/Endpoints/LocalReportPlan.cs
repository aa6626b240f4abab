namespace Toggl;

/// <summary>The dry run of a <see cref="LocalReportEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class LocalReportPlan
{
    private readonly ResourceScope _scope;

    internal LocalReportPlan(ResourceScope scope) => _scope = scope;

    /// <summary>
    /// The plan of <see cref="LocalReportEndpoint.ComputeAsync"/>: the months the archive lacks (one detailed report
    /// each), then the cache reads, then the names of the projects, clients and tags (from the cache when it synced
    /// them, else one listing each, as the run asks them); no request when the archive holds every month and the
    /// names are cached.
    /// </summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day.</param>
    /// <param name="by">What to group by (the plan is the same for every grouping).</param>
    /// <param name="zone">Whose days; <see langword="null"/>: this machine's (a plan asks Toggl nothing, not even the user's zone).</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public async Task<TogglPlan> ComputeAsync(DateOnly startDate, DateOnly endDate, LocalGrouping by, TimeZoneInfo? zone = null, CancellationToken cancellationToken = default)
    {
        Convert.ToCore(by);
        var range = await _scope.Plan(ReportCalls.ArchiveRange(UserZone.ForPlan(zone), startDate, endDate), cancellationToken).ConfigureAwait(false);
        // The run's names, in the run's order (LocalReportEndpoint.NamesAsync): a dry run lists every request the run sends.
        var projects = await _scope.Plan(ResourceCalls.ProjectList(null, refresh: false), cancellationToken).ConfigureAwait(false);
        var clients = await _scope.Plan(ResourceCalls.ClientList(null, refresh: false), cancellationToken).ConfigureAwait(false);
        var tags = await _scope.Plan(ResourceCalls.TagList(refresh: false), cancellationToken).ConfigureAwait(false);
        return new TogglPlan([.. range.Steps, .. projects.Steps, .. clients.Steps, .. tags.Steps]);
    }
}
