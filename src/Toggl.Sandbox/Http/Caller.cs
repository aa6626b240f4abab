using System.Text;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Http;

/// <summary>The outcome of reading the Authorization header (docs/toggl-api.md §2).</summary>
internal enum AuthOutcome
{
    Missing,
    Bad,
    Ok,
}

/// <summary>Basic auth with <c>token:api_token</c> or <c>email:password</c> (docs/toggl-api.md §2).</summary>
internal static class Caller
{
    /// <summary>Checks the header; <paramref name="bucketKey"/> names the caller for the leaky bucket.</summary>
    public static AuthOutcome Authenticate(HttpRequest request, SandboxIdentity me, string tokenHeader, out string bucketKey)
    {
        bucketKey = "";
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthOutcome.Missing;
        }

        // Fast path: the exact header a client builds from the token (most requests).
        if (string.Equals(header, tokenHeader, StringComparison.Ordinal))
        {
            bucketKey = "token:" + me.ApiToken;
            return AuthOutcome.Ok;
        }

        const string scheme = "Basic ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Bad;
        }

        var encoded = header.AsSpan(scheme.Length).Trim();
        Span<byte> decoded = stackalloc byte[512];
        if (encoded.Length > 680 || !Convert.TryFromBase64Chars(encoded, decoded, out var written))
        {
            return AuthOutcome.Bad;
        }

        string pair;
        try
        {
            pair = new UTF8Encoding(false, true).GetString(decoded[..written]);
        }
        catch (DecoderFallbackException)
        {
            return AuthOutcome.Bad;
        }

        var colon = pair.IndexOf(':');
        if (colon < 0)
        {
            return AuthOutcome.Bad;
        }

        var user = pair[..colon];
        var password = pair[(colon + 1)..];
        if (password == "api_token" && user == me.ApiToken)
        {
            bucketKey = "token:" + user;
            return AuthOutcome.Ok;
        }

        if (string.Equals(user, me.Email, StringComparison.OrdinalIgnoreCase) && password == me.Password)
        {
            bucketKey = "email:" + me.Email;
            return AuthOutcome.Ok;
        }

        return AuthOutcome.Bad;
    }
}
