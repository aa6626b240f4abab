using System.Text;

namespace Toggl.Cli.Output;

/// <summary>CSV writing (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class Csv
{
    /// <summary>First characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide one).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A cell of text someone in the workspace wrote (a description, tag or project name), made safe to open
    /// in a spreadsheet: one starting with '=', '+', '-', '@', a tab or a carriage return gets a leading
    /// <c>'</c>, as spreadsheet exporters do, so "=HYPERLINK(…)" stays text. Only for such text: numbers the
    /// tool writes itself (ids, durations, shares) go to <see cref="Record"/> as they are.
    /// </summary>
    public static string? UserText(string? value) =>
        value is { Length: > 0 } && Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;

    /// <summary>One field, quoted when it needs to be.</summary>
    public static string Field(string? value)
    {
        if (value is null)
        {
            return "";
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>One record: the fields joined with commas, ended with CRLF as RFC 4180 says.</summary>
    public static string Record(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>Reads CSV text back into records (used by tests to check what <see cref="Record"/> writes).</summary>
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // CRLF ends the record; the '\n' is consumed below.
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
