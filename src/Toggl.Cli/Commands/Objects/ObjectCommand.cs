using System.Globalization;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands.Objects;

/// <summary>A command about Toggl's objects other than time entries: what it prints after a change.</summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
internal abstract class ObjectCommand<TSettings>(CliContext context) : TogglCommand<TSettings>(context)
    where TSettings : OutputSettings
{
    /// <summary>After a create or change: a line on a terminal, the object in JSON or CSV.</summary>
    protected static void Changed(TogglSession session, TSettings settings, ObjectView view, string verb, string kind, string name, long id) =>
        Print(session, settings, view, $"[green]{verb}[/] {kind} [bold]{TerminalText.Markup(name)}[/] [grey](id {Id(id)})[/]");

    /// <summary>An object: the grid on a terminal, or JSON or CSV.</summary>
    protected static void Print(TogglSession session, TSettings settings, ObjectView view, string? line = null)
    {
        if (line is not null && settings.Output == OutputFormat.Table)
        {
            session.Printer.Note(line, settings.Output);
            return;
        }

        session.Objects.One(view, settings.Output);
    }

    /// <summary>After a delete (or a leave): a line on a terminal, <c>{"deleted": id}</c> in JSON, <c>deleted\r\nID</c> in CSV.</summary>
    protected void Gone(TogglSession session, TSettings settings, string what, long id, string key = "deleted")
    {
        switch (settings.Output)
        {
            case OutputFormat.Json:
                Context.WriteRaw(EntryJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber(key, id);
                    json.WriteEndObject();
                }));
                break;
            case OutputFormat.Csv:
                Context.WriteRaw(Csv.Record([key]) + Csv.Record([Id(id)]));
                break;
            default:
                session.Printer.Note($"[yellow]{what}[/] [grey](id {Id(id)})[/].");
                break;
        }
    }

    /// <summary>An id as text.</summary>
    protected static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
