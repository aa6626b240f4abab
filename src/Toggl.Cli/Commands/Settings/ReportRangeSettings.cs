using System.ComponentModel;
using Spectre.Console.Cli;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Settings;

/// <summary>
/// The days of a report or an export: <c>--today</c>, <c>--week</c>, <c>--month</c>, <c>--year</c> or
/// <c>--from D --to D</c> (reports reach past Toggl's three-month window, so a month and a year are one word each).
/// </summary>
internal class ReportRangeSettings : RangeSettings
{
    /// <summary>This month, its first day to its last.</summary>
    [CommandOption("--month")]
    [Description("This month, first day to last")]
    public bool Month { get; init; }

    /// <summary>This year, 1 January to 31 December.</summary>
    [CommandOption("--year")]
    [Description("This year, 1 January to 31 December")]
    public bool Year { get; init; }

    /// <inheritdoc />
    protected override int RangeOptionsGiven => base.RangeOptionsGiven + (Month ? 1 : 0) + (Year ? 1 : 0);

    /// <inheritdoc />
    protected override string RangeOptionNames => "--today, --week, --month, --year, --from/--to";

    /// <inheritdoc />
    public override DateRange Range(DateOnly today, DateRange fallback) =>
        Month ? DateRange.MonthOf(today) : Year ? DateRange.YearOf(today) : base.Range(today, fallback);
}
