using Toggl.Cli.CommandLine;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Settings;

/// <summary>
/// The days of a report or an export: <c>--today</c>, <c>--week</c>, <c>--month</c>, <c>--year</c> or
/// <c>--from D --to D</c> (reports reach past Toggl's three-month window, so a month and a year are one word each).
/// </summary>
internal class ReportRangeSettings : RangeSettings, ISettings<ReportRangeSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected ReportRangeSettings(ParsedArgs args)
        : base(args)
    {
        Month = args.Flag("--month");
        Year = args.Flag("--year");
    }

    /// <summary>This month, its first day to its last.</summary>
    public bool Month { get; }

    /// <summary>This year, 1 January to 31 December.</summary>
    public bool Year { get; }

    /// <inheritdoc />
    protected override int RangeOptionsGiven => base.RangeOptionsGiven + (Month ? 1 : 0) + (Year ? 1 : 0);

    /// <inheritdoc />
    protected override string RangeOptionNames => "--today, --week, --month, --year, --from/--to";

    /// <inheritdoc />
    public override DateRange Range(DateOnly today, DateRange fallback) =>
        Month ? DateRange.MonthOf(today) : Year ? DateRange.YearOf(today) : base.Range(today, fallback);

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        RangeSettings.Declare(command);
        command.AddFlag("--month", "This month, first day to last");
        command.AddFlag("--year", "This year, 1 January to 31 December");
    }

    /// <inheritdoc />
    public static new ReportRangeSettings Bind(ParsedArgs args) => new(args);
}
