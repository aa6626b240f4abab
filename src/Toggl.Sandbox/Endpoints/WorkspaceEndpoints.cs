using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// A workspace's settings, statistics and time-entry constraints (docs/toggl-api.md §8.2, §8.3). Like the workspace
/// resources, another user's workspace answers 403 (only <c>GET /workspaces/{wid}</c> answers 404, as recorded).
/// </summary>
internal static class WorkspaceEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapPut("/workspaces/{workspace_id}", ctx => Update(ctx, s));
        api.MapGet("/workspaces/{workspace_id}/statistics", ctx => Statistics(ctx, s));
        api.MapGet("/workspaces/{workspace_id}/time_entry_constraints", ctx => Constraints(ctx, s));
    }

    /// <summary>PUT /workspaces/{wid} with <c>workspace.Payload</c>: answers the workspace as GET shows it.</summary>
    private static async Task Update(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        var read = await JsonBody.ReadPayload(ctx, WorkspacePayload.Read).ConfigureAwait(false);
        if (read.Error is { } bodyError)
        {
            await Respond.Error(ctx, bodyError).ConfigureAwait(false);
            return;
        }

        var payload = read.Value!;

        ApiError? error;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            if (s.Store.Workspace(wid) is not { } ws)
            {
                // Left between the check and the lock.
                error = ApiError.NoAccess;
            }
            else
            {
                var applied = payload.ApplyTo(ws, TogglTime.TruncateToSeconds(s.Now));
                error = applied.Error;
                if (applied.Value is { } saved)
                {
                    s.Store.Put(saved);
                    body = TogglJson.Render(w => TogglJson.Workspace(w, saved, s.Options.Plan, null));
                }
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    /// <summary>GET …/statistics: <c>{admins: [{user_id, name}], groups_count, members_count}</c>; the one user is the one admin and member.</summary>
    private static Task Statistics(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out _) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        SandboxIdentity me;
        lock (s.Store.Gate)
        {
            me = s.Store.Identity;
        }

        return Respond.Json(ctx, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("admins");
            w.WriteStartObject();
            w.WriteNumber("user_id", me.UserId);
            w.WriteString("name", me.FullName);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteNumber("groups_count", 0);
            w.WriteNumber("members_count", 1);
            w.WriteEndObject();
        });
    }

    /// <summary>GET …/time_entry_constraints: the workspace's <c>te_constraints</c> object (docs/toggl-api.md §8.2).</summary>
    private static Task Constraints(HttpContext ctx, SandboxState s) =>
        RouteArgs.Workspace(ctx, s, out _) is { } wsError
            ? Respond.Error(ctx, wsError)
            : Respond.Json(ctx, TogglJson.TimeEntryConstraints);
}
