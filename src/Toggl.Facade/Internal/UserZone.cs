namespace Toggl;

/// <summary>
/// The time zone whose days a local report and the archive count in: the caller's, else the user's Toggl time zone
/// (the cached user, or one <c>GET me</c>) — the zone Toggl's own reports use — else this machine's.
/// </summary>
internal static class UserZone
{
    public static async Task<TimeZoneInfo> ResolveAsync(ResourceScope scope, TimeZoneInfo? zone, CancellationToken cancellationToken)
    {
        if (zone is not null)
            return zone;
        var me = await scope.Run(ResourceCalls.MeGet(refresh: false), cancellationToken).ConfigureAwait(false);
        return Interop.ToNullableReference(me.Timezone) is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
            ? found
            : TimeZoneInfo.Local;
    }

    /// <summary>The zone a dry run uses: which months the archive lacks does not depend on it, and a plan asks Toggl nothing.</summary>
    public static TimeZoneInfo ForPlan(TimeZoneInfo? zone) => zone ?? TimeZoneInfo.Local;
}
