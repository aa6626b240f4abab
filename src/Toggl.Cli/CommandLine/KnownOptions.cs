using System.Reflection;
using Spectre.Console.Cli;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// The options one command takes, read from the <see cref="CommandOptionAttribute"/>s of its settings class
/// (inherited ones included), plus the help option Spectre adds to every command.
/// </summary>
internal sealed class KnownOptions
{
    private readonly Dictionary<string, bool> longNames = new(StringComparer.OrdinalIgnoreCase) { ["help"] = false };
    private readonly Dictionary<string, bool> shortNames = new(StringComparer.OrdinalIgnoreCase) { ["h"] = false, ["?"] = false };

    /// <summary>Reads the options of <paramref name="settings"/>.</summary>
    public KnownOptions(Type settings)
    {
        foreach (var property in settings.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
            {
                continue;
            }

            // A value name ("--at <TIME>") means the option takes the next argument as its value.
            var takesValue = option.ValueName is not null && !option.ValueIsOptional;
            foreach (var name in option.LongNames)
            {
                longNames[name] = takesValue;
            }

            foreach (var name in option.ShortNames)
            {
                shortNames[name] = takesValue;
            }
        }
    }

    /// <summary>The long names, as typed: "--dry-run".</summary>
    public IEnumerable<string> LongOptions => longNames.Keys.Select(name => "--" + name);

    /// <summary>Whether <c>--name</c> is an option; <paramref name="takesValue"/> tells whether it reads a value.</summary>
    public bool IsLong(string name, out bool takesValue) => longNames.TryGetValue(name, out takesValue);

    /// <summary>Whether <c>-c</c> is an option; <paramref name="takesValue"/> tells whether it reads a value.</summary>
    public bool IsShort(char name, out bool takesValue) => shortNames.TryGetValue(name.ToString(), out takesValue);
}
