using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>The statuses the Python library tolerates become null, unless reRaise (docs/python-reference.md table).</summary>
public sealed class ToleranceTests
{
    private const long Missing = 999_999_999_999;

    [Fact]
    public async Task GetAsync_of_a_missing_tracker_is_null()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        Assert.Null(await trackers.GetAsync(Missing));
        Assert.Equal(404, h.Sandbox.RequestLog.Single().Status);
    }

    [Fact]
    public async Task GetAsync_of_a_missing_tracker_throws_404_with_reRaise()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint(reRaise: true);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.GetAsync(Missing));

        Assert.Equal(404, error.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.TogglMessage));
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task DeleteAsync_of_a_missing_tracker_is_fine()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        await trackers.DeleteAsync(Missing);

        Assert.Equal(404, h.Sandbox.RequestLog.Single().Status);
    }

    [Fact]
    public async Task DeleteAsync_of_a_missing_tracker_throws_404_with_reRaise()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint(reRaise: true);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.DeleteAsync(Missing));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task StopAsync_of_a_stopped_tracker_is_null()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "done");
        using var trackers = h.Endpoint();

        Assert.Null(await trackers.StopAsync(entry.Id));
        Assert.Contains(h.Sandbox.RequestLog, r => r.Status == 409);
    }

    [Fact]
    public async Task StopAsync_of_a_stopped_tracker_throws_409_with_reRaise()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "done");
        using var trackers = h.Endpoint(reRaise: true);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.StopAsync(entry.Id));

        Assert.Equal(409, error.StatusCode);
        Assert.Contains("already stopped", error.TogglMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StopAsync_of_a_missing_tracker_throws_404_even_without_reRaise()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.StopAsync(Missing));

        Assert.Equal(404, error.StatusCode);
    }

    [Theory]
    [InlineData(IdleCurrentAnswer.NotFound404)]
    [InlineData(IdleCurrentAnswer.MethodNotAllowed405)]
    public async Task CurrentAsync_treats_404_and_405_as_nothing_running(IdleCurrentAnswer answer)
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { IdleCurrent = answer });
        using var trackers = h.Endpoint();

        Assert.Null(await trackers.CurrentAsync());
    }

    [Theory]
    [InlineData(IdleCurrentAnswer.NotFound404, 404)]
    [InlineData(IdleCurrentAnswer.MethodNotAllowed405, 405)]
    public async Task CurrentAsync_throws_the_idle_status_with_reRaise(IdleCurrentAnswer answer, int status)
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { IdleCurrent = answer });
        using var trackers = h.Endpoint(reRaise: true);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.CurrentAsync());

        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task EditAsync_of_a_missing_tracker_throws_404()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglApiException>(
            () => trackers.EditAsync(Missing, new TrackerBody { Description = "x" }));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task ReRaise_sends_a_failing_request_only_once()
    {
        await using var h = await Harness.StartAsync();
        h.Sandbox.Faults.Next(5, Fault.ServiceUnavailable);
        using var trackers = h.Endpoint(reRaise: true, retries: 3);

        var error = await Assert.ThrowsAsync<TogglApiException>(() => trackers.GetAsync(1));

        Assert.Equal(503, error.StatusCode);
        Assert.Single(h.Sandbox.RequestLog);
    }
}
