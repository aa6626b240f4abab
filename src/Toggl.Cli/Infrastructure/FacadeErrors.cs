using System.Globalization;
using Toggl.Cli.Time;

namespace Toggl.Cli.Infrastructure;

/// <summary>The façade's exceptions as exit codes and one-line explanations.</summary>
internal static class FacadeErrors
{
    /// <summary>The exit code and line for a façade exception, or null for anything else.</summary>
    public static (int ExitCode, string Message)? Describe(Exception error, DateTimeOffset now, TimeZoneInfo zone) => error switch
    {
        // 402 (toggl-api-v9.md §4.2): every request until the window resets is refused, so say when that is.
        TogglQuotaException quota => (ExitCodes.QuotaExhausted, QuotaLine(quota, now, zone)),
        TogglRateLimitException => (ExitCodes.QuotaExhausted,
            "Toggl is limiting the request rate (429); wait a minute and try again"),
        TogglAuthenticationException auth => (ExitCodes.Authentication,
            $"Toggl refused the credentials ({auth.StatusCode}): check TOGGL_API_TOKEN, ~/.togglrc or `toggl config show`"),
        TogglApiException { StatusCode: 404 } notFound => (ExitCodes.NotFound, $"not found: {notFound.TogglMessage}"),
        TogglApiException api => (ExitCodes.Error, $"Toggl answered {api.StatusCode}: {Blank(api.TogglMessage, "no message")}"),
        TogglTransportException transport => (ExitCodes.Error, $"cannot reach Toggl: {transport.Message}"),
        TogglException toggl => (ExitCodes.Error, toggl.Message),
        // The façade's validation errors (TogglDateTimeException, TogglNamingException) are ArgumentExceptions:
        // the command line asked for something Toggl does not allow.
        ArgumentException argument => (ExitCodes.BadArguments, WithoutParameterSuffix(argument)),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="error"/>, thrown by a façade write (add, stop, edit, delete, bulk edit), means
    /// that Toggl accepted the change and only the local cache commit failed; then the reason, and the
    /// tracker's id when the error carries it. This is the one place that decides it.
    /// </summary>
    /// <remarks>
    /// Today the façade throws <see cref="TogglCacheException"/>, and a write touches the cache only after
    /// Toggl answered (the core sends first, then commits), so a cache error out of a write means "accepted,
    /// not recorded"; its id is unknown. When the façade gets a distinct exception for this case carrying
    /// the tracker, match it here instead and return the tracker's id.
    /// </remarks>
    public static AcceptedNotCached? AcceptedButNotCached(Exception error) => error switch
    {
        TogglCacheException cache => new AcceptedNotCached(cache.Message, TrackerId: null),
        _ => null,
    };

    private static string QuotaLine(TogglQuotaException quota, DateTimeOffset now, TimeZoneInfo zone)
    {
        var line = "Toggl's hourly request quota is used up (402)";
        if (quota.ResetsIn is { } resetsIn)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(resetsIn.TotalMinutes));
            line += $"; it resets in {minutes.ToString(CultureInfo.InvariantCulture)} min, at {Display.LocalTime(now + resetsIn, zone)}";
        }
        else
        {
            line += "; it resets within the hour";
        }

        return line + ". Reads from the synced cache (list, current, report) still work.";
    }

    private static string Blank(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private static string WithoutParameterSuffix(ArgumentException argument) =>
        argument.ParamName is { } name && argument.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? argument.Message[..^$" (Parameter '{name}')".Length]
            : argument.Message;
}

/// <summary>A write Toggl accepted whose local cache commit failed.</summary>
/// <param name="Reason">Why the cache could not be updated.</param>
/// <param name="TrackerId">The tracker Toggl created or changed, when known.</param>
internal sealed record AcceptedNotCached(string Reason, long? TrackerId);
