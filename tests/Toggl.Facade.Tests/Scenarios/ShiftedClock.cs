namespace Toggl.Facade.Tests;

/// <summary>
/// The system clock plus an offset the test moves forward: shared by a sandbox and a client, "an hour later" is one
/// call, while timers (the pacer's 1 s wait) run in real time, so a paced replay is measured, not estimated.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
