namespace Toggl;

/// <summary>
/// The INI dialect of Python's configparser, as togglCli writes <c>~/.togglrc</c>: <c>[section]</c> headers,
/// <c>key = value</c> or <c>key: value</c>, <c>#</c>/<c>;</c> comment lines, case-insensitive names,
/// indented continuation lines.
/// </summary>
internal static class IniFile
{
    public static Dictionary<string, Dictionary<string, string>> Parse(IEnumerable<string> lines, string source)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string>? section = null;
        string? lastKey = null;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
                continue;
            // configparser: an indented line continues the previous value.
            if (line.Length > trimmed.Length && section is not null && lastKey is not null)
            {
                section[lastKey] = section[lastKey] + "\n" + trimmed;
                continue;
            }
            if (trimmed[0] == '[')
            {
                var close = trimmed.IndexOf(']');
                if (close < 2)
                    throw new TogglConfigurationException($"{source}, line {number}: a section header must look like [name].");
                var name = trimmed[1..close].Trim();
                if (!sections.TryGetValue(name, out section))
                    sections[name] = section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                lastKey = null;
                continue;
            }
            if (section is null)
                throw new TogglConfigurationException($"{source}, line {number}: a setting comes before any [section].");
            var separator = trimmed.IndexOfAny(['=', ':']);
            if (separator <= 0)
                throw new TogglConfigurationException($"{source}, line {number}: expected 'key = value'.");
            lastKey = trimmed[..separator].Trim();
            section[lastKey] = trimmed[(separator + 1)..].Trim();
        }
        return sections;
    }
}
