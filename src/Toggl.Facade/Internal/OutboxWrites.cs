using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The "run or queue" writes of an endpoint with <see cref="TogglClientOptions.Outbox"/> on: the core's answer is sent
/// or queued; a queued one comes back marked <see cref="TogglTracker.IsQueued"/> and raises <see cref="TogglOutbox.Queued"/>.
/// </summary>
internal static class OutboxWrites
{
    public static async Task<TogglTracker> Tracker(
        TrackerEndpoint endpoint,
        Task<FSharpResult<Core.Written<Core.TogglTracker>, Core.TogglError>> write,
        CancellationToken cancellationToken)
    {
        var written = await Interop.Unwrap(write, cancellationToken).ConfigureAwait(false);
        return written switch
        {
            Core.Written<Core.TogglTracker>.Queued queued => Queued(endpoint, queued.notice, Convert.ToFacade(queued.optimistic), cancellationToken)!,
            Core.Written<Core.TogglTracker>.Sent sent => Convert.ToFacade(sent.result),
            _ => throw new InvalidOperationException("Unknown outcome of a write."),
        };
    }

    public static async Task<TogglTracker?> MaybeTracker(
        TrackerEndpoint endpoint,
        Task<FSharpResult<Core.Written<FSharpOption<Core.TogglTracker>?>, Core.TogglError>> write,
        CancellationToken cancellationToken)
    {
        var written = await Interop.Unwrap(write, cancellationToken).ConfigureAwait(false);
        return written switch
        {
            Core.Written<FSharpOption<Core.TogglTracker>?>.Queued queued =>
                Queued(endpoint, queued.notice, Convert.ToFacade(queued.optimistic), cancellationToken),
            Core.Written<FSharpOption<Core.TogglTracker>?>.Sent sent => Convert.ToFacade(sent.result),
            _ => throw new InvalidOperationException("Unknown outcome of a write."),
        };
    }

    public static async Task Nothing(
        TrackerEndpoint endpoint,
        Task<FSharpResult<Core.Written<Unit>, Core.TogglError>> write,
        CancellationToken cancellationToken)
    {
        var written = await Interop.Unwrap(write, cancellationToken).ConfigureAwait(false);
        if (written is Core.Written<Unit>.Queued queued)
            Notify(endpoint, queued.notice, cancellationToken);
    }

    private static TogglTracker? Queued(TrackerEndpoint endpoint, Core.QueuedNotice notice, TogglTracker? tracker, CancellationToken cancellationToken)
    {
        Notify(endpoint, notice, cancellationToken);
        return tracker is null ? null : tracker with { IsQueued = true };
    }

    private static void Notify(TrackerEndpoint endpoint, Core.QueuedNotice notice, CancellationToken cancellationToken) =>
        endpoint.Outbox.OnQueued(Convert.ToFacade(notice, cancellationToken));
}
