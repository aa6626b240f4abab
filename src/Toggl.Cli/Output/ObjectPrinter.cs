using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Output;

/// <summary>
/// Prints <see cref="ObjectView"/>s in the format asked for: a table (a list) or a two-column grid (one object),
/// a JSON array or object, or CSV with a header of the JSON keys. Instants are local ISO 8601 in JSON and CSV,
/// durations whole seconds, as for entries.
/// </summary>
internal sealed class ObjectPrinter(CliContext context)
{
    /// <summary>A list; <paramref name="emptyMessage"/> on a terminal when there is nothing (JSON <c>[]</c>, CSV a header only).</summary>
    /// <param name="columns">The keys, for the header of an empty list.</param>
    /// <param name="objects">The objects.</param>
    /// <param name="format">table, json or csv.</param>
    /// <param name="emptyMessage">"No projects."</param>
    public void List(IReadOnlyList<string> columns, IReadOnlyList<ObjectView> objects, OutputFormat format, string emptyMessage)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Write(json =>
                {
                    json.WriteStartArray();
                    foreach (var view in objects)
                    {
                        WriteObject(json, view);
                    }

                    json.WriteEndArray();
                }));
                break;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record(columns));
                foreach (var view in objects)
                {
                    context.WriteRaw(Csv.Record(view.Fields.Select(CsvText)));
                }

                break;
            default:
                if (objects.Count == 0)
                {
                    context.Out.MarkupLine($"[grey]{Markup.Escape(emptyMessage)}[/]");
                    return;
                }

                var shown = ObjectViews.ForTable(columns);
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var key in shown)
                {
                    table.AddColumn(new TableColumn(Header(key)));
                }

                foreach (var view in objects)
                {
                    table.AddRow(shown.Select(key => (Spectre.Console.Rendering.IRenderable)new Text(TableCell(view, key))).ToArray());
                }

                table.Caption(objects.Count.ToString(CultureInfo.InvariantCulture) + (objects.Count == 1 ? " object" : " objects"));
                context.Out.Write(table);
                break;
        }
    }

    /// <summary>One object: a grid of fields, a JSON object, or CSV with one record.</summary>
    public void One(ObjectView view, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Write(json => WriteObject(json, view)));
                break;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record(view.Fields.Select(f => f.Key)));
                context.WriteRaw(Csv.Record(view.Fields.Select(CsvText)));
                break;
            default:
                var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
                foreach (var field in view.Fields)
                {
                    grid.AddRow(new Text(Header(field.Key)), new Text(TableText(field)));
                }

                context.Out.Write(grid);
                break;
        }
    }

    /// <summary>"client_id" → "Client id".</summary>
    private static string Header(string key) => char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');

    /// <summary>
    /// One cell of a list's table: the field's text; a related object's name that is not known without a request
    /// (<c>client</c>, <c>project</c>) shows its id instead (<c>#63000001</c>), so the row still says which.
    /// </summary>
    private string TableCell(ObjectView view, string key)
    {
        var field = view.Fields.FirstOrDefault(f => f.Key == key);
        if (field.Value is null && view.Fields.FirstOrDefault(f => f.Key == key + "_id").Value is { } id)
        {
            return "#" + Convert.ToString(id, CultureInfo.InvariantCulture);
        }

        return TableText(field);
    }

    private string TableText(ObjectField field) => field.Value switch
    {
        null => "–",
        string text => TerminalText.Visible(text),
        bool flag => flag ? "yes" : "no",
        DateTimeOffset instant => Display.LocalTime(instant, context.TimeZone),
        TimeSpan duration => Display.Duration(duration),
        _ => Plain(field.Value),
    };

    private string? CsvText(ObjectField field) => field.Value switch
    {
        null => null,
        string text => field.Written ? Csv.UserText(text) : text,
        _ => Plain(field.Value),
    };

    /// <summary>Numbers, flags, instants, dates and durations as JSON and CSV write them.</summary>
    private string Plain(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => Display.Iso(instant, context.TimeZone),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan duration => ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        IEnumerable<long> ids => string.Join(';', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void WriteObject(Utf8JsonWriter json, ObjectView view)
    {
        json.WriteStartObject();
        foreach (var field in view.Fields)
        {
            json.WritePropertyName(field.Key);
            switch (field.Value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case long number:
                    json.WriteNumberValue(number);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                case decimal number:
                    json.WriteNumberValue(number);
                    break;
                case TimeSpan duration:
                    json.WriteNumberValue((long)duration.TotalSeconds);
                    break;
                case IEnumerable<long> ids:
                    json.WriteStartArray();
                    foreach (var id in ids)
                    {
                        json.WriteNumberValue(id);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteStringValue(Plain(field.Value));
                    break;
            }
        }

        json.WriteEndObject();
    }
}
