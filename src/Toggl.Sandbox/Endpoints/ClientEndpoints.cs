using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Clients (docs/toggl-api.md §8.6).</summary>
internal static class ClientEndpoints
{
    /// <summary>Longest client name accepted (Toggl's figure is not recorded; "Client name maximum length is {n}").</summary>
    public const int MaxNameLength = 100;

    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/workspaces/{workspace_id}/clients", ctx => List(ctx, s));
        api.MapGet("/workspaces/{workspace_id}/clients/{client_id}", ctx => GetOne(ctx, s));
        api.MapPost("/workspaces/{workspace_id}/clients", ctx => Write(ctx, s, create: true));
        api.MapPut("/workspaces/{workspace_id}/clients/{client_id}", ctx => Write(ctx, s, create: false));
        api.MapDelete("/workspaces/{workspace_id}/clients/{client_id}", ctx => Delete(ctx, s));
        api.MapPost("/workspaces/{workspace_id}/clients/{client_id}/archive", ctx => Archive(ctx, s, archived: true));
        api.MapPost("/workspaces/{workspace_id}/clients/{client_id}/restore", ctx => Archive(ctx, s, archived: false));
    }

    /// <summary>GET list: <c>status</c> active|archived|both (default both), <c>name</c> case-insensitive contains.</summary>
    private static Task List(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        var status = RouteArgs.Query(ctx, "status") ?? "both";
        if (status is not ("active" or "archived" or "both"))
        {
            return Respond.Error(ctx, 400, TogglTexts.ClientStatusInvalid);
        }

        var name = RouteArgs.Query(ctx, "name");
        byte[] body;
        lock (s.Store.Gate)
        {
            var clients = s.Store.Clients
                .Where(c => c.WorkspaceId == wid)
                .Where(c => status == "both" || c.Archived == (status == "archived"))
                .Where(c => name is null || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var c in clients)
                {
                    TogglJson.Client(w, c);
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

        RouteArgs.TryId(ctx, "client_id", out var id);
        SandboxClient? client;
        lock (s.Store.Gate)
        {
            client = s.Store.Client(id);
        }

        return client is null || client.WorkspaceId != wid
            ? Respond.Error(ctx, 404, TogglTexts.ClientNotFound(id))
            : Respond.Json(ctx, w => TogglJson.Client(w, client));
    }

    /// <summary>POST/PUT <c>{name, notes, wid}</c>: the name must be non-blank and at most <see cref="MaxNameLength"/>.</summary>
    private static async Task Write(HttpContext ctx, SandboxState s, bool create)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        long id = 0;
        if (!create)
        {
            RouteArgs.TryId(ctx, "client_id", out id);
        }

        var parsed = JsonBody.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var b = parsed.Value!;
        var nameField = b.String("name");
        var notes = b.String("notes");
        if (b.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        ApiError? error = null;
        SandboxClient? saved = null;
        lock (s.Store.Gate)
        {
            var existing = create ? null : s.Store.Client(id);
            var name = (nameField.Present ? nameField.Value : existing?.Name)?.Trim() ?? "";
            if (!create && (existing is null || existing.WorkspaceId != wid))
            {
                error = ApiError.NotFound(TogglTexts.ClientNotFound(id));
            }
            else if (name.Length == 0)
            {
                error = ApiError.BadRequest(TogglTexts.ClientNameEmpty);
            }
            else if (name.Length > MaxNameLength)
            {
                error = ApiError.BadRequest(TogglTexts.ClientNameTooLong(MaxNameLength));
            }
            else
            {
                var at = TogglTime.TruncateToSeconds(s.Now);
                saved = existing is null
                    ? new SandboxClient(s.Store.NewClientId(), wid, name, false, notes.Value, s.Store.Identity.UserId, at)
                    : existing with { Name = name, Notes = notes.Present ? notes.Value : existing.Notes, At = at };
                s.Store.Put(saved);
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, w => TogglJson.Client(w, saved!))).ConfigureAwait(false);
    }

    /// <summary>DELETE: 200 empty; projects of the client lose it.</summary>
    private static Task Delete(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        RouteArgs.TryId(ctx, "client_id", out var id);
        lock (s.Store.Gate)
        {
            if (s.Store.Client(id) is not { } client || client.WorkspaceId != wid)
            {
                return Respond.Error(ctx, 404, TogglTexts.ClientNotFound(id));
            }

            s.Store.RemoveClient(id);
            foreach (var p in s.Store.Projects.Where(p => p.ClientId == id).ToList())
            {
                s.Store.Put(p with { ClientId = null });
            }
        }

        return Respond.Empty(ctx, 200);
    }

    /// <summary>archive answers the ids of the projects it archived; restore answers the client (docs/toggl-api.md §8.6).</summary>
    private static Task Archive(HttpContext ctx, SandboxState s, bool archived)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        RouteArgs.TryId(ctx, "client_id", out var id);
        byte[] body;
        lock (s.Store.Gate)
        {
            if (s.Store.Client(id) is not { } client || client.WorkspaceId != wid)
            {
                return Respond.Error(ctx, 404, TogglTexts.ClientNotFound(id));
            }

            var updated = client with { Archived = archived, At = TogglTime.TruncateToSeconds(s.Now) };
            s.Store.Put(updated);
            var touched = new List<long>();
            foreach (var p in s.Store.Projects.Where(p => p.ClientId == id && p.Active == archived).ToList())
            {
                s.Store.Put(p with { Active = !archived, At = TogglTime.TruncateToSeconds(s.Now) });
                touched.Add(p.Id);
            }

            body = TogglJson.Render(w =>
            {
                if (archived)
                {
                    w.WriteStartArray();
                    foreach (var pid in touched)
                    {
                        w.WriteNumberValue(pid);
                    }

                    w.WriteEndArray();
                }
                else
                {
                    TogglJson.Client(w, updated);
                }
            });
        }

        return Respond.Json(ctx, body);
    }
}
