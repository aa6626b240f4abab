using Microsoft.Extensions.Time.Testing;

namespace Toggl.Facade.Tests;

/// <summary>The tracker record: running, elapsed time, value equality.</summary>
public sealed class TogglTrackerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static TogglTracker Running() =>
        new() { Id = 1, WorkspaceId = 2, Start = Start, Duration = TimeSpan.FromSeconds(-1), Tags = ["a"] };

    [Fact]
    public void A_running_tracker_has_elapsed_now_minus_start()
    {
        var clock = new FakeTimeProvider(Start.AddMinutes(90));

        Assert.True(Running().IsRunning);
        Assert.Equal(TimeSpan.FromMinutes(90), Running().Elapsed(clock));
    }

    [Fact]
    public void A_stopped_tracker_has_elapsed_equal_to_its_duration()
    {
        var stopped = Running() with { Stop = Start.AddHours(2), Duration = TimeSpan.FromHours(2) };

        Assert.False(stopped.IsRunning);
        Assert.Equal(TimeSpan.FromHours(2), stopped.Elapsed(new FakeTimeProvider(Start.AddDays(3))));
    }

    [Fact]
    public void A_negative_duration_means_running_even_with_a_stop()
    {
        Assert.True((Running() with { Stop = Start.AddHours(1) }).IsRunning);
    }

    [Fact]
    public void Trackers_with_equal_fields_and_tags_are_equal()
    {
        var first = Running() with { Tags = new List<string> { "a", "b" } };
        var second = Running() with { Tags = ["a", "b"] };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Tags = ["a"] });
        Assert.Contains("Tags = [a, b]", first.ToString());
    }

    [Fact]
    public void Bodies_and_edits_compare_by_value()
    {
        Assert.Equal(new TrackerBody { Tags = ["x"] }, new TrackerBody { Tags = new List<string> { "x" } });
        Assert.NotEqual(new TrackerBody { Tags = ["x"] }, new TrackerBody { Tags = ["x"], Clear = TrackerBodyFields.Description });
        Assert.Equal(new Edits([1, 2], [new EditFailure(3, "m")]), new Edits(new List<long> { 1, 2 }, [new EditFailure(3, "m")]));
    }
}
