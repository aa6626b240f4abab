namespace Toggl;

/// <summary>
/// What to send when updating the signed-in user (<c>PUT me</c>, docs/toggl-api.md §8.1): only what is set is sent.
/// Password changes are left out on purpose: a body holding a password invites it into logs.
/// </summary>
public sealed record UserBody
{
    /// <summary>The full name.</summary>
    public string? Fullname { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The IANA time zone.</summary>
    public string? Timezone { get; init; }

    /// <summary>The first day of the week: 0 = Sunday … 6 = Saturday.</summary>
    public int? BeginningOfWeek { get; init; }

    /// <summary>The default workspace.</summary>
    public long? DefaultWorkspaceId { get; init; }
}
