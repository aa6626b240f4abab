using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Time;

namespace Toggl.Cli.Lint;

/// <summary>
/// What <c>toggl lint</c> found, as a table, JSON (<c>findings</c>, <c>unchecked_workspaces</c>, <c>fixes</c>) or CSV
/// (<c>rule,ids,at,message</c>). The sentences come from the core's linter, with times in the user's zone.
/// </summary>
internal static class LintPrinter
{
    /// <summary>Prints the report; <paramref name="fixes"/> are listed in JSON when <c>--fix</c> was given.</summary>
    public static void Print(CliContext context, OutputFormat format, Core.LintReport report, IReadOnlyList<Core.LintFix>? fixes)
    {
        var findings = report.Findings.ToList();
        switch (format)
        {
            case OutputFormat.Json:
                context.WriteRaw(EntryJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("findings");
                    foreach (var finding in findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("rule", finding.Rule.Name);
                        json.WriteStartArray("ids");
                        foreach (var id in finding.TrackerIds)
                        {
                            json.WriteNumberValue(id);
                        }

                        json.WriteEndArray();
                        json.WriteString("at", Display.Iso(finding.At, context.TimeZone));
                        json.WriteString("message", finding.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("unchecked_workspaces");
                    foreach (var id in report.UncheckedWorkspaces)
                    {
                        json.WriteNumberValue(id);
                    }

                    json.WriteEndArray();
                    if (fixes is not null)
                    {
                        json.WriteStartArray("fixes");
                        foreach (var fix in fixes)
                        {
                            json.WriteStartObject();
                            json.WriteStartArray("ids");
                            foreach (var id in fix.TrackerIds)
                            {
                                json.WriteNumberValue(id);
                            }

                            json.WriteEndArray();
                            if (fix.Change is Core.LintChange.StopAt stop)
                            {
                                json.WriteString("change", "stop");
                                json.WriteString("stop", Display.Iso(stop.Item, context.TimeZone));
                            }
                            else
                            {
                                json.WriteString("change", "delete");
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }));
                return;
            case OutputFormat.Csv:
                context.WriteRaw(Csv.Record(["rule", "ids", "at", "message"]));
                foreach (var finding in findings)
                {
                    context.WriteRaw(Csv.Record([finding.Rule.Name, Ids(finding.TrackerIds), Display.Iso(finding.At, context.TimeZone), finding.Message]));
                }

                return;
        }

        if (findings.Count == 0)
        {
            context.Out.MarkupLine("[green]No problems found.[/]");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Rule");
            table.AddColumn("Entries");
            table.AddColumn("Finding");
            foreach (var finding in findings)
            {
                table.AddRow(new Text(finding.Rule.Name), new Text(Ids(finding.TrackerIds)), new Text(TerminalText.Visible(finding.Message)));
            }

            context.Out.Write(table);
            var count = findings.Count == 1 ? "1 problem" : $"{findings.Count} problems";
            context.Out.MarkupLine($"[yellow]{count}[/] [grey](from the cache, no request sent)[/]");
        }

        if (report.UncheckedWorkspaces.Any())
        {
            foreach (var id in report.UncheckedWorkspaces)
            {
                context.Out.MarkupLine(
                    $"[grey]Not checked: entries without a project in workspace {id}, whose time-entry constraints the cache does not hold. "
                    + $"`toggl workspaces show {id} --refresh` fetches and keeps them (1 request).[/]");
            }
        }
    }

    private static string Ids(IEnumerable<long> ids) => string.Join(" ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
