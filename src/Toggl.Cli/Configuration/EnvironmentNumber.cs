using System.Globalization;

namespace Toggl.Cli.Configuration;

/// <summary>
/// The one rule for a number the tool reads from an environment variable: invariant culture, finite, within
/// the variable's range. What a value outside it means is each variable's own message.
/// </summary>
internal static class EnvironmentNumber
{
    /// <summary>Whether <paramref name="text"/> is a finite number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static bool TryRead(string text, double min, double max, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && value >= min && value <= max;
}
