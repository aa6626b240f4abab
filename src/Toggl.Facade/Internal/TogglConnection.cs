using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The HTTP interpreter of the core, set up from the façade's settings: credentials, base address, timeout,
/// retries (none with reRaise, as the Python library), clock, logger, pacer and the caller's HttpClient.
/// </summary>
internal sealed class TogglConnection : IDisposable
{
    private readonly Core.TogglHttp _http;
    private readonly Core.Pacer? _ownPacer;

    private TogglConnection(Core.TogglHttp http, Core.Pacer? ownPacer)
    {
        _http = http;
        _ownPacer = ownPacer;
    }

    /// <summary>Sends one request and classifies the answer: the interpreter itself, which the core calls directly.</summary>
    public Core.ISend Sender => _http;

    /// <summary>The quota the last response reported.</summary>
    public FSharpOption<Core.Quota>? LastQuota => _http.LastQuota;

    public static TogglConnection Create(EndpointSettings settings, SharedPacer? sharedPacer, Core.QuotaGate? quotaGate)
    {
        var defaults = Core.HttpSettingsModule.create(settings.Auth.Credentials);
        // Without a shared pacer (DI has one per container) the endpoint owns its own.
        var ownPacer = settings.PaceRequests && sharedPacer is null ? Core.PacerModule.perSecond(settings.TimeProvider) : null;
        var pacer = settings.PaceRequests ? (sharedPacer?.Pacer ?? ownPacer) : null;
        var httpSettings = new Core.HttpSettings(
            defaults.Credentials,
            settings.BaseAddress,
            settings.Timeout,
            settings.ReadDeadline is { } deadline ? FSharpOption<TimeSpan>.Some(deadline) : FSharpOption<TimeSpan>.None,
            // docs/python-reference.md: with re_raise the Python library raises at once and never retries.
            settings.ReRaise ? 0 : settings.Retries,
            defaults.BaseDelay,
            defaults.MaxDelay,
            settings.UserAgent ?? defaults.UserAgent,
            settings.TimeProvider,
            settings.Logger,
            Interop.ToReferenceOption(settings.Client),
            Interop.ToReferenceOption(pacer),
            settings.FailFastOnExhaustedQuota,
            // Without a shared gate (DI has one per container) the interpreter keeps its own.
            Interop.ToReferenceOption(quotaGate));
        var created = Core.HttpInterpreter.create(httpSettings);
        if (created.IsError)
        {
            ownPacer?.Dispose();
            throw ErrorMapping.ToException(created.ErrorValue, CancellationToken.None);
        }
        return new TogglConnection(created.ResultValue, ownPacer);
    }

    public void Dispose()
    {
        _http.Dispose();
        _ownPacer?.Dispose();
    }
}

/// <summary>A request pacer shared by every endpoint of one DI container, so transient endpoints pace together.</summary>
internal sealed class SharedPacer(TimeProvider timeProvider) : IDisposable
{
    public Core.Pacer Pacer { get; } = Core.PacerModule.perSecond(timeProvider);

    public void Dispose() => Pacer.Dispose();
}
