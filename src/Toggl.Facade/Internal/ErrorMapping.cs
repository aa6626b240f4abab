using System.Text;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The one place where a core <c>TogglError</c> value becomes an exception (docs/architecture.md, "A call, end to end").
/// Messages come from <c>TogglError.message</c>, which never holds credentials.
/// </summary>
internal static class ErrorMapping
{
    public static Exception ToException(Core.TogglError error, CancellationToken cancellationToken)
    {
        var message = Core.TogglErrorModule.message(error);
        switch (error)
        {
            case Core.TogglError.Validation validation:
                return ToException(validation.Item);
            case Core.TogglError.NotFound notFound:
                return new TogglApiException(404, notFound.message, message);
            case Core.TogglError.Conflict conflict:
                return new TogglApiException(409, conflict.message, message);
            case Core.TogglError.ConflictOnRetry conflict:
                return new TogglApiException(409, conflict.message, message);
            case Core.TogglError.Unauthorized unauthorized:
                return new TogglAuthenticationException(unauthorized.status, unauthorized.message, message);
            case Core.TogglError.QuotaExhausted quota:
                return new TogglQuotaException(
                    quota.message,
                    message,
                    Interop.ToNullable(quota.resetsIn),
                    Interop.ToNullable(quota.remaining));
            case Core.TogglError.FeatureNotEnabled feature:
                return new TogglFeatureNotEnabledException(feature.message, message);
            case Core.TogglError.RateLimited limited:
                return new TogglRateLimitException(limited.message, message, Interop.ToNullable(limited.retryAfter));
            case Core.TogglError.BadRequest bad:
                return new TogglApiException(bad.status, bad.message, message);
            case Core.TogglError.ServerError server:
                return new TogglApiException(server.status, server.message, message);
            case Core.TogglError.Transport:
                return new TogglTransportException(message);
            case Core.TogglError.Unreachable:
                return new TogglUnreachableException(message);
            case Core.TogglError.Timeout timeout:
                return new TogglTimeoutException(message, timeout.after);
            case Core.TogglError.Decode decode:
                return new TogglDecodeException(message, decode.Item.Path);
            case Core.TogglError.CacheFailure:
                return new TogglCacheException(message);
            case Core.TogglError.OutcomeUnknown unknown:
                return new TogglOutcomeUnknownException(
                    message,
                    unknown.request.Method.Name,
                    unknown.request.Path,
                    Interop.IsSome(unknown.request.Body) ? unknown.request.Body!.Value : null,
                    ToException(unknown.cause, cancellationToken));
            case Core.TogglError.AppliedButNotCached applied:
                return new TogglLocalCacheException(
                    message,
                    applied.ids.ToArray(),
                    Convert.ToFacade(applied.tracker),
                    ToException(applied.cause, cancellationToken));
            default:
                if (error.IsCancelled)
                    return new OperationCanceledException(message, cancellationToken);
                return new TogglException(message);
        }
    }

    public static Exception ToException(Core.ValidationError error)
    {
        var message = Core.ValidationErrorModule.message(error);
        var parameter = ParameterName(Core.ValidationErrorModule.parameter(error));
        var kind = Core.ValidationErrorModule.kind(error);

        if (kind.IsNaming)
            return new TogglNamingException(message, parameter);
        if (kind.IsDateTime)
            return new TogglDateTimeException(message, parameter);
        if (error is Core.ValidationError.InvalidId invalid)
            return new ArgumentOutOfRangeException(parameter, invalid.id, message);
        if (error.IsOutOfRange)
            return new ArgumentOutOfRangeException(parameter, message);
        // The Python library's sync has no cache argument: a missing cache is the endpoint's state, not an argument.
        if (error.IsNoCache)
            return new InvalidOperationException(message);
        return new ArgumentException(message, parameter);
    }

    // Fields that only a body carries (a report's filters and options): the C# parameter is the body, and the
    // message names the field in Toggl's words.
    private static readonly HashSet<string> BodyFields =
    [
        "user_ids", "project_ids", "client_ids", "tag_ids", "task_ids", "group_ids", "time_entry_ids",
        "min_duration_seconds", "max_duration_seconds", "rounding", "rounding_minutes", "page_size",
    ];

    /// <summary>
    /// The C# parameter a core (snake_case, the Python library's words) parameter name stands for:
    /// <c>start_date</c> is <c>startDate</c>; a description lives in the body.
    /// </summary>
    public static string ParameterName(string coreName)
    {
        if (coreName == "description" || BodyFields.Contains(coreName))
            return "body";
        var builder = new StringBuilder(coreName.Length);
        var upper = false;
        foreach (var c in coreName)
        {
            if (c == '_')
            {
                upper = builder.Length > 0;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }
}
