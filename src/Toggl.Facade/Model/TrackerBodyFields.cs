namespace Toggl;

/// <summary>
/// Fields of a <see cref="TrackerBody"/> that can be cleared on Toggl (sent as JSON <c>null</c>), combined with <c>|</c>:
/// <c>new TrackerBody { Clear = TrackerBodyFields.ProjectId | TrackerBodyFields.Tags }</c>.
/// </summary>
[Flags]
public enum TrackerBodyFields
{
    /// <summary>Nothing is cleared.</summary>
    None = 0,

    /// <summary>The description.</summary>
    Description = 1,

    /// <summary>The project (and with it the task, on Toggl's side).</summary>
    ProjectId = 2,

    /// <summary>The task.</summary>
    TaskId = 4,

    /// <summary>The tag names.</summary>
    Tags = 8,

    /// <summary>The tag ids.</summary>
    TagIds = 16,

    /// <summary>The users the entry is shared with.</summary>
    SharedWithUserIds = 32,
}
