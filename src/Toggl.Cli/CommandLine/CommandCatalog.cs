namespace Toggl.Cli.CommandLine;

/// <summary>
/// The commands of the tool by their path ("start", "config set"), read from the one command tree (the one
/// System.CommandLine parses with), so the option check, the help and the parser see the same commands.
/// </summary>
internal sealed class CommandCatalog
{
    private readonly Dictionary<string, CliCommand> byPath = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads every command under <paramref name="root"/>.</summary>
    public CommandCatalog(CliCommand root)
    {
        Root = root;
        foreach (var command in Descendants(root))
        {
            byPath[command.Path] = command;
        }
    }

    /// <summary>The tool itself: <c>toggl</c>, whose subcommands are the commands.</summary>
    public CliCommand Root { get; }

    /// <summary>Every command, branches included, in the order the help lists them.</summary>
    public IEnumerable<CliCommand> All => byPath.Values;

    /// <summary>
    /// The command the arguments start with and how many arguments name it; null when they start with an option
    /// or name no command (<see cref="UnknownCommand"/> explains).
    /// </summary>
    public (CliCommand Command, int Words)? Find(IReadOnlyList<string> args)
    {
        if (args.Count >= 2 && byPath.TryGetValue(args[0] + " " + args[1], out var sub))
        {
            return (sub, 2);
        }

        return args.Count >= 1 && !args[0].StartsWith('-') && byPath.TryGetValue(args[0], out var command) ? (command, 1) : null;
    }

    /// <summary>
    /// Why the arguments name no command, with the closest command when one is near (<c>unknown command 'projcts';
    /// did you mean 'projects'?</c>); null when they name one, start with an option, or name a branch alone (its
    /// help follows). A word after a branch that is none of its subcommands is unknown too (<c>projects lst</c>).
    /// </summary>
    public string? UnknownCommand(IReadOnlyList<string> args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).Take(2).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var topLevel = Root.Commands.Select(c => c.Path).ToArray();
        if (!byPath.TryGetValue(words[0], out var first))
        {
            return Unknown(words[0], topLevel);
        }

        var subcommands = first.Commands.Select(c => c.Path).ToArray();
        return words.Length == 2 && subcommands.Length > 0 && !byPath.ContainsKey(words[0] + " " + words[1])
            ? Unknown(words[0] + " " + words[1], subcommands)
            : null;
    }

    private static string Unknown(string typed, IEnumerable<string> known) =>
        Closest.To(typed, known) is { } closest
            ? $"unknown command '{typed}'; did you mean '{closest.ToLowerInvariant()}'?"
            : $"unknown command '{typed}' (see toggl --help)";

    private static IEnumerable<CliCommand> Descendants(CliCommand command) =>
        command.Commands.SelectMany(child => (IEnumerable<CliCommand>)[child, .. Descendants(child)]);
}
