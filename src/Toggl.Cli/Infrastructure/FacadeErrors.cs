using System.Globalization;
using Toggl.Cli.Time;

namespace Toggl.Cli.Infrastructure;

/// <summary>The façade's exceptions as exit codes and one-line explanations.</summary>
internal static class FacadeErrors
{
    /// <summary>The exit code and line for a façade exception, or null for anything else.</summary>
    public static (int ExitCode, string Message)? Describe(Exception error, DateTimeOffset now, TimeZoneInfo zone) => error switch
    {
        // 402 (docs/toggl-api.md §4.2): every request until the window resets is refused, so say when that is.
        // A 402 of another kind than the quota's: the plan lacks the feature (commands naming a report say which).
        TogglFeatureNotEnabledException notEnabled => (ExitCodes.FeatureNotEnabled,
            $"Toggl refused (402: {notEnabled.TogglMessage.Trim().TrimEnd('.')}): the workspace's Toggl plan does not include this; a paid plan is needed"),
        TogglQuotaException quota => (ExitCodes.QuotaExhausted, QuotaLine(quota, now, zone)),
        TogglRateLimitException => (ExitCodes.QuotaExhausted,
            "Toggl is limiting the request rate (429); wait a minute and try again"),
        TogglAuthenticationException auth => (ExitCodes.Authentication,
            $"Toggl refused the credentials ({auth.StatusCode}): check TOGGL_API_TOKEN, ~/.togglrc or `toggl config show`"),
        // Checked before the others: the write may have happened, and trying again may do it twice.
        TogglOutcomeUnknownException unknown => (ExitCodes.OutcomeUnknown, OutcomeUnknownLine(unknown)),
        TogglApiException { StatusCode: 404 } notFound => (ExitCodes.NotFound, $"not found: {notFound.TogglMessage}"),
        TogglApiException api => (ExitCodes.Error, $"Toggl answered {api.StatusCode}: {Blank(api.TogglMessage, "no message")}"),
        // The façade's message says how long and how many attempts; the variable is how to wait longer.
        TogglTimeoutException timeout => (ExitCodes.Error, $"{timeout.Message.TrimEnd('.')}; TOGGL_TIMEOUT (seconds) sets how long a read may wait"),
        TogglTransportException transport => (ExitCodes.Error, $"cannot reach Toggl: {transport.Message}"),
        TogglException toggl => (ExitCodes.Error, toggl.Message),
        // The façade's validation errors (TogglDateTimeException, TogglNamingException) are ArgumentExceptions:
        // the command line asked for something Toggl does not allow.
        ArgumentException argument => (ExitCodes.BadArguments, WithoutParameterSuffix(argument)),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="error"/>, thrown by a façade write (add, stop, edit, delete, bulk edit), means
    /// that Toggl accepted the change and only the local cache commit failed; then the reason and the id of
    /// what Toggl changed. This is the one place that decides it.
    /// </summary>
    public static AcceptedNotCached? AcceptedButNotCached(Exception error) => error switch
    {
        TogglLocalCacheException local => new AcceptedNotCached(
            local.InnerException?.Message ?? local.Message, local.AppliedIds.Count > 0 ? local.AppliedId : null),
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

    private static string OutcomeUnknownLine(TogglOutcomeUnknownException unknown)
    {
        var what = unknown.Method switch
        {
            "POST" => "created it",
            "DELETE" => "deleted it",
            _ => "applied the change",
        };
        var cause = unknown.InnerException?.Message ?? "no answer";
        return $"Toggl did not answer ({cause}) and checking failed too: Toggl may have {what}. "
            + "Run `toggl sync` then `toggl list --today` before trying again.";
    }

    private static string Blank(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    /// <summary>The message of an argument error without .NET's " (Parameter 'x')" suffix, which means nothing to a user.</summary>
    public static string WithoutParameterSuffix(ArgumentException argument) =>
        argument.ParamName is { } name && argument.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? argument.Message[..^$" (Parameter '{name}')".Length]
            : argument.Message;
}

/// <summary>A write Toggl accepted whose local cache commit failed.</summary>
/// <param name="Reason">Why the cache could not be updated.</param>
/// <param name="TrackerId">The tracker Toggl created or changed, when known.</param>
internal sealed record AcceptedNotCached(string Reason, long? TrackerId);
