namespace Toggl.Sandbox.Tests;

/// <summary><c>--seed demo</c> and the seeding methods.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task seed_demo_creates_four_weeks_of_workday_entries_inside_the_start_date_floor()
    {
        await using var h = await Harness.Start();
        h.Sandbox.SeedDemo();
        var entries = h.Sandbox.TimeEntries;
        // 28 days before Monday 16 Dec 2024 hold 20 workdays, 4 blocks each.
        Assert.Equal(80, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.InRange(e.Start.Hour, 9, 17);
            Assert.NotEqual(DayOfWeek.Saturday, e.Start.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, e.Start.DayOfWeek);
            Assert.True(e.Stop <= h.Sandbox.Now);
            Assert.NotNull(e.ProjectId);
        });
        Assert.Equal(5, h.Sandbox.Projects.Count);
        Assert.Equal(3, h.Sandbox.Clients.Count);
        Assert.Equal(5, h.Sandbox.Tags.Count);
        var listed = await h.Get("me/time_entries?start_date=2024-11-18&end_date=2024-12-16");
        Assert.Equal(80, listed.Json.GetArrayLength());
    }

    [Fact]
    public async Task seed_demo_twice_does_not_duplicate()
    {
        await using var h = await Harness.Start();
        h.Sandbox.SeedDemo();
        h.Sandbox.SeedDemo();
        Assert.Equal(80, h.Sandbox.TimeEntries.Count);
    }

    [Fact]
    public async Task add_time_entry_without_stop_runs_and_stops_the_previous()
    {
        await using var h = await Harness.Start();
        var first = h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 16, 1, 0, 0, TimeSpan.Zero));
        var second = h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 16, 2, 0, 0, TimeSpan.Zero), tags: ["x"]);
        Assert.Equal(second.Id, h.Sandbox.RunningTimeEntry!.Id);
        Assert.False(h.Sandbox.GetTimeEntry(first.Id)!.IsRunning);
        Assert.Equal(-1, second.Duration);
        Assert.Equal(second.Id, (await h.Get("me/time_entries/current")).Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task seeding_methods_refuse_bad_input_with_argument_exceptions()
    {
        await using var h = await Harness.Start();
        h.Sandbox.AddTag("dup");
        Assert.Throws<ArgumentException>(() => h.Sandbox.AddTag("dup"));
        Assert.Throws<ArgumentException>(() => h.Sandbox.AddProject(" "));
        Assert.Throws<ArgumentException>(() => h.Sandbox.AddTimeEntry(Harness.Epoch, projectId: 1));
        Assert.Throws<ArgumentException>(() => h.Sandbox.AddTimeEntry(Harness.Epoch, Harness.Epoch.AddHours(-1)));
    }
}
