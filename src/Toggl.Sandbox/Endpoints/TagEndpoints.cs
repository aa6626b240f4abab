using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Tags (docs/toggl-api.md §8.5). Toggl has no GET for one tag; neither has the sandbox.</summary>
internal static class TagEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/workspaces/{workspace_id}/tags", ctx => List(ctx, s));
        api.MapPost("/workspaces/{workspace_id}/tags", ctx => Write(ctx, s, create: true));
        api.MapPut("/workspaces/{workspace_id}/tags/{tag_id}", ctx => Write(ctx, s, create: false));
        api.MapDelete("/workspaces/{workspace_id}/tags/{tag_id}", ctx => Delete(ctx, s));
    }

    private static Task List(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        byte[] body;
        lock (s.Store.Gate)
        {
            var tags = s.Store.Tags.Where(t => t.WorkspaceId == wid).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var t in tags)
                {
                    TogglJson.Tag(w, t);
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    /// <summary>POST/PUT: <c>{"name": …}</c>; blank or duplicate names are refused with Toggl's texts; the answer is one object (docs/toggl-api.md §10.4).</summary>
    private static async Task Write(HttpContext ctx, SandboxState s, bool create)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        long tagId = 0;
        if (!create && !RouteArgs.TryId(ctx, "tag_id", out tagId))
        {
            await Respond.Error(ctx, 404, TogglTexts.TagNotFound).ConfigureAwait(false);
            return;
        }

        var parsed = JsonBody.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var nameField = parsed.Value!.String("name");
        if (parsed.Value.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        var name = nameField.Value?.Trim() ?? "";
        ApiError? error = null;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            var existing = create ? null : s.Store.Tag(tagId);
            if (!create && (existing is null || existing.WorkspaceId != wid))
            {
                error = ApiError.NotFound(TogglTexts.TagNotFound);
            }
            else if (name.Length == 0)
            {
                error = ApiError.BadRequest(TogglTexts.TagNameBlank);
            }
            else if (s.Store.TagByName(wid, name) is { } clash && clash.Id != existing?.Id)
            {
                error = ApiError.BadRequest(TogglTexts.TagExists(name));
            }
            else
            {
                var at = TogglTime.TruncateToMicroseconds(s.Now);
                var tag = existing is null
                    ? new SandboxTag(s.Store.NewTagId(), wid, name, s.Store.Identity.UserId, at)
                    : existing with { Name = name, At = at };
                s.Store.Put(tag);
                body = TogglJson.Render(w =>
                {
                    if (s.Options.TagWriteReturnsArray)
                    {
                        w.WriteStartArray();
                        TogglJson.Tag(w, tag);
                        w.WriteEndArray();
                    }
                    else
                    {
                        TogglJson.Tag(w, tag);
                    }
                });
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    /// <summary>DELETE: 200 empty; the tag disappears from entries that carried it.</summary>
    private static Task Delete(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        if (!RouteArgs.TryId(ctx, "tag_id", out var tagId))
        {
            return Respond.Error(ctx, 404, TogglTexts.TagNotFound);
        }

        lock (s.Store.Gate)
        {
            if (s.Store.Tag(tagId) is not { } tag || tag.WorkspaceId != wid)
            {
                return Respond.Error(ctx, 404, TogglTexts.TagNotFound);
            }

            s.Store.RemoveTag(tagId);
            foreach (var e in s.Store.Entries.Where(e => e.TagIds.Contains(tagId)).ToList())
            {
                s.Store.Put(e with { TagIds = e.TagIds.Where(id => id != tagId).ToList() });
            }
        }

        return Respond.Empty(ctx, 200);
    }
}
