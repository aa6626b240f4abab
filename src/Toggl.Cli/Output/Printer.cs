using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Reports;
using Toggl.Cli.Time;

namespace Toggl.Cli.Output;

/// <summary>Prints entries and reports in the format asked for (table, JSON or CSV).</summary>
internal sealed class Printer(CliContext context)
{
    private static readonly string[] EntryColumns =
        ["id", "description", "project", "tags", "billable", "start", "stop", "duration_seconds", "running"];

    private TimeZoneInfo Zone => context.TimeZone;

    /// <summary>A list of entries, oldest first in tables and CSV, as given in JSON.</summary>
    public void Entries(IReadOnlyList<EntryView> entries, OutputFormat format, string emptyMessage)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Entries(entries, Zone));
                break;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record(EntryColumns));
                foreach (var entry in entries)
                {
                    context.WriteRaw(Csv.Record(CsvFields(entry)));
                }

                break;
            default:
                if (entries.Count == 0)
                {
                    context.Out.MarkupLine($"[grey]{Markup.Escape(emptyMessage)}[/]");
                    return;
                }

                var table = new Table().Border(TableBorder.Rounded);
                // Ids and times never wrap; descriptions and tags take what width is left.
                table.AddColumn(new TableColumn("ID").NoWrap());
                table.AddColumn(new TableColumn("Start").NoWrap());
                table.AddColumn(new TableColumn("Stop").NoWrap());
                table.AddColumn(new TableColumn("Duration").RightAligned().NoWrap());
                table.AddColumn("Project");
                table.AddColumn("Description");
                table.AddColumn("Tags");
                foreach (var entry in entries)
                {
                    table.AddRow(
                        new Text(CommandLine.EntryIds.Show(entry.Id)),
                        new Text(Display.LocalTime(entry.Start, Zone)),
                        entry.Stop is { } stop ? new Text(ShortStop(entry.Start, stop)) : new Markup("[green]running[/]"),
                        new Text(Display.Duration(entry.Duration)),
                        UserText(entry.ProjectLabel ?? "–"),
                        UserText(entry.Description ?? ""),
                        UserText(string.Join(", ", entry.Tags)));
                }

                var total = entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Duration);
                table.Caption($"{entries.Count} {(entries.Count == 1 ? "entry" : "entries")}, {Display.Duration(total)}");
                context.Out.Write(table);
                break;
        }
    }

    /// <summary>One entry (or none, e.g. nothing running).</summary>
    public void Entry(EntryView? entry, OutputFormat format, string noneMessage)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Entry(entry, Zone));
                break;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record(EntryColumns));
                if (entry is not null)
                {
                    context.WriteRaw(Csv.Record(CsvFields(entry)));
                }

                break;
            default:
                if (entry is null)
                {
                    context.Out.MarkupLine($"[grey]{Markup.Escape(noneMessage)}[/]");
                    return;
                }

                var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
                grid.AddRow(new Markup("[bold]ID[/]"), new Text(CommandLine.EntryIds.Show(entry.Id)));
                grid.AddRow(new Markup("[bold]Description[/]"), UserText(entry.Description ?? "–"));
                grid.AddRow(new Markup("[bold]Project[/]"), UserText(entry.ProjectLabel ?? "–"));
                grid.AddRow(new Markup("[bold]Tags[/]"), UserText(entry.Tags.Count > 0 ? string.Join(", ", entry.Tags) : "–"));
                grid.AddRow(new Markup("[bold]Billable[/]"), new Text(entry.Billable ? "yes" : "no"));
                grid.AddRow(new Markup("[bold]Start[/]"), new Text(Display.LocalTime(entry.Start, Zone)));
                grid.AddRow(
                    new Markup("[bold]Stop[/]"),
                    entry.Stop is { } stop ? new Text(Display.LocalTime(stop, Zone)) : new Markup("[green]running[/]"));
                grid.AddRow(new Markup("[bold]Duration[/]"), new Text(Display.Duration(entry.Duration)));
                context.Out.Write(grid);
                break;
        }
    }

    /// <summary>A report, from the cache and archive or from Toggl's Reports API.</summary>
    public void Report(ReportView report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Report(report));
                break;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record([report.By.ToString().ToLowerInvariant(), "seconds", "entries", "share"]));
                foreach (var row in report.Rows)
                {
                    context.WriteRaw(Csv.Record(
                    [
                        Csv.UserText(row.Key),
                        row.Seconds.ToString(CultureInfo.InvariantCulture),
                        row.Entries.ToString(CultureInfo.InvariantCulture),
                        Math.Round(report.Share(row), 4).ToString(CultureInfo.InvariantCulture),
                    ]));
                }

                break;
            default:
                var title = $"Time by {report.By.ToString().ToLowerInvariant()}, {report.Range}";
                var table = new Table().Border(TableBorder.Rounded).Title(title)
                    .Caption(report.Source == ReportSource.Toggl ? "from Toggl's Reports API" : "from the cache and the archive");
                table.AddColumn(Capitalized(report.By.ToString()));
                table.AddColumn(new TableColumn("Time").RightAligned());
                table.AddColumn(new TableColumn("Entries").RightAligned());
                table.AddColumn(new TableColumn("Share").RightAligned());
                table.AddColumn("");
                foreach (var row in report.Rows)
                {
                    var share = report.Share(row);
                    table.AddRow(
                        UserText(row.Key),
                        new Text(Display.Duration(TimeSpan.FromSeconds(row.Seconds))),
                        new Text(row.Entries.ToString(CultureInfo.InvariantCulture)),
                        new Text(share.ToString("P0", CultureInfo.InvariantCulture)),
                        new Markup($"[blue]{new string('█', (int)Math.Round(share * 20))}[/]"));
                }

                table.AddEmptyRow();
                table.AddRow(
                    new Markup("[bold]Total[/]"),
                    new Markup($"[bold]{Display.Duration(TimeSpan.FromSeconds(report.TotalSeconds))}[/]"),
                    new Text(report.Entries.ToString(CultureInfo.InvariantCulture)),
                    new Text(""),
                    new Text(""));
                context.Out.Write(table);
                if (report.FetchedMonths.Count > 0)
                {
                    // Said once: the next report over these months costs no request.
                    context.Out.MarkupLine($"[grey]Archived now (fetched once, kept in the cache): {string.Join(", ", report.FetchedMonths.Select(Month))}[/]");
                }

                break;
        }
    }

    /// <summary>A month as reports name it: <c>2025-03</c>.</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A one-line message for people (suppressed for JSON and CSV so scripts get clean output).</summary>
    public void Note(string markup, OutputFormat format = OutputFormat.Table)
    {
        if (format == OutputFormat.Table)
        {
            context.Out.MarkupLine(markup);
        }
    }

    /// <summary>A cell of text someone in the workspace wrote: its control characters shown, not obeyed.</summary>
    private static Text UserText(string text) => new(TerminalText.Visible(text));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    private string ShortStop(DateTimeOffset start, DateTimeOffset stop) =>
        TimeInput.LocalDate(start, Zone) == TimeInput.LocalDate(stop, Zone)
            ? TimeZoneInfo.ConvertTime(stop, Zone).ToString("HH:mm", CultureInfo.InvariantCulture)
            : Display.LocalTime(stop, Zone);

    private IEnumerable<string?> CsvFields(EntryView entry) =>
    [
        CommandLine.EntryIds.Show(entry.Id),
        Csv.UserText(entry.Description),
        Csv.UserText(entry.ProjectLabel),
        Csv.UserText(string.Join(';', entry.Tags)),
        entry.Billable ? "true" : "false",
        Display.Iso(entry.Start, Zone),
        entry.Stop is { } stop ? Display.Iso(stop, Zone) : null,
        ((long)entry.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        entry.Running ? "true" : "false",
    ];
}
