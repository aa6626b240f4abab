namespace Toggl;

/// <summary>The dry run of <see cref="TogglOutbox.SendAsync"/>: each waiting item's plan, and the plans compaction leaves.</summary>
/// <param name="Queued">One step per waiting item, in queue order.</param>
/// <param name="Compacted">The plans a replay sends after compaction, each with the items it stands for.</param>
public sealed record OutboxPlan(IReadOnlyList<OutboxPlanStep> Queued, IReadOnlyList<OutboxPlanStep> Compacted)
{
    /// <summary>
    /// Requests the per-item plans list. A write on a local entry lists none (its id is not known before its create is
    /// answered), so count <see cref="Queued"/> for "one request per write".
    /// </summary>
    public int QueuedRequests => Queued.Sum(s => s.Plan.Requests.Count);

    /// <summary>Requests it takes compacted (the listing that settles unknown outcomes not included).</summary>
    public int CompactedRequests => Compacted.Sum(s => s.Plan.Requests.Count);
}

/// <summary>One plan of an <see cref="OutboxPlan"/>.</summary>
/// <param name="ItemIds">The outbox items it stands for.</param>
/// <param name="Plan">What it reads, sends and commits.</param>
public sealed record OutboxPlanStep(IReadOnlyList<long> ItemIds, TogglPlan Plan);
