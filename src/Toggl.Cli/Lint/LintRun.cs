using Microsoft.FSharp.Collections;
using Spectre.Console;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Lint;

/// <summary>What <c>toggl lint</c> was asked: the days, the thresholds, whether to fix and whether the yes is given.</summary>
/// <param name="Range">The days whose entries are checked (by start, in the user's zone).</param>
/// <param name="Settings">The thresholds, checked by the core.</param>
/// <param name="Fix">Propose the fixes as a plan and apply them after a yes.</param>
/// <param name="Yes">The yes, given up front (<c>--yes</c>): needed without a terminal.</param>
/// <param name="Output">Table, JSON or CSV.</param>
internal sealed record LintRequest(DateRange Range, Core.LintSettings Settings, bool Fix, bool Yes, OutputFormat Output);

/// <summary>
/// <c>toggl lint</c>: the core's linter (<see cref="Core.Lint"/>) over the cached entries of a range — no request —
/// and, with <c>--fix</c>, its fixes (<see cref="Core.LintFixes"/>) as operations of the façade: stops that several
/// entries share go in one bulk edit (<c>PATCH …/time_entries/{ids}</c>), other stops are one edit each, a zero-length
/// entry is one delete. The plan of those operations is shown first, by the dry-run printer, then applied after a yes.
/// </summary>
internal static class LintRun
{
    /// <summary>Lints, prints, and with <c>--fix</c> proposes and applies. Exit code 1 when problems are left.</summary>
    public static async Task<int> RunAsync(TogglSession session, LintRequest request, CancellationToken cancellationToken)
    {
        var context = session.Context;
        if (!session.IsSynced)
        {
            throw new CliException(
                ExitCodes.Error, "lint reads only the cache, which was never synced: run `toggl sync` first (then lint sends nothing)");
        }

        var zone = context.TimeZone;
        var cached = await session.CachedRangeAsync(request.Range.StartIn(zone), request.Range.EndIn(zone), cancellationToken);
        var trackers = ListModule.OfSeq(cached.Select(LintTrackers.ToCore));
        var constraints = Core.SqlitePeek.constraints(session.Paths.TrackerCache(session.WorkspaceId));
        if (constraints.IsError)
        {
            throw new CliException(ExitCodes.Error, constraints.ErrorValue.ToString());
        }

        var report = Core.Lint.check(new Core.LintInput(trackers, context.Now, zone, request.Settings, constraints.ResultValue));
        if (!request.Fix)
        {
            LintPrinter.Print(context, request.Output, report, null);
            return report.Findings.IsEmpty ? ExitCodes.Ok : ExitCodes.Error;
        }

        var planned = Core.LintFixes.plan(request.Settings, trackers, report.Findings);
        var fixes = planned.Item1.ToList();
        var unfixed = planned.Item2.ToList();
        if (!session.Settings.DryRun)
        {
            LintPrinter.Print(context, request.Output, report, fixes);
        }

        if (fixes.Count == 0)
        {
            session.Printer.Note(report.Findings.IsEmpty ? "[grey]Nothing to fix.[/]" : "[grey]No automatic fix for these: gaps, future entries, missing projects and overlaps of entries starting together are yours to decide.[/]", request.Output);
            return report.Findings.IsEmpty ? ExitCodes.Ok : ExitCodes.Error;
        }

        var operations = fixes.Select(fix => Operation(session, fix)).ToList();
        if (session.Settings.DryRun)
        {
            // The session prints these plans, as for any dry run.
            foreach (var operation in operations)
            {
                await session.PlanAsync(operation, cancellationToken);
            }

            return ExitCodes.Ok;
        }

        if (request.Output == OutputFormat.Table)
        {
            var plans = new List<TogglPlan>();
            foreach (var operation in operations)
            {
                plans.Add(await operation.Plan(cancellationToken));
            }

            context.Out.WriteLine();
            context.Out.MarkupLine($"[bold]The fixes[/] [grey]({Count(fixes.Count, "change")}; {Count(unfixed.Count, "finding")} without an automatic fix)[/]:");
            DryRunPrinter.Print(context, request.Output, plans, null);
        }

        if (!request.Yes)
        {
            if (!context.Out.Profile.Capabilities.Interactive)
            {
                throw CliException.BadArguments("--fix asks before it sends anything, and input is redirected: add --yes to apply the fixes; nothing was sent");
            }

            if (!await context.Out.ConfirmAsync("Apply these fixes?", defaultValue: false, cancellationToken))
            {
                session.Printer.Note("[grey]Nothing sent.[/]", request.Output);
                return ExitCodes.Error;
            }
        }

        session.EnsureWritable(context.AfterWriteCheck);
        foreach (var operation in operations)
        {
            await session.AskAsync(operation, cancellationToken);
        }

        session.Printer.Note($"[green]Applied {Count(fixes.Count, "fix", "fixes")}[/].", request.Output);
        return unfixed.Count == 0 ? ExitCodes.Ok : ExitCodes.Error;
    }

    /// <summary>The façade's operation for a fix: an edit of the stop, a bulk edit when entries share it, or a delete.</summary>
    private static CliOperation<bool> Operation(TogglSession session, Core.LintFix fix)
    {
        var ids = fix.TrackerIds.ToList();
        if (fix.Change is Core.LintChange.StopAt stop)
        {
            var body = new TrackerBody { Stop = stop.Item };
            return ids.Count == 1
                ? Done(session.Operations.Edit(ids[0], body))
                : Done(session.Operations.BulkEdit(ids, body));
        }

        return Done(session.Operations.Delete(ids[0]));
    }

    private static CliOperation<bool> Done<T>(CliOperation<T> operation) => new()
    {
        Plan = operation.Plan,
        Run = async ct =>
        {
            await operation.Run(ct);
            return true;
        },
    };

    private static string Count(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
