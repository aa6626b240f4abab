using System.Globalization;
using System.Text;
using Toggl.Cli.Output;

namespace Toggl.Cli.Prompt;

/// <summary>
/// The line <c>toggl prompt</c> prints for a running entry: a format with placeholders — <c>{description}</c>,
/// <c>{project}</c>, <c>{client}</c>, <c>{tags}</c> (comma-separated), <c>{elapsed}</c> (<c>1:23</c>),
/// <c>{elapsed:m}</c> (whole minutes, <c>83</c>) and <c>{start}</c> (<c>09:30</c>, local). An empty value takes the
/// <c>" · "</c> right before it along, so the default reads <c>▶ Writing docs 1:23</c> without a project.
/// Every value has its control characters shown, not obeyed (a prompt is a terminal too).
/// </summary>
internal static class PromptFormat
{
    /// <summary>The format when neither <c>--format</c> nor the configuration gives one.</summary>
    public const string Default = "▶ {description} · {project} {elapsed}";

    /// <summary>The separator an empty value takes along.</summary>
    private const string Separator = " · ";

    /// <summary>The placeholders a format may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        ["description", "project", "client", "tags", "elapsed", "elapsed:m", "start"];

    /// <summary>Why a format cannot be used (an unknown placeholder, a brace left open), or null when it can.</summary>
    public static string? Problem(string format)
    {
        if (format.Any(Output.TerminalText.IsControl))
        {
            return "the prompt format holds a control character (a line break, a tab, an escape): a prompt is one line";
        }

        var at = 0;
        while (at < format.Length)
        {
            var open = format.IndexOf('{', at);
            if (open < 0)
            {
                return null;
            }

            var close = format.IndexOf('}', open + 1);
            if (close < 0)
            {
                return $"the prompt format has a '{{' at position {open + 1} that is never closed";
            }

            var name = format[(open + 1)..close];
            if (!Placeholders.Contains(name, StringComparer.Ordinal))
            {
                return $"the prompt format names {{{TerminalText.Visible(name)}}}, which is not a placeholder; use "
                    + string.Join(" ", Placeholders.Select(p => "{" + p + "}"));
            }

            at = close + 1;
        }

        return null;
    }

    /// <summary>The line for <paramref name="running"/> at <paramref name="now"/>; the format must have no <see cref="Problem"/>.</summary>
    public static string Line(string format, PromptEntry running, DateTimeOffset now, TimeZoneInfo zone)
    {
        var elapsed = now - running.Start;
        if (elapsed < TimeSpan.Zero)
        {
            // A clock behind Toggl's must not print "-0:01".
            elapsed = TimeSpan.Zero;
        }

        var line = new StringBuilder();
        var at = 0;
        while (at < format.Length)
        {
            var open = format.IndexOf('{', at);
            if (open < 0)
            {
                line.Append(format, at, format.Length - at);
                break;
            }

            line.Append(format, at, open - at);
            var close = format.IndexOf('}', open + 1);
            var value = Value(format[(open + 1)..close], running, elapsed, zone);
            if (value.Length == 0 && EndsWith(line, Separator))
            {
                line.Length -= Separator.Length;
            }

            line.Append(TerminalText.Visible(value));
            at = close + 1;
        }

        return line.ToString().Trim();
    }

    private static string Value(string name, PromptEntry running, TimeSpan elapsed, TimeZoneInfo zone) => name switch
    {
        "description" => running.Description ?? "",
        "project" => running.Project ?? "",
        "client" => running.Client ?? "",
        "tags" => string.Join(", ", running.Tags),
        "elapsed" => string.Create(CultureInfo.InvariantCulture, $"{(long)elapsed.TotalHours}:{elapsed.Minutes:00}"),
        "elapsed:m" => ((long)elapsed.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        _ => TimeZoneInfo.ConvertTime(running.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture),
    };

    private static bool EndsWith(StringBuilder text, string end)
    {
        if (text.Length < end.Length)
        {
            return false;
        }

        for (var i = 0; i < end.Length; i++)
        {
            if (text[text.Length - end.Length + i] != end[i])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What the prompt shows of the running entry.</summary>
/// <param name="Description">The description, if any.</param>
/// <param name="Project">The project's name, if the cache holds it.</param>
/// <param name="Client">The project's client's name, if the cache holds it.</param>
/// <param name="Tags">The tag names.</param>
/// <param name="Start">When it started.</param>
internal sealed record PromptEntry(string? Description, string? Project, string? Client, IReadOnlyList<string> Tags, DateTimeOffset Start);
