namespace Toggl;

/// <summary>A project of a workspace (docs/toggl-api.md §8.4).</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Name">The project's name.</param>
/// <param name="ClientId">The client the project belongs to, if any.</param>
/// <param name="Color">The colour as Toggl stores it (<c>#rrggbb</c>, see <see cref="ProjectColor"/>), if any.</param>
/// <param name="Active">Whether the project is active (not archived).</param>
public sealed record TogglProject(long Id, string Name, long? ClientId, string? Color, bool Active)
{
    /// <summary>The workspace it belongs to (0 when unknown, as in records made by hand).</summary>
    public long WorkspaceId { get; init; }

    /// <summary>Whether only its members see it.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>Whether its entries are billable by default, if Toggl says.</summary>
    public bool? Billable { get; init; }

    /// <summary>Whether it is a template.</summary>
    public bool Template { get; init; }

    /// <summary>The estimate in hours, if any.</summary>
    public long? EstimatedHours { get; init; }

    /// <summary>Time tracked on it, in whole seconds, if Toggl says.</summary>
    public TimeSpan? Actual { get; init; }

    /// <summary>The hourly rate, if any.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The rate's currency, if any.</summary>
    public string? Currency { get; init; }

    /// <summary>The first day of the project, if set.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day of the project, if set.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>When it was last changed on the server.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>When it was deleted; only <c>since</c> listings return deleted projects.</summary>
    public DateTimeOffset? ServerDeletedAt { get; init; }
}
