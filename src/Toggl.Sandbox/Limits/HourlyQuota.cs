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
    private readonly Dictionary<(long User, long? Org), (DateTimeOffset Opened, long Count, bool Forced)> windows = new();

    /// <summary>Counts one request in the bucket, refusing it (not counted) when enforced and exhausted.</summary>
    public QuotaReading Count(long userId, long? organizationId) => Touch(userId, organizationId, count: true);

    /// <summary>Reads a bucket without counting.</summary>
    public QuotaReading Peek(long userId, long? organizationId) => Touch(userId, organizationId, count: false);

    /// <summary>
    /// Spends a bucket now (a test or admin control): the next request answers 402 until the window
    /// resets, even where the quota is not enforced. An open window keeps its reset time; otherwise
    /// one opens now.
    /// </summary>
    public QuotaReading Exhaust(long userId, long? organizationId)
    {
        var now = clock.GetUtcNow();
        var total = Total(organizationId);
        lock (gate)
        {
            var key = (userId, organizationId);
            var opened = windows.TryGetValue(key, out var w) && now - w.Opened < Window ? w.Opened : now;
            windows[key] = (opened, total, true);
            return new QuotaReading(organizationId, 0, (long)Math.Ceiling((opened + Window - now).TotalSeconds), total, true);
        }
    }

    /// <summary>Forgets every window: the next request opens a fresh one with the whole quota.</summary>
    public void Reset()
    {
        lock (gate)
        {
            windows.Clear();
        }
    }

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
                w = (now, 0, false);
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

            if ((enforced || w.Forced) && w.Count >= total)
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
