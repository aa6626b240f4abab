namespace Toggl.Cli.Reports;

/// <summary>Which of Toggl's reports <c>toggl export --report</c> writes.</summary>
internal enum ExportReport
{
    /// <summary>The detailed report (<c>search/time_entries</c>): every entry, fetched page by page.</summary>
    Detailed,

    /// <summary>The summary report (<c>summary/time_entries</c>): time per project and description.</summary>
    Summary,

    /// <summary>The weekly report (<c>weekly/time_entries</c>): seven days a row.</summary>
    Weekly,
}
