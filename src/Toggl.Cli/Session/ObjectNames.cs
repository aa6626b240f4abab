using System.Globalization;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Session;

/// <summary>
/// An object named on the command line by its name or its id (<c>--project Website</c>, <c>toggl tags delete 12</c>).
/// Names are matched without regard to case among the objects the cache holds; an unknown name is exit code 3 and
/// an ambiguous one exit code 2, each naming what was typed and the closest names.
/// </summary>
internal static class ObjectNames
{
    /// <summary>With no close name, this many of the names are listed.</summary>
    private const int ListedNames = 10;

    /// <summary>Whether <paramref name="nameOrId"/> is an id (a positive number): it needs no lookup.</summary>
    public static bool IsId(string nameOrId, out long id) =>
        long.TryParse(nameOrId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    /// <summary>The one object <paramref name="nameOrId"/> names among <paramref name="objects"/>.</summary>
    /// <param name="kind">What it is, for the messages: "project".</param>
    /// <param name="nameOrId">What was typed.</param>
    /// <param name="objects">The candidates.</param>
    /// <param name="id">An object's id.</param>
    /// <param name="name">An object's name.</param>
    /// <param name="where">Where they were looked for: "in workspace 12".</param>
    public static T Find<T>(string kind, string nameOrId, IReadOnlyList<T> objects, Func<T, long> id, Func<T, string> name, string where)
    {
        var typed = nameOrId.Trim();
        if (IsId(typed, out var wanted) && objects.Where(o => id(o) == wanted).Take(1).ToList() is [var byId])
        {
            return byId;
        }

        var matches = objects.Where(o => string.Equals(name(o).Trim(), typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count > 1)
        {
            // Toggl keeps names unique per kind only case-sensitively: the exact spelling decides, else the id must.
            var exact = matches.Where(o => string.Equals(name(o).Trim(), typed, StringComparison.Ordinal)).ToList();
            if (exact.Count == 1)
            {
                return exact[0];
            }

            throw CliException.BadArguments(
                $"'{typed}' names {matches.Count} {kind}s {where} (ids {string.Join(", ", matches.Select(o => id(o).ToString(CultureInfo.InvariantCulture)))}): give the id");
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        throw NotFound(kind, typed, objects.Select(name), where);
    }

    /// <summary>"no project named 'Webiste' in workspace 12; closest: Website" (exit code 3).</summary>
    public static CliException NotFound(string kind, string typed, IEnumerable<string> names, string where, string? hint = null)
    {
        var list = names.ToList();
        var closest = Closest.Nearest(typed, list);
        var line = IsId(typed, out _) ? $"no {kind} {typed} {where}" : $"no {kind} named '{typed}' {where}";
        line += closest.Count > 0 ? $"; closest: {string.Join(", ", closest)}"
            : list.Count == 0 ? $" (there are no {kind}s)"
            : $" ({kind}s: {string.Join(", ", list.Order(StringComparer.OrdinalIgnoreCase).Take(ListedNames))}{(list.Count > ListedNames ? ", …" : "")})";
        return CliException.NotFound(hint is null ? line : $"{line}; {hint}");
    }
}
