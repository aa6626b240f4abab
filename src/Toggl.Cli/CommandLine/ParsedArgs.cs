using System.CommandLine;
using System.Globalization;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// The values of one parsed command line, read by the settings types (each binds its options here, in one
/// place). Every value arrives as text and is converted here, so a wrong one is a typed error naming the
/// option and what it takes (exit code 2), never a .NET type name.
/// </summary>
internal sealed class ParsedArgs(ParseResult result, CliCommand command)
{
    /// <summary>The command being run.</summary>
    public CliCommand Command => command;

    /// <summary>The text of an option (by its long name, "--project"), or its default, or null when not given.</summary>
    public string? Text(string option) => result.GetValue<string>(option);

    /// <summary>Whether a flag (<c>--dry-run</c>) was given.</summary>
    public bool Flag(string option) => result.GetValue<bool>(option);

    /// <summary>The one value of a positional argument ("ID"), or null when not given.</summary>
    public string? Argument(string name) => result.GetValue<string>(name);

    /// <summary>All values of a positional argument that takes many ("IDS").</summary>
    public IReadOnlyList<string> Arguments(string name) => result.GetValue<string[]>(name) ?? [];

    /// <summary>An option's whole number, or null when not given.</summary>
    public long? Long(string option) =>
        Text(option) is not { } text ? null
        : long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw CliException.BadArguments($"{option} '{text}' is not a whole number");

    /// <summary>An option's whole number that fits an int, or null when not given.</summary>
    public int? Int(string option) =>
        Long(option) is not { } value ? null
        : value is >= int.MinValue and <= int.MaxValue ? (int)value
        : throw CliException.BadArguments($"{option} {value} is out of range");

    /// <summary>An option's decimal number ("80.5"), or null when not given.</summary>
    public decimal? Decimal(string option) =>
        Text(option) is not { } text ? null
        : decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw CliException.BadArguments($"{option} '{text}' is not a number (write 80.5)");

    /// <summary>An option that takes true or false (<c>--billable false</c>), or null when not given.</summary>
    public bool? YesOrNo(string option) =>
        Text(option) is not { } text ? null
        : bool.TryParse(text.Trim(), out var value) ? value
        : throw CliException.BadArguments($"{option} '{text}' is not true or false");

    /// <summary>
    /// An option naming one of an enum's values, case ignored (<c>--output json</c>); the default when not given.
    /// </summary>
    public T Choice<T>(string option, T fallback)
        where T : struct, Enum
    {
        if (Text(option) is not { } text)
        {
            return fallback;
        }

        // Names only: a number would be accepted by Enum.TryParse and mean nothing to the user.
        return !text.Any(char.IsDigit) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw CliException.BadArguments($"{option} '{text}' is not one of {string.Join(", ", ChoiceNames<T>())}");
    }

    /// <summary>An argument's whole number, or null when not given.</summary>
    public long? LongArgument(string name, string what) =>
        Argument(name) is not { } text ? null : ParseLong(text, what);

    /// <summary>A time entry id argument: a Toggl id or a local one typed <c>L3</c> (<see cref="EntryIds"/>); null when not given.</summary>
    public long? EntryIdArgument(string name) => Argument(name) is not { } text ? null : EntryIds.Parse(text);

    /// <summary>The whole numbers of an argument that takes many ("IDS").</summary>
    public long[] LongArguments(string name, string what) => Arguments(name).Select(text => ParseLong(text, what)).ToArray();

    /// <summary>The names an enum's values are typed as: "table", "json", "csv".</summary>
    public static IReadOnlyList<string> ChoiceNames<T>()
        where T : struct, Enum =>
        Enum.GetNames<T>().Select(name => name.ToLowerInvariant()).ToArray();

    private static long ParseLong(string text, string what) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CliException.BadArguments($"'{text}' is not {what} (a positive number)");
}
