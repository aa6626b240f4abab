using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Toggl's 14 basic project colours by name, as the Python library's <c>BASIC_COLORS</c> has them
/// (docs/python-endpoints.md): <c>new ProjectBody { Color = ProjectColor.Teal }</c>. The names and values are the
/// core's one list.
/// </summary>
public static class ProjectColor
{
    /// <summary>Every basic colour: its name (e.g. <c>dark-blue</c>) and <c>#rrggbb</c>, in Toggl's order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
        Core.ProjectColor.all.Select(c => KeyValuePair.Create(c.Item1, c.Item2)).ToArray();

    /// <summary>Blue, <c>#0b83d9</c>.</summary>
    public static string Blue => Named("blue");

    /// <summary>Violet, <c>#9e5bd9</c>.</summary>
    public static string Violet => Named("violet");

    /// <summary>Pink, <c>#d94182</c>.</summary>
    public static string Pink => Named("pink");

    /// <summary>Orange, <c>#e36a00</c>.</summary>
    public static string Orange => Named("orange");

    /// <summary>Gold, <c>#bf7000</c>.</summary>
    public static string Gold => Named("gold");

    /// <summary>Green, <c>#2da608</c>.</summary>
    public static string Green => Named("green");

    /// <summary>Teal, <c>#06a893</c>.</summary>
    public static string Teal => Named("teal");

    /// <summary>Beige, <c>#c9806b</c>.</summary>
    public static string Beige => Named("beige");

    /// <summary>Dark blue, <c>#465bb3</c>.</summary>
    public static string DarkBlue => Named("dark-blue");

    /// <summary>Purple, <c>#990099</c>.</summary>
    public static string Purple => Named("purple");

    /// <summary>Yellow, <c>#c7af14</c>.</summary>
    public static string Yellow => Named("yellow");

    /// <summary>Dark green, <c>#566614</c>.</summary>
    public static string DarkGreen => Named("dark-green");

    /// <summary>Red, <c>#d92b2b</c>.</summary>
    public static string Red => Named("red");

    /// <summary>Gray, <c>#525266</c>.</summary>
    public static string Gray => Named("gray");

    /// <summary>The colour a basic colour's name (case-insensitive) or a <c>#rrggbb</c> names, as Toggl stores it (lower case).</summary>
    /// <param name="nameOrHex">A name such as <c>dark-blue</c>, or <c>#rrggbb</c>.</param>
    /// <returns>The colour, <c>#rrggbb</c>.</returns>
    /// <exception cref="ArgumentException">The text is neither a basic colour's name nor <c>#rrggbb</c>.</exception>
    public static string Parse(string nameOrHex)
    {
        var parsed = Core.ProjectColor.tryParse(nameOrHex);
        return Interop.IsSome(parsed)
            ? parsed!.Value
            : throw new ArgumentException(
                $"'{nameOrHex}' is not a colour: give #rrggbb or one of {string.Join(", ", All.Select(c => c.Key))}.",
                nameof(nameOrHex));
    }

    private static string Named(string name) => Core.ProjectColor.tryParse(name)!.Value;
}
