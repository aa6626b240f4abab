using System.CommandLine;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// A command of <c>toggl</c> in System.CommandLine's tree (which parses, and completes in the shell), with what
/// the tool adds to it: its path ("projects edit"), its examples for the help, and what it runs. A branch such
/// as <c>toggl projects</c> runs nothing and shows its help.
/// </summary>
internal sealed class CliCommand : Command
{
    private Func<ParsedArgs, CancellationToken, Task<int>>? run;

    /// <summary>Creates the command named by the last word of <paramref name="path"/>, with the help option every command takes.</summary>
    /// <param name="path">The words after <c>toggl</c> that name it ("" for the tool itself).</param>
    /// <param name="description">One line for the help.</param>
    public CliCommand(string path, string description)
        : base(path.Length == 0 ? "toggl" : path[(path.LastIndexOf(' ') + 1)..], description)
    {
        Path = path;
        Options.Add(new Option<bool>("--help", "-h", "-?") { Arity = ArgumentArity.Zero, Description = "Prints help information" });
    }

    /// <summary>The words after <c>toggl</c> that name the command ("config set"); "" for the tool itself.</summary>
    public string Path { get; }

    /// <summary>How the command is written in messages: "toggl config set".</summary>
    public string FullName => Path.Length == 0 ? "toggl" : "toggl " + Path;

    /// <summary>Command lines the help shows, each as the words after <c>toggl</c>.</summary>
    public List<string[]> Examples { get; } = [];

    /// <summary>What the command does with its parsed arguments; null for a branch, which shows its help.</summary>
    public Func<ParsedArgs, CancellationToken, Task<int>>? Run
    {
        get => run;
        set
        {
            run = value;
            // The parser refuses a command with subcommands and no action (toggl me): it only needs to know this
            // one runs something; the tool runs it itself (TogglCli.RunAsync), never through the parser.
            SetAction(static _ => 0);
        }
    }

    /// <summary>The subcommands, as the tool's commands.</summary>
    public IEnumerable<CliCommand> Commands => Subcommands.OfType<CliCommand>();

    /// <summary>Adds a subcommand and returns it.</summary>
    public CliCommand Add(string name, string description)
    {
        var child = new CliCommand(Path.Length == 0 ? name : Path + " " + name, description);
        Subcommands.Add(child);
        return child;
    }

    /// <summary>Adds an example to the help; returns the command for chaining.</summary>
    public CliCommand WithExample(params string[] words)
    {
        Examples.Add(words);
        return this;
    }

    /// <summary>
    /// Adds an option that takes a value: <paramref name="names"/> as "-p|--project", the value's name for the help
    /// ("PROJECT"), and optionally its value when not given and the values it accepts (offered by shell completion).
    /// </summary>
    public Option<string> AddValueOption(string names, string valueName, string description, string? defaultValue = null, IReadOnlyList<string>? choices = null)
    {
        var (name, aliases) = Split(names);
        var option = new Option<string>(name, aliases) { HelpName = valueName, Description = description, Arity = ArgumentArity.ExactlyOne };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        if (choices is not null)
        {
            option.CompletionSources.Add(choices.ToArray());
        }

        Options.Add(option);
        return option;
    }

    /// <summary>Adds an option that takes no value (<c>--dry-run</c>): given means true.</summary>
    public Option<bool> AddFlag(string names, string description)
    {
        var (name, aliases) = Split(names);
        var option = new Option<bool>(name, aliases) { Description = description, Arity = ArgumentArity.Zero };
        Options.Add(option);
        return option;
    }

    /// <summary>Adds a positional argument ("ID"): required or not, one value or any number.</summary>
    public Argument AddArgument(string name, string description, bool required, bool many = false)
    {
        Argument argument = many
            ? new Argument<string[]>(name) { Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore }
            : new Argument<string>(name) { Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne };
        argument.Description = description;
        Arguments.Add(argument);
        return argument;
    }

    /// <summary>Whether the option reads a value (<c>--at TIME</c>) rather than being a flag.</summary>
    public static bool TakesValue(Option option) => option.Arity.MaximumNumberOfValues > 0;

    private static (string Name, string[] Aliases) Split(string names)
    {
        var all = names.Split('|');
        var name = all.Single(n => n.StartsWith("--", StringComparison.Ordinal));
        return (name, all.Where(n => n != name).ToArray());
    }
}
