namespace Toggl.Sandbox.Limits;

/// <summary>One bucket's state as the quota headers and <c>GET /me/quota</c> report it (docs/toggl-api.md §4.2).</summary>
/// <param name="OrganizationId">The organization, or null for the user-scoped bucket.</param>
/// <param name="Remaining">Requests left (may go negative while not enforced, as Toggl's did).</param>
/// <param name="ResetsInSeconds">Seconds until the window resets.</param>
/// <param name="Total">The bucket's size.</param>
/// <param name="Admitted">False when the request was refused (402).</param>
internal readonly record struct QuotaReading(long? OrganizationId, long Remaining, long ResetsInSeconds, long Total, bool Admitted);
