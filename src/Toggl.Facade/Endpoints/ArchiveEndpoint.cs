namespace Toggl;

/// <summary>
/// The archive of one workspace: entries older than the three months <c>GET me/time_entries</c> reaches, fetched once
/// through the detailed report and kept in the client's cache marked archived (a <c>since</c> sync never touches
/// them), so a year's entries cost requests only the first time. Get it from <see cref="TogglClient.Archive"/>;
/// it needs a cache (<see cref="JsonCache"/> or <see cref="SqliteCache"/>).
/// </summary>
public sealed class ArchiveEndpoint
{
    private readonly ResourceScope _scope;

    internal ArchiveEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new ArchivePlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing.</summary>
    public ArchivePlan Plan { get; }

    /// <summary>
    /// Fetches the months from <paramref name="firstMonth"/> to <paramref name="lastMonth"/> (any day of each) again,
    /// replacing what the archive held for them: the one explicit re-fetch of a past month.
    /// </summary>
    /// <param name="firstMonth">A day of the first month.</param>
    /// <param name="lastMonth">A day of the last month; not before <paramref name="firstMonth"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The months fetched, the entries stored and the requests sent.</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    /// <exception cref="TogglDateTimeException">The last month is before the first; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ArchiveFetchResult> FetchAsync(DateOnly firstMonth, DateOnly lastMonth, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.ArchiveFetch(firstMonth, lastMonth), cancellationToken).ConfigureAwait(false));

    /// <summary>The months the archive holds (their first days), oldest first; reads the cache only, sends nothing.</summary>
    /// <param name="cancellationToken">Cancels the cache read.</param>
    /// <returns>The archived months; empty when nothing was archived yet.</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    /// <exception cref="TogglException">The cache could not be read.</exception>
    public async Task<IReadOnlyList<DateOnly>> MonthsAsync(CancellationToken cancellationToken = default)
    {
        var endpoint = await _scope.EndpointAsync(cancellationToken).ConfigureAwait(false);
        if (!Interop.IsSome(endpoint.Cache))
            throw new InvalidOperationException("The archive needs a cache: give the client a JsonCache or a SqliteCache.");
        var months = await Interop.Unwrap(endpoint.Cache!.Value.ArchivedMonths(cancellationToken), cancellationToken).ConfigureAwait(false);
        return months.Order().ToList();
    }

    /// <summary>
    /// The entries started between the days: the cache inside Toggl's window (sync it first, e.g.
    /// <see cref="TogglClient.SyncAsync"/>), the archive beyond it; months the archive lacks are fetched first.
    /// </summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day, included; not before <paramref name="startDate"/>.</param>
    /// <param name="zone">Whose days: <see langword="null"/> is the user's Toggl time zone (the cached user, or one <c>GET me</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries, newest first, and what was fetched.</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    /// <exception cref="TogglDateTimeException">The end is before the start; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ArchivedEntries> RangeAsync(DateOnly startDate, DateOnly endDate, TimeZoneInfo? zone = null, CancellationToken cancellationToken = default)
    {
        var days = await UserZone.ResolveAsync(_scope, zone, cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(await _scope.Run(ReportCalls.ArchiveRange(days, startDate, endDate), cancellationToken).ConfigureAwait(false));
    }
}
