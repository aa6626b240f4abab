namespace Toggl.Cli.Reports;

/// <summary>Where <c>toggl report</c> takes its time from (<c>--source</c>).</summary>
internal enum ReportSource
{
    /// <summary>The synced cache inside Toggl's three-month window, the archive beyond it: no report request.</summary>
    Local,

    /// <summary>Toggl's Reports API (the detailed report, every page): requests each time.</summary>
    Toggl,
}
