using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Toggl.Sandbox.Endpoints;

namespace Toggl.Sandbox.Http;

/// <summary>Builds the Kestrel app: 127.0.0.1 only, quiet logging, the pipeline and every route under <c>/api/v9</c>.</summary>
internal static class SandboxHost
{
    /// <summary>
    /// Builds the app. Only the standalone server listens to Ctrl+C/SIGTERM (ConsoleLifetime); an
    /// embedded sandbox must not take over the signals of the process that hosts it.
    /// </summary>
    public static WebApplication Build(SandboxState state, int port, bool standalone)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // ASP.NET's own logging stays at warnings, on stderr, so test output and the standalone
        // first stdout line stay clean.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // A failed start (e.g. a port in use) is thrown to the caller of StartAsync, which reports it;
        // the host's own log of it would print the same stack trace a second time.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        if (!standalone)
        {
            builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        }
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, port);
        });

        var app = builder.Build();
        var pipeline = new SandboxPipeline(state);
        app.UseRouting();
        app.Use(new AdminEndpoints(state).Invoke);
        app.Use(pipeline.Invoke);
        var api = app.MapGroup(SandboxPipeline.Prefix);
        MeEndpoints.Map(api, state);
        OrganizationEndpoints.Map(api, state);
        WorkspaceEndpoints.Map(api, state);
        TimeEntryEndpoints.Map(api, state);
        ProjectEndpoints.Map(api, state);
        TagEndpoints.Map(api, state);
        ClientEndpoints.Map(api, state);
        TaskEndpoints.Map(api, state);
        ReportsEndpoints.Map(app.MapGroup(SandboxPipeline.ReportsPrefix), state);
        return app;
    }

    /// <summary>A host lifetime that ignores process signals: the embedding process owns them.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
