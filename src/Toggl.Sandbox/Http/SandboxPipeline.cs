using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Limits;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Http;

/// <summary>
/// What happens to every request before its endpoint: the request log, authentication
/// (docs/toggl-api.md §2), the leaky bucket (§4.1), the hourly quota and its headers (docs/toggl-api.md §4.2), and
/// injected faults (docs/toggl-api.md §12.20).
/// </summary>
internal sealed class SandboxPipeline(SandboxState state)
{
    private readonly string tokenHeader = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(state.Store.Identity.ApiToken + ":api_token"));

    public const string Prefix = "/api/v9";

    /// <summary>Reports API v3 paths keep their full path as the "relative" path (docs/toggl-api.md §9).</summary>
    public const string ReportsPrefix = "/reports/api/v3";
    private const string RemainingHeader = "X-Toggl-Quota-Remaining";
    private const string ResetsInHeader = "X-Toggl-Quota-Resets-In";
    private static readonly byte[] NotFoundBody = "404 page not found\n"u8.ToArray();

    public async Task Invoke(HttpContext ctx, RequestDelegate next)
    {
        var arrived = state.Now;
        var method = ctx.Request.Method;
        var path = ctx.Request.Path.Value ?? "/";
        // Logged when the answer starts (before the client can see it, so a test reading the log
        // right after a response finds it), or just before an injected abort.
        var entry = new LogEntry(state.Log, ctx, method, path, arrived);
        ctx.Response.OnStarting(
            static o =>
            {
                var e = (LogEntry)o;
                e.Write(e.Context.Response.StatusCode);
                return Task.CompletedTask;
            },
            entry);
        // Date from the sandbox clock, not Kestrel's wall clock: clients may take their sync cursor from it.
        ctx.Response.OnStarting(
            static o =>
            {
                var (context, sandbox) = ((HttpContext, SandboxState))o;
                context.Response.Headers.Date = sandbox.Now.ToString("R", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            },
            (ctx, state));
        try
        {
            var relative = path.StartsWith(Prefix + "/", StringComparison.Ordinal) ? path[Prefix.Length..]
                : path.StartsWith(ReportsPrefix + "/", StringComparison.Ordinal) ? path
                : null;
            if (relative is null || relative == "/status")
            {
                await next(ctx).ConfigureAwait(false);
                await NotFoundText(ctx).ConfigureAwait(false);
                return;
            }

            var me = state.Store.Identity;
            switch (Caller.Authenticate(ctx.Request, me, tokenHeader, out var bucketKey))
            {
                case AuthOutcome.Missing:
                    // Recorded: 401, empty body, X-Authorization-Missing: true (docs/toggl-api.md §2).
                    ctx.Response.Headers["X-Authorization-Missing"] = "true";
                    await Respond.Empty(ctx, 401).ConfigureAwait(false);
                    return;
                case AuthOutcome.Bad:
                    if (state.Options.BadCredentialsStatus == 401)
                    {
                        await Respond.Empty(ctx, 401).ConfigureAwait(false);
                    }
                    else
                    {
                        await Respond.Error(ctx, state.Options.BadCredentialsStatus, TogglTexts.BadCredentials).ConfigureAwait(false);
                    }

                    return;
                case AuthOutcome.Ok:
                    break;
            }

            var scope = Scope(relative);
            if (state.Options.LeakyBucket && !state.Bucket.TryAdmit(bucketKey))
            {
                SetQuotaHeaders(ctx, state.Quota.Peek(me.UserId, scope));
                await RateLimited(ctx).ConfigureAwait(false);
                return;
            }

            QuotaReading reading;
            if (relative == "/me/quota")
            {
                reading = state.Quota.Peek(me.UserId, null);
            }
            else
            {
                reading = state.Quota.Count(me.UserId, scope);
                if (!reading.Admitted)
                {
                    await QuotaExhausted(ctx, reading).ConfigureAwait(false);
                    return;
                }
            }

            SetQuotaHeaders(ctx, reading);
            if (state.Faults.Pick(method, relative) is { } fault)
            {
                entry.Fault = fault.ToString();
                await Inject(ctx, next, fault, reading, entry).ConfigureAwait(false);
                return;
            }

            await next(ctx).ConfigureAwait(false);
            await NotFoundText(ctx).ConfigureAwait(false);
        }
        finally
        {
            entry.Write(ctx.Response.StatusCode);
        }
    }

    /// <summary>
    /// The quota bucket of a request (docs/toggl-api.md §4.2): workspace paths count per organization, <c>/me</c>
    /// paths per user; <c>/me/time_entries*</c> as configured (docs/toggl-api.md §10.8).
    /// </summary>
    private long? Scope(string relative)
    {
        if (relative.StartsWith("/workspaces/", StringComparison.Ordinal) || relative.StartsWith(ReportsPrefix, StringComparison.Ordinal))
        {
            return state.Store.Identity.OrganizationId;
        }

        if (relative.StartsWith("/me/time_entries", StringComparison.Ordinal) && state.Options.MeTimeEntriesScope == QuotaScope.Organization)
        {
            return state.Store.Identity.OrganizationId;
        }

        return null;
    }

    private static void SetQuotaHeaders(HttpContext ctx, QuotaReading reading)
    {
        ctx.Response.Headers[RemainingHeader] = Math.Max(0, reading.Remaining).ToString(CultureInfo.InvariantCulture);
        ctx.Response.Headers[ResetsInHeader] = reading.ResetsInSeconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>429 with nginx's HTML page and, only if configured, Retry-After (docs/toggl-api.md §4.1, §10.7).</summary>
    private Task RateLimited(HttpContext ctx)
    {
        if (state.Options.RetryAfterSeconds is { } seconds)
        {
            ctx.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Respond.Html(ctx, 429);
    }

    /// <summary>402 with the quota text and X-Toggl-Quota-Remaining: 0 (docs/toggl-api.md §4.2).</summary>
    private static Task QuotaExhausted(HttpContext ctx, QuotaReading reading)
    {
        SetQuotaHeaders(ctx, reading with { Remaining = 0 });
        return Respond.Error(ctx, 402, TogglTexts.QuotaExhausted(reading.ResetsInSeconds));
    }

    /// <summary>Applies a fault.</summary>
    private async Task Inject(HttpContext ctx, RequestDelegate next, Fault fault, QuotaReading reading, LogEntry entry)
    {
        switch (fault.Kind)
        {
            case FaultKind.Latency:
                // The timer exists once Task.Delay returns; the counter lets tests on a fake clock
                // advance it only after the delay is registered (no sleeping in tests).
                var delay = Task.Delay(fault.Latency, state.Clock, ctx.RequestAborted);
                Interlocked.Increment(ref state.PendingDelays);
                try
                {
                    await delay.ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref state.PendingDelays);
                }

                await next(ctx).ConfigureAwait(false);
                return;
            case FaultKind.Status when fault.StatusCode == 429:
                await RateLimited(ctx).ConfigureAwait(false);
                return;
            case FaultKind.Status when fault.StatusCode == 402:
                await QuotaExhausted(ctx, reading).ConfigureAwait(false);
                return;
            case FaultKind.Status:
                await Respond.Error(ctx, fault.StatusCode, Respond.ReasonPhrase(fault.StatusCode)).ConfigureAwait(false);
                return;
            case FaultKind.HtmlErrorPage:
                await Respond.Html(ctx, fault.StatusCode).ConfigureAwait(false);
                return;
            case FaultKind.AbortConnection when !fault.AfterApplying:
                entry.Write(0);
                ctx.Abort();
                return;
        }

        // The remaining faults run the request first, into a buffer, and then spoil the answer.
        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        try
        {
            await next(ctx).ConfigureAwait(false);
        }
        finally
        {
            ctx.Response.Body = original;
        }

        switch (fault.Kind)
        {
            case FaultKind.ApplyThenFail:
                await Respond.Error(ctx, fault.StatusCode, Respond.ReasonPhrase(fault.StatusCode)).ConfigureAwait(false);
                return;
            case FaultKind.TruncatedJson:
                var body = buffer.ToArray();
                var cut = body.Length > 1 ? body[..(body.Length / 2)] : "{"u8.ToArray();
                ctx.Response.ContentLength = cut.Length;
                await original.WriteAsync(cut, ctx.RequestAborted).ConfigureAwait(false);
                return;
            default:
                entry.Write(0);
                ctx.Abort();
                return;
        }
    }

    /// <summary>Unrouted paths answer like Go's default mux: 404 "404 page not found" in plain text.</summary>
    private static Task NotFoundText(HttpContext ctx)
    {
        if (ctx.Response.StatusCode != 404 || ctx.Response.HasStarted || ctx.GetEndpoint() is not null)
        {
            return Task.CompletedTask;
        }

        return Respond.Bytes(ctx, 404, NotFoundBody, "text/plain; charset=utf-8");
    }

    /// <summary>The log entry of one request, written once.</summary>
    private sealed class LogEntry(RequestLog log, HttpContext context, string method, string path, DateTimeOffset arrived)
    {
        private int written;

        public HttpContext Context => context;

        public string? Fault { get; set; }

        public void Write(int status)
        {
            if (Interlocked.Exchange(ref written, 1) == 0)
            {
                log.Add(new SandboxRequest(method, path, context.Request.QueryString.Value ?? "", status, arrived, Fault));
            }
        }
    }
}
