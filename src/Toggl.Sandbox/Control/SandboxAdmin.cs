using Toggl.Sandbox.Http;
using Toggl.Sandbox.Limits;

namespace Toggl.Sandbox.Control;

/// <summary>
/// The controls themselves, shared by the in-process methods of <see cref="TogglSandbox"/> and the
/// admin route, so both behave the same. Quota controls act on the user's two buckets: the
/// organization's (workspace requests) and the user-scoped one (docs/toggl-api.md §4.2).
/// </summary>
internal static class SandboxAdmin
{
    public static void NetworkOff(SandboxState state) => state.Controls.NetworkOn = false;

    public static void NetworkOn(SandboxState state) => state.Controls.NetworkOn = true;

    public static void ExhaustQuota(SandboxState state)
    {
        var me = state.Store.Identity;
        state.Quota.Exhaust(me.UserId, me.OrganizationId);
        state.Quota.Exhaust(me.UserId, null);
    }

    public static void ResetQuota(SandboxState state) => state.Quota.Reset();

    public static void AdvanceClock(SandboxState state, TimeSpan by) => state.Controls.Clock.Advance(by);

    /// <summary>Advances to the moment both buckets' windows have reset; returns by how much.</summary>
    public static TimeSpan AdvanceToQuotaReset(SandboxState state)
    {
        // A bucket nothing was counted in has no window to wait for.
        var by = TimeSpan.FromSeconds(QuotaReadings(state).Where(r => r.Remaining < r.Total).Select(r => r.ResetsInSeconds).DefaultIfEmpty(0).Max());
        state.Controls.Clock.Advance(by);
        return by;
    }

    /// <summary>The organization's bucket, then the user-scoped one, read without counting.</summary>
    public static IReadOnlyList<QuotaReading> QuotaReadings(SandboxState state)
    {
        var me = state.Store.Identity;
        return [state.Quota.Peek(me.UserId, me.OrganizationId), state.Quota.Peek(me.UserId, null)];
    }
}
