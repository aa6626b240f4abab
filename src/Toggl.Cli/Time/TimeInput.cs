using System.Globalization;
using System.Text.RegularExpressions;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Time;

/// <summary>
/// Reads the times and dates people type: "09:30" (today), "2026-11-27" (midnight), "2026-11-27 14:00",
/// "yesterday 14:00", "today", "now", "45m ago", "2h ago", or an ISO 8601 instant with an offset.
/// Local times are taken in the user's time zone and <b>converted</b> to an instant (the reference library
/// relabelled them instead: docs/python-reference.md bug 3). A local time that does not exist (the hour a
/// daylight-saving change skips) is an error; one that happens twice is taken at its first occurrence.
/// </summary>
internal static partial class TimeInput
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    private static readonly string[] ClockFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    /// <summary>The instant <paramref name="text"/> names, or a <see cref="CliException"/> (exit code 2).</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="now">The current instant (relative forms count from it; "today" is its local date).</param>
    /// <param name="zone">The user's time zone.</param>
    public static DateTimeOffset ParseInstant(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var input = text.Trim();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (input.Length == 0)
        {
            throw Unreadable(text);
        }

        if (input.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }

        if (Ago().Match(input) is { Success: true } ago)
        {
            return now - AgoSpan(ago, text);
        }

        // "yesterday", "today 14:00", "tomorrow 8:15"
        var words = input.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (RelativeDay(words[0], today) is { } day)
        {
            var time = words.Length == 2 ? Clock(words[1]) ?? throw Unreadable(text) : TimeOnly.MinValue;
            return FromLocal(day.ToDateTime(time), zone, text);
        }

        if (Clock(input) is { } clock)
        {
            return FromLocal(today.ToDateTime(clock), zone, text);
        }

        if (DateOnly.TryParseExact(input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FromLocal(date.ToDateTime(TimeOnly.MinValue), zone, text);
        }

        if (DateTime.TryParseExact(input, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return FromLocal(local, zone, text);
        }

        // An instant with its own offset ("2026-11-27T14:00:00+01:00", "...Z") is kept as that instant.
        if (HasOffset().IsMatch(input)
            && DateTimeOffset.TryParse(input, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw Unreadable(text);
    }

    /// <summary>The calendar date <paramref name="text"/> names: "today", "yesterday", "tomorrow", "2026-11-27".</summary>
    public static DateOnly ParseDate(string text, DateOnly today)
    {
        var input = text.Trim();
        if (RelativeDay(input, today) is { } day)
        {
            return day;
        }

        if (DateOnly.TryParseExact(input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw CliException.BadArguments($"cannot read the date '{text}': use YYYY-MM-DD, today, yesterday or tomorrow");
    }

    /// <summary>A day of the month <paramref name="text"/> names: "2025-03" (its first day), or any date <see cref="ParseDate"/> reads.</summary>
    public static DateOnly ParseMonth(string text, DateOnly today)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        try
        {
            return ParseDate(text, today);
        }
        catch (CliException)
        {
            throw CliException.BadArguments($"cannot read the month '{text}': use YYYY-MM or a day of it (YYYY-MM-DD)");
        }
    }

    /// <summary>
    /// The instant a local wall-clock time names in <paramref name="zone"/>. Skipped times are refused;
    /// repeated times are taken at their first occurrence (the larger offset).
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone, string original)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw CliException.BadArguments(
                $"'{original}' does not exist in time zone {zone.Id} (the clocks skip it); give a time outside the change");
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// The instant a local day starts. In the few zones where a daylight-saving change skips midnight,
    /// the day starts at the first minute that exists.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return FromLocal(local, zone, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The local date of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static DateOnly? RelativeDay(string word, DateOnly today) => word.ToLowerInvariant() switch
    {
        "today" => today,
        "yesterday" => today.AddDays(-1),
        "tomorrow" => today.AddDays(1),
        _ => null,
    };

    private static TimeOnly? Clock(string text) =>
        TimeOnly.TryParseExact(text, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static TimeSpan AgoSpan(Match ago, string original)
    {
        var hours = ago.Groups["h"].Success ? int.Parse(ago.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = ago.Groups["m"].Success ? int.Parse(ago.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours == 0 && minutes == 0)
        {
            throw Unreadable(original);
        }

        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
    }

    /// <summary>
    /// A duration: "2h", "90m", "1h30m", "1:30" (hours and minutes) or a number of hours ("1.5"); a
    /// <see cref="CliException"/> (exit code 2) naming it otherwise. For a task's <c>--estimate</c>.
    /// </summary>
    public static TimeSpan ParseDuration(string text)
    {
        var input = text.Trim();
        if (Span().Match(input) is { Success: true } span && (span.Groups["h"].Success || span.Groups["m"].Success))
        {
            var hours = span.Groups["h"].Success ? int.Parse(span.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var minutes = span.Groups["m"].Success ? int.Parse(span.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        }

        if (Clock(input) is { } clock && input.Contains(':', StringComparison.Ordinal))
        {
            return clock.ToTimeSpan();
        }

        if (double.TryParse(input, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) && h <= 100_000)
        {
            return TimeSpan.FromMinutes(Math.Round(h * 60));
        }

        throw CliException.BadArguments($"cannot read the duration '{text}': use 2h, 90m, 1h30m, 1:30 or a number of hours");
    }

    private static CliException Unreadable(string text) => CliException.BadArguments(
        $"cannot read the time '{text}': use HH:MM, YYYY-MM-DD, 'YYYY-MM-DD HH:MM', 'yesterday HH:MM', '30m ago' or an ISO 8601 time with an offset");

    [GeneratedRegex(@"^(?:(?<h>\d{1,3})\s*h)?\s*(?:(?<m>\d{1,4})\s*m(?:in)?)?\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(?:(?<h>\d{1,5})\s*h)?\s*(?:(?<m>\d{1,6})\s*m(?:in)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
