namespace Toggl;

/// <summary>The dry run of an <see cref="ArchiveEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class ArchivePlan
{
    private readonly ResourceScope _scope;

    internal ArchivePlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="ArchiveEndpoint.FetchAsync"/>: one detailed report a month, its pages as follow-ups.</summary>
    /// <param name="firstMonth">A day of the first month.</param>
    /// <param name="lastMonth">A day of the last month.</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> FetchAsync(DateOnly firstMonth, DateOnly lastMonth, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.ArchiveFetch(firstMonth, lastMonth), cancellationToken);

    /// <summary>The plan of <see cref="ArchiveEndpoint.RangeAsync"/>: the months the archive lacks, then the cache reads.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day.</param>
    /// <param name="zone">Whose days; <see langword="null"/>: this machine's (a plan asks Toggl nothing, not even the user's zone).</param>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> RangeAsync(DateOnly startDate, DateOnly endDate, TimeZoneInfo? zone = null, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.ArchiveRange(UserZone.ForPlan(zone), startDate, endDate), cancellationToken);
}
