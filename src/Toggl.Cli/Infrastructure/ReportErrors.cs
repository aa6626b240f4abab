namespace Toggl.Cli.Infrastructure;

/// <summary>The errors of reports and exports that need the report's name to be clear.</summary>
internal static class ReportErrors
{
    /// <summary>
    /// Toggl's 402 "feature not enabled" for <paramref name="report"/> (<c>the weekly report</c>): the workspace's plan
    /// lacks it, so waiting does not help (unlike the spent quota, also a 402). Exit code 9.
    /// </summary>
    public static CliException NotEnabled(string report, TogglFeatureNotEnabledException error) => new(
        ExitCodes.FeatureNotEnabled,
        $"Toggl refused {report} (402: {Quoted(error.TogglMessage)}): the workspace's Toggl plan does not include it; "
        + "a paid plan is needed. `toggl report` over the last three months (from the cache) works on every plan.");

    private static string Quoted(string message) => string.IsNullOrWhiteSpace(message) ? "feature not enabled" : message.Trim().TrimEnd('.');
}
