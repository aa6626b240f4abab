using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// Refuses a command line with an option its command does not take, before anything runs: Spectre's lenient
/// parsing would otherwise drop a mistyped <c>--dryrun</c> and do the real thing. The arguments are read the
/// way Spectre reads them: <c>--name</c>, <c>--name=value</c> (or <c>:value</c>), <c>-c</c> and grouped
/// <c>-abc</c> are options; a token starting with '-' and a digit (<c>-5</c>) is a value; an option with a
/// value name takes the next argument unless that one looks like an option.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Throws a <see cref="CliException"/> (exit code 2) naming the first unknown option, with the closest known one.</summary>
    /// <param name="args">The arguments after <c>toggl</c>.</param>
    /// <param name="catalog">The commands and their settings.</param>
    public static void Check(IReadOnlyList<string> args, CommandCatalog catalog)
    {
        if (catalog.UnknownCommand(args) is { } unknown)
        {
            throw CliException.BadArguments(unknown);
        }

        // Options before any command (--help, --version) and a branch alone are Spectre's to explain.
        if (catalog.Find(args) is not { } command)
        {
            return;
        }

        var known = new KnownOptions(command.Settings);
        string? waitingForValue = null;
        for (var i = command.Words; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Nothing of this tool reads the words after "--": refuse them rather than drop them silently.
                if (i + 1 < args.Count)
                {
                    throw CliException.BadArguments($"'toggl {command.Path}' takes nothing after '--' (got '{args[i + 1]}')");
                }

                return;
            }

            if (!LooksLikeOption(arg))
            {
                waitingForValue = null;
                continue;
            }

            var takesValue = arg.StartsWith("--", StringComparison.Ordinal)
                ? CheckLong(arg, known, command.Path, waitingForValue)
                : CheckShort(arg, known, command.Path, waitingForValue);
            if (waitingForValue is not null)
            {
                // "--project --dry-run": Spectre would fill the value with a word of its own.
                throw MissingValue(waitingForValue, command.Path);
            }

            // "--at 09:30": the next argument is the value, whatever it says, unless it is an option itself.
            waitingForValue = takesValue && !HasInlineValue(arg) ? OptionName(arg) : null;
            if (waitingForValue is not null && i + 1 < args.Count && !LooksLikeOption(args[i + 1]) && args[i + 1] != "--")
            {
                i++;
                waitingForValue = null;
            }
        }

        if (waitingForValue is not null)
        {
            throw MissingValue(waitingForValue, command.Path);
        }
    }

    private static CliException MissingValue(string option, string command) =>
        CliException.BadArguments($"option '{option}' of 'toggl {command}' needs a value (see toggl {command} --help)");

    /// <summary>Whether Spectre reads the argument as an option: '-' then a letter, not a negative number.</summary>
    private static bool LooksLikeOption(string arg) => arg.Length > 1 && arg[0] == '-' && arg != "--" && !char.IsDigit(arg[1]);

    private static bool HasInlineValue(string arg) => arg.IndexOfAny(['=', ':']) > 0;

    private static string OptionName(string arg)
    {
        var end = arg.IndexOfAny(['=', ':']);
        return end > 0 ? arg[..end] : arg;
    }

    private static bool CheckLong(string arg, KnownOptions known, string command, string? waitingForValue)
    {
        var name = OptionName(arg);
        return known.IsLong(name[2..], out var takesValue) ? takesValue : throw Unknown(name, known, command, waitingForValue);
    }

    private static bool CheckShort(string arg, KnownOptions known, string command, string? waitingForValue)
    {
        var name = OptionName(arg);
        var takesValue = false;
        foreach (var letter in name[1..])
        {
            if (!known.IsShort(letter, out takesValue))
            {
                throw Unknown(name, known, command, waitingForValue);
            }
        }

        return takesValue;
    }

    private static CliException Unknown(string name, KnownOptions known, string command, string? waitingForValue)
    {
        var line = $"unknown option '{name}' for 'toggl {command}'";
        if (waitingForValue is not null)
        {
            // "--tags -urgent": the user meant a value; Spectre only takes one starting with '-' after '='.
            return CliException.BadArguments($"{line}; to give {waitingForValue} a value starting with '-', write {waitingForValue}={name}");
        }

        return CliException.BadArguments(Closest.To(name, known.LongOptions) is { } suggestion
            ? $"{line}; did you mean '{suggestion}'?"
            : $"{line} (see toggl {command} --help)");
    }
}
