namespace Toggl;

/// <summary>
/// Toggl's 14 basic project colours by name, as the Python library's <c>BASIC_COLORS</c> has them
/// (docs/python-endpoints.md): <c>new ProjectBody { Color = ProjectColor.Teal }</c>.
/// </summary>
public static class ProjectColor
{
    /// <summary>Blue, <c>#0b83d9</c>.</summary>
    public const string Blue = "#0b83d9";

    /// <summary>Violet, <c>#9e5bd9</c>.</summary>
    public const string Violet = "#9e5bd9";

    /// <summary>Pink, <c>#d94182</c>.</summary>
    public const string Pink = "#d94182";

    /// <summary>Orange, <c>#e36a00</c>.</summary>
    public const string Orange = "#e36a00";

    /// <summary>Gold, <c>#bf7000</c>.</summary>
    public const string Gold = "#bf7000";

    /// <summary>Green, <c>#2da608</c>.</summary>
    public const string Green = "#2da608";

    /// <summary>Teal, <c>#06a893</c>.</summary>
    public const string Teal = "#06a893";

    /// <summary>Beige, <c>#c9806b</c>.</summary>
    public const string Beige = "#c9806b";

    /// <summary>Dark blue, <c>#465bb3</c>.</summary>
    public const string DarkBlue = "#465bb3";

    /// <summary>Purple, <c>#990099</c>.</summary>
    public const string Purple = "#990099";

    /// <summary>Yellow, <c>#c7af14</c>.</summary>
    public const string Yellow = "#c7af14";

    /// <summary>Dark green, <c>#566614</c>.</summary>
    public const string DarkGreen = "#566614";

    /// <summary>Red, <c>#d92b2b</c>.</summary>
    public const string Red = "#d92b2b";

    /// <summary>Gray, <c>#525266</c>.</summary>
    public const string Gray = "#525266";
}
