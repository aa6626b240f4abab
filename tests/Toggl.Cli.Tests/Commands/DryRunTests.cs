using System.Globalization;

namespace Toggl.Cli.Tests.Commands;

/// <summary>--dry-run prints the requests a command would send, with their count, and sends nothing.</summary>
public sealed class DryRunTests : CliTest
{
    [Fact]
    public async Task Dry_runs_of_writes_send_nothing_and_change_nothing()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Untouched");
        var id = entry.Id.ToString(CultureInfo.InvariantCulture);
        string[][] commands =
        [
            ["start", "Not started", "--dry-run"],
            ["stop", "--dry-run"],
            ["edit", id, "--description", "Changed", "--dry-run"],
            ["delete", id, "--dry-run"],
            ["bulk-edit", id, "--add-tags", "x", "--dry-run"],
            ["sync", "--dry-run"],
            ["list", "--today", "--dry-run"],
            ["report", "--week", "--dry-run"],
            ["current", "--dry-run"],
            ["quota", "--refresh", "--dry-run"],
        ];
        foreach (var command in commands)
        {
            var run = await RunOkAsync(command);
            Assert.Contains("nothing was sent", run.Out);
        }

        Assert.Empty(Requests);
        Assert.Equal(entry, Assert.Single(Sandbox.TimeEntries));
    }

    [Fact]
    public async Task A_dry_run_in_json_lists_the_requests_with_their_count()
    {
        var ids = Enumerable.Range(0, 150).Select(i => AddEntry(hoursAgo: 100 - i * 0.5, minutes: 10, $"E{i}").Id.ToString(CultureInfo.InvariantCulture));
        var run = await RunOkAsync(["bulk-edit", .. ids, "--add-tags", "x", "--dry-run", "--output", "json"]);
        Assert.Equal(2, run.Json.GetProperty("count").GetInt32());
        var requests = run.Json.GetProperty("requests").EnumerateArray().ToList();
        Assert.All(requests, r => Assert.Equal("PATCH", r.GetProperty("method").GetString()));
        Assert.Contains("\"add\"", requests[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_dry_run_of_start_names_the_post_and_its_body()
    {
        var run = await RunOkAsync("start", "Planned", "--dry-run");
        Assert.Contains("POST", run.Out);
        Assert.Contains("time_entries", run.Out);
        Assert.Contains("Planned", run.Out);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task With_a_fresh_cache_a_dry_run_of_list_needs_no_request_at_all()
    {
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var run = await RunOkAsync("list", "--dry-run", "--output", "json");
        Assert.Equal(0, run.Json.GetProperty("count").GetInt32());
        Assert.Empty(Requests);
    }
}
