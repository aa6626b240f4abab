namespace Toggl;

/// <summary>
/// What to send when creating or updating a project (docs/toggl-api.md §8.4). As with <see cref="TrackerBody"/>, only
/// what is set is sent; a <see langword="null"/> property leaves Toggl's value alone; to clear a field on Toggl, name
/// it in <see cref="Clear"/>:
/// <code>
/// new ProjectBody { Name = "Website", Color = ProjectColor.Teal, ClientId = client.Id };
/// new ProjectBody { Clear = ProjectBodyFields.ClientId | ProjectBodyFields.EndDate };
/// </code>
/// </summary>
public sealed record ProjectBody
{
    /// <summary>The name (required on create).</summary>
    public string? Name { get; init; }

    /// <summary>The client.</summary>
    public long? ClientId { get; init; }

    /// <summary>The colour, <c>#rrggbb</c> (<see cref="ProjectColor"/> names Toggl's 14 basic ones).</summary>
    public string? Color { get; init; }

    /// <summary>Active; <see langword="false"/> archives the project.</summary>
    public bool? Active { get; init; }

    /// <summary>Private to its members.</summary>
    public bool? IsPrivate { get; init; }

    /// <summary>Billable by default.</summary>
    public bool? Billable { get; init; }

    /// <summary>The hourly rate.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The rate's currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The estimate in hours.</summary>
    public long? EstimatedHours { get; init; }

    /// <summary>The first day.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Whether it is a template.</summary>
    public bool? Template { get; init; }

    /// <summary>Fields to clear on Toggl. A field cannot be both set and cleared.</summary>
    public ProjectBodyFields Clear { get; init; }
}

/// <summary>Fields of a <see cref="ProjectBody"/> that can be cleared on Toggl (sent as JSON <c>null</c>), combined with <c>|</c>.</summary>
[Flags]
public enum ProjectBodyFields
{
    /// <summary>Nothing is cleared.</summary>
    None = 0,

    /// <summary>The client.</summary>
    ClientId = 1,

    /// <summary>The hourly rate.</summary>
    Rate = 2,

    /// <summary>The rate's currency.</summary>
    Currency = 4,

    /// <summary>The estimate.</summary>
    EstimatedHours = 8,

    /// <summary>The first day.</summary>
    StartDate = 16,

    /// <summary>The last day.</summary>
    EndDate = 32,
}
