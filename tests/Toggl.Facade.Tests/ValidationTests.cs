namespace Toggl.Facade.Tests;

/// <summary>Bad arguments are refused before anything is sent, as argument exceptions the caller can tell apart.</summary>
public sealed class ValidationTests
{
    [Fact]
    public async Task AddAsync_without_a_description_throws_TogglNamingException()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglNamingException>(() => trackers.AddAsync(new TrackerBody { Tags = ["x"] }));

        Assert.Equal("body", error.ParamName);
        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task CollectAsync_with_an_end_before_the_start_throws_TogglDateTimeException()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var now = h.Sandbox.Now;

        var error = await Assert.ThrowsAsync<TogglDateTimeException>(
            () => trackers.CollectAsync(startDate: now.AddDays(-1), endDate: now.AddDays(-2)));

        Assert.Equal("endDate", error.ParamName);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task CollectAsync_with_plain_dates_in_the_wrong_order_throws_TogglDateTimeException()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);

        await Assert.ThrowsAsync<TogglDateTimeException>(() => trackers.CollectAsync(today, today.AddDays(-3)));
    }

    [Fact]
    public async Task CollectAsync_with_a_start_date_in_the_future_says_it_is_in_the_future()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var now = h.Sandbox.Now;

        var error = await Assert.ThrowsAsync<TogglDateTimeException>(
            () => trackers.CollectAsync(startDate: now.AddDays(2), endDate: now.AddDays(3)));

        Assert.Contains("future", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("startDate", error.ParamName);
    }

    [Fact]
    public async Task CollectAsync_with_only_one_side_of_a_range_throws_instead_of_dropping_it()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<TogglDateTimeException>(() => trackers.CollectAsync(startDate: h.Sandbox.Now.AddDays(-1)));

        Assert.Contains("end_date", error.Message);
    }

    [Fact]
    public async Task CollectAsync_with_since_and_before_throws()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var now = h.Sandbox.Now;

        await Assert.ThrowsAsync<TogglDateTimeException>(() => trackers.CollectAsync(since: now.AddDays(-1), before: now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task A_tracker_id_that_is_not_positive_throws_ArgumentOutOfRangeException(long id)
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        Assert.Equal("trackerId", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trackers.GetAsync(id))).ParamName);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trackers.StopAsync(id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trackers.DeleteAsync(id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trackers.EditAsync(id, new TrackerBody { Description = "x" }));
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task BulkEditAsync_without_changes_throws_ArgumentException()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        // No ids is not an error: an empty result, as the Python library (WriteOutcomeTests).
        var noChange = await Assert.ThrowsAsync<ArgumentException>(() => trackers.BulkEditAsync([1, 2], new TrackerBody()));

        Assert.Equal("body", noChange.ParamName);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task A_body_that_sets_and_clears_a_field_is_refused()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => trackers.EditAsync(1, new TrackerBody { Description = "x", Clear = TrackerBodyFields.Description }));

        Assert.Equal("body", error.ParamName);
        Assert.Contains("Description", error.Message);
    }

    [Fact]
    public async Task SyncAsync_without_a_cache_throws_InvalidOperationException()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        await Assert.ThrowsAsync<InvalidOperationException>(() => trackers.SyncAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => trackers.Plan.SyncAsync());
    }
}
