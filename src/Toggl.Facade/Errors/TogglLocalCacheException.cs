namespace Toggl;

/// <summary>
/// Toggl applied the write, but the cache could not record it (a locked, read-only or full cache file).
/// The change is on the server: do not send it again; a later sync brings the cache up to date.
/// The cache's own failure is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class TogglLocalCacheException : TogglException
{
    /// <summary>A write applied by Toggl and not cached.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="appliedIds">The objects Toggl changed: trackers, or a project, task, tag, client, workspace or organization.</param>
    /// <param name="tracker">Toggl's answer, when the write was a tracker's and had one (not for deletes and bulk edits).</param>
    /// <param name="innerException">The cache's failure.</param>
    public TogglLocalCacheException(string message, IReadOnlyList<long> appliedIds, TogglTracker? tracker, Exception? innerException)
        : base(message, innerException)
    {
        AppliedIds = appliedIds;
        Tracker = tracker;
    }

    /// <summary>The id of the object Toggl changed (the first, for a bulk edit); 0 when none is known.</summary>
    public long AppliedId => AppliedIds.Count > 0 ? AppliedIds[0] : 0;

    /// <summary>The objects Toggl changed (trackers, or one of Toggl's other objects).</summary>
    public IReadOnlyList<long> AppliedIds { get; }

    /// <summary>The tracker as Toggl answered, when the write was a tracker's and had an answer; <see langword="null"/> otherwise.</summary>
    public TogglTracker? Tracker { get; }
}
