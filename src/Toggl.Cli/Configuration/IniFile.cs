namespace Toggl.Cli.Configuration;

/// <summary>
/// The INI dialect of <c>~/.togglrc</c> (Python's configparser, as togglCli writes it): <c>[section]</c>
/// headers, <c>key = value</c> or <c>key: value</c>, comments starting with <c>#</c> or <c>;</c>.
/// Section and key names are case-insensitive.
/// </summary>
internal sealed class IniFile
{
    private readonly Dictionary<string, string> values;

    private IniFile(Dictionary<string, string> values) => this.values = values;

    /// <summary>An INI file with no values.</summary>
    public static IniFile Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The value of <paramref name="key"/> in <paramref name="section"/>, or null; blank values are null.</summary>
    public string? this[string section, string key] =>
        values.TryGetValue(section + "\n" + key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads INI text. Lines that are not headers, comments or assignments are ignored, never fatal.</summary>
    public static IniFile Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var section = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim();
                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                continue;
            }

            var key = line[..separator].Trim();
            var value = line[(separator + 1)..].Trim();
            if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'')
            {
                value = value[1..^1];
            }

            values[section + "\n" + key] = value;
        }

        return new IniFile(values);
    }

    /// <summary>Reads the file at <paramref name="path"/>, or an empty one when it does not exist.</summary>
    public static IniFile Load(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;
}
