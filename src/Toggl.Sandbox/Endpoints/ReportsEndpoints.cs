using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Reports;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The Reports API v3 routes under <c>/reports/api/v3/workspace/{workspace_id}/…</c> (docs/toggl-api.md §9): the
/// detailed report with its cursor pagination, its totals, the summary, the project summaries, the weekly report and
/// the exports of the three (<c>.csv</c>, <c>.pdf</c>). Every answer is computed from the sandbox's data; the body is
/// read by <see cref="ReportQuery"/>, the entries chosen by <see cref="ReportData"/>.
/// </summary>
internal static class ReportsEndpoints
{
    /// <summary>Documented (docs/toggl-api.md §9).</summary>
    public const string WorkspaceInaccessible = "Workspace not found/accessible";

    /// <summary>Documented (docs/toggl-api.md §9): a report the workspace's plan does not include.</summary>
    public const string FeatureNotEnabled = "Workspace needs to have this feature enabled";

    private const string Workspace = "/workspace/{workspace_id}";

    /// <summary>Maps every report route on the reports base.</summary>
    public static void Map(IEndpointRouteBuilder reports, SandboxState s)
    {
        reports.MapPost(Workspace + "/search/time_entries", ctx => Answer(ctx, s, SandboxReports.Detailed, Detailed));
        reports.MapPost(Workspace + "/search/time_entries/totals", ctx => Answer(ctx, s, SandboxReports.Totals, Totals));
        reports.MapPost(Workspace + "/summary/time_entries", ctx => Answer(ctx, s, SandboxReports.Summary, Summary));
        reports.MapPost(Workspace + "/projects/summary", ctx => Answer(ctx, s, SandboxReports.ProjectSummaries, AllProjects));
        reports.MapPost(Workspace + "/projects/{project_id}/summary", ctx => Answer(ctx, s, SandboxReports.ProjectSummaries, OneProject));
        reports.MapPost(Workspace + "/weekly/time_entries", ctx => Answer(ctx, s, SandboxReports.Weekly, Weekly));
        reports.MapPost(Workspace + "/search/time_entries.{format}", ctx => Export(ctx, s, ReportExport.Kind.Detailed));
        reports.MapPost(Workspace + "/summary/time_entries.{format}", ctx => Export(ctx, s, ReportExport.Kind.Summary));
        reports.MapPost(Workspace + "/weekly/time_entries.{format}", ctx => Export(ctx, s, ReportExport.Kind.Weekly));
    }

    /// <summary>What one report route answers from the request, the entries chosen and the body read.</summary>
    private delegate byte[] Report(HttpContext ctx, SandboxState s, long workspaceId, ReportQuery q);

    private static async Task Answer(HttpContext ctx, SandboxState s, SandboxReports kind, Report report)
    {
        if (await Prologue(ctx, s, kind).ConfigureAwait(false) is not { } read)
        {
            return;
        }

        var (wid, q) = read;
        byte[] body;
        lock (s.Store.Gate)
        {
            body = report(ctx, s, wid, q);
        }

        await Respond.Json(ctx, body).ConfigureAwait(false);
    }

    /// <summary>
    /// What every report route checks first: the workspace (403), the plan (402 when any of <paramref name="kind"/>'s
    /// flags is paid), the body (400). Null once it has answered.
    /// </summary>
    private static async Task<(long Wid, ReportQuery Query)?> Prologue(HttpContext ctx, SandboxState s, SandboxReports kind)
    {
        if (!RouteArgs.TryId(ctx, "workspace_id", out var wid) || wid != s.Store.Identity.WorkspaceId)
        {
            await Respond.Error(ctx, 403, WorkspaceInaccessible).ConfigureAwait(false);
            return null;
        }

        if ((s.Options.PaidReports & kind) != 0)
        {
            await Respond.Error(ctx, 402, FeatureNotEnabled).ConfigureAwait(false);
            return null;
        }

        var read = ReportQuery.Read(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (read.Error is { } error)
        {
            await Respond.Error(ctx, error).ConfigureAwait(false);
            return null;
        }

        return (wid, read.Value!);
    }

    private static byte[] Detailed(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        var rows = DetailedReport.Rows(ReportData.Select(s, wid, q), q);
        var (page, firstRow, next) = DetailedReport.Page(rows, q);
        var headers = ctx.Response.Headers;
        headers["X-Page-Size"] = q.PageSize.ToString(CultureInfo.InvariantCulture);
        if (next is not null)
        {
            headers["X-Next-ID"] = next.Id.ToString(CultureInfo.InvariantCulture);
            headers["X-Next-Row-Number"] = next.RowNumber.ToString(CultureInfo.InvariantCulture);
            headers["X-Next-Timestamp"] = next.Timestamp.ToString(CultureInfo.InvariantCulture);
        }

        return TogglJson.Render(w => DetailedReport.Write(w, page, firstRow, q));
    }

    private static byte[] Totals(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        var entries = ReportData.Select(s, wid, q);
        return TogglJson.Render(w => TotalsReport.Write(w, entries, q, s.Store.Identity.BeginningOfWeek));
    }

    private static byte[] Summary(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        var groups = SummaryReport.Groups(ReportData.Select(s, wid, q), q);
        return TogglJson.Render(w => SummaryReport.Write(w, groups, q));
    }

    private static byte[] AllProjects(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        var entries = ReportData.Select(s, wid, q);
        return TogglJson.Render(w => ProjectSummaries.WriteAll(w, entries));
    }

    private static byte[] OneProject(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        // An unknown project id has no entries: zero seconds, as a filter that matches nothing.
        var pid = RouteArgs.TryId(ctx, "project_id", out var id) ? id : 0;
        var entries = ReportData.Select(s, wid, q).Where(e => e.Entry.ProjectId == pid).ToList();
        return TogglJson.Render(w => ProjectSummaries.WriteOne(w, entries));
    }

    private static byte[] Weekly(HttpContext ctx, SandboxState s, long wid, ReportQuery q)
    {
        var first = WeeklyReport.FirstDay(q, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Now, s.UserZone).DateTime), s.Store.Identity.BeginningOfWeek);
        var rows = WeeklyReport.Rows(ReportData.Select(s, wid, WeeklyReport.Window(q, first)), first);
        return TogglJson.Render(w => WeeklyReport.Write(w, rows));
    }

    private static async Task Export(HttpContext ctx, SandboxState s, ReportExport.Kind kind)
    {
        var format = ctx.Request.RouteValues["format"] as string;
        if (!ReportExport.Offers(kind, format))
        {
            await Respond.Error(ctx, 404, ReportExport.NotOffered).ConfigureAwait(false);
            return;
        }

        if (await Prologue(ctx, s, ReportExport.Needs(kind)).ConfigureAwait(false) is not { } read)
        {
            return;
        }

        var (wid, q) = read;
        ReportExport.File file;
        lock (s.Store.Gate)
        {
            file = ReportExport.Make(kind, format!, s, wid, q);
        }

        ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.Name}\"";
        await Respond.Bytes(ctx, 200, file.Content, file.ContentType).ConfigureAwait(false);
    }
}
