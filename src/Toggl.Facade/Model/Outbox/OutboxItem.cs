namespace Toggl;

/// <summary>One write waiting in the outbox (<see cref="TogglOutbox.ListAsync"/>).</summary>
public sealed record OutboxItem
{
    /// <summary>The item's id: its place in the queue (increasing, never reused). <see cref="TogglOutbox.DropAsync"/> and <see cref="TogglOutbox.ResolveAsync"/> take it.</summary>
    public required long Id { get; init; }

    /// <summary>What the write does.</summary>
    public required OutboxOperation Operation { get; init; }

    /// <summary>The entry it is about: negative for a local entry (<see cref="TogglTracker.IsLocal"/>).</summary>
    public required long TrackerId { get; init; }

    /// <summary>Where it stands.</summary>
    public required OutboxItemState State { get; init; }

    /// <summary>When it was queued.</summary>
    public required DateTimeOffset QueuedAt { get; init; }

    /// <summary>Why it waits, was refused or is in conflict, for a person (never credentials); <see langword="null"/> when it waits behind others.</summary>
    public string? Reason { get; init; }

    /// <summary>Toggl's copy of the entry when the item is in conflict (<see cref="TogglTracker.IsDeleted"/> when Toggl deleted it).</summary>
    public TogglTracker? Theirs { get; init; }

    /// <summary>One line naming the write, e.g. <c>create -3 "Design"</c> or <c>stop 3730000001 at 2025-01-06T10:00:00Z</c>.</summary>
    public required string Summary { get; init; }

    /// <summary><c>#id state summary</c>.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"#{Id} {State.ToString().ToLowerInvariant()} {Summary}";
}
