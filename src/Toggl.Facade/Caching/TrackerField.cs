namespace Toggl;

/// <summary>The tracker fields a <see cref="TogglQuery"/> can compare.</summary>
public enum TrackerField
{
    /// <summary><c>id</c> (an integer).</summary>
    Id,

    /// <summary><c>workspace_id</c> (an integer).</summary>
    WorkspaceId,

    /// <summary><c>description</c> (a text, or null).</summary>
    Description,

    /// <summary><c>start</c> (an instant, or a date for the whole day).</summary>
    Start,

    /// <summary><c>stop</c> (an instant or a date; null finds running trackers).</summary>
    Stop,

    /// <summary><c>duration</c> (whole seconds as an integer, or a <see cref="TimeSpan"/>).</summary>
    Duration,

    /// <summary><c>project_id</c> (an integer, or null).</summary>
    ProjectId,

    /// <summary><c>task_id</c> (an integer, or null).</summary>
    TaskId,

    /// <summary><c>tags</c>: a tracker matches <see cref="Comparison.Equal"/> when one of its tag names is the value.</summary>
    Tags,

    /// <summary><c>tag_ids</c>: a tracker matches <see cref="Comparison.Equal"/> when one of its tag ids is the value.</summary>
    TagIds,

    /// <summary><c>billable</c> (a boolean).</summary>
    Billable,

    /// <summary><c>user_id</c> (an integer).</summary>
    UserId,

    /// <summary><c>at</c>, the last change on Toggl (an instant or a date).</summary>
    At,

    /// <summary><c>server_deleted_at</c> (an instant or a date, or null).</summary>
    ServerDeletedAt,
}
