using Toggl.Cli.CommandLine;
using Toggl.Cli.Reports;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl report</c>.</summary>
internal sealed class ReportSettings : ReportRangeSettings, ISettings<ReportSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ReportSettings(ParsedArgs args)
        : base(args)
    {
        By = args.Choice("--by", LocalGrouping.Project);
        Source = args.Choice("--source", ReportSource.Local);
        Refresh = args.Flag("--refresh");
    }

    /// <summary>The grouping (the façade's, so the local report and Toggl's group alike).</summary>
    public LocalGrouping By { get; }

    /// <summary>Where the time comes from: the cache and the archive, or Toggl's Reports API.</summary>
    public ReportSource Source { get; }

    /// <summary>Bring Toggl's window into the cache from Toggl rather than trusting a fresh cache.</summary>
    public bool Refresh { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReportRangeSettings.Declare(command);
        command.AddValueOption("--by", "GROUP", "project, client, tag, description, day, week or month", "project", ParsedArgs.ChoiceNames<LocalGrouping>());
        command.AddValueOption("--source", "SOURCE", "local (the synced cache, and the archive past Toggl's three months) or toggl (Toggl's Reports API)", "local", ParsedArgs.ChoiceNames<ReportSource>());
        command.AddFlag("--refresh", "Ask Toggl for the last three months instead of answering from the synced cache");
    }

    /// <inheritdoc />
    public static new ReportSettings Bind(ParsedArgs args) => new(args);
}
