using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// <c>PUT /me</c> with <c>me.payload</c> (docs/toggl-api.md §8.1): fullname, email, timezone, beginning_of_week,
/// default_workspace_id, password with current_password; <c>country_id</c> is accepted and ignored. Answers the user as
/// <c>GET /me</c> shows it. The change is written through to a <c>--data</c> file like any other; date-only query bounds
/// keep the zone the sandbox started with.
/// </summary>
internal static class MeUpdate
{
    public static async Task Put(HttpContext ctx, SandboxState s)
    {
        var parsed = await JsonBody.Read(ctx).ConfigureAwait(false);
        if (parsed.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var b = parsed.Value!;
        var fullName = b.String("fullname");
        var email = b.String("email");
        var timezone = b.String("timezone");
        var beginningOfWeek = b.Long("beginning_of_week");
        var defaultWorkspace = b.Long("default_workspace_id");
        var password = b.String("password");
        var currentPassword = b.String("current_password");
        _ = b.Long("country_id");
        if (b.Invalid)
        {
            await Respond.Error(ctx, ApiError.BadJson).ConfigureAwait(false);
            return;
        }

        ApiError? error = null;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            var me = s.Store.Identity;
            var name = (fullName.Value ?? me.FullName).Trim();
            var mail = (email.Value ?? me.Email).Trim();
            if (name.Length == 0)
            {
                error = ApiError.BadRequest(TogglTexts.FullNameBlank);
            }
            else if (mail.Length < 3 || mail.IndexOf('@', StringComparison.Ordinal) is <= 0 || mail.EndsWith('@'))
            {
                error = ApiError.BadRequest(TogglTexts.EmailInvalid);
            }
            else if (beginningOfWeek.Value is < 0 or > 6)
            {
                error = ApiError.BadRequest(TogglTexts.BeginningOfWeek);
            }
            else if (timezone.Value is { } zone && !IsZone(zone))
            {
                error = ApiError.BadRequest(TogglTexts.InvalidTimezone);
            }
            else if (defaultWorkspace.Value is { } wid && s.Store.Workspace(wid) is null)
            {
                error = ApiError.NoAccess;
            }
            else if (password.Value is { Length: > 0 } && currentPassword.Value != me.Password)
            {
                error = ApiError.BadRequest(TogglTexts.CurrentPasswordInvalid);
            }
            else
            {
                var updated = me with
                {
                    FullName = name,
                    Email = mail,
                    Timezone = timezone.Value ?? me.Timezone,
                    BeginningOfWeek = (int?)beginningOfWeek.Value ?? me.BeginningOfWeek,
                    DefaultWorkspaceId = defaultWorkspace.Value ?? me.DefaultWorkspaceId,
                    Password = password.Value is { Length: > 0 } p ? p : me.Password,
                };
                s.Store.Identity = updated;
                body = TogglJson.Render(w => TogglJson.Me(w, updated));
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    private static bool IsZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
