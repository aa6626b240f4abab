namespace Toggl;

/// <summary>A write was queued instead of sent (<see cref="TogglOutbox.Queued"/>): its effect is in the cache already.</summary>
public sealed class OutboxQueuedEventArgs : EventArgs
{
    /// <summary>A notice.</summary>
    /// <param name="itemIds">The outbox items the write added.</param>
    /// <param name="pending">How many items the outbox holds now.</param>
    /// <param name="reason">Why it was not sent now; <see langword="null"/> when it waits behind other queued writes.</param>
    /// <param name="resetsAt">When the quota refills, when a spent quota is the reason.</param>
    public OutboxQueuedEventArgs(IReadOnlyList<long> itemIds, int pending, Exception? reason, DateTimeOffset? resetsAt)
    {
        ItemIds = itemIds;
        Pending = pending;
        Reason = reason;
        ResetsAt = resetsAt;
    }

    /// <summary>The outbox items the write added.</summary>
    public IReadOnlyList<long> ItemIds { get; }

    /// <summary>How many items the outbox holds now.</summary>
    public int Pending { get; }

    /// <summary>Why it was not sent now (<see cref="TogglQuotaException"/>, <see cref="TogglTransportException"/>, …); <see langword="null"/> when it waits behind other queued writes.</summary>
    public Exception? Reason { get; }

    /// <summary>When the quota refills, when a spent quota is the reason.</summary>
    public DateTimeOffset? ResetsAt { get; }
}
