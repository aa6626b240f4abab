using System.Globalization;
using System.Text;

namespace Toggl.Cli.Output;

/// <summary>
/// Text for a terminal, with its control characters shown instead of obeyed. Descriptions, tags and project
/// names are written by anyone in the workspace; raw, an ESC or C1 sequence in them could retitle the
/// terminal, clear the screen or rewrite what the user sees. Every C0 control (U+0000–U+001F, line breaks
/// and tabs included), DEL (U+007F) and every C1 control (U+0080–U+009F) is written as <c>\xHH</c>, its
/// code in two lowercase hex digits: ESC is <c>\x1b</c>, BEL <c>\x07</c>, CSI <c>\x9b</c>. Every human output
/// (tables, detail views, one-line messages, error lines) goes through here; JSON and CSV do not, since
/// their encoders keep the text exact.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character escaped as <c>\xHH</c>; empty for null.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsControl))
        {
            return text ?? "";
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    /// <summary><see cref="Visible"/>, then escaped for Spectre markup (for user text inside a markup line).</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Visible(text));

    /// <summary>Whether the terminal would act on the character: C0, DEL or C1.</summary>
    public static bool IsControl(char c) => c < '\u0020' || (c >= '\u007f' && c <= '\u009f');
}
