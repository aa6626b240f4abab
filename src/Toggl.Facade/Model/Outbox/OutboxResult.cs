namespace Toggl;

/// <summary>What happened to outbox items during <see cref="TogglOutbox.SendAsync"/>, reported as it happens.</summary>
public sealed record OutboxResult
{
    /// <summary>What happened.</summary>
    public required OutboxResultKind Kind { get; init; }

    /// <summary>The outbox items concerned (several when compaction folded them into one request).</summary>
    public required IReadOnlyList<long> ItemIds { get; init; }

    /// <summary>The entry as Toggl holds it after <see cref="OutboxResultKind.Sent"/> or <see cref="OutboxResultKind.AlreadyDone"/> (<see langword="null"/> for a delete).</summary>
    public TogglTracker? Tracker { get; init; }

    /// <summary>The conflict, for <see cref="OutboxResultKind.Conflicted"/>.</summary>
    public OutboxConflict? Conflict { get; init; }

    /// <summary>Why it was refused or is still queued (a <see cref="TogglQuotaException"/>, <see cref="TogglTransportException"/>, …).</summary>
    public Exception? Error { get; init; }

    /// <summary>For <see cref="OutboxResultKind.Folded"/>: the item these were folded into (sent as one request with
    /// it); <see langword="null"/> when they cancelled out (a local entry created, then deleted).</summary>
    public long? FoldedInto { get; init; }

    /// <summary>When the quota refills, when a spent quota keeps items queued.</summary>
    public DateTimeOffset? ResetsAt { get; init; }

    /// <summary><c>sent #1 #2</c> and the like, one line.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} {string.Join(" ", ItemIds.Select(id => "#" + id))}"
        + (FoldedInto is { } into ? " into #" + into : "")
        + (Error is { } error ? ": " + error.Message : "");
}

/// <summary>The kinds of <see cref="OutboxResult"/>.</summary>
public enum OutboxResultKind
{
    /// <summary>Toggl applied the write.</summary>
    Sent,

    /// <summary>Toggl already had it (a create whose answer was lost, a delete already done): not sent again.</summary>
    AlreadyDone,

    /// <summary>Folded by compaction into another item's request (<see cref="OutboxResult.FoldedInto"/>), or cancelled
    /// out (a local entry created, then deleted): nothing of their own sent.</summary>
    Folded,

    /// <summary>Toggl changed or deleted the entry since: not sent, waiting for a resolution.</summary>
    Conflicted,

    /// <summary>Toggl refused it: kept as <see cref="OutboxItemState.Refused"/> with the reason.</summary>
    Refused,

    /// <summary>Not sent now (no network, a spent quota, rate limited, outcome unknown): still in the outbox.</summary>
    StillQueued,
}
