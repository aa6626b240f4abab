namespace Toggl;

/// <summary>What a queued write does to its time entry.</summary>
public enum OutboxOperation
{
    /// <summary>Creates an entry (held in the cache under a negative local id until Toggl gives it its id).</summary>
    Create,

    /// <summary>Changes the fields a <see cref="TrackerBody"/> sets.</summary>
    Edit,

    /// <summary>Stops a running entry at the time the user stopped it.</summary>
    Stop,

    /// <summary>Deletes an entry.</summary>
    Delete,
}
