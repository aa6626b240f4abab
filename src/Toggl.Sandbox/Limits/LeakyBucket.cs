namespace Toggl.Sandbox.Limits;

/// <summary>
/// Toggl's leaky bucket (docs/toggl-api.md §4.1): per API token, drains at a steady rate (1 request/s)
/// and holds a small burst; a request that would overflow it is refused with 429 and not counted.
/// </summary>
internal sealed class LeakyBucket(TimeProvider clock, double ratePerSecond, int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (double Level, DateTimeOffset Updated)> buckets = new(StringComparer.Ordinal);

    /// <summary>Admits one request for <paramref name="key"/>, or refuses it when the bucket is full.</summary>
    public bool TryAdmit(string key)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var (level, updated) = buckets.GetValueOrDefault(key, (0.0, now));
            var elapsed = Math.Max(0, (now - updated).TotalSeconds);
            level = Math.Max(0, level - elapsed * ratePerSecond);
            if (level + 1 > capacity + 1e-9)
            {
                buckets[key] = (level, now);
                return false;
            }

            buckets[key] = (level + 1, now);
            return true;
        }
    }
}
