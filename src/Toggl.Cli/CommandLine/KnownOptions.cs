using System.CommandLine;

namespace Toggl.Cli.CommandLine;

/// <summary>The options one command takes, as its node in the command tree declares them (help included).</summary>
internal sealed class KnownOptions
{
    private readonly Dictionary<string, (string Name, bool TakesValue)> longNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Name, bool TakesValue)> shortNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the options of <paramref name="command"/>.</summary>
    public KnownOptions(Command command)
    {
        foreach (var option in command.Options)
        {
            var takesValue = CliCommand.TakesValue(option);
            foreach (var name in option.Aliases.Prepend(option.Name))
            {
                var names = name.StartsWith("--", StringComparison.Ordinal) ? longNames : shortNames;
                names[name] = (name, takesValue);
            }
        }
    }

    /// <summary>The long names, as typed: "--dry-run".</summary>
    public IEnumerable<string> LongOptions => longNames.Values.Select(o => o.Name);

    /// <summary>
    /// Whether <c>--name</c> (any case) is an option: its spelling in the tree (<paramref name="name"/>) and
    /// whether it reads a value.
    /// </summary>
    public bool IsLong(string typed, out string name, out bool takesValue) => Lookup(longNames, typed, out name, out takesValue);

    /// <summary>Whether <c>-c</c> (any case) is an option: its spelling in the tree and whether it reads a value.</summary>
    public bool IsShort(char typed, out string name, out bool takesValue) => Lookup(shortNames, "-" + typed, out name, out takesValue);

    private static bool Lookup(Dictionary<string, (string Name, bool TakesValue)> names, string typed, out string name, out bool takesValue)
    {
        var found = names.TryGetValue(typed, out var option);
        (name, takesValue) = found ? option : (typed, false);
        return found;
    }
}
