using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Output;

/// <summary>Prints what the archive and export commands did, in the format asked for.</summary>
internal sealed class ArchivePrinter(CliContext context)
{
    /// <summary>The months fetched again into the archive.</summary>
    public void Fetched(ArchiveFetchResult result, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                WriteMonths(json, "months", result.Months);
                json.WriteNumber("entries", result.Entries);
                json.WriteNumber("requests", result.Requests);
                json.WriteEndObject();
            }));
            return;
        }

        context.Out.MarkupLine(Markup.Escape(
            $"Archived {Count(result.Months.Count, "month")} ({string.Join(", ", result.Months.Select(Printer.Month))}): "
            + $"{Count(result.Entries, "entry", "entries")}, {Count(result.Requests, "request")}."));
    }

    /// <summary>The months the archive holds.</summary>
    public void Status(IReadOnlyList<DateOnly> months, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                WriteMonths(json, "months", months);
                json.WriteEndObject();
            }));
            return;
        }

        context.Out.MarkupLine(months.Count == 0
            ? "[grey]No month archived yet: a report past Toggl's three months fetches its months once (or `toggl archive fetch`).[/]"
            : Markup.Escape($"Archived: {Count(months.Count, "month")} ({string.Join(", ", months.Select(Printer.Month))})."));
    }

    /// <summary>The file an export wrote.</summary>
    public void Exported(string path, string report, ReportFormat format, int requests, OutputFormat output)
    {
        var formatName = format.ToString().ToLowerInvariant();
        if (output == OutputFormat.Json)
        {
            context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", path);
                json.WriteString("report", report);
                json.WriteString("format", formatName);
                json.WriteNumber("bytes", new FileInfo(path).Length);
                json.WriteNumber("requests", requests);
                json.WriteEndObject();
            }));
            return;
        }

        context.Out.MarkupLine(Markup.Escape($"Wrote {path} ({report} report, {formatName}, {Count(requests, "request")})."));
    }

    private static void WriteMonths(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<DateOnly> months)
    {
        json.WriteStartArray(name);
        foreach (var month in months)
        {
            json.WriteStringValue(Printer.Month(month));
        }

        json.WriteEndArray();
    }

    private static string Count(int count, string one, string? many = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many ?? one + "s")}";
}
