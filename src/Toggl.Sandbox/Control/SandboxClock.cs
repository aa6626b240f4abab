namespace Toggl.Sandbox.Control;

/// <summary>
/// The sandbox's clock: the configured one plus an offset that only moves forward, so that an
/// admin call can make the hour turn (and the quota come back) in a standalone server running on
/// the system clock. Timers still run on the configured clock: advancing does not fire them.
/// </summary>
internal sealed class SandboxClock(TimeProvider inner) : TimeProvider
{
    private long offsetTicks;

    /// <summary>How far this clock is ahead of the configured one.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <inheritdoc/>
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <inheritdoc/>
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock forward; time never goes back (windows and <c>at</c> stamps assume it).</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The sandbox clock only moves forward.");
        }

        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
