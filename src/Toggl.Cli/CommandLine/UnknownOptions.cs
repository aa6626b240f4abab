using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// Refuses a command line with an option its command does not take, before anything runs, in one line naming
/// it and the closest option the command does take: a mistyped <c>--dryrun</c> must never do the real thing.
/// The arguments are read the way the parser reads them: <c>--name</c>, <c>--name=value</c> (or <c>:value</c>),
/// <c>-c</c> and grouped <c>-abc</c> are options; a token starting with '-' and a digit (<c>-5</c>) is a value;
/// an option that takes a value takes the next argument unless that one looks like an option. Command words and
/// option names are matched whatever their case and handed on to the parser as the tree spells them.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>
    /// The command the line names and the line as the parser should read it; throws a <see cref="CliException"/>
    /// (exit code 2) naming the first unknown command or option. Null when the line names no command (it is empty
    /// or starts with an option: the tool's own help and version).
    /// </summary>
    /// <param name="args">The arguments after <c>toggl</c>.</param>
    /// <param name="catalog">The commands and their options.</param>
    public static CheckedLine? Check(IReadOnlyList<string> args, CommandCatalog catalog)
    {
        if (catalog.UnknownCommand(args) is { } unknown)
        {
            throw CliException.BadArguments(unknown);
        }

        if (catalog.Find(args) is not var (command, words))
        {
            return null;
        }

        var line = new List<string>(args.Count);
        line.AddRange(command.Path.Split(' '));
        var known = new KnownOptions(command);
        var help = false;
        string? waitingForValue = null;
        for (var i = words; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Nothing of this tool reads the words after "--": refuse them rather than drop them silently.
                if (i + 1 < args.Count)
                {
                    throw CliException.BadArguments($"'{command.FullName}' takes nothing after '--' (got '{args[i + 1]}')");
                }

                break;
            }

            if (!LooksLikeOption(arg))
            {
                waitingForValue = null;
                line.Add(arg);
                continue;
            }

            var (spelled, takesValue) = arg.StartsWith("--", StringComparison.Ordinal)
                ? CheckLong(arg, known, command, waitingForValue)
                : CheckShort(arg, known, command, waitingForValue);
            if (waitingForValue is not null)
            {
                // "--project --dry-run": the parser would take the option for the value.
                throw MissingValue(waitingForValue, command);
            }

            help |= spelled is "--help" or "-h" or "-?";
            line.Add(spelled + (HasInlineValue(arg) ? arg[OptionName(arg).Length..] : ""));

            // "--at 09:30": the next argument is the value, whatever it says, unless it is an option itself.
            waitingForValue = takesValue && !HasInlineValue(arg) ? OptionName(arg) : null;
            if (waitingForValue is not null && i + 1 < args.Count && !LooksLikeOption(args[i + 1]) && args[i + 1] != "--")
            {
                i++;
                line.Add(args[i]);
                waitingForValue = null;
            }
        }

        if (waitingForValue is not null && !help)
        {
            throw MissingValue(waitingForValue, command);
        }

        return new CheckedLine(command, line, help);
    }

    private static CliException MissingValue(string option, CliCommand command) =>
        CliException.BadArguments($"option '{option}' of '{command.FullName}' needs a value (see {command.FullName} --help)");

    /// <summary>Whether the parser reads the argument as an option: '-' then a letter, not a negative number.</summary>
    private static bool LooksLikeOption(string arg) => arg.Length > 1 && arg[0] == '-' && arg != "--" && !char.IsDigit(arg[1]);

    private static bool HasInlineValue(string arg) => arg.IndexOfAny(['=', ':']) > 0;

    private static string OptionName(string arg)
    {
        var end = arg.IndexOfAny(['=', ':']);
        return end > 0 ? arg[..end] : arg;
    }

    private static (string Spelled, bool TakesValue) CheckLong(string arg, KnownOptions known, CliCommand command, string? waitingForValue)
    {
        var name = OptionName(arg);
        return known.IsLong(name, out var spelled, out var takesValue) ? (spelled, takesValue) : throw Unknown(name, known, command, waitingForValue);
    }

    private static (string Spelled, bool TakesValue) CheckShort(string arg, KnownOptions known, CliCommand command, string? waitingForValue)
    {
        var name = OptionName(arg);
        var takesValue = false;
        var spelled = "-";
        foreach (var letter in name[1..])
        {
            if (!known.IsShort(letter, out var one, out takesValue))
            {
                throw Unknown(name, known, command, waitingForValue);
            }

            spelled += one[1..];
        }

        return (spelled, takesValue);
    }

    private static CliException Unknown(string name, KnownOptions known, CliCommand command, string? waitingForValue)
    {
        var line = $"unknown option '{name}' for '{command.FullName}'";
        if (waitingForValue is not null)
        {
            // "--tags -urgent": the user meant a value; a value starting with '-' is written after '='.
            return CliException.BadArguments($"{line}; to give {waitingForValue} a value starting with '-', write {waitingForValue}={name}");
        }

        return CliException.BadArguments(Closest.To(name, known.LongOptions) is { } suggestion
            ? $"{line}; did you mean '{suggestion}'?"
            : $"{line} (see {command.FullName} --help)");
    }
}

/// <summary>A command line checked against the command tree: the command it names, and the words the parser reads.</summary>
/// <param name="Command">The command named.</param>
/// <param name="Words">The arguments after <c>toggl</c>, with command words and option names as the tree spells them.</param>
/// <param name="WantsHelp">Whether <c>--help</c> was among the options.</param>
internal sealed record CheckedLine(CliCommand Command, IReadOnlyList<string> Words, bool WantsHelp);
