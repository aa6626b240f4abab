namespace Toggl.Sandbox;

/// <summary>One fault to inject; build it with the static factories.</summary>
public sealed record Fault
{
    private Fault(FaultKind kind, int statusCode, TimeSpan latency, bool afterApplying)
    {
        Kind = kind;
        StatusCode = statusCode;
        Latency = latency;
        AfterApplying = afterApplying;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The status it answers (Status, ApplyThenFail, HtmlErrorPage).</summary>
    public int StatusCode { get; }

    /// <summary>The added wait (Latency).</summary>
    public TimeSpan Latency { get; }

    /// <summary>For AbortConnection: run the request first, so the write is committed.</summary>
    public bool AfterApplying { get; }

    /// <summary>500 without running the request.</summary>
    public static Fault InternalServerError { get; } = new(FaultKind.Status, 500, TimeSpan.Zero, false);

    /// <summary>502 without running the request.</summary>
    public static Fault BadGateway { get; } = new(FaultKind.Status, 502, TimeSpan.Zero, false);

    /// <summary>503 without running the request.</summary>
    public static Fault ServiceUnavailable { get; } = new(FaultKind.Status, 503, TimeSpan.Zero, false);

    /// <summary>429 as the leaky bucket sends it (docs/toggl-api.md §4.1), whatever the bucket says.</summary>
    public static Fault RateLimited { get; } = new(FaultKind.Status, 429, TimeSpan.Zero, false);

    /// <summary>402 as an exhausted hourly quota sends it (docs/toggl-api.md §4.2), whatever the quota says.</summary>
    public static Fault QuotaExhausted { get; } = new(FaultKind.Status, 402, TimeSpan.Zero, false);

    /// <summary>Any status without running the request (5xx get a JSON-string body, 402/429 Toggl's).</summary>
    public static Fault Status(int statusCode) => new(FaultKind.Status, statusCode, TimeSpan.Zero, false);

    /// <summary>Run the request, then answer <paramref name="statusCode"/> (500 by default).</summary>
    public static Fault ApplyThenFail(int statusCode = 500) => new(FaultKind.ApplyThenFail, statusCode, TimeSpan.Zero, true);

    /// <summary>Wait <paramref name="latency"/> on the sandbox clock, then answer normally.</summary>
    public static Fault Delay(TimeSpan latency) => new(FaultKind.Latency, 0, latency, false);

    /// <summary>Drop the connection; with <paramref name="afterApplying"/> the request runs first.</summary>
    public static Fault AbortConnection(bool afterApplying = false) => new(FaultKind.AbortConnection, 0, TimeSpan.Zero, afterApplying);

    /// <summary>Run the request, send half of its body.</summary>
    public static Fault TruncatedJson { get; } = new(FaultKind.TruncatedJson, 0, TimeSpan.Zero, true);

    /// <summary>An nginx-style HTML page with <paramref name="statusCode"/> (502 by default), request not run.</summary>
    public static Fault HtmlErrorPage(int statusCode = 502) => new(FaultKind.HtmlErrorPage, statusCode, TimeSpan.Zero, false);

    /// <summary>A short name for the request log ("status 503", "apply-then-fail 500", ...).</summary>
    public override string ToString() => Kind switch
    {
        FaultKind.Status => $"status {StatusCode}",
        FaultKind.ApplyThenFail => $"apply-then-fail {StatusCode}",
        FaultKind.Latency => $"latency {Latency.TotalMilliseconds}ms",
        FaultKind.AbortConnection => AfterApplying ? "abort-after-apply" : "abort",
        FaultKind.TruncatedJson => "truncated-json",
        FaultKind.HtmlErrorPage => $"html {StatusCode}",
        _ => Kind.ToString(),
    };
}
