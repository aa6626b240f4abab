using Microsoft.Extensions.Time.Testing;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>A cancelled operation ends with OperationCanceledException, mid-request too.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_mid_request_throws_OperationCanceledException()
    {
        // The sandbox's clock never moves, so the delayed request would wait forever.
        await using var h = await Harness.StartAsync(new SandboxOptions { TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow) });
        h.Sandbox.Faults.Next(1, Fault.Delay(TimeSpan.FromMinutes(5)));
        var handler = new SignalingHandler();
        using var client = new HttpClient(handler);
        using var trackers = h.Endpoint(client: client, retries: 3);
        using var cancellation = new CancellationTokenSource();

        var pending = trackers.GetAsync(1, cancellationToken: cancellation.Token);
        await handler.Sent;
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public async Task A_cancelled_token_sends_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => trackers.AddAsync(new TrackerBody { Description = "never" }, cancellation.Token));

        Assert.Empty(h.Sandbox.TimeEntries);
    }
}
