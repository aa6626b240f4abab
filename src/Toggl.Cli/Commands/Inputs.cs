using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>Reading option values shared by several commands.</summary>
internal static class Inputs
{
    /// <summary>"a, b,,c" → ["a", "b", "c"]; null for null.</summary>
    public static IReadOnlyList<string>? Tags(string? text) => text?
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>A time option, or null when not given.</summary>
    public static DateTimeOffset? Time(string? text, CliContext context) =>
        text is null ? null : TimeInput.ParseInstant(text, context.Now, context.TimeZone);
}
