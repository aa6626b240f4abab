namespace Toggl;

/// <summary>Which projects <see cref="ProjectEndpoint.ListAsync"/> returns; sent as Toggl's query string. Unset: no filter.</summary>
public sealed record ProjectFilter
{
    /// <summary><see langword="true"/> active only, <see langword="false"/> archived only, <see langword="null"/> both.</summary>
    public bool? Active { get; init; }

    /// <summary>Projects changed since this instant, deleted ones included.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Projects of these clients (<see langword="null"/> or empty: any client).</summary>
    public IReadOnlyList<long>? ClientIds { get; init; }

    /// <summary>The name contains this text.</summary>
    public string? Name { get; init; }

    /// <summary>Billable only (<see langword="true"/>) or not billable only (<see langword="false"/>).</summary>
    public bool? Billable { get; init; }
}

/// <summary>Which tasks <see cref="TaskEndpoint.ListAsync"/> returns. Unset: no filter.</summary>
public sealed record TaskFilter
{
    /// <summary>Tasks of this project only.</summary>
    public long? ProjectId { get; init; }

    /// <summary><see langword="true"/> active only, <see langword="false"/> done only, <see langword="null"/> both.</summary>
    public bool? Active { get; init; }

    /// <summary>Tasks changed since this instant.</summary>
    public DateTimeOffset? Since { get; init; }
}

/// <summary>Which clients a listing returns (Toggl's <c>status</c>).</summary>
public enum ClientStatus
{
    /// <summary>Both active and archived clients (Toggl's default).</summary>
    Both,

    /// <summary>Active clients.</summary>
    Active,

    /// <summary>Archived clients.</summary>
    Archived,
}

/// <summary>Which clients <see cref="ClientEndpoint.ListAsync"/> returns (docs/toggl-api.md §8.6). Unset: every client.</summary>
public sealed record ClientFilter
{
    /// <summary>Active, archived or both (the default).</summary>
    public ClientStatus Status { get; init; }

    /// <summary>The name contains this text (case-insensitive).</summary>
    public string? Name { get; init; }
}
