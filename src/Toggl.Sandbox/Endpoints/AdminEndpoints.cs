using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Control;
using Toggl.Sandbox.Http;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The admin route <c>/_sandbox/…</c> (not part of Toggl's API): turns the network off and on, spends
/// or resets the hourly quota and advances the sandbox clock, for tests driving offline work against a
/// standalone server. Guarded by its own token (<c>Authorization: Bearer ADMIN_TOKEN</c>); the user's
/// API token is refused here, and the admin token is refused on <c>/api/v9</c> (it is no user's token).
/// It runs before the API pipeline, so it answers while the network is "off" and is not in the request log.
/// </summary>
internal sealed class AdminEndpoints(SandboxState state)
{
    /// <summary>The admin route's prefix.</summary>
    public const string Prefix = "/_sandbox";

    /// <summary>The longest single advance of the clock: a year (a typo in seconds should not throw the clock decades ahead).</summary>
    private const long MaxAdvanceSeconds = 366L * 24 * 3600;

    /// <summary>Middleware: admin requests are answered here; while the network is off, every other request is aborted unanswered.</summary>
    public async Task Invoke(HttpContext ctx, RequestDelegate next)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            await Admin(ctx, path[Prefix.Length..]).ConfigureAwait(false);
            return;
        }

        if (!state.Controls.NetworkOn)
        {
            // No HTTP answer at all, as when the network is down: the client sees its connection reset.
            state.Log.Add(new SandboxRequest(ctx.Request.Method, path, ctx.Request.QueryString.Value ?? "", 0, state.Now, "NetworkOff"));
            ctx.Abort();
            return;
        }

        await next(ctx).ConfigureAwait(false);
    }

    private async Task Admin(HttpContext ctx, string route)
    {
        if (!Authorized(ctx.Request))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer realm=\"toggl-sandbox-admin\"";
            await Respond.Error(ctx, 401, "The sandbox admin route needs 'Authorization: Bearer <admin token>'.").ConfigureAwait(false);
            return;
        }

        var method = ctx.Request.Method;
        var post = HttpMethods.IsPost(method);
        string? error = null;
        switch (route)
        {
            case "" or "/" or "/state" when HttpMethods.IsGet(method):
                break;
            case "/network/off" when post:
                SandboxAdmin.NetworkOff(state);
                break;
            case "/network/on" when post:
                SandboxAdmin.NetworkOn(state);
                break;
            case "/quota/exhaust" when post:
                SandboxAdmin.ExhaustQuota(state);
                break;
            case "/quota/reset" when post:
                SandboxAdmin.ResetQuota(state);
                break;
            case "/clock/advance" when post:
                error = Advance(ctx.Request.Query);
                break;
            case "/state" or "/network/off" or "/network/on" or "/quota/exhaust" or "/quota/reset" or "/clock/advance":
                ctx.Response.Headers.Allow = route == "/state" ? "GET" : "POST";
                await Respond.Error(ctx, 405, $"{method} is not allowed on {Prefix}{route}.").ConfigureAwait(false);
                return;
            default:
                await Respond.Error(ctx, 404, $"No admin route {Prefix}{route}: use state, network/off, network/on, quota/exhaust, quota/reset or clock/advance.").ConfigureAwait(false);
                return;
        }

        if (error is not null)
        {
            await Respond.Error(ctx, 400, error).ConfigureAwait(false);
            return;
        }

        await Respond.Json(ctx, w => WriteState(w, state)).ConfigureAwait(false);
    }

    private bool Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().AsSpan().Trim();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && state.Controls.IsAdminToken(header[scheme.Length..].Trim());
    }

    /// <summary><c>?seconds=N</c> advances by N seconds; <c>?to=quota-reset</c> to the moment the quota comes back.</summary>
    private string? Advance(IQueryCollection query)
    {
        var seconds = query["seconds"].ToString();
        var to = query["to"].ToString();
        if (to.Length > 0 && seconds.Length == 0)
        {
            if (to != "quota-reset")
            {
                return $"to={to} is not known: the only value is to=quota-reset.";
            }

            SandboxAdmin.AdvanceToQuotaReset(state);
            return null;
        }

        if (to.Length == 0
            && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            && s <= MaxAdvanceSeconds)
        {
            SandboxAdmin.AdvanceClock(state, TimeSpan.FromSeconds(s));
            return null;
        }

        return $"clock/advance needs seconds=N (a whole number from 0 to {MaxAdvanceSeconds}) or to=quota-reset.";
    }

    /// <summary>The answer of every admin call: <c>{now, network, quota:[{organization_id, remaining, resets_in, total}]}</c>.</summary>
    private static void WriteState(Utf8JsonWriter w, SandboxState state)
    {
        w.WriteStartObject();
        w.WriteString("now", state.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteString("network", state.Controls.NetworkOn ? "on" : "off");
        w.WriteStartArray("quota");
        foreach (var reading in SandboxAdmin.QuotaReadings(state))
        {
            w.WriteStartObject();
            if (reading.OrganizationId is { } org)
            {
                w.WriteNumber("organization_id", org);
            }
            else
            {
                w.WriteNull("organization_id");
            }

            w.WriteNumber("remaining", Math.Max(0, reading.Remaining));
            w.WriteNumber("resets_in", reading.ResetsInSeconds);
            w.WriteNumber("total", reading.Total);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
