using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>Registers TogglFun in a <see cref="IServiceCollection"/>.</summary>
public static class TogglServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the endpoints use, for configuring it further with IHttpClientFactory.</summary>
    public const string HttpClientName = "Toggl";

    /// <summary>
    /// Registers <see cref="TrackerEndpoint"/> as a typed HttpClient through IHttpClientFactory (a transient whose
    /// handlers the factory pools), and the client root <see cref="TogglClient"/> as a singleton, with logging to
    /// <c>ILogger&lt;TrackerEndpoint&gt;</c> and the container's <see cref="TimeProvider"/> if it has one. They all
    /// share one pacer, one quota gate and the cache.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; unset credentials and workspace come from <see cref="TogglConfiguration.Load()"/>.</param>
    /// <returns>The HttpClient builder, to add handlers or configure the primary handler.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// services.AddToggl(options => { options.WorkspaceId = 123; options.Auth = BasicAuth.FromApiToken(token); });
    /// var trackers = provider.GetRequiredService&lt;TrackerEndpoint&gt;();
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddToggl(this IServiceCollection services, Action<TogglServiceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<TogglServiceOptions>().Configure(configure);
        services.TryAddSingleton<TogglRegistration>();
        // One client root per container, on the factory's client and the container's pacer and quota gate, so it
        // paces and counts quota together with the transient TrackerEndpoints.
        services.TryAddSingleton(provider => provider.GetRequiredService<TogglRegistration>()
            .CreateClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));

        return services
            .AddHttpClient(HttpClientName)
            // The Authorization header is a secret: the factory's request logging must never print it.
            .RedactLoggedHeaders(header => string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase))
            .AddTypedClient((client, provider) => provider.GetRequiredService<TogglRegistration>().Create(client));
    }

    /// <summary>The container's shared parts: resolved options, the cache and the pacer all endpoints use.</summary>
    internal sealed class TogglRegistration : IDisposable
    {
        private readonly EndpointSettings _settings;
        private readonly SharedPacer? _pacer;
        private readonly Uri? _baseAddress;

        // One spent quota for every endpoint of the container: they all use the same credentials.
        private readonly Core.QuotaGate _quotaGate = new();

        public TogglRegistration(IOptions<TogglServiceOptions> options, IServiceProvider provider, ILogger<TrackerEndpoint> logger)
        {
            var value = options.Value;
            // The environment and ~/.togglrc are read only when the options leave credentials or workspace out.
            var configuration = value.Auth is null || value.WorkspaceId == 0
                ? TogglConfiguration.Load()
                : TogglConfiguration.Empty;
            var auth = value.Auth ?? configuration.Auth
                ?? throw new InvalidOperationException(
                    $"AddToggl: no credentials. Set options.Auth, {TogglConfiguration.ApiTokenVariable}, or [auth] api_token in ~/.togglrc.");
            var workspaceId = value.WorkspaceId != 0 ? value.WorkspaceId
                : configuration.WorkspaceId
                ?? throw new InvalidOperationException(
                    $"AddToggl: no workspace. Set options.WorkspaceId, {TogglConfiguration.WorkspaceIdVariable}, or [options] default_wid in ~/.togglrc.");
            var timeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            Cache = value.Cache?.Invoke(provider);
            _baseAddress = value.BaseAddress ?? configuration.BaseAddress;
            _settings = EndpointSettings.Create(
                workspaceId,
                auth,
                Cache,
                client: null,
                value.Timeout,
                value.ReRaise,
                value.Retries,
                new TogglClientOptions
                {
                    BaseAddress = _baseAddress,
                    Logger = logger,
                    TimeProvider = timeProvider,
                    PaceRequests = value.PaceRequests,
                    UserAgent = value.UserAgent,
                    ReadDeadline = value.ReadDeadline,
                    FailFastOnExhaustedQuota = value.FailFastOnExhaustedQuota,
                });
            _pacer = value.PaceRequests ? new SharedPacer(timeProvider) : null;
        }

        public ITogglCache? Cache { get; }

        /// <summary>An endpoint on the factory's client; a BaseAddress configured on that client counts as the options' does.</summary>
        public TrackerEndpoint Create(HttpClient client) =>
            new(_settings with { Client = client, BaseAddress = EndpointSettings.ResolveBaseAddress(_baseAddress, client) }, _pacer, _quotaGate);

        /// <summary>The container's client root; the container disposes it, and the registration the pacer and cache it shares.</summary>
        public TogglClient CreateClient(HttpClient client) =>
            new(_settings with { Client = client, BaseAddress = EndpointSettings.ResolveBaseAddress(_baseAddress, client) }, _pacer, _quotaGate);

        public void Dispose()
        {
            _pacer?.Dispose();
            Cache?.Dispose();
        }
    }
}
