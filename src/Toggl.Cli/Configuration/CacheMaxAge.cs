using System.Globalization;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// <c>TOGGL_CACHE_MAX_AGE</c>: how many minutes old the last sync may be for reads to be answered from the
/// cache, from 0 (every read asks Toggl) to 525600 (one year); 15 when unset or blank. The rule itself is the
/// core's: the session passes the age as the façade's <see cref="TogglClientOptions.CacheMaxAge"/>. A value set but not in
/// that range (unreadable, negative, NaN, infinite, too large) is an error, never silently replaced by the
/// default: the user asked for something the tool would not do.
/// </summary>
internal static class CacheMaxAge
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "TOGGL_CACHE_MAX_AGE";

    /// <summary>The largest value, in minutes: one year.</summary>
    public const double MaxMinutes = 525_600;

    /// <summary>The age used when the variable is unset: 15 minutes.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(15);

    /// <summary>The maximum age the environment sets, or a <see cref="CliException"/> (exit code 2) naming the variable and the range.</summary>
    public static TimeSpan Read(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return EnvironmentNumber.TryRead(text, 0, MaxMinutes, out var minutes)
            ? TimeSpan.FromMinutes(minutes)
            : throw CliException.BadArguments(
                $"{Variable} is '{text}'; it must be a number of minutes from 0 to {MaxMinutes.ToString(CultureInfo.InvariantCulture)} (one year), e.g. 15");
    }
}
