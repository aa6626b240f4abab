using System.Globalization;
using System.Text.Json;

namespace Toggl.Sandbox.Json;

/// <summary>
/// Toggl's timestamp formats (docs/toggl-api.md §1.1): which one a field uses depends on the field
/// and on the endpoint, so each has its own writer.
/// </summary>
internal static class TogglTime
{
    /// <summary>UTC, truncated (not rounded) to whole seconds, as Toggl stores start/stop (docs/toggl-api.md §1.1).</summary>
    public static DateTimeOffset TruncateToSeconds(DateTimeOffset t)
    {
        var ticks = t.UtcTicks;
        return new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>UTC, truncated to microseconds, as Toggl keeps <c>at</c>.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t)
    {
        var ticks = t.UtcTicks;
        return new DateTimeOffset(ticks - ticks % 10, TimeSpan.Zero);
    }

    /// <summary><c>2024-12-16T17:05:25+00:00</c>: start/stop on GET, server_deleted_at, project/client/workspace <c>at</c>.</summary>
    public static string Offset(DateTimeOffset t) => Seconds(t) + "+00:00";

    /// <summary><c>2024-12-16T01:55:24Z</c>: start/stop in create, update and stop answers.</summary>
    public static string Zulu(DateTimeOffset t) => Seconds(t) + "Z";

    /// <summary><c>2024-12-16T02:24:56.5667Z</c>: Go's RFC3339Nano with microseconds, trailing zeros trimmed.</summary>
    public static string Nano(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        var micros = (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10);
        var head = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (micros == 0)
        {
            return head + "Z";
        }

        return head + "." + micros.ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0') + "Z";
    }

    /// <summary>A calendar date, <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Seconds(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Writes a nullable timestamp with the given format.</summary>
    public static void Write(Utf8JsonWriter w, string name, DateTimeOffset? t, Func<DateTimeOffset, string> format)
    {
        if (t is { } v)
        {
            w.WriteString(name, format(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>
    /// Parses RFC 3339 with any offset and 0–9 fractional digits (§1.1: inputs accept any offset and
    /// fraction). An offset is required: Toggl's Go decoder refuses bare local times.
    /// </summary>
    public static bool TryParseRfc3339(string? s, out DateTimeOffset value)
    {
        value = default;
        if (s is null || s.Length < 20)
        {
            return false;
        }

        if (!TryDigits(s, 0, 4, out var year) || s[4] != '-' || !TryDigits(s, 5, 2, out var month) || s[7] != '-'
            || !TryDigits(s, 8, 2, out var day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
            || !TryDigits(s, 11, 2, out var hour) || s[13] != ':' || !TryDigits(s, 14, 2, out var minute)
            || s[16] != ':' || !TryDigits(s, 17, 2, out var second))
        {
            return false;
        }

        var i = 19;
        long fractionTicks = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var start = i;
            long scale = TimeSpan.TicksPerSecond;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                scale /= 10;
                fractionTicks += (s[i] - '0') * scale;
                i++;
            }

            if (i == start || i - start > 9)
            {
                return false;
            }
        }

        TimeSpan offset;
        if (i == s.Length - 1 && (s[i] == 'Z' || s[i] == 'z'))
        {
            offset = TimeSpan.Zero;
        }
        else if (i == s.Length - 6 && (s[i] == '+' || s[i] == '-') && TryDigits(s, i + 1, 2, out var oh)
                 && s[i + 3] == ':' && TryDigits(s, i + 4, 2, out var om) && oh < 24 && om < 60)
        {
            offset = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23
            || minute > 59 || second > 59)
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Parses <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string? s, out DateOnly value) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>
    /// A list bound (docs/toggl-api.md §6.1: <c>YYYY-MM-DD</c> or RFC 3339). A date-only value means midnight in
    /// <paramref name="zone"/>; <paramref name="dateOnly"/> tells which form was given.
    /// </summary>
    public static bool TryParseBound(string s, TimeZoneInfo zone, out DateTimeOffset value, out bool dateOnly)
    {
        dateOnly = false;
        if (TryParseRfc3339(s, out value))
        {
            return true;
        }

        if (TryParseDate(s, out var date))
        {
            dateOnly = true;
            value = Midnight(date, zone);
            return true;
        }

        return false;
    }

    /// <summary>Midnight of a calendar day in a zone, as an instant.</summary>
    public static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static bool TryDigits(string s, int at, int count, out int value)
    {
        value = 0;
        if (at + count > s.Length)
        {
            return false;
        }

        for (var k = at; k < at + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }

            value = value * 10 + (s[k] - '0');
        }

        return true;
    }
}
