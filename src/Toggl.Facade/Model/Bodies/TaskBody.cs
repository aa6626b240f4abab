namespace Toggl;

/// <summary>
/// What to send when creating or updating a task of a project: only what is set is sent; to clear a field on
/// Toggl, name it in <see cref="Clear"/>.
/// </summary>
public sealed record TaskBody
{
    /// <summary>The name (required on create).</summary>
    public string? Name { get; init; }

    /// <summary>Active; <see langword="false"/> marks the task done.</summary>
    public bool? Active { get; init; }

    /// <summary>The estimate, sent in whole seconds.</summary>
    public TimeSpan? Estimate { get; init; }

    /// <summary>The user it is assigned to.</summary>
    public long? UserId { get; init; }

    /// <summary>Fields to clear on Toggl. A field cannot be both set and cleared.</summary>
    public TaskBodyFields Clear { get; init; }
}

/// <summary>Fields of a <see cref="TaskBody"/> that can be cleared on Toggl, combined with <c>|</c>.</summary>
[Flags]
public enum TaskBodyFields
{
    /// <summary>Nothing is cleared.</summary>
    None = 0,

    /// <summary>The estimate.</summary>
    Estimate = 1,

    /// <summary>The assigned user.</summary>
    UserId = 2,
}
