using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// Organizations (docs/toggl-api.md §8.7): the user's list, one, create (with its first workspace), rename, leave, and a
/// workspace created under one. An organization the user is not in — someone else's, or one the user left — answers 403.
/// </summary>
internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/me/organizations", ctx => List(ctx, s));
        api.MapPost("/organizations", ctx => Create(ctx, s));
        api.MapGet("/organizations/{organization_id}", ctx => GetOne(ctx, s));
        api.MapPut("/organizations/{organization_id}", ctx => Rename(ctx, s));
        api.MapDelete("/organizations/{organization_id}/users/leave", ctx => Leave(ctx, s));
        api.MapPost("/organizations/{organization_id}/workspaces", ctx => CreateWorkspace(ctx, s));
    }

    private static Task List(HttpContext ctx, SandboxState s)
    {
        byte[] body;
        lock (s.Store.Gate)
        {
            var all = s.Store.Organizations.OrderBy(o => o.Id).ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var o in all)
                {
                    TogglJson.Organization(w, o, s.Options.Plan);
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    /// <summary>The user's organization of the path, or the answer: 400 for an id that is not a number, 403 for one the user is not in.</summary>
    private static ApiError? Target(HttpContext ctx, SandboxState s, out SandboxOrganization? org)
    {
        org = null;
        if (!RouteArgs.TryId(ctx, "organization_id", out var id))
        {
            return ApiError.BadRequest(TogglTexts.InvalidParameter("organization_id"));
        }

        org = s.Store.Organization(id);
        return org is null ? ApiError.NoAccess : null;
    }

    private static Task GetOne(HttpContext ctx, SandboxState s)
    {
        lock (s.Store.Gate)
        {
            if (Target(ctx, s, out var org) is { } error)
            {
                // Toggl's answer for someone else's organization is not recorded: the option picks one of the two candidates.
                var foreign = error == ApiError.NoAccess && s.Options.ForeignOrganizationGet == ForeignOrganizationAnswer.NotFound;
                return Respond.Error(ctx, foreign ? ApiError.NotFound(TogglTexts.ResourceNotFound) : error);
            }

            return Respond.Json(ctx, TogglJson.Render(w => TogglJson.Organization(w, org!, s.Options.Plan)));
        }
    }

    /// <summary>POST /organizations <c>{name, workspace_name}</c> → <c>{id, name, workspace_id, workspace_name}</c> (recorded).</summary>
    private static async Task Create(HttpContext ctx, SandboxState s)
    {
        var parsed = await JsonBody.Read(ctx).ConfigureAwait(false);
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var b = parsed.Value!;
        var name = b.String("name").Value?.Trim() ?? "";
        var wsField = b.String("workspace_name");
        if (b.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        var wsName = wsField.Value?.Trim() ?? "";
        if (name.Length == 0 || wsName.Length == 0)
        {
            await Respond.Error(ctx, ApiError.BadRequest(name.Length == 0 ? TogglTexts.OrganizationNameBlank : TogglTexts.WorkspaceNameBlank)).ConfigureAwait(false);
            return;
        }

        byte[] body;
        lock (s.Store.Gate)
        {
            var at = TogglTime.TruncateToSeconds(s.Now);
            var org = new SandboxOrganization(s.Store.NewOrganizationId(), name, at, at);
            var ws = SandboxWorkspace.New(s.Store.NewWorkspaceId(), org.Id, wsName, at);
            s.Store.Put(org);
            s.Store.Put(ws);
            body = TogglJson.Render(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("id", org.Id);
                w.WriteString("name", org.Name);
                w.WriteNumber("workspace_id", ws.Id);
                w.WriteString("workspace_name", ws.Name);
                w.WriteEndObject();
            });
        }

        await Respond.Json(ctx, body).ConfigureAwait(false);
    }

    /// <summary>PUT /organizations/{id} <c>{name}</c>: answers the renamed organization, or <c>null</c> (<see cref="SandboxOptions.OrganizationPutAnswer"/>: Toggl's answer is not recorded; the Python library ignores it).</summary>
    private static async Task Rename(HttpContext ctx, SandboxState s)
    {
        var parsed = await JsonBody.Read(ctx).ConfigureAwait(false);
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

        ApiError? error;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            error = Target(ctx, s, out var org);
            if (error is null)
            {
                var name = (nameField.Value ?? org!.Name).Trim();
                if (name.Length == 0)
                {
                    error = ApiError.BadRequest(TogglTexts.OrganizationNameBlank);
                }
                else
                {
                    var renamed = org! with { Name = name, At = TogglTime.TruncateToSeconds(s.Now) };
                    s.Store.Put(renamed);
                    body = s.Options.OrganizationPutAnswer == OrganizationPutAnswer.Null
                        ? TogglJson.Render(w => w.WriteNullValue())
                        : TogglJson.Render(w => TogglJson.Organization(w, renamed, s.Options.Plan));
                }
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    /// <summary>DELETE /organizations/{id}/users/leave: the user leaves; as the only user it was the last, so the organization and its workspaces go. 200, empty.</summary>
    private static Task Leave(HttpContext ctx, SandboxState s)
    {
        lock (s.Store.Gate)
        {
            if (Target(ctx, s, out var org) is { } error)
            {
                return Respond.Error(ctx, error);
            }

            s.Store.RemoveOrganization(org!.Id);
        }

        return Respond.Empty(ctx, 200);
    }

    /// <summary>POST /organizations/{id}/workspaces with a workspace body (name required): answers the new workspace. Toggl allows it on Enterprise only; the sandbox on every plan.</summary>
    private static async Task CreateWorkspace(HttpContext ctx, SandboxState s)
    {
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
            error = Target(ctx, s, out var org);
            if (error is null)
            {
                var at = TogglTime.TruncateToSeconds(s.Now);
                var fresh = SandboxWorkspace.New(0, org!.Id, "", at);
                Outcome<SandboxWorkspace> applied = (payload.Name.Value ?? "").Trim().Length == 0
                    ? ApiError.BadRequest(TogglTexts.WorkspaceNameBlank)
                    : payload.ApplyTo(fresh, at);
                error = applied.Error;
                if (applied.Value is { } ws)
                {
                    ws = ws with { Id = s.Store.NewWorkspaceId() };
                    s.Store.Put(ws);
                    body = TogglJson.Render(w => TogglJson.Workspace(w, ws, s.Options.Plan, null));
                }
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }
}
