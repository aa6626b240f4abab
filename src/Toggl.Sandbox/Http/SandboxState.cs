using Toggl.Sandbox.Control;
using Toggl.Sandbox.Limits;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Http;

/// <summary>Everything a request handler needs: options, clock, store, limits, faults and the log.</summary>
internal sealed class SandboxState
{
    public SandboxState(SandboxOptions options, SandboxStore store, string adminToken)
    {
        Controls = new SandboxControls(options.TimeProvider, adminToken);
        Options = options;
        Store = store;
        Book = new TimeEntryBook(store);
        Clock = Controls.Clock;
        Faults = new Faults(options.RandomSeed);
        Log = new RequestLog(Math.Max(1, options.RequestLogCapacity));
        Bucket = new LeakyBucket(Clock, options.LeakyBucketRatePerSecond, Math.Max(1, options.LeakyBucketBurst));
        var orgTotal = options.Plan switch
        {
            SandboxPlan.Free => 30,
            SandboxPlan.Starter => 240,
            SandboxPlan.Premium => 600,
            _ => options.UnenforcedQuotaTotal,
        };
        Quota = new HourlyQuota(Clock, options.HourlyQuota, orgTotal, options.UserScopedQuotaPerHour, options.UnenforcedQuotaTotal);
        UserZone = FindZone(store.Identity.Timezone);
        DateOnlyZone = options.DateOnlyTimeZone is { } z ? FindZone(z) : UserZone;
    }

    /// <summary>Latency faults currently waiting on the clock.</summary>
    public int PendingDelays;

    public SandboxOptions Options { get; }

    /// <summary>Network switch, advanceable clock and admin token (the admin route's and the tests' controls).</summary>
    public SandboxControls Controls { get; }

    public SandboxStore Store { get; }

    public TimeEntryBook Book { get; }

    public TimeProvider Clock { get; }

    public Faults Faults { get; }

    public RequestLog Log { get; }

    public LeakyBucket Bucket { get; }

    public HourlyQuota Quota { get; }

    public TimeZoneInfo UserZone { get; }

    public TimeZoneInfo DateOnlyZone { get; }

    /// <summary>Sandbox now.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Today in UTC, the base of the 3-month start_date floor (docs/toggl-api.md §6.1).</summary>
    public DateOnly TodayUtc => DateOnly.FromDateTime(Now.UtcDateTime);

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
