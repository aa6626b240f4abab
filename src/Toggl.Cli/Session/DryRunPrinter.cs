using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;

namespace Toggl.Cli.Session;

/// <summary>
/// Prints a dry run: the plans of the operations a command would run, in order, as the façade's
/// <see cref="TrackerEndpoint.Plan"/> gives them (what the cache answers, the requests, the commits, the
/// conditional follow-ups), then how many requests would be sent. In JSON: <c>count</c>, <c>requests</c> and
/// <c>steps</c>, and <c>waits_for</c> when the rest depends on an answer only Toggl can give.
/// </summary>
internal static class DryRunPrinter
{
    /// <summary>A request body longer than this is shortened on a terminal (JSON keeps it whole).</summary>
    private const int BodyShown = 160;

    /// <summary>Prints the plans; <paramref name="waitsFor"/> names what the rest of the command waits for, if it stopped early.</summary>
    public static int Print(CliContext context, OutputFormat format, IReadOnlyList<TogglPlan> plans, string? waitsFor)
    {
        var steps = plans.SelectMany(p => p.Steps).ToList();
        var requests = plans.SelectMany(p => p.Requests).ToList();
        if (format == OutputFormat.Json)
        {
            context.WriteRaw(EntryJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("count", requests.Count);
                json.WriteStartArray("requests");
                foreach (var request in requests)
                {
                    WriteRequest(json, request);
                }

                json.WriteEndArray();
                json.WriteStartArray("steps");
                foreach (var step in steps)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", Kind(step.Kind));
                    json.WriteString("text", step.Text);
                    json.WritePropertyName("request");
                    if (step.Request is { } request)
                    {
                        WriteRequest(json, request);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (waitsFor is not null)
                {
                    json.WriteString("waits_for", waitsFor);
                }

                json.WriteEndObject();
            }));
            return ExitCodes.Ok;
        }

        foreach (var plan in plans.Where(p => p.Steps.Count > 0))
        {
            foreach (var step in plan.Steps)
            {
                context.Out.MarkupLine(Line(step));
            }

            // One operation's plan from the next's: a start reads the running entry, then adds.
            context.Out.WriteLine();
        }

        var count = requests.Count == 1 ? "1 request" : $"{requests.Count} requests";
        var then = waitsFor is null ? "" : $", then what follows depends on Toggl's answer ({TerminalText.Markup(waitsFor)})";
        context.Out.MarkupLine($"[yellow]dry run: {count} would be sent{then}; nothing was sent.[/]");
        return ExitCodes.Ok;
    }

    /// <summary>A request in bold, the rest in grey; every text with its control characters shown, not obeyed.</summary>
    internal static string Line(TogglPlanStep step)
    {
        if (step is { Kind: TogglPlanStepKind.Request, Request: { } request })
        {
            var body = request.Body is null ? "" : " " + (request.Body.Length > BodyShown ? request.Body[..(BodyShown - 3)] + "..." : request.Body);
            return $"[bold]{request.Method}[/] {TerminalText.Markup(request.Path)}[grey]{TerminalText.Markup(body)}[/]";
        }

        return $"[grey]{TerminalText.Markup(step.Text)}[/]";
    }

    private static void WriteRequest(System.Text.Json.Utf8JsonWriter json, PlannedRequest request)
    {
        json.WriteStartObject();
        json.WriteString("method", request.Method);
        json.WriteString("path", request.Path);
        if (request.Body is null)
        {
            json.WriteNull("body");
        }
        else
        {
            json.WriteString("body", request.Body);
        }

        json.WriteEndObject();
    }

    private static string Kind(TogglPlanStepKind kind) => kind switch
    {
        TogglPlanStepKind.CacheRead => "cache_read",
        TogglPlanStepKind.Request => "request",
        TogglPlanStepKind.CacheCommit => "cache_commit",
        _ => "follow_up",
    };
}
