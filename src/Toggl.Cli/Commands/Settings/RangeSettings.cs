using Spectre.Console;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Settings;

/// <summary>
/// Options choosing a span of days: <c>--today</c>, <c>--week</c>, <c>--from D --to D</c>. Not a
/// <see cref="ReadSettings"/>: an export always asks Toggl, so only the reads among its users take <c>--refresh</c>.
/// </summary>
internal class RangeSettings : OutputSettings, ISettings<RangeSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected RangeSettings(ParsedArgs args)
        : base(args)
    {
        TodayOnly = args.Flag("--today");
        Week = args.Flag("--week");
        From = args.Text("--from");
        To = args.Text("--to");
    }

    /// <summary>Today only.</summary>
    public bool TodayOnly { get; }

    /// <summary>This week, Monday to Sunday.</summary>
    public bool Week { get; }

    /// <summary>First day of a range (needs <c>--to</c>).</summary>
    public string? From { get; }

    /// <summary>Last day of a range, inclusive (needs <c>--from</c>).</summary>
    public string? To { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddFlag("--today", "Today");
        command.AddFlag("--week", "This week, Monday to Sunday");
        command.AddValueOption("--from", "DATE", "First day: YYYY-MM-DD, today, yesterday (with --to)");
        command.AddValueOption("--to", "DATE", "Last day, inclusive (with --from)");
    }

    /// <inheritdoc />
    public static new RangeSettings Bind(ParsedArgs args) => new(args);

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
internal sealed class ListSettings : RangeSettings, ISettings<ListSettings>
{
    private ListSettings(ParsedArgs args)
        : base(args)
    {
        Since = args.Text("--since");
        Refresh = args.Flag("--refresh");
    }

    /// <summary>Entries started at or after this time.</summary>
    public string? Since { get; }

    /// <inheritdoc />
    protected override int RangeOptionsGiven => base.RangeOptionsGiven + (Since is not null ? 1 : 0);

    /// <inheritdoc />
    protected override string RangeOptionNames => base.RangeOptionNames + ", --since";

    /// <summary>Ask Toggl instead of the cache.</summary>
    public bool Refresh { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        RangeSettings.Declare(command);
        command.AddValueOption("--since", "TIME", "Entries started at or after TIME (e.g. \"yesterday 14:00\")");
        command.AddFlag("--refresh", "Ask Toggl instead of answering from the synced cache");
    }

    /// <inheritdoc />
    public static new ListSettings Bind(ParsedArgs args) => new(args);
}
