using System.CommandLine;
using Spectre.Console;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// <c>toggl --help</c> and <c>toggl COMMAND --help</c>, read from the command tree: the description, the usage,
/// examples, arguments, options (with their defaults) and subcommands.
/// </summary>
internal static class HelpPrinter
{
    /// <summary>How many examples the tool's own help and a branch's help show, gathered from their commands.</summary>
    private const int GatheredExamples = 5;

    /// <summary>Writes the help of <paramref name="command"/> to <paramref name="console"/>.</summary>
    public static void Print(IAnsiConsole console, CliCommand command)
    {
        if (command.Path.Length > 0)
        {
            Section(console, "DESCRIPTION:");
            console.WriteLine(command.Description ?? "");
            console.WriteLine();
        }

        Section(console, "USAGE:");
        console.WriteLine("    " + Usage(command));

        var examples = command.Examples.Count > 0
            ? command.Examples
            : Gathered(command).SelectMany(c => c.Examples).Take(GatheredExamples).ToList();
        if (examples.Count > 0)
        {
            console.WriteLine();
            Section(console, "EXAMPLES:");
            foreach (var example in examples)
            {
                console.WriteLine("    toggl " + string.Join(' ', example));
            }
        }

        if (command.Arguments.Count > 0)
        {
            console.WriteLine();
            Section(console, "ARGUMENTS:");
            console.Write(Table(command.Arguments.Select(a => (ArgumentName(a), (string?)null, a.Description ?? ""))));
        }

        console.WriteLine();
        Section(console, "OPTIONS:");
        console.Write(Table(command.Options.Select(o => (OptionName(o), Default(o), o.Description ?? ""))));

        if (command.Commands.Any())
        {
            console.WriteLine();
            Section(console, "COMMANDS:");
            console.Write(Table(command.Commands.Select(c =>
                (string.Join(' ', [c.Name, .. c.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(ArgumentName)]), (string?)null, c.Description ?? ""))));
        }
    }

    private static void Section(IAnsiConsole console, string title) => console.WriteLine(title);

    /// <summary>"toggl start &lt;DESCRIPTION&gt; [OPTIONS]", "toggl projects [OPTIONS] &lt;COMMAND&gt;".</summary>
    private static string Usage(CliCommand command)
    {
        var words = new List<string> { command.FullName };
        if (command.Commands.Any())
        {
            // A branch that runs something itself (toggl me) takes its subcommand as optional.
            words.Add("[OPTIONS]");
            words.Add(command.Run is null ? "<COMMAND>" : "[COMMAND]");
        }
        else
        {
            words.AddRange(command.Arguments.Select(ArgumentName));
            words.Add("[OPTIONS]");
        }

        return string.Join(' ', words);
    }

    /// <summary>The commands whose examples a help without its own shows: those below it.</summary>
    private static IEnumerable<CliCommand> Gathered(CliCommand command) =>
        command.Commands.SelectMany(child => (IEnumerable<CliCommand>)[child, .. Gathered(child)]);

    private static string ArgumentName(Argument argument)
    {
        var name = argument.Arity.MaximumNumberOfValues > 1 ? argument.Name + "..." : argument.Name;
        return argument.Arity.MinimumNumberOfValues > 0 ? $"<{name}>" : $"[{name}]";
    }

    /// <summary>"-p, --project &lt;PROJECT&gt;", with room for the short name when there is none.</summary>
    private static string OptionName(Option option)
    {
        var shortName = option.Aliases.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var text = (shortName is null ? "    " : shortName + ", ") + option.Name;
        return CliCommand.TakesValue(option) && option.HelpName is { } value ? $"{text} <{value}>" : text;
    }

    private static string? Default(Option option) => CliCommand.TakesValue(option) && option.HasDefaultValue ? option.GetDefaultValue()?.ToString() : null;

    private static Grid Table(IEnumerable<(string Name, string? Default, string Description)> rows)
    {
        var list = rows.ToList();
        var withDefaults = list.Any(r => r.Default is not null);
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadLeft(4).PadRight(4));
        if (withDefaults)
        {
            grid.AddColumn(new GridColumn().NoWrap().PadRight(4));
        }

        grid.AddColumn(new GridColumn());
        if (withDefaults)
        {
            grid.AddRow(new Text(""), new Text("DEFAULT"), new Text(""));
        }

        foreach (var (name, value, description) in list)
        {
            if (withDefaults)
            {
                grid.AddRow(new Text(name), new Text(value ?? ""), new Text(description));
            }
            else
            {
                grid.AddRow(new Text(name), new Text(description));
            }
        }

        return grid;
    }
}
