using System.Text;
using System.Text.Json;
using Toggl.Cli.Reports;
using Toggl.Cli.Time;

namespace Toggl.Cli.Output;

/// <summary>
/// The JSON the tool prints with <c>--output json</c>. The shapes are a contract for scripts (documented in
/// src/Toggl.Cli/README.md): property names and order never change; new properties may only be added.
/// Times are ISO 8601 with the local offset; durations are whole seconds.
/// </summary>
internal static class EntryJson
{
    // Relaxed escaping keeps "é" and "–" readable; the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one entry object.</summary>
    public static void WriteEntry(Utf8JsonWriter json, EntryView entry, TimeZoneInfo zone)
    {
        json.WriteStartObject();
        json.WriteNumber("id", entry.Id);
        json.WriteNumber("workspace_id", entry.WorkspaceId);
        WriteStringOrNull(json, "description", entry.Description);
        WriteNumberOrNull(json, "project_id", entry.ProjectId);
        WriteStringOrNull(json, "project", entry.Project);
        json.WriteStartArray("tags");
        foreach (var tag in entry.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteBoolean("billable", entry.Billable);
        json.WriteString("start", Display.Iso(entry.Start, zone));
        WriteStringOrNull(json, "stop", entry.Stop is { } stop ? Display.Iso(stop, zone) : null);
        json.WriteNumber("duration_seconds", (long)entry.Duration.TotalSeconds);
        json.WriteBoolean("running", entry.Running);
        json.WriteEndObject();
    }

    /// <summary>An array of entries.</summary>
    public static string Entries(IEnumerable<EntryView> entries, TimeZoneInfo zone) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var entry in entries)
        {
            WriteEntry(json, entry, zone);
        }

        json.WriteEndArray();
    });

    /// <summary>One entry, or <c>null</c> (e.g. <c>toggl current</c> when nothing runs).</summary>
    public static string Entry(EntryView? entry, TimeZoneInfo zone) => Write(json =>
    {
        if (entry is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteEntry(json, entry, zone);
        }
    });

    /// <summary>
    /// A report: its range, grouping, total and rows; then (added after the first shape, so at the end) where it
    /// came from and the months fetched into the archive for it.
    /// </summary>
    public static string Report(ReportView report) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("from", report.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("to", report.Range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("by", report.By.ToString().ToLowerInvariant());
        json.WriteNumber("total_seconds", report.TotalSeconds);
        json.WriteNumber("entries", report.Entries);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("key", row.Key);
            json.WriteNumber("seconds", row.Seconds);
            json.WriteNumber("entries", row.Entries);
            json.WriteNumber("share", Math.Round(report.Share(row), 4));
            if (row.Id is { } id)
            {
                json.WriteNumber("id", id);
            }
            else
            {
                json.WriteNull("id");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("source", report.Source.ToString().ToLowerInvariant());
        json.WriteStartArray("fetched_months");
        foreach (var month in report.FetchedMonths)
        {
            json.WriteStringValue(Printer.Month(month));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Runs a writer into a UTF-8 string, ended with a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
