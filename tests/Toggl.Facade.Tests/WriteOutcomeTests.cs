using Toggl.Sandbox;
using Core = Toggl.Core;

namespace Toggl.Facade.Tests;

/// <summary>
/// Writes whose answer says less than what happened: a switch Toggl made by itself, a write applied and
/// answered 500, a write that may or may not have happened; and bulk edits of nothing or cancelled.
/// </summary>
public sealed class WriteOutcomeTests
{
    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task A_second_running_add_shows_the_first_stopped_as_Toggl_stopped_it(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);
        await trackers.SyncAsync();

        var first = await trackers.AddAsync(new TrackerBody { Description = "first", Start = h.Sandbox.Now.AddMinutes(-10) });
        var second = await trackers.AddAsync(new TrackerBody { Description = "second" });

        Assert.Equal(second.Id, (await trackers.CurrentAsync(refresh: false))?.Id);
        var listed = await trackers.CollectAsync(startDate: h.Sandbox.Now.AddDays(-1), endDate: h.Sandbox.Now.AddDays(1));
        Assert.Equal([second.Id], listed.Where(t => t.IsRunning).Select(t => t.Id));
        var firstListed = Assert.Single(listed, t => t.Id == first.Id);
        Assert.Equal(h.Sandbox.GetTimeEntry(first.Id)!.Stop, firstListed.Stop);
    }

    [Fact]
    public async Task A_stop_applied_then_answered_500_returns_the_stopped_tracker()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint(retries: 2);
        var added = await trackers.AddAsync(new TrackerBody { Description = "to stop" });
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "PATCH");

        var stopped = await trackers.StopAsync(added.Id);

        Assert.NotNull(stopped);
        Assert.False(stopped.IsRunning);
        Assert.Null(h.Sandbox.RunningTimeEntry);
    }

    [Fact]
    public async Task A_create_whose_outcome_is_unknown_throws_TogglOutcomeUnknownException_with_the_body()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");
        h.Sandbox.Faults.Next(1, Fault.ServiceUnavailable, "GET");

        var error = await Assert.ThrowsAsync<TogglOutcomeUnknownException>(
            () => trackers.AddAsync(new TrackerBody { Description = "maybe" }));

        Assert.Equal("POST", error.Method);
        Assert.Contains("\"maybe\"", error.RequestBody);
        Assert.Equal(500, Assert.IsType<TogglApiException>(error.InnerException).StatusCode);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public async Task A_project_created_but_unanswered_is_returned_from_one_listing_by_name()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");

        var project = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Launch" });

        Assert.Equal("Launch", project.Name);
        Assert.Equal(project.Id, Assert.Single(h.Sandbox.Projects, p => p.Name == "Launch").Id);
    }

    [Fact]
    public async Task A_project_create_whose_outcome_is_unknown_throws_TogglOutcomeUnknownException_with_the_body()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        h.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");
        h.Sandbox.Faults.Next(1, Fault.QuotaExhausted, "GET");

        var error = await Assert.ThrowsAsync<TogglOutcomeUnknownException>(
            () => toggl.Projects.CreateAsync(new ProjectBody { Name = "Maybe" }));

        Assert.Equal("POST", error.Method);
        Assert.EndsWith("/projects", error.Path);
        Assert.Contains("\"Maybe\"", error.RequestBody);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public void A_missing_cache_is_told_by_the_errors_case_not_by_a_parameter_named_cache()
    {
        Assert.IsType<InvalidOperationException>(ErrorMapping.ToException(Core.ValidationError.NoCache));
        // An argument that happens to be called "cache" is an argument error like any other.
        var argument = Assert.IsType<ArgumentException>(
            ErrorMapping.ToException(Core.ValidationError.NewInvalidArgument("cache", "must be a JsonCache or a SqliteCache")));
        Assert.Equal("cache", argument.ParamName);
    }

    [Fact]
    public void AppliedButNotCached_becomes_TogglLocalCacheException_with_the_tracker()
    {
        var tracker = new Core.TogglTracker(
            5, 7, Microsoft.FSharp.Core.FSharpOption<string>.Some("x"), DateTimeOffset.UnixEpoch, null, -1, null, null,
            Microsoft.FSharp.Collections.FSharpList<string>.Empty, Microsoft.FSharp.Collections.FSharpList<long>.Empty,
            false, 3, DateTimeOffset.UnixEpoch, null);
        var error = Core.TogglError.NewAppliedButNotCached(
            Microsoft.FSharp.Collections.ListModule.OfArray(new long[] { 5 }),
            Microsoft.FSharp.Core.FSharpOption<Core.TogglTracker>.Some(tracker),
            Core.TogglError.NewCacheFailure("the disk is full"));

        var mapped = Assert.IsType<TogglLocalCacheException>(ErrorMapping.ToException(error, CancellationToken.None));

        Assert.Equal(5, mapped.AppliedId);
        Assert.Equal(5, mapped.Tracker?.Id);
        Assert.IsType<TogglCacheException>(mapped.InnerException);
    }

    [Fact]
    public void AppliedButNotCached_of_another_object_becomes_TogglLocalCacheException_with_its_id_and_no_tracker()
    {
        var error = Core.TogglError.NewAppliedButNotCached(
            Microsoft.FSharp.Collections.ListModule.OfArray(new long[] { 206000001 }),
            Microsoft.FSharp.Core.FSharpOption<Core.TogglTracker>.None,
            Core.TogglError.NewCacheFailure("the disk is full"));

        var mapped = Assert.IsType<TogglLocalCacheException>(ErrorMapping.ToException(error, CancellationToken.None));

        Assert.Equal(206000001, mapped.AppliedId);
        Assert.Null(mapped.Tracker);
        Assert.IsType<TogglCacheException>(mapped.InnerException);
    }

    [Fact]
    public async Task AddAsync_with_tag_names_returns_the_tag_ids_a_later_read_returns()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var added = await trackers.AddAsync(new TrackerBody { Description = "tagged", Tags = ["alpha", "beta"] });
        var read = await trackers.GetAsync(added.Id, refresh: true);

        Assert.Equal(2, added.TagIds.Count);
        Assert.Equal(read, added);
    }

    [Fact]
    public async Task BulkEditAsync_of_no_ids_is_empty_and_sends_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var edits = await trackers.BulkEditAsync([], new TrackerBody { Description = "nothing" });

        Assert.Empty(edits.Successes);
        Assert.Empty(edits.Failures);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task Cancelling_BulkEditAsync_after_the_first_chunk_throws_and_keeps_that_chunk_cached()
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var ids = Enumerable.Range(1, 250)
            .Select(i => h.Sandbox.AddTimeEntry(now.AddHours(-2).AddMinutes(-i), now.AddHours(-2).AddMinutes(-i + 1), $"e{i}").Id)
            .ToArray();
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(CacheKind.Json, folder.Path);
        using var trackers = h.Endpoint(cache);
        await trackers.SyncAsync();
        h.Sandbox.ClearRequestLog();
        using var source = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trackers.BulkEditAsync(
            ids, new TrackerBody { Description = "renamed" }, new CancelOnReport(source), source.Token));

        Assert.Single(h.Sandbox.RequestLog);
        Assert.Equal("renamed", (await cache.FindAsync(ids[0]))?.Description);
    }

    private sealed class CancelOnReport(CancellationTokenSource source) : IProgress<int>
    {
        public void Report(int value) => source.Cancel();
    }
}
