namespace Toggl.Sandbox.Limits;

/// <summary>
/// Toggl's hourly quota (docs/toggl-api.md §4.2), one window per user and organization plus one per
/// user for user-scoped requests. Following the support article's wording ("count begins when the
/// initial request is made and remains valid for 60 minutes … After 60 minutes, the count resets"),
/// a window opens with the first request and resets whole an hour later; X-Toggl-Quota-Resets-In is
/// the time left until then. When not enforced the count still runs, against a large total.
/// </summary>
internal sealed class HourlyQuota(TimeProvider clock, bool enforced, int organizationTotal, int userTotal, int unenforcedTotal)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Lock gate = new();
    private readonly Dictionary<(long User, long? Org), (DateTimeOffset Opened, long Count)> windows = new();

    /// <summary>Counts one request in the bucket, refusing it (not counted) when enforced and exhausted.</summary>
    public QuotaReading Count(long userId, long? organizationId) => Touch(userId, organizationId, count: true);

    /// <summary>Reads a bucket without counting.</summary>
    public QuotaReading Peek(long userId, long? organizationId) => Touch(userId, organizationId, count: false);

    private long Total(long? organizationId) =>
        !enforced ? unenforcedTotal : organizationId is null ? userTotal : organizationTotal;

    private QuotaReading Touch(long userId, long? organizationId, bool count)
    {
        var now = clock.GetUtcNow();
        var total = Total(organizationId);
        lock (gate)
        {
            var key = (userId, organizationId);
            if (!windows.TryGetValue(key, out var w) || now - w.Opened >= Window)
            {
                w = (now, 0);
                if (!count)
                {
                    return new QuotaReading(organizationId, total, (long)Window.TotalSeconds, total, true);
                }
            }

            var resetsIn = (long)Math.Ceiling((w.Opened + Window - now).TotalSeconds);
            if (!count)
            {
                return new QuotaReading(organizationId, total - w.Count, resetsIn, total, true);
            }

            if (enforced && w.Count >= total)
            {
                windows[key] = w;
                return new QuotaReading(organizationId, 0, resetsIn, total, false);
            }

            w.Count++;
            windows[key] = w;
            return new QuotaReading(organizationId, total - w.Count, resetsIn, total, true);
        }
    }
}
