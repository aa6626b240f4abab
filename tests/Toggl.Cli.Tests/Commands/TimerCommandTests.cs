using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>start, stop, current and continue, checked on the sandbox's state.</summary>
public sealed class TimerCommandTests : CliTest
{
    [Fact]
    public async Task Start_creates_a_running_entry_with_its_project_tags_and_billable_flag()
    {
        var project = Sandbox.AddProject("Website");
        await RunOkAsync("start", "Writing the report", "--project", "website", "--tags", "writing, draft", "--billable");

        var running = Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning);
        Assert.Equal("Writing the report", running.Description);
        Assert.Equal(project.Id, running.ProjectId);
        Assert.Equal(["writing", "draft"], Sandbox.TagNames(running));
        Assert.True(running.Billable);
    }

    [Fact]
    public async Task Start_at_a_past_time_starts_the_entry_then_converted_from_local_time()
    {
        await RunOkAsync("start", "Earlier", "--at", "30m ago");
        var running = Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning);
        Assert.InRange(Sandbox.Now - running.Start, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
    }

    [Fact]
    public async Task Switching_takes_one_request_and_the_cache_shows_the_previous_entry_stopped_as_toggl_stopped_it()
    {
        await RunOkAsync("start", "First", "--at", "10m ago");
        Sandbox.ClearRequestLog();
        var run = await RunOkAsync("start", "Second");
        Assert.Single(Requests);
        Assert.Contains("Stopped First", run.Out);

        var first = Sandbox.LiveEntries().Single(e => e.Description == "First");
        Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning && e.Description == "Second");
        Assert.NotNull(first.Stop);

        Sandbox.ClearRequestLog();
        var listed = (await RunOkAsync("list", "--since", "1h ago", "--output", "json")).Json.EnumerateArray().ToList();
        Assert.Empty(Requests);
        var firstJson = listed.Single(e => e.GetProperty("description").GetString() == "First");
        Assert.False(firstJson.GetProperty("running").GetBoolean());
        Assert.Equal(first.Stop!.Value, DateTimeOffset.Parse(firstJson.GetProperty("stop").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var current = (await RunOkAsync("current", "--output", "json")).Json;
        Assert.Equal("Second", current.GetProperty("description").GetString());
    }

    [Fact]
    public async Task After_a_switch_and_a_stop_nothing_shows_as_running()
    {
        await RunOkAsync("start", "First");
        await RunOkAsync("start", "Second");
        await RunOkAsync("stop");
        Assert.Null(Sandbox.RunningTimeEntry);
        var current = await RunOkAsync("current", "--output", "json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, current.Json.ValueKind);
    }

    [Fact]
    public async Task Switching_at_a_past_time_stops_the_previous_entry_at_that_time()
    {
        await RunOkAsync("start", "First", "--at", "60m ago");
        await RunOkAsync("start", "Second", "--at", "20m ago");
        var first = Sandbox.LiveEntries().Single(e => e.Description == "First");
        var second = Sandbox.LiveEntries().Single(e => e.Description == "Second");
        Assert.Equal(second.Start, first.Stop);
    }

    [Fact]
    public async Task Start_with_an_unknown_project_is_not_found_and_creates_nothing()
    {
        Sandbox.AddProject("Website");
        var run = await RunAsync("start", "Lost", "--project", "Nowhere");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("Nowhere", run.Error);
        Assert.Contains("Website", run.Error);
        Assert.Empty(Sandbox.LiveEntries());
    }

    [Fact]
    public async Task Start_with_an_unreadable_time_is_a_bad_argument_and_sends_nothing()
    {
        var run = await RunAsync("start", "Writing", "--at", "half past nine");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("half past nine", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Stop_stops_the_running_entry()
    {
        await RunOkAsync("start", "Writing", "--at", "10m ago");
        var run = await RunOkAsync("stop");
        Assert.Null(Sandbox.RunningTimeEntry);
        Assert.Contains("Stopped Writing", run.Out);
    }

    [Fact]
    public async Task Stop_at_a_time_sets_that_stop()
    {
        await RunOkAsync("start", "Writing", "--at", "50m ago");
        await RunOkAsync("stop", "--at", "20m ago");
        var entry = Assert.Single(Sandbox.LiveEntries());
        Assert.NotNull(entry.Stop);
        Assert.InRange(Sandbox.Now - entry.Stop!.Value, TimeSpan.FromMinutes(19), TimeSpan.FromMinutes(21));
    }

    [Fact]
    public async Task Stop_with_nothing_running_is_not_found()
    {
        var run = await RunAsync("stop");
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("nothing is running", run.Error);
    }

    [Fact]
    public async Task Current_in_json_is_the_running_entry_with_local_times()
    {
        var started = Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-5), null, "Deep work", tags: ["focus"]);
        var run = await RunOkAsync("current", "--output", "json");
        var json = run.Json;
        Assert.Equal(started.Id, json.GetProperty("id").GetInt64());
        Assert.Equal("Deep work", json.GetProperty("description").GetString());
        Assert.True(json.GetProperty("running").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("stop").ValueKind);
        Assert.Equal(["focus"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var start = DateTimeOffset.Parse(json.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(started.Start, start);
        Assert.Equal(Zone.GetUtcOffset(started.Start), start.Offset);
    }

    [Fact]
    public async Task Current_with_nothing_running_is_json_null()
    {
        var run = await RunOkAsync("current", "--output", "json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.Json.ValueKind);
    }

    [Fact]
    public async Task Current_answers_from_a_fresh_cache_with_no_request_and_refresh_asks_toggl()
    {
        await RunOkAsync("start", "Writing");
        Sandbox.ClearRequestLog();
        var cached = await RunOkAsync("current", "--output", "json");
        Assert.Equal("Writing", cached.Json.GetProperty("description").GetString());
        Assert.Empty(Requests);

        await RunOkAsync("current", "--refresh");
        Assert.Contains(Requests, r => r.Path.EndsWith("/me/time_entries/current", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Continue_starts_the_latest_entry_again_with_its_project_and_tags()
    {
        var project = Sandbox.AddProject("Backend");
        AddEntry(hoursAgo: 3, minutes: 30, "Old thing");
        AddEntry(hoursAgo: 2, minutes: 45, "Fix the build", project.Id, "ci");
        await RunOkAsync("continue");
        var running = Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning);
        Assert.Equal(("Fix the build", project.Id), (running.Description, running.ProjectId));
        Assert.Equal(["ci"], Sandbox.TagNames(running));
    }

    [Fact]
    public async Task Continue_a_given_entry_by_id()
    {
        var old = AddEntry(hoursAgo: 5, minutes: 30, "Old thing");
        AddEntry(hoursAgo: 2, minutes: 45, "Newer thing");
        await RunOkAsync("continue", old.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Old thing", Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning).Description);
    }
}
