namespace Toggl;

/// <summary>
/// Toggl's hourly request quota as the last response reported it (<c>X-Toggl-Quota-Remaining</c>,
/// <c>X-Toggl-Quota-Resets-In</c>; docs/toggl-api.md §4.2).
/// </summary>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="ResetsAt">When the window resets.</param>
public sealed record TogglQuota(int Remaining, DateTimeOffset ResetsAt);
