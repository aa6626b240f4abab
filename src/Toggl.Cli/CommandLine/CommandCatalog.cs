using Spectre.Console.Cli;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// The commands of the tool by their path ("start", "config set") with the settings class each one binds,
/// filled while the command tree is configured so the option check and Spectre see the same commands.
/// </summary>
internal sealed class CommandCatalog
{
    private readonly Dictionary<string, Type> settingsByPath = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a top-level command to <paramref name="config"/> and to the catalog.</summary>
    public ICommandConfigurator Add<TCommand>(IConfigurator config, string name)
        where TCommand : class, ICommand
    {
        settingsByPath[name] = SettingsOf(typeof(TCommand));
        return config.AddCommand<TCommand>(name);
    }

    /// <summary>Adds a command of the branch <paramref name="branchName"/> (e.g. <c>config set</c>).</summary>
    public ICommandConfigurator Add<TCommand>(IConfigurator<CommandSettings> branch, string branchName, string name)
        where TCommand : class, ICommandLimiter<CommandSettings>
    {
        settingsByPath[branchName + " " + name] = SettingsOf(typeof(TCommand));
        return branch.AddCommand<TCommand>(name);
    }

    /// <summary>The command a branch runs with no subcommand (<c>toggl me</c>), also known by <paramref name="name"/> (<c>toggl me show</c>).</summary>
    public ICommandConfigurator AddDefault<TCommand>(IConfigurator<CommandSettings> branch, string branchName, string name)
        where TCommand : class, ICommandLimiter<CommandSettings>
    {
        settingsByPath[branchName] = SettingsOf(typeof(TCommand));
        branch.SetDefaultCommand<TCommand>();
        return Add<TCommand>(branch, branchName, name);
    }

    /// <summary>
    /// The command the arguments start with: its path and how many arguments name it; null when they start
    /// with an option or name no command (Spectre then explains).
    /// </summary>
    public (string Path, int Words, Type Settings)? Find(IReadOnlyList<string> args)
    {
        if (args.Count >= 2 && settingsByPath.TryGetValue(args[0] + " " + args[1], out var branchSettings))
        {
            return (args[0].ToLowerInvariant() + " " + args[1].ToLowerInvariant(), 2, branchSettings);
        }

        return args.Count >= 1 && settingsByPath.TryGetValue(args[0], out var settings)
            ? (args[0].ToLowerInvariant(), 1, settings)
            : null;
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

        var topLevel = settingsByPath.Keys.Select(k => k.Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (!topLevel.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            return Unknown(words[0], topLevel);
        }

        var branch = words[0] + " ";
        var subcommands = settingsByPath.Keys.Where(k => k.StartsWith(branch, StringComparison.OrdinalIgnoreCase)).ToArray();
        return words.Length == 2 && subcommands.Length > 0 && !settingsByPath.ContainsKey(words[0] + " " + words[1])
            ? Unknown(words[0] + " " + words[1], subcommands)
            : null;
    }

    private static string Unknown(string typed, IEnumerable<string> known) =>
        Closest.To(typed, known) is { } closest
            ? $"unknown command '{typed}'; did you mean '{closest.ToLowerInvariant()}'?"
            : $"unknown command '{typed}' (see toggl --help)";

    private static Type SettingsOf(Type command) =>
        command.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)).GetGenericArguments()[0];
}
