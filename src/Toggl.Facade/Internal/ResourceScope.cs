using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Where an endpoint of a <see cref="TogglClient"/> runs its calls: the core endpoint of its workspace (found when
/// first needed, for the default workspace) over the client's one connection, and the client's lifetime. Running and
/// printing go through the same call, so the dry run is the plan that runs.
/// </summary>
internal sealed class ResourceScope(Func<CancellationToken, Task<Core.TrackerEndpoint>> core, ClientLifetime lifetime)
{
    /// <summary>A scope whose workspace is known.</summary>
    public static ResourceScope Fixed(Core.TrackerEndpoint core, ClientLifetime lifetime) =>
        new(_ => Task.FromResult(core), lifetime);

    /// <summary>The core endpoint the scope's calls run on (its workspace learnt first when it is the default one).</summary>
    public Task<Core.TrackerEndpoint> EndpointAsync(CancellationToken cancellationToken)
    {
        lifetime.ThrowIfDisposed();
        return core(cancellationToken);
    }

    /// <summary>Runs the call's plan; the value, or the exception its error stands for (<see cref="ErrorMapping"/>).</summary>
    public async Task<T> Run<T>(Func<Core.TrackerEndpoint, Core.TogglCall<T>> call, CancellationToken cancellationToken)
    {
        lifetime.ThrowIfDisposed();
        var endpoint = await core(cancellationToken).ConfigureAwait(false);
        return await Interop.Unwrap(Core.TogglCall.run(call(endpoint), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The call's plan, printed: sends nothing, changes nothing.</summary>
    public async Task<TogglPlan> Plan<T>(Func<Core.TrackerEndpoint, Core.TogglCall<T>> call, CancellationToken cancellationToken)
    {
        lifetime.ThrowIfDisposed();
        var endpoint = await core(cancellationToken).ConfigureAwait(false);
        var printed = await Interop.Unwrap(Core.TogglCall.plan(call(endpoint), cancellationToken), cancellationToken).ConfigureAwait(false);
        return Convert.ToFacade(printed);
    }
}

/// <summary>Whether a <see cref="TogglClient"/> was disposed: its endpoints refuse work afterwards.</summary>
internal sealed class ClientLifetime(object owner)
{
    private int _disposed;

    public void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, owner);

    /// <summary>Marks it disposed; <see langword="true"/> the first time only.</summary>
    public bool End() => Interlocked.Exchange(ref _disposed, 1) == 0;
}
