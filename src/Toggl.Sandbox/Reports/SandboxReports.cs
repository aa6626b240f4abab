namespace Toggl.Sandbox;

/// <summary>
/// The Reports API v3 report kinds (docs/toggl-api.md §9), as flags: <see cref="SandboxOptions.PaidReports"/> lists
/// those the workspace's plan does not include, which then answer 402 "Workspace needs to have this feature enabled".
/// </summary>
[Flags]
public enum SandboxReports
{
    /// <summary>No report kind.</summary>
    None = 0,

    /// <summary>The detailed report, <c>search/time_entries</c>.</summary>
    Detailed = 1,

    /// <summary>The detailed report's totals, <c>search/time_entries/totals</c>.</summary>
    Totals = 2,

    /// <summary>The summary report, <c>summary/time_entries</c>.</summary>
    Summary = 4,

    /// <summary><c>projects/summary</c> and <c>projects/{project_id}/summary</c>.</summary>
    ProjectSummaries = 8,

    /// <summary>The weekly report, <c>weekly/time_entries</c>.</summary>
    Weekly = 16,

    /// <summary>Every export (<c>.csv</c>, <c>.pdf</c>, <c>.xlsx</c>) of any report.</summary>
    Exports = 32,

    /// <summary>Every report kind.</summary>
    All = Detailed | Totals | Summary | ProjectSummaries | Weekly | Exports,
}
