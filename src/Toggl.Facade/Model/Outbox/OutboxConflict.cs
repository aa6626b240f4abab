namespace Toggl;

/// <summary>
/// A queued write against a version of an entry that Toggl changed (or deleted) since, field by field. Fields only
/// the write changed merge automatically (<see cref="MergedAutomatically"/>); fields both sides changed to different
/// values (<see cref="Conflicting"/>) wait for <see cref="TogglOutbox.ResolveAsync"/>.
/// </summary>
public sealed record OutboxConflict
{
    /// <summary>The outbox item in conflict.</summary>
    public required OutboxItem Item { get; init; }

    /// <summary>The copy the write was made against; <see langword="null"/> when the cache held none.</summary>
    public TogglTracker? Base { get; init; }

    /// <summary>The entry as the queued write would leave it.</summary>
    public required TogglTracker Mine { get; init; }

    /// <summary>Toggl's copy now.</summary>
    public required TogglTracker Theirs { get; init; }

    /// <summary>Fields both sides changed to different values: a merge must choose each.</summary>
    public required IReadOnlyList<TrackerField> Conflicting { get; init; }

    /// <summary>Fields only the queued write changed: a merge takes them without asking.</summary>
    public required IReadOnlyList<TrackerField> MergedAutomatically { get; init; }

    /// <summary>Whether Toggl deleted the entry.</summary>
    public bool DeletedOnToggl => Theirs.IsDeleted;
}
