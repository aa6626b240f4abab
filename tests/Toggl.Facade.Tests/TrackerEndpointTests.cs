namespace Toggl.Facade.Tests;

/// <summary>Every method and overload of the endpoint, against the sandbox.</summary>
public sealed class TrackerEndpointTests
{
    [Fact]
    public async Task CurrentAsync_returns_null_when_nothing_runs()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        Assert.Null(await trackers.CurrentAsync());
    }

    [Fact]
    public async Task CurrentAsync_returns_the_running_tracker()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddMinutes(-30), description: "Writing");
        using var trackers = h.Endpoint();

        var current = await trackers.CurrentAsync();

        Assert.NotNull(current);
        Assert.Equal(entry.Id, current.Id);
        Assert.Equal("Writing", current.Description);
        Assert.True(current.IsRunning);
        Assert.Null(current.Stop);
    }

    [Fact]
    public async Task AddAsync_without_start_or_stop_creates_a_running_tracker_starting_now()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var before = h.Sandbox.Now.AddSeconds(-1);

        var added = await trackers.AddAsync(new TrackerBody { Description = "Review", Tags = ["deep work"], Billable = true });

        Assert.True(added.IsRunning);
        Assert.Equal("Review", added.Description);
        Assert.Equal(["deep work"], added.Tags);
        Assert.True(added.Billable);
        Assert.Equal(h.Sandbox.WorkspaceId, added.WorkspaceId);
        Assert.InRange(added.Start, before, h.Sandbox.Now.AddSeconds(1));
        Assert.Equal(added.Id, h.Sandbox.RunningTimeEntry?.Id);
    }

    [Fact]
    public async Task AddAsync_with_start_and_duration_creates_a_stopped_tracker()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var start = new DateTimeOffset(h.Sandbox.Now.UtcDateTime.Date.AddHours(9), TimeSpan.Zero);

        var added = await trackers.AddAsync(
            new TrackerBody { Description = "Meeting", Start = start, Duration = TimeSpan.FromMinutes(45) });

        Assert.False(added.IsRunning);
        Assert.Equal(start, added.Start);
        Assert.Equal(start.AddMinutes(45), added.Stop);
        Assert.Equal(TimeSpan.FromMinutes(45), added.Duration);
        Assert.Equal(TimeSpan.FromMinutes(45), added.Elapsed());
    }

    [Fact]
    public async Task AddAsync_converts_a_start_with_an_offset_to_the_same_instant()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var utc = new DateTimeOffset(h.Sandbox.Now.UtcDateTime.Date.AddHours(-20), TimeSpan.Zero);
        var inBerlin = utc.ToOffset(TimeSpan.FromHours(2));

        var added = await trackers.AddAsync(new TrackerBody { Description = "Zone", Start = inBerlin, Duration = TimeSpan.FromHours(1) });

        Assert.Equal(utc, added.Start);
    }

    [Fact]
    public async Task GetAsync_returns_a_tracker_by_id()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-3), h.Sandbox.Now.AddHours(-2), "Reading", tags: ["books"]);
        using var trackers = h.Endpoint();

        var tracker = await trackers.GetAsync(entry.Id);

        Assert.NotNull(tracker);
        Assert.Equal("Reading", tracker.Description);
        Assert.Equal(["books"], tracker.Tags);
        Assert.Equal(TimeSpan.FromHours(1), tracker.Duration);
        Assert.Equal(h.Sandbox.UserId, tracker.UserId);
    }

    [Fact]
    public async Task CollectAsync_with_instants_lists_trackers_in_the_range_newest_first()
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var old = h.Sandbox.AddTimeEntry(now.AddDays(-5), now.AddDays(-5).AddHours(1), "old");
        var first = h.Sandbox.AddTimeEntry(now.AddDays(-2), now.AddDays(-2).AddHours(1), "first");
        var second = h.Sandbox.AddTimeEntry(now.AddDays(-1), now.AddDays(-1).AddHours(1), "second");
        using var trackers = h.Endpoint();

        var listed = await trackers.CollectAsync(startDate: now.AddDays(-3), endDate: now);

        Assert.Equal([second.Id, first.Id], listed.Select(t => t.Id));
        Assert.DoesNotContain(listed, t => t.Id == old.Id);
    }

    [Fact]
    public async Task CollectAsync_with_plain_dates_sends_whole_days()
    {
        await using var h = await Harness.StartAsync();
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);
        var yesterdayNoon = new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var entry = h.Sandbox.AddTimeEntry(yesterdayNoon, yesterdayNoon.AddHours(1), "yesterday");
        h.Sandbox.AddTimeEntry(yesterdayNoon.AddDays(-3), yesterdayNoon.AddDays(-3).AddHours(1), "earlier");
        using var trackers = h.Endpoint();

        var listed = await trackers.CollectAsync(today.AddDays(-1), today);

        Assert.Equal([entry.Id], listed.Select(t => t.Id));
        var request = Assert.Single(h.Sandbox.RequestLog);
        Assert.Contains($"start_date={today.AddDays(-1):yyyy-MM-dd}", request.Query);
        Assert.Contains($"end_date={today:yyyy-MM-dd}", request.Query);
    }

    [Fact]
    public async Task CollectAsync_with_since_lists_changes_including_deletions()
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var kept = h.Sandbox.AddTimeEntry(now.AddHours(-4), now.AddHours(-3), "kept");
        var removed = h.Sandbox.AddTimeEntry(now.AddHours(-2), now.AddHours(-1), "removed");
        using var trackers = h.Endpoint();
        await trackers.DeleteAsync(removed.Id);

        var changes = await trackers.CollectAsync(since: now.AddHours(-1));

        var deleted = Assert.Single(changes, t => t.Id == removed.Id);
        Assert.True(deleted.IsDeleted);
        Assert.Contains(changes, t => t.Id == kept.Id);
    }

    [Fact]
    public async Task EditAsync_by_id_changes_only_what_the_body_sets()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "draft", tags: ["a"]);
        using var trackers = h.Endpoint();

        var edited = await trackers.EditAsync(entry.Id, new TrackerBody { Tags = ["b"], TagAction = TagAction.Add });

        Assert.Equal("draft", edited.Description);
        Assert.Equal(["a", "b"], edited.Tags.Order());
    }

    [Fact]
    public async Task EditAsync_with_a_tracker_edits_that_tracker_and_can_clear_a_field()
    {
        await using var h = await Harness.StartAsync();
        var project = h.Sandbox.AddProject("Client work");
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "billable", project.Id);
        using var trackers = h.Endpoint();
        var tracker = await trackers.GetAsync(entry.Id);
        Assert.Equal(project.Id, tracker!.ProjectId);

        var edited = await trackers.EditAsync(tracker, new TrackerBody { Description = "internal", Clear = TrackerBodyFields.ProjectId });

        Assert.Equal("internal", edited.Description);
        Assert.Null(edited.ProjectId);
        Assert.Null(h.Sandbox.GetTimeEntry(entry.Id)!.ProjectId);
    }

    [Fact]
    public async Task BulkEditAsync_reports_successes_failures_and_progress()
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var ids = Enumerable.Range(1, 3)
            .Select(i => h.Sandbox.AddTimeEntry(now.AddHours(-2 * i), now.AddHours(-2 * i + 1), $"e{i}").Id)
            .ToList();
        const long missing = 999_999_999_999;
        using var trackers = h.Endpoint();
        var reported = new List<int>();
        var progress = new SynchronousProgress(reported.Add);

        var edits = await trackers.BulkEditAsync([.. ids, missing], new TrackerBody { Description = "batch" }, progress);

        Assert.Equal(ids.Order(), edits.Successes.Order());
        var failure = Assert.Single(edits.Failures);
        Assert.Equal(missing, failure.Id);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
        Assert.All(ids, id => Assert.Equal("batch", h.Sandbox.GetTimeEntry(id)!.Description));
        Assert.Equal([4], reported);
    }

    [Fact]
    public async Task BulkEditAsync_sends_one_request_per_hundred_ids()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var ids = Enumerable.Range(1, 250).Select(i => 1_000_000L + i);

        var edits = await trackers.BulkEditAsync(ids, new TrackerBody { Tags = ["x"], TagAction = TagAction.Add });

        Assert.Equal(250, edits.Failures.Count);
        Assert.Equal(3, h.Sandbox.RequestLog.Count(r => r.Method == "PATCH"));
    }

    [Fact]
    public async Task DeleteAsync_by_id_deletes_the_tracker()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "gone");
        using var trackers = h.Endpoint();

        await trackers.DeleteAsync(entry.Id);

        Assert.NotNull(h.Sandbox.GetTimeEntry(entry.Id)!.ServerDeletedAt);
        Assert.Null(await trackers.GetAsync(entry.Id));
    }

    [Fact]
    public async Task DeleteAsync_with_a_tracker_deletes_that_tracker()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var added = await trackers.AddAsync(new TrackerBody { Description = "mistake" });

        await trackers.DeleteAsync(added);

        Assert.NotNull(h.Sandbox.GetTimeEntry(added.Id)!.ServerDeletedAt);
    }

    [Fact]
    public async Task StopAsync_by_id_stops_a_running_tracker()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddMinutes(-10), description: "running");
        using var trackers = h.Endpoint();

        var stopped = await trackers.StopAsync(entry.Id);

        Assert.NotNull(stopped);
        Assert.False(stopped.IsRunning);
        Assert.NotNull(stopped.Stop);
        Assert.Null(h.Sandbox.RunningTimeEntry);
    }

    [Fact]
    public async Task StopAsync_with_a_tracker_stops_that_tracker()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        var added = await trackers.AddAsync(new TrackerBody { Description = "focus" });

        var stopped = await trackers.StopAsync(added);

        Assert.Equal(added.Id, stopped?.Id);
        Assert.False(stopped!.IsRunning);
        Assert.Null(await trackers.CurrentAsync());
    }

    [Fact]
    public async Task ProjectsAsync_lists_the_workspace_projects_by_name()
    {
        await using var h = await Harness.StartAsync();
        var client = h.Sandbox.AddClient("Acme");
        h.Sandbox.AddProject("Zeta", color: "#d92b2b");
        var alpha = h.Sandbox.AddProject("Alpha", clientId: client.Id);
        using var trackers = h.Endpoint();

        var projects = await trackers.ProjectsAsync();

        Assert.Equal(["Alpha", "Zeta"], projects.Select(p => p.Name));
        var first = projects[0];
        Assert.Equal((alpha.Id, "Alpha", (long?)client.Id, (string?)alpha.Color, true), (first.Id, first.Name, first.ClientId, first.Color, first.Active));
        Assert.Equal(h.Sandbox.WorkspaceId, first.WorkspaceId);
        Assert.Equal("#d92b2b", projects[1].Color);
    }

    [Fact]
    public async Task LastQuota_is_read_from_the_quota_headers()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();
        Assert.Null(trackers.LastQuota);

        await trackers.CurrentAsync();

        var quota = trackers.LastQuota;
        Assert.NotNull(quota);
        Assert.True(quota.Remaining > 0);
        Assert.True(quota.ResetsAt > h.Sandbox.Now);
    }

    [Fact]
    public async Task A_disposed_endpoint_refuses_work()
    {
        await using var h = await Harness.StartAsync();
        var trackers = h.Endpoint();
        trackers.Dispose();
        trackers.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => trackers.CurrentAsync());
    }

    [Fact]
    public async Task A_shared_HttpClient_is_left_open_when_the_endpoint_is_disposed()
    {
        await using var h = await Harness.StartAsync();
        using var client = new HttpClient();
        using (var trackers = h.Endpoint(client: client))
            await trackers.CurrentAsync();

        using var again = h.Endpoint(client: client);
        Assert.Null(await again.CurrentAsync());
    }

    [Fact]
    public async Task Email_and_password_credentials_work_too()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint(auth: BasicAuth.FromEmailPassword(h.Sandbox.Email, h.Sandbox.Password));

        var added = await trackers.AddAsync(new TrackerBody { Description = "with password" });

        Assert.Equal(h.Sandbox.UserId, added.UserId);
    }

    [Fact]
    public void The_constructor_checks_its_arguments()
    {
        var auth = BasicAuth.FromApiToken("abc");
        Assert.Equal("auth", Assert.Throws<ArgumentNullException>(() => new TrackerEndpoint(1, null!)).ParamName);
        Assert.Equal("workspaceId", Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(0, auth)).ParamName);
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(1, auth, timeout: TimeSpan.Zero)).ParamName);
        Assert.Equal("retries", Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(1, auth, retries: -1)).ParamName);
        // One rule, the core's, for what the connection takes: 10 ms to one day, 0 to 10 retries.
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(1, auth, timeout: TimeSpan.FromMilliseconds(5))).ParamName);
        Assert.Equal("retries", Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerEndpoint(1, auth, retries: 11)).ParamName);
        Assert.Equal(
            "readDeadline",
            Assert.Throws<ArgumentOutOfRangeException>(
                () => new TrackerEndpoint(1, auth, options: new TogglClientOptions { ReadDeadline = TimeSpan.FromDays(2) })).ParamName);
        Assert.Throws<ArgumentException>(
            () => new TrackerEndpoint(1, auth, options: new TogglClientOptions { BaseAddress = new Uri("ftp://example.com/") }));
    }

    [Fact]
    public async Task Null_arguments_are_refused_with_their_names()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        Assert.Equal("body", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.AddAsync(null!))).ParamName);
        Assert.Equal("body", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.EditAsync(1, null!))).ParamName);
        Assert.Equal("tracker", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.EditAsync((TogglTracker)null!, new TrackerBody()))).ParamName);
        Assert.Equal("trackerIds", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.BulkEditAsync(null!, new TrackerBody()))).ParamName);
        Assert.Equal("tracker", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.DeleteAsync((TogglTracker)null!))).ParamName);
        Assert.Equal("tracker", (await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.StopAsync((TogglTracker)null!))).ParamName);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, so a test would have to wait).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
