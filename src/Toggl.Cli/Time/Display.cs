using System.Globalization;

namespace Toggl.Cli.Time;

/// <summary>How times and durations are shown: always in the user's local time zone.</summary>
internal static class Display
{
    /// <summary>"2026-11-27 09:30" in <paramref name="zone"/>.</summary>
    public static string LocalTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant in ISO 8601 with the local offset, e.g. "2026-11-27T09:30:00+01:00" (for JSON and CSV).</summary>
    public static string Iso(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"1:05:00": hours (past 24 when needed), minutes, seconds.</summary>
    public static string Duration(TimeSpan duration)
    {
        var sign = duration < TimeSpan.Zero ? "-" : "";
        var abs = duration.Duration();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{sign}{(long)abs.TotalHours}:{abs.Minutes:00}:{abs.Seconds:00}");
    }
}
