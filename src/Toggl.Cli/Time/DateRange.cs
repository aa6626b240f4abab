using System.Globalization;

namespace Toggl.Cli.Time;

/// <summary>
/// A span of local days, <see cref="From"/> to <see cref="To"/> inclusive, and the instants it covers in a
/// time zone: from the start of <see cref="From"/> to the start of the day after <see cref="To"/>.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
internal sealed record DateRange(DateOnly From, DateOnly To)
{
    /// <summary>Just this day.</summary>
    public static DateRange Day(DateOnly day) => new(day, day);

    /// <summary>The week holding <paramref name="day"/>, Monday to Sunday (Toggl's default beginning of week).</summary>
    public static DateRange WeekOf(DateOnly day)
    {
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        var monday = day.AddDays(-sinceMonday);
        return new DateRange(monday, monday.AddDays(6));
    }

    /// <summary>The month holding <paramref name="day"/>, its first day to its last.</summary>
    public static DateRange MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new DateRange(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The year holding <paramref name="day"/>, 1 January to 31 December.</summary>
    public static DateRange YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    /// <summary>The instant the range starts in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone) => TimeInput.StartOfDay(From, zone);

    /// <summary>The instant the range ends (exclusive) in <paramref name="zone"/>.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => TimeInput.StartOfDay(To.AddDays(1), zone);

    /// <summary>"2026-11-23 – 2026-11-29", or one date for a single day.</summary>
    public override string ToString() => From == To
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
