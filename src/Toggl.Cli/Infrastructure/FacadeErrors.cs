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

    /// <summary>
    /// The error a write (<see cref="Session.TogglSession.SendWriteAsync"/>) reports for <paramref name="error"/>, or null
    /// when <see cref="Describe"/> says it as well: a write that timed out waited its attempts (10 s each), not
    /// <c>TOGGL_TIMEOUT</c>, which bounds reads, so its line does not send the user to that variable.
    /// </summary>
    public static CliException? ForWrite(Exception error) => error switch
    {
        // An unanswered create was looked for and is not there, an edit was retried, a stop or delete rechecked:
        // what is left is a Toggl that did not answer, so sending it again later is safe.
        TogglTimeoutException timeout => new CliException(
            ExitCodes.Error,
            $"{timeout.Message.TrimEnd('.')}; the change was not confirmed: try again later (TOGGL_TIMEOUT bounds reads, not changes)",
            timeout),
        _ => null,
    };

    private static string OutcomeUnknownLine(TogglOutcomeUnknownException unknown)
    {
        var cause = unknown.InnerException?.Message ?? "no answer";
        if (unknown.Method == "POST" && CreatedObject(unknown) is var (kind, name, list))
        {
            return $"Toggl did not answer ({cause}) and checking failed too: the {kind} '{name}' may have been created; "
                + $"run `{list}` before trying again.";
        }

        var what = unknown.Method switch
        {
            "POST" => "created it",
            "DELETE" => "deleted it",
            _ => "applied the change",
        };
        return $"Toggl did not answer ({cause}) and checking failed too: Toggl may have {what}. "
            + "Run `toggl sync` then `toggl list --today` before trying again.";
    }

    /// <summary>
    /// The object a create whose outcome is unknown was for, by the path it was sent to (docs/toggl-api.md §8):
    /// its kind, the name its body set, and the listing that shows it; null for a time entry (or anything else).
    /// </summary>
    private static (string Kind, string Name, string List)? CreatedObject(TogglOutcomeUnknownException unknown)
    {
        var (kind, list) = unknown.Path.TrimEnd('/').Split('/')[^1] switch
        {
            "projects" => ("project", "toggl projects list --refresh"),
            "clients" => ("client", "toggl clients list --refresh"),
            "tags" => ("tag", "toggl tags list --refresh"),
            "tasks" => ("task", "toggl tasks list --refresh"),
            "workspaces" => ("workspace", "toggl workspaces list --refresh"),
            "organizations" => ("organization", "toggl orgs list --refresh"),
            _ => ((string?)null, (string?)null),
        };
        return kind is null || list is null ? null : (kind, BodyName(unknown.RequestBody) ?? "", list);
    }

    /// <summary>The <c>name</c> a create's JSON body set, or null (no body, no name, not JSON).</summary>
    private static string? BodyName(string? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == System.Text.Json.JsonValueKind.String
                    ? name.GetString()
                    : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
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
