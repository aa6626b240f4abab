using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The Reports API v3 detailed report, ungrouped, with its cursor pagination (docs/toggl-api.md §9,
/// docs/toggl-api.md §12.20): <c>X-Next-ID</c>, <c>X-Next-Row-Number</c> and <c>X-Next-Timestamp</c> are sent while rows
/// remain, and the next page is asked for with <c>first_id</c>/<c>first_row_number</c>/<c>first_timestamp</c>.
/// </summary>
internal static class ReportsEndpoints
{
    /// <summary>Documented default page size (docs/toggl-api.md §9).</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Documented (docs/toggl-api.md §9) Reports texts.</summary>
    public const string NoParameter = "At least one parameter must be set";

    /// <summary>Documented (docs/toggl-api.md §9).</summary>
    public const string WorkspaceInaccessible = "Workspace not found/accessible";

    public static void Map(IEndpointRouteBuilder reports, SandboxState s) =>
        reports.MapPost("/workspace/{workspace_id}/search/time_entries", ctx => Detailed(ctx, s));

    private static async Task Detailed(HttpContext ctx, SandboxState s)
    {
        if (!RouteArgs.TryId(ctx, "workspace_id", out var wid) || wid != s.Store.Identity.WorkspaceId)
        {
            await Respond.Error(ctx, 403, WorkspaceInaccessible).ConfigureAwait(false);
            return;
        }

        var parsed = JsonBody.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var b = parsed.Value!;
        var startDate = b.Date("start_date").Value;
        var endDate = b.Date("end_date").Value;
        var description = b.String("description").Value;
        var projectIds = b.Longs("project_ids").Value;
        var pageSize = b.Long("page_size").Value is { } size && size > 0 ? (int)Math.Min(size, 1000) : DefaultPageSize;
        var firstRow = b.Long("first_row_number").Value is { } row && row > 0 ? row : 1;
        var descending = string.Equals(b.String("order_dir").Value, "DESC", StringComparison.OrdinalIgnoreCase);
        if (b.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        if (b.Count == 0)
        {
            await Respond.Error(ctx, 400, NoParameter).ConfigureAwait(false);
            return;
        }

        var zone = s.UserZone;
        byte[] body;
        SandboxTimeEntry? next = null;
        long nextRow = 0;
        lock (s.Store.Gate)
        {
            var me = s.Store.Identity;
            var rows = s.Store.Entries
                .Where(e => e.UserId == me.UserId && e.WorkspaceId == wid && !e.IsDeleted && !e.IsRunning)
                .Where(e =>
                {
                    // Reports work on calendar days in the user's time zone, both ends included.
                    var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Start, zone).DateTime);
                    return (startDate is null || day >= startDate) && (endDate is null || day <= endDate);
                })
                .Where(e => projectIds is null || (e.ProjectId is { } pid && projectIds.Contains(pid)))
                .Where(e => description is null || (e.Description ?? "").Contains(description, StringComparison.OrdinalIgnoreCase));
            var ordered = (descending ? rows.OrderByDescending(e => e.Start).ThenByDescending(e => e.Id) : rows.OrderBy(e => e.Start).ThenBy(e => e.Id)).ToList();
            var from = (int)Math.Min(firstRow - 1, ordered.Count);
            var page = ordered.Skip(from).Take(pageSize).ToList();
            if (from + pageSize < ordered.Count)
            {
                next = ordered[from + pageSize];
                nextRow = from + pageSize + 1;
            }

            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                var rowNumber = from + 1;
                foreach (var e in page)
                {
                    w.WriteStartObject();
                    w.WriteNumber("user_id", e.UserId);
                    w.WriteString("username", me.FullName);
                    Nullable(w, "project_id", e.ProjectId);
                    Nullable(w, "task_id", e.TaskId);
                    w.WriteBoolean("billable", e.Billable);
                    w.WriteString("description", e.Description ?? "");
                    w.WriteStartArray("tag_ids");
                    foreach (var t in e.TagIds.Where(t => s.Store.Tag(t) is not null))
                    {
                        w.WriteNumberValue(t);
                    }

                    w.WriteEndArray();
                    w.WriteNull("billable_amount_in_cents");
                    w.WriteNull("hourly_rate_in_cents");
                    w.WriteString("currency", "USD");
                    w.WriteNumber("row_number", rowNumber++);
                    w.WriteStartArray("time_entries");
                    w.WriteStartObject();
                    w.WriteNumber("id", e.Id);
                    w.WriteNumber("seconds", e.Duration);
                    w.WriteString("start", InZone(e.Start, zone));
                    w.WriteString("stop", InZone(e.Stop!.Value, zone));
                    w.WriteString("at", TogglTime.Offset(e.At));
                    w.WriteString("at_tz", InZone(e.At, zone));
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
        }

        ctx.Response.Headers["X-Page-Size"] = pageSize.ToString(CultureInfo.InvariantCulture);
        if (next is not null)
        {
            ctx.Response.Headers["X-Next-ID"] = next.Id.ToString(CultureInfo.InvariantCulture);
            ctx.Response.Headers["X-Next-Row-Number"] = nextRow.ToString(CultureInfo.InvariantCulture);
            ctx.Response.Headers["X-Next-Timestamp"] = next.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        await Respond.Json(ctx, body).ConfigureAwait(false);
    }

    /// <summary>Reports show times in the user's offset, e.g. <c>2023-07-19T13:09:14+03:00</c> (docs/toggl-api.md §9).</summary>
    private static string InZone(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(TogglTime.TruncateToSeconds(t), zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Nullable(System.Text.Json.Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
