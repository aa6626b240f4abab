using System.Text;

namespace Toggl;

/// <summary>
/// A Toggl time entry, called a tracker as in the Python library (docs/toggl-api.md §5). Immutable:
/// change one on Toggl with <see cref="TrackerEndpoint.EditAsync(TogglTracker, TrackerBody, bool, CancellationToken)"/>.
/// Two trackers are equal when every field is, tag lists compared element by element (<see cref="IsQueued"/>, which
/// says how a write answered rather than what the entry is, takes no part).
/// </summary>
public sealed record TogglTracker
{
    /// <summary>The entry's id (64-bit: Toggl's ids passed 3.7e9 in 2024).</summary>
    public required long Id { get; init; }

    /// <summary>The workspace the entry belongs to.</summary>
    public required long WorkspaceId { get; init; }

    /// <summary>The description; <see langword="null"/> when it was never set.</summary>
    public string? Description { get; init; }

    /// <summary>When the entry started.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When the entry stopped; <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? Stop { get; init; }

    /// <summary>
    /// The duration of a stopped entry, in whole seconds; <see langword="null"/> while it runs (Toggl then
    /// reports a meaningless negative number, docs/toggl-api.md §7.2). Use <see cref="Elapsed"/> for time tracked so far.
    /// </summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The project, if any.</summary>
    public long? ProjectId { get; init; }

    /// <summary>The task, if any.</summary>
    public long? TaskId { get; init; }

    /// <summary>Tag names; empty when there are none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Tag ids; empty when there are none.</summary>
    public IReadOnlyList<long> TagIds { get; init; } = [];

    /// <summary>Whether the entry is billable.</summary>
    public bool Billable { get; init; }

    /// <summary>The user who created the entry.</summary>
    public long UserId { get; init; }

    /// <summary>When the entry was last changed on Toggl.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>When the entry was deleted; only sync listings carry deleted entries.</summary>
    public DateTimeOffset? ServerDeletedAt { get; init; }

    /// <summary>Whether the entry runs: it has no stop, or no or a negative duration (docs/toggl-api.md §7.2: both happen).</summary>
    public bool IsRunning => Stop is null || Duration is null || Duration < TimeSpan.Zero;

    /// <summary>
    /// Whether this is the cache's view of a write that was queued in the outbox instead of sent
    /// (<see cref="TogglClientOptions.Outbox"/>): Toggl does not have it yet; <see cref="TogglOutbox.SendAsync"/> sends it.
    /// </summary>
    public bool IsQueued { get; init; }

    /// <summary>
    /// Whether the id is a local one (negative): the entry was created while its create could not be sent, and Toggl
    /// has not given it its id yet. Endpoint writes accept it; <see cref="TogglOutbox.RealIdAsync"/> gives the real id later.
    /// </summary>
    public bool IsLocal => Id < 0;

    /// <summary>Whether Toggl reported the entry as deleted.</summary>
    public bool IsDeleted => ServerDeletedAt is not null;

    /// <summary>
    /// Time tracked: <c>now − start</c> while running (never <c>now + duration</c>, docs/toggl-api.md §7.2), else the duration.
    /// </summary>
    /// <param name="clock">The clock giving "now"; <see langword="null"/> uses the system clock.</param>
    /// <returns>The time tracked.</returns>
    public TimeSpan Elapsed(TimeProvider? clock = null) =>
        IsRunning ? (clock ?? TimeProvider.System).GetUtcNow() - Start : Duration ?? TimeSpan.Zero;

    /// <inheritdoc />
    public bool Equals(TogglTracker? other) =>
        other is not null
        && Id == other.Id
        && WorkspaceId == other.WorkspaceId
        && Description == other.Description
        && Start == other.Start
        && Stop == other.Stop
        && Duration == other.Duration
        && ProjectId == other.ProjectId
        && TaskId == other.TaskId
        && Tags.SequenceEqual(other.Tags)
        && TagIds.SequenceEqual(other.TagIds)
        && Billable == other.Billable
        && UserId == other.UserId
        && At == other.At
        && ServerDeletedAt == other.ServerDeletedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, WorkspaceId, Description, Start, Stop, Duration, At);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, WorkspaceId = {WorkspaceId}, Description = {Description ?? "null"}, ");
        builder.Append($"Start = {Start:O}, Stop = {(Stop is { } stop ? stop.ToString("O") : "null")}, Duration = {Duration?.ToString() ?? "null"}, ");
        builder.Append($"ProjectId = {ProjectId?.ToString() ?? "null"}, TaskId = {TaskId?.ToString() ?? "null"}, ");
        builder.Append($"Tags = {Items.Show(Tags)}, TagIds = {Items.Show(TagIds)}, Billable = {Billable}, ");
        builder.Append($"UserId = {UserId}, At = {At:O}, IsRunning = {IsRunning}");
        if (IsQueued)
            builder.Append(", IsQueued = True");
        if (ServerDeletedAt is { } deleted)
            builder.Append($", ServerDeletedAt = {deleted:O}");
        return true;
    }
}
