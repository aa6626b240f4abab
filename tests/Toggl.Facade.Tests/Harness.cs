using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>
/// A canary API token: every sandbox of the suite uses it, and every log line and exception message the
/// suite sees is checked never to contain it (nor the password).
/// </summary>
public static class Canary
{
    public const string Token = "canary5e3c7a1f0b9d42e68c1a7f3e5d2b9c04";

    public const string Password = "canary-password-7d41c2";

    /// <summary>Every log line written through a <see cref="CapturingLoggerProvider"/> in the suite.</summary>
    public static readonly ConcurrentQueue<string> Lines = new();

    public static void AssertAbsent(string? text, string what)
    {
        if (text is null)
            return;
        Assert.False(text.Contains(Token, StringComparison.Ordinal), $"{what} contains the API token: {text}");
        Assert.False(text.Contains(Password, StringComparison.Ordinal), $"{what} contains the password: {text}");
        // The Basic header value of token:api_token would leak the token too.
        var header = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Token + ":api_token"));
        Assert.False(text.Contains(header, StringComparison.Ordinal), $"{what} contains the Authorization header: {text}");
    }

    /// <summary>The exception and its inner exceptions: messages and ToString.</summary>
    public static void AssertAbsent(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            AssertAbsent(e.Message, $"{e.GetType().Name}.Message");
            AssertAbsent(e.ToString(), $"{e.GetType().Name}.ToString()");
        }
    }
}

/// <summary>Collects log lines at every level (Trace included) into the suite-wide list and its own.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)}";
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                line += " {" + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}")) + "}";
            if (exception is not null)
                line += " " + exception;
            owner.Lines.Enqueue(line);
            Canary.Lines.Enqueue(line);
        }
    }
}

/// <summary>
/// A sandbox and an endpoint pointed at it, with captured logs. Disposing checks that no captured line holds
/// the canary token.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    private Harness(TogglSandbox sandbox)
    {
        Sandbox = sandbox;
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
    }

    public TogglSandbox Sandbox { get; }

    public IEnumerable<string> LogLines => _logs.Lines;

    public ILogger Logger => _loggerFactory.CreateLogger("Toggl.Facade.Tests");

    public BasicAuth Auth => BasicAuth.FromApiToken(Sandbox.ApiToken);

    public static async Task<Harness> StartAsync(SandboxOptions? options = null)
    {
        options ??= new SandboxOptions();
        var sandbox = await TogglSandbox.StartAsync(
            new SandboxOptions
            {
                ApiToken = Canary.Token,
                Password = Canary.Password,
                TimeProvider = options.TimeProvider,
                HourlyQuota = options.HourlyQuota,
                Plan = options.Plan,
                RetryAfterSeconds = options.RetryAfterSeconds,
                BadCredentialsStatus = options.BadCredentialsStatus,
                IdleCurrent = options.IdleCurrent,
                DefaultListWindow = options.DefaultListWindow,
                PaidReports = options.PaidReports,
                Timezone = options.Timezone,
            });
        return new Harness(sandbox);
    }

    public TogglClientOptions Options(TimeProvider? clock = null) =>
        new() { BaseAddress = Sandbox.BaseAddress, Logger = Logger, TimeProvider = clock };

    /// <summary>An endpoint on the sandbox; retries default to none so failures surface at once.</summary>
    public TrackerEndpoint Endpoint(
        ITogglCache? cache = null,
        bool reRaise = false,
        int retries = 0,
        HttpClient? client = null,
        TimeSpan? timeout = null,
        TimeProvider? clock = null,
        BasicAuth? auth = null) =>
        new(Sandbox.WorkspaceId, auth ?? Auth, cache, client, timeout, reRaise, retries, Options(clock));

    /// <summary>A client root on the sandbox, with the sandbox's workspace or (<paramref name="withWorkspace"/> false) none.</summary>
    public TogglClient Client(
        ITogglCache? cache = null,
        bool withWorkspace = true,
        bool reRaise = false,
        HttpClient? client = null,
        TimeProvider? clock = null,
        TogglClientOptions? options = null) =>
        withWorkspace
            ? new(Sandbox.WorkspaceId, Auth, cache, client, timeout: null, reRaise, retries: 0, options ?? Options(clock))
            : new(Auth, cache, client, timeout: null, reRaise, retries: 0, options ?? Options(clock));

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        _loggerFactory.Dispose();
        foreach (var line in _logs.Lines)
            Canary.AssertAbsent(line, "A log line");
    }
}

/// <summary>Signals when a request reaches the network, so a test can act mid-request without sleeping.</summary>
public sealed class SignalingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Sent => _sent.Task;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = base.SendAsync(request, cancellationToken);
        _sent.TrySetResult();
        return response;
    }
}
