using System.Globalization;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Reading path and query arguments the way Toggl's Go server does.</summary>
internal static class RouteArgs
{
    /// <summary>A numeric path segment.</summary>
    public static bool TryId(HttpContext ctx, string name, out long id) =>
        long.TryParse(ctx.Request.RouteValues[name] as string, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    /// <summary>The <c>{workspace_id}</c> of the path, checked against the user's workspaces.</summary>
    public static ApiError? Workspace(HttpContext ctx, SandboxState state, out long workspaceId)
    {
        if (!TryId(ctx, "workspace_id", out workspaceId))
        {
            return ApiError.BadRequest(TogglTexts.InvalidParameter("workspace_id"));
        }

        lock (state.Store.Gate)
        {
            // Any workspace the user has (the seeded one, or one created under an organization); others are someone else's.
            return state.Store.Workspace(workspaceId) is not null ? null : ApiError.NoAccess;
        }
    }

    /// <summary>A query flag parsed like Go's strconv.ParseBool; anything else reads as false.</summary>
    public static bool Flag(HttpContext ctx, string name) =>
        ctx.Request.Query[name].ToString() is "1" or "t" or "T" or "true" or "TRUE" or "True";

    /// <summary>A query value, or null when absent or empty.</summary>
    public static string? Query(HttpContext ctx, string name) =>
        ctx.Request.Query.TryGetValue(name, out var v) && v.ToString() is { Length: > 0 } s ? s : null;
}
