namespace Toggl.Cli.Demo;

/// <summary>
/// The demo's clock: real time, moved so that the session starts at 11:30 today, local time. Time still
/// passes at its real pace; only the hour is fixed, so the demo's "today" has the same morning whenever it
/// runs (just after midnight there would be no "today" to list). The sandbox and the commands share it.
/// </summary>
internal sealed class DemoClock(TimeProvider real, TimeSpan shift) : TimeProvider
{
    /// <summary>The local time of day the demo starts at.</summary>
    public static readonly TimeOnly StartsAt = new(11, 30);

    /// <summary>A clock reading <see cref="StartsAt"/> today in <paramref name="zone"/> now.</summary>
    public static DemoClock StartingToday(TimeProvider real, TimeZoneInfo zone)
    {
        var now = real.GetUtcNow();
        var today = Time.TimeInput.LocalDate(now, zone);
        var target = Time.TimeInput.FromLocal(today.ToDateTime(StartsAt), zone, "demo start");
        return new DemoClock(real, target - now);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + shift;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => real.TimestampFrequency;

    /// <inheritdoc />
    public override long GetTimestamp() => real.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, dueTime, period);
}
