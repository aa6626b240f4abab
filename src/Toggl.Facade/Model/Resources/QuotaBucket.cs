namespace Toggl;

/// <summary>One of the user's quota buckets (<c>GET me/quota</c>, docs/toggl-api.md §4.2).</summary>
/// <param name="OrganizationId">The organization the bucket belongs to; <see langword="null"/> is the user-scoped bucket.</param>
/// <param name="Remaining">Requests left (may go negative while Toggl does not enforce it).</param>
/// <param name="ResetsIn">Time until the window resets.</param>
/// <param name="Total">The bucket's size.</param>
public sealed record QuotaBucket(long? OrganizationId, int Remaining, TimeSpan ResetsIn, int Total);
