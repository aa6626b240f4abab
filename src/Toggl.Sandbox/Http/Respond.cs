using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Http;

/// <summary>
/// Writes answers the way Toggl does (docs/toggl-api.md §1, §3.1): bare JSON with
/// <c>application/json; charset=utf-8</c> and a Content-Length, errors as JSON string literals,
/// 401/405 empty.
/// </summary>
internal static class Respond
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly byte[] NullBody = "null"u8.ToArray();

    public static Task Bytes(HttpContext ctx, int status, byte[] body, string contentType = JsonContentType)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength = body.Length;
        return ctx.Response.Body.WriteAsync(body, 0, body.Length, ctx.RequestAborted);
    }

    public static Task Json(HttpContext ctx, byte[] body) => Bytes(ctx, 200, body);

    public static Task Json(HttpContext ctx, Action<Utf8JsonWriter> write) => Bytes(ctx, 200, TogglJson.Render(write));

    public static Task Null(HttpContext ctx) => Bytes(ctx, 200, NullBody);

    /// <summary>An error: a JSON string literal with Toggl's text.</summary>
    public static Task Error(HttpContext ctx, int status, string message) =>
        Bytes(ctx, status, TogglJson.Render(w => w.WriteStringValue(message)));

    public static Task Error(HttpContext ctx, ApiError error) => Error(ctx, error.Status, error.Message);

    public static Task Empty(HttpContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>An nginx-style HTML page, as Toggl's edge answers some 4xx/5xx (docs/toggl-api.md §3.1, §4.1).</summary>
    public static Task Html(HttpContext ctx, int status)
    {
        var reason = ReasonPhrase(status);
        var page = $"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return Bytes(ctx, status, Encoding.UTF8.GetBytes(page), "text/html");
    }

    public static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } r ? r : "Error";

    /// <summary>Reads the request body whole (bodies are small JSON documents).</summary>
    public static async Task<byte[]> ReadBody(HttpContext ctx)
    {
        if (ctx.Request.ContentLength is { } length and >= 0 and <= 1 << 20)
        {
            // The common case: one exact buffer, no intermediate copy.
            var exact = new byte[length];
            await ctx.Request.Body.ReadExactlyAsync(exact, ctx.RequestAborted).ConfigureAwait(false);
            return exact;
        }

        using var ms = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(ms, ctx.RequestAborted).ConfigureAwait(false);
        return ms.ToArray();
    }
}
