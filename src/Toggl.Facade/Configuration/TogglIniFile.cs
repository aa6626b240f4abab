using System.Globalization;

namespace Toggl;

/// <summary>
/// An INI file in the dialect of Python's configparser, as togglCli writes <c>~/.togglrc</c>: <c>[section]</c>
/// headers, <c>key = value</c> or <c>key: value</c>, <c>#</c>/<c>;</c> comment lines, case-insensitive names,
/// indented continuation lines, and quotes around a value stripped. The one INI reader of the library and the
/// tool: a line that is none of these is an error naming the file and the line, never skipped.
/// </summary>
/// <example>
/// <code>
/// var rc = TogglIniFile.Load(TogglConfiguration.DefaultTogglrcPath);
/// var workspace = rc["options", "default_wid"];
/// </code>
/// </example>
public sealed class TogglIniFile
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections;

    private TogglIniFile(string source, Dictionary<string, Dictionary<string, string>> sections)
    {
        Source = source;
        _sections = sections;
    }

    /// <summary>Where the text came from (a path), as errors name it.</summary>
    public string Source { get; }

    /// <summary>
    /// The value of <paramref name="key"/> in <paramref name="section"/> (names case-insensitive), trimmed and without
    /// surrounding quotes; <see langword="null"/> when absent or blank.
    /// </summary>
    /// <param name="section">The section, without brackets.</param>
    /// <param name="key">The key.</param>
    public string? this[string section, string key] =>
        _sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) && Unquoted(value) is { Length: > 0 } text
            ? text
            : null;

    /// <summary>A file with no settings.</summary>
    internal static TogglIniFile Empty(string source) =>
        new(source, new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Reads the file at <paramref name="path"/>; a file that does not exist holds no settings.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="TogglConfigurationException">A line is malformed; the message names the file and the line, never its text.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public static TogglIniFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllLines(path), path) : Empty(path);
    }

    /// <summary>Reads INI text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">How errors name it (e.g. its path).</param>
    /// <returns>The settings.</returns>
    /// <exception cref="TogglConfigurationException">A line is malformed; the message names the source and the line, never its text.</exception>
    public static TogglIniFile Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.Split('\n').Select(line => line.TrimEnd('\r')), source);
    }

    internal static TogglIniFile Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string>? section = null;
        string? sectionName = null;
        string? lastKey = null;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            // Never quote the line in an error: it may hold a token or a password.
            TogglConfigurationException Bad(string why) =>
                new($"{source}, line {number.ToString(CultureInfo.InvariantCulture)}: {why}");

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
                if (trimmed[^1] != ']' || trimmed[1..^1].Trim() is not { Length: > 0 } name)
                    throw Bad("a section header must look like [name].");
                if (sections.ContainsKey(name))
                    throw Bad($"the section [{name}] appears twice (first on line {firstLine[name].ToString(CultureInfo.InvariantCulture)}).");
                sections[name] = section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                firstLine[name] = number;
                sectionName = name;
                lastKey = null;
                continue;
            }
            if (section is null)
                throw Bad("a setting comes before any [section].");
            var separator = trimmed.IndexOfAny(['=', ':']);
            if (separator <= 0 || trimmed[..separator].Trim() is not { Length: > 0 } key)
                throw Bad("expected 'key = value', a [section], or a comment starting with # or ;.");
            var qualified = sectionName + "\n" + key;
            if (section.ContainsKey(key))
                throw Bad($"[{sectionName}] {key} is set twice (first on line {firstLine[qualified].ToString(CultureInfo.InvariantCulture)}).");
            firstLine[qualified] = number;
            section[key] = trimmed[(separator + 1)..].Trim();
            lastKey = key;
        }
        return new TogglIniFile(source, sections);
    }

    // togglCli and hand-written files sometimes quote a value; the quotes are not part of it.
    private static string Unquoted(string value)
    {
        var text = value.Trim();
        return text.Length >= 2 && text[0] == text[^1] && text[0] is '"' or '\'' ? text[1..^1] : text;
    }
}
