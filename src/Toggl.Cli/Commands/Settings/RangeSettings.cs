using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Settings;

/// <summary>
/// Options choosing a span of days: <c>--today</c>, <c>--week</c>, <c>--from D --to D</c>. Not a
/// <see cref="ReadSettings"/>: an export always asks Toggl, so only the reads among its users take <c>--refresh</c>.
/// </summary>
internal class RangeSettings : OutputSettings
{
    /// <summary>Today only.</summary>
    [CommandOption("--today")]
    [Description("Today")]
    public bool TodayOnly { get; init; }

    /// <summary>This week, Monday to Sunday.</summary>
    [CommandOption("--week")]
    [Description("This week, Monday to Sunday")]
    public bool Week { get; init; }

    /// <summary>First day of a range (needs <c>--to</c>).</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day: YYYY-MM-DD, today, yesterday (with --to)")]
    public string? From { get; init; }

    /// <summary>Last day of a range, inclusive (needs <c>--from</c>).</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day, inclusive (with --from)")]
    public string? To { get; init; }

    /// <summary>How many of the range options were given.</summary>
    protected virtual int RangeOptionsGiven => (TodayOnly ? 1 : 0) + (Week ? 1 : 0) + (From is not null || To is not null ? 1 : 0);

    /// <summary>The range options, as an error lists them.</summary>
    protected virtual string RangeOptionNames => "--today, --week, --from/--to";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (RangeOptionsGiven > 1)
        {
            return ValidationResult.Error("give one of " + RangeOptionNames);
        }

        if ((From is null) != (To is null))
        {
            return ValidationResult.Error(From is null ? "--to needs --from" : "--from needs --to");
        }

        return base.Validate();
    }

    /// <summary>The days chosen, or <paramref name="fallback"/> when no range option was given.</summary>
    public virtual DateRange Range(DateOnly today, DateRange fallback)
    {
        if (TodayOnly)
        {
            return DateRange.Day(today);
        }

        if (Week)
        {
            return DateRange.WeekOf(today);
        }

        if (From is not null && To is not null)
        {
            var from = TimeInput.ParseDate(From, today);
            var to = TimeInput.ParseDate(To, today);
            if (to < from)
            {
                throw Infrastructure.CliException.BadArguments($"--to {To} is before --from {From}");
            }

            return new DateRange(from, to);
        }

        return fallback;
    }
}

/// <summary>Options of <c>toggl list</c>: a range of days or <c>--since TIME</c>.</summary>
internal sealed class ListSettings : RangeSettings
{
    /// <summary>Entries started at or after this time.</summary>
    [CommandOption("--since <TIME>")]
    [Description("Entries started at or after TIME (e.g. \"yesterday 14:00\")")]
    public string? Since { get; init; }

    /// <inheritdoc />
    protected override int RangeOptionsGiven => base.RangeOptionsGiven + (Since is not null ? 1 : 0);

    /// <inheritdoc />
    protected override string RangeOptionNames => base.RangeOptionNames + ", --since";

    /// <summary>Ask Toggl instead of the cache.</summary>
    [CommandOption("--refresh")]
    [Description("Ask Toggl instead of answering from the synced cache")]
    public bool Refresh { get; init; }
}
