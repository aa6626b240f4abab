using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Limits;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Status, the user, its workspaces and its quota (docs/toggl-api.md §2, §4.2, §8.1–§8.3).</summary>
internal static class MeEndpoints
{
    private static readonly byte[] StatusOk = """{"status":"OK"}"""u8.ToArray();

    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/status", ctx => Respond.Json(ctx, StatusOk));
        api.MapGet("/me", ctx => Me(ctx, s));
        api.MapPut("/me", ctx => MeUpdate.Put(ctx, s));
        api.MapGet("/me/logged", ctx => Respond.Empty(ctx, 200));
        api.MapGet("/me/workspaces", ctx => Workspaces(ctx, s));
        api.MapGet("/me/quota", ctx => Quota(ctx, s));
        api.MapGet("/workspaces/{workspace_id}", ctx => Workspace(ctx, s));
    }

    /// <summary>GET /me; with <c>with_related_data=true</c> also tags, clients, projects, tasks, workspaces, time_entries (docs/toggl-api.md §8.1).</summary>
    private static Task Me(HttpContext ctx, SandboxState s)
    {
        var related = RouteArgs.Flag(ctx, "with_related_data");
        byte[] body;
        lock (s.Store.Gate)
        {
            body = TogglJson.Render(w =>
            {
                TogglJson.Me(w, s.Store.Identity, close: !related);
                if (!related)
                {
                    return;
                }

                var today = s.TodayUtc;
                w.WriteStartArray("tags");
                foreach (var t in s.Store.Tags.OrderBy(t => t.Id))
                {
                    TogglJson.Tag(w, t);
                }

                w.WriteEndArray();
                w.WriteStartArray("clients");
                foreach (var c in s.Store.Clients.OrderBy(c => c.Id))
                {
                    TogglJson.Client(w, c);
                }

                w.WriteEndArray();
                w.WriteStartArray("projects");
                var actual = ProjectEndpoints.ActualSeconds(s);
                foreach (var p in s.Store.Projects.OrderBy(p => p.Id))
                {
                    TogglJson.Project(w, p, actual.GetValueOrDefault(p.Id), today);
                }

                w.WriteEndArray();
                w.WriteStartArray("tasks");
                var tracked = TaskEndpoints.TrackedSeconds(s);
                foreach (var t in s.Store.Tasks.OrderBy(t => t.Id))
                {
                    TogglJson.Task(w, t, tracked.GetValueOrDefault(t.Id));
                }

                w.WriteEndArray();
                w.WriteStartArray("workspaces");
                foreach (var ws in s.Store.Workspaces.OrderBy(ws => ws.Id))
                {
                    TogglJson.Workspace(w, ws, s.Options.Plan, null);
                }

                w.WriteEndArray();
                w.WriteStartArray("time_entries");
                foreach (var e in s.Store.Entries.Where(e => !e.IsDeleted).OrderByDescending(e => e.Start))
                {
                    TogglJson.TimeEntry(w, e, s.Store, EntryView.Get);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        return Respond.Json(ctx, body);
    }

    private static Task Workspaces(HttpContext ctx, SandboxState s)
    {
        byte[] body;
        lock (s.Store.Gate)
        {
            var workspaces = s.Store.Workspaces.OrderBy(ws => ws.Id).ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var ws in workspaces)
                {
                    TogglJson.Workspace(w, ws, s.Options.Plan, s.Store.Projects.Count(p => p.Active && p.WorkspaceId == ws.Id));
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    /// <summary>GET /workspaces/{wid}: 404 "Workspace not found" for any other workspace (docs/toggl-api.md §8.3).</summary>
    private static Task Workspace(HttpContext ctx, SandboxState s)
    {
        SandboxWorkspace? ws = null;
        if (RouteArgs.TryId(ctx, "workspace_id", out var wid))
        {
            lock (s.Store.Gate)
            {
                ws = s.Store.Workspace(wid);
            }
        }

        return ws is null
            ? Respond.Error(ctx, 404, TogglTexts.WorkspaceNotFound)
            : Respond.Json(ctx, w => TogglJson.Workspace(w, ws, s.Options.Plan, null));
    }

    /// <summary>GET /me/quota (SW25): the organization bucket and the user-scoped one (<c>organization_id: null</c>).</summary>
    private static Task Quota(HttpContext ctx, SandboxState s)
    {
        var me = s.Store.Identity;
        QuotaReading[] readings = [s.Quota.Peek(me.UserId, me.OrganizationId), s.Quota.Peek(me.UserId, null)];
        return Respond.Json(ctx, w =>
        {
            w.WriteStartArray();
            foreach (var r in readings)
            {
                w.WriteStartObject();
                if (r.OrganizationId is { } org)
                {
                    w.WriteNumber("organization_id", org);
                }
                else
                {
                    w.WriteNull("organization_id");
                }

                w.WriteNumber("remaining", r.Remaining);
                w.WriteNumber("resets_in_secs", r.ResetsInSeconds);
                w.WriteNumber("total", r.Total);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
