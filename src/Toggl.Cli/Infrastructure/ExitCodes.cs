namespace Toggl.Cli.Infrastructure;

/// <summary>
/// The exit codes of <c>toggl</c>, documented in src/Toggl.Cli/README.md so scripts can tell failures apart.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>
    /// Any other failure: Toggl answered an error, the network failed, a file could not be written. A write
    /// command whose cache or state file cannot be written fails with this code before sending anything.
    /// </summary>
    public const int Error = 1;

    /// <summary>The command line was wrong: unknown command or option, a time or date that cannot be read.</summary>
    public const int BadArguments = 2;

    /// <summary>The time entry (or project) named does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>Toggl's hourly quota is used up (402) or requests come too fast (429): try again later.</summary>
    public const int QuotaExhausted = 4;

    /// <summary>Toggl refused the credentials (401/403).</summary>
    public const int Authentication = 5;

    /// <summary>No Toggl account is configured (no API token or no workspace id).</summary>
    public const int NotConfigured = 6;

    /// <summary>
    /// Toggl accepted the change, but the tool could not record it in its local cache or state file: the
    /// change is done, so running the command again would do it twice. <c>toggl sync</c> brings the cache up to date.
    /// </summary>
    public const int LocalWriteFailed = 7;

    /// <summary>
    /// A write went unanswered and checking failed too: Toggl may or may not have applied it. Look
    /// (<c>toggl sync</c>, then <c>toggl list</c>) before trying again, or it may happen twice.
    /// </summary>
    public const int OutcomeUnknown = 8;

    /// <summary>
    /// Toggl refused a report or export the workspace's plan does not include (402 "Workspace needs to have this
    /// feature enabled"): a paid plan is needed; trying again later does not help.
    /// </summary>
    public const int FeatureNotEnabled = 9;

    /// <summary>The user pressed Ctrl-C.</summary>
    public const int Cancelled = 130;
}
