using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Reports computed from the cache and the archive, with no report request: hours by project, client, tag,
/// description, day, week or month over any range of days. Inside Toggl's three-month window the entries come from
/// the cache (sync it first, e.g. <see cref="TogglClient.SyncAsync"/>); beyond it from the archive
/// (<see cref="ArchiveEndpoint"/>), whose missing months are fetched once. Names come from the cached projects,
/// clients and tags. Get it from <see cref="TogglClient.LocalReports"/>; it needs a cache.
/// </summary>
public sealed class LocalReportEndpoint
{
    private readonly ResourceScope _scope;

    internal LocalReportEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new LocalReportPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing.</summary>
    public LocalReportPlan Plan { get; }

    /// <summary>The time tracked between the days, grouped; seconds exact, running entries counted up to now.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day, included; not before <paramref name="startDate"/>.</param>
    /// <param name="by">What to group by.</param>
    /// <param name="zone">Whose days: <see langword="null"/> is the user's Toggl time zone (the cached user, or one <c>GET me</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The report, with the months fetched for it (none the second time).</returns>
    /// <exception cref="InvalidOperationException">The client has no cache.</exception>
    /// <exception cref="TogglDateTimeException">The end is before the start; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<LocalReport> ComputeAsync(
        DateOnly startDate,
        DateOnly endDate,
        LocalGrouping by,
        TimeZoneInfo? zone = null,
        CancellationToken cancellationToken = default)
    {
        var grouping = Convert.ToCore(by);
        var days = await UserZone.ResolveAsync(_scope, zone, cancellationToken).ConfigureAwait(false);
        var range = await _scope.Run(ReportCalls.ArchiveRange(days, startDate, endDate), cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(cancellationToken).ConfigureAwait(false);
        // The endpoint's clock, the one its plans take "now" from (a FakeTimeProvider in tests).
        var now = (await _scope.EndpointAsync(cancellationToken).ConfigureAwait(false)).Clock.GetUtcNow();
        return Convert.ToFacade(Core.LocalReports.compute(grouping, days, names, now, range.Trackers), range);
    }

    // The names of ids, from the cache when it was synced (else one listing each).
    private async Task<Core.ReportNames> NamesAsync(CancellationToken cancellationToken)
    {
        var projects = await _scope.Run(ResourceCalls.ProjectList(null, refresh: false), cancellationToken).ConfigureAwait(false);
        var clients = await _scope.Run(ResourceCalls.ClientList(null, refresh: false), cancellationToken).ConfigureAwait(false);
        var tags = await _scope.Run(ResourceCalls.TagList(refresh: false), cancellationToken).ConfigureAwait(false);
        return new Core.ReportNames(
            MapModule.OfSeq(projects.Select(p => Tuple.Create(p.Id, p.Name))),
            MapModule.OfSeq(projects.Where(p => Interop.IsSome(p.ClientId)).Select(p => Tuple.Create(p.Id, p.ClientId!.Value))),
            MapModule.OfSeq(clients.Select(c => Tuple.Create(c.Id, c.Name))),
            MapModule.OfSeq(tags.Select(t => Tuple.Create(t.Id, t.Name))));
    }
}
