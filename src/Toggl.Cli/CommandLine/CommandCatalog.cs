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

    private static Type SettingsOf(Type command) =>
        command.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)).GetGenericArguments()[0];
}
