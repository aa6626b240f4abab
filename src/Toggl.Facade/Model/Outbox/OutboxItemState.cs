namespace Toggl;

/// <summary>Where an outbox item stands (docs/architecture.md, "The outbox").</summary>
public enum OutboxItemState
{
    /// <summary>Waiting to be sent.</summary>
    Queued,

    /// <summary>
    /// Its request was (or was about to be) sent when a replay stopped: the next replay first looks on Toggl for it
    /// (found: done; not found: sent once), so it is never sent twice.
    /// </summary>
    Sending,

    /// <summary>A create whose answer was lost and whose check failed too: neither failed nor sent again until a listing settles it.</summary>
    Unknown,

    /// <summary>Toggl changed or deleted the entry since the write was made: not sent; waits for <see cref="TogglOutbox.ResolveAsync"/>.</summary>
    Conflict,

    /// <summary>Toggl refused it (a 4xx other than quota and rate limits); kept with Toggl's reason until dropped.</summary>
    Refused,
}
