using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Projects (docs/toggl-api.md §8.4).</summary>
internal static partial class ProjectEndpoints
{
    /// <summary>Toggl's default project colour.</summary>
    public const string DefaultColor = "#06aaf5";

    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/workspaces/{workspace_id}/projects", ctx => List(ctx, s));
        api.MapGet("/workspaces/{workspace_id}/projects/{project_id}", ctx => GetOne(ctx, s));
        api.MapPost("/workspaces/{workspace_id}/projects", ctx => Write(ctx, s, create: true));
        api.MapPut("/workspaces/{workspace_id}/projects/{project_id}", ctx => Write(ctx, s, create: false));
        api.MapDelete("/workspaces/{workspace_id}/projects/{project_id}", ctx => Delete(ctx, s));
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    /// <summary>Tracked seconds per project (stopped, live entries): <c>actual_seconds</c>.</summary>
    public static Dictionary<long, long> ActualSeconds(SandboxState s)
    {
        var sums = new Dictionary<long, long>();
        foreach (var e in s.Store.Entries)
        {
            if (e.ProjectId is { } pid && !e.IsDeleted && !e.IsRunning)
            {
                sums[pid] = sums.GetValueOrDefault(pid) + e.Duration;
            }
        }

        return sums;
    }

    /// <summary>GET list: <c>active</c> true|false|both (default both), <c>name</c>, <c>client_ids</c>, <c>billable</c>, <c>since</c>, <c>page</c>/<c>per_page</c> (151, max 200).</summary>
    private static Task List(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        var active = RouteArgs.Query(ctx, "active") ?? "both";
        bool? activeFilter = active switch
        {
            "both" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        var name = RouteArgs.Query(ctx, "name");
        var clientIds = (RouteArgs.Query(ctx, "client_ids") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .ToHashSet();
        var billable = RouteArgs.Query(ctx, "billable") is not null ? RouteArgs.Flag(ctx, "billable") : (bool?)null;
        DateTimeOffset? since = long.TryParse(RouteArgs.Query(ctx, "since"), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : null;
        var perPage = int.TryParse(RouteArgs.Query(ctx, "per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pp) && pp > 0 ? Math.Min(pp, 200) : 151;
        var page = int.TryParse(RouteArgs.Query(ctx, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pg) && pg > 0 ? pg : 1;
        byte[] body;
        lock (s.Store.Gate)
        {
            var actual = ActualSeconds(s);
            var today = s.TodayUtc;
            var projects = s.Store.Projects
                .Where(p => p.WorkspaceId == wid)
                .Where(p => activeFilter is null || p.Active == activeFilter)
                .Where(p => name is null || p.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                .Where(p => clientIds.Count == 0 || (p.ClientId is { } cid && clientIds.Contains(cid)))
                .Where(p => billable is null || (p.Billable ?? false) == billable)
                .Where(p => since is null || p.At >= since)
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.Id)
                .Skip((page - 1) * perPage)
                .Take(perPage)
                .ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var p in projects)
                {
                    TogglJson.Project(w, p, actual.GetValueOrDefault(p.Id), today);
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    private static Task GetOne(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        if (!RouteArgs.TryId(ctx, "project_id", out var id))
        {
            return Respond.Error(ctx, 400, TogglTexts.InvalidProjectId);
        }

        byte[]? body = null;
        lock (s.Store.Gate)
        {
            if (s.Store.Project(id) is { } p && p.WorkspaceId == wid)
            {
                var actual = ActualSeconds(s).GetValueOrDefault(id);
                body = TogglJson.Render(w => TogglJson.Project(w, p, actual, s.TodayUtc));
            }
        }

        return body is null ? Respond.Error(ctx, 404, TogglTexts.ProjectNotFound) : Respond.Json(ctx, body);
    }

    /// <summary>POST/PUT with <c>project.Payload</c>; unique non-blank name, hex colour, client of the workspace.</summary>
    private static async Task Write(HttpContext ctx, SandboxState s, bool create)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        long id = 0;
        if (!create && !RouteArgs.TryId(ctx, "project_id", out id))
        {
            await Respond.Error(ctx, 400, TogglTexts.InvalidProjectId).ConfigureAwait(false);
            return;
        }

        var parsed = JsonBody.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var b = parsed.Value!;
        var name = b.String("name");
        var active = b.Bool("active");
        var isPrivate = b.Bool("is_private");
        var color = b.String("color");
        var clientId = b.Has("client_id") ? b.Long("client_id") : b.Long("cid");
        var clientName = b.String("client_name");
        var billable = b.Bool("billable");
        var currency = b.String("currency");
        var rate = b.Decimal("rate");
        var estimated = b.Long("estimated_hours");
        var fixedFee = b.Decimal("fixed_fee");
        var autoEstimates = b.Bool("auto_estimates");
        var template = b.Bool("template");
        var startDate = b.Date("start_date");
        var endDate = b.Date("end_date");
        if (b.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        ApiError? error = null;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            var existing = create ? null : s.Store.Project(id);
            var now = s.Now;
            var newName = (name.Present ? name.Value : existing?.Name)?.Trim() ?? "";
            var newColor = color.Present && color.Value is not null ? color.Value : existing?.Color ?? DefaultColor;
            long? newClient = clientId.Present ? (clientId.Value is 0 ? null : clientId.Value) : existing?.ClientId;
            if (!create && (existing is null || existing.WorkspaceId != wid))
            {
                error = ApiError.NotFound(TogglTexts.ProjectNotFound);
            }
            else if (newName.Length == 0)
            {
                error = ApiError.BadRequest(TogglTexts.ProjectNameBlank);
            }
            else if (s.Store.Projects.Any(p => p.WorkspaceId == wid && p.Id != existing?.Id && string.Equals(p.Name, newName, StringComparison.OrdinalIgnoreCase)))
            {
                error = ApiError.BadRequest(TogglTexts.ProjectNameTaken);
            }
            else if (!HexColor().IsMatch(newColor))
            {
                error = ApiError.BadRequest(TogglTexts.ProjectColor);
            }
            else if (newClient is { } cid && (s.Store.Client(cid) is not { } c || c.WorkspaceId != wid))
            {
                error = ApiError.BadRequest(TogglTexts.ClientNotInWorkspace(cid, wid));
            }
            else
            {
                if (newClient is null && clientName.Value is { Length: > 0 } cn)
                {
                    // client_name names an existing client, or creates one.
                    var found = s.Store.Clients.FirstOrDefault(c => c.WorkspaceId == wid && string.Equals(c.Name, cn.Trim(), StringComparison.OrdinalIgnoreCase));
                    if (found is null)
                    {
                        found = new SandboxClient(s.Store.NewClientId(), wid, cn.Trim(), false, null, s.Store.Identity.UserId, TogglTime.TruncateToSeconds(now));
                        s.Store.Put(found);
                    }

                    newClient = found.Id;
                }

                var at = TogglTime.TruncateToSeconds(now);
                var project = existing is null
                    ? new SandboxProject(
                        s.Store.NewProjectId(), wid, newClient, newName, isPrivate.Value ?? true, active.Value ?? true, newColor.ToLowerInvariant(),
                        billable.Value, template.Value, autoEstimates.Value, estimated.Value, rate.Value, currency.Value, fixedFee.Value,
                        startDate.Value ?? DateOnly.FromDateTime(now.UtcDateTime), endDate.Value, at, at)
                    : existing with
                    {
                        Name = newName,
                        ClientId = newClient,
                        Color = newColor.ToLowerInvariant(),
                        Active = active.Value ?? existing.Active,
                        IsPrivate = isPrivate.Value ?? existing.IsPrivate,
                        Billable = billable.Present ? billable.Value : existing.Billable,
                        Template = template.Present ? template.Value : existing.Template,
                        AutoEstimates = autoEstimates.Present ? autoEstimates.Value : existing.AutoEstimates,
                        EstimatedHours = estimated.Present ? estimated.Value : existing.EstimatedHours,
                        Rate = rate.Present ? rate.Value : existing.Rate,
                        Currency = currency.Present ? currency.Value : existing.Currency,
                        FixedFee = fixedFee.Present ? fixedFee.Value : existing.FixedFee,
                        StartDate = startDate.Value ?? existing.StartDate,
                        EndDate = endDate.Present ? endDate.Value : existing.EndDate,
                        At = at,
                    };
                s.Store.Put(project);
                var actual = ActualSeconds(s).GetValueOrDefault(project.Id);
                body = TogglJson.Render(w => TogglJson.Project(w, project, actual, s.TodayUtc));
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    /// <summary>DELETE with <c>teDeletionMode</c> delete|unassign (default unassign); answers the project id (schema: integer).</summary>
    private static Task Delete(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        if (!RouteArgs.TryId(ctx, "project_id", out var id))
        {
            return Respond.Error(ctx, 400, TogglTexts.InvalidProjectId);
        }

        var deleteEntries = RouteArgs.Query(ctx, "teDeletionMode") == "delete";
        lock (s.Store.Gate)
        {
            if (s.Store.Project(id) is not { } p || p.WorkspaceId != wid)
            {
                return Respond.Error(ctx, 404, TogglTexts.ProjectNotFound);
            }

            s.Store.RemoveProject(id);
            var now = s.Now;
            foreach (var e in s.Store.Entries.Where(e => e.ProjectId == id && !e.IsDeleted).ToList())
            {
                s.Store.Put(deleteEntries
                    ? e with { ServerDeletedAt = TogglTime.TruncateToSeconds(now), At = TogglTime.TruncateToMicroseconds(now) }
                    : e with { ProjectId = null, At = TogglTime.TruncateToMicroseconds(now) });
            }
        }

        return Respond.Json(ctx, w => w.WriteNumberValue(id));
    }
}
