namespace Toggl;

/// <summary>How a <see cref="TogglQuery"/> compares a cached field with its value (the Python library's <c>Comparison</c>).</summary>
public enum Comparison
{
    /// <summary>Equal; with a list of values, equal to any of them; on a list field (tags), containing the value.</summary>
    Equal,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanOrEqual,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanOrEqual,
}
