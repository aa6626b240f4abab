using System.ComponentModel;
using Spectre.Console.Cli;
using Toggl.Cli.Reports;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl report</c>.</summary>
internal sealed class ReportSettings : ReportRangeSettings
{
    /// <summary>The grouping (the façade's, so the local report and Toggl's group alike).</summary>
    [CommandOption("--by <GROUP>")]
    [Description("project, client, tag, description, day, week or month")]
    [DefaultValue(LocalGrouping.Project)]
    public LocalGrouping By { get; init; } = LocalGrouping.Project;

    /// <summary>Where the time comes from: the cache and the archive, or Toggl's Reports API.</summary>
    [CommandOption("--source <SOURCE>")]
    [Description("local (the synced cache, and the archive past Toggl's three months) or toggl (Toggl's Reports API)")]
    [DefaultValue(ReportSource.Local)]
    public ReportSource Source { get; init; } = ReportSource.Local;

    /// <summary>Bring Toggl's window into the cache from Toggl rather than trusting a fresh cache.</summary>
    [CommandOption("--refresh")]
    [Description("Ask Toggl for the last three months instead of answering from the synced cache")]
    public bool Refresh { get; init; }
}
