namespace Toggl.Facade.Tests;

/// <summary>The façade's records as a caller sees them: a running tracker's duration, printing lists, the tracker overloads.</summary>
public sealed class ModelTests
{
    [Fact]
    public async Task A_running_tracker_has_no_duration_but_an_elapsed_time()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var started = await trackers.AddAsync(new TrackerBody { Description = "Running" });
        var current = await trackers.CurrentAsync();

        Assert.True(started.IsRunning);
        Assert.Null((TimeSpan?)started.Duration);
        Assert.Null((TimeSpan?)current!.Duration);
        Assert.True(current.Elapsed() >= TimeSpan.Zero);
        Assert.Contains("Duration = null", started.ToString());

        var stopped = await trackers.StopAsync(started);
        Assert.False(stopped!.IsRunning);
        Assert.NotNull((TimeSpan?)stopped.Duration);
        Assert.Equal(stopped.Duration, stopped.Elapsed());
    }

    [Fact]
    public void A_tracker_prints_its_tags_and_tag_ids()
    {
        var tracker = new TogglTracker
        {
            Id = 1, WorkspaceId = 2, Start = DateTimeOffset.UnixEpoch, Tags = ["deep work", "docs"], TagIds = [11, 12],
        };

        var text = tracker.ToString();

        Assert.Contains("Tags = [deep work, docs]", text);
        Assert.Contains("TagIds = [11, 12]", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public void A_body_prints_its_tags_tag_ids_and_shared_users()
    {
        var body = new TrackerBody
        {
            Description = "Review", Tags = ["a", "b"], TagIds = [7, 8], SharedWithUserIds = [99, 100], TagAction = TagAction.Add,
        };

        var text = body.ToString();

        Assert.Contains("Tags = [a, b]", text);
        Assert.Contains("TagIds = [7, 8]", text);
        Assert.Contains("SharedWithUserIds = [99, 100]", text);
        Assert.Contains("Description = Review", text);
        Assert.Contains("TagAction = Add", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public void A_body_prints_unset_lists_as_null()
    {
        var text = new TrackerBody { Description = "x" }.ToString();

        Assert.Contains("Tags = null", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public void Edits_print_their_successes_and_failures()
    {
        var edits = new Edits([1, 2], [new EditFailure(3, "Time entry with ID: 3 was not found")]);

        var text = edits.ToString();

        Assert.Contains("Successes = [1, 2]", text);
        Assert.Contains("Failures = [EditFailure { Id = 3, Message = Time entry with ID: 3 was not found }]", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public async Task GetAsync_takes_a_tracker()
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-3), h.Sandbox.Now.AddHours(-2), "Reading");
        using var trackers = h.Endpoint();
        var listed = Assert.Single(await trackers.CollectAsync(since: h.Sandbox.Now.AddDays(-1)));

        var tracker = await trackers.GetAsync(listed, refresh: true);

        Assert.Equal(entry.Id, tracker?.Id);
        Assert.Equal("Reading", tracker?.Description);
        await Assert.ThrowsAsync<ArgumentNullException>(() => trackers.GetAsync((TogglTracker)null!));
    }
}
