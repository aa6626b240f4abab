namespace Toggl;

/// <summary>The signed-in user (<c>GET me</c>, docs/toggl-api.md §8.1). The API token Toggl also sends is never kept.</summary>
public sealed record TogglUser
{
    /// <summary>The user's id.</summary>
    public required long Id { get; init; }

    /// <summary>The e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The full name, if set.</summary>
    public string? Fullname { get; init; }

    /// <summary>The IANA time zone, if set.</summary>
    public string? Timezone { get; init; }

    /// <summary>The workspace Toggl uses when none is named.</summary>
    public long? DefaultWorkspaceId { get; init; }

    /// <summary>The first day of the week: 0 = Sunday, 1 = Monday, …</summary>
    public int BeginningOfWeek { get; init; }

    /// <summary>The avatar's address, if any.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>When the user was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }
}
