using System.Globalization;
using Toggl.Cli.Time;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// --dry-run prints the plans of the operations a command would run (the façade's <c>Plan</c>: what the cache
/// answers, the requests, the commits, the follow-ups) with the number of requests, and sends nothing.
/// </summary>
public sealed class DryRunTests : CliTest
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Dry_runs_of_writes_send_nothing_and_change_nothing()
    {
        var entry = AddEntry(hoursAgo: 2, minutes: 20, "Untouched");
        var id = entry.Id.ToString(CultureInfo.InvariantCulture);
        string[][] commands =
        [
            ["start", "Not started", "--dry-run"],
            ["stop", "--dry-run"],
            ["continue", "--dry-run"],
            ["edit", id, "--description", "Changed", "--dry-run"],
            ["delete", id, "--dry-run"],
            ["bulk-edit", id, "--add-tags", "x", "--dry-run"],
            ["sync", "--dry-run"],
            ["list", "--today", "--dry-run"],
            ["report", "--week", "--dry-run"],
            ["current", "--dry-run"],
            ["show", id, "--dry-run"],
            ["quota", "--dry-run"],
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
    public async Task For_each_command_the_dry_run_lists_exactly_the_requests_the_real_run_then_sends()
    {
        var earlier = AddEntry(hoursAgo: 30, minutes: 20, "Earlier");
        var id = earlier.Id.ToString(CultureInfo.InvariantCulture);
        var today = TimeInput.LocalDate(Sandbox.Now, Zone);
        string[][] commands =
        [
            ["list", "--today"], // never synced: the core loads Toggl's window first
            ["current"], // freshly synced: the cache answers, no request
            ["start", "Planned"],
            ["stop"], // the running entry comes from the cache
            ["edit", id, "--description", "Changed"],
            ["bulk-edit", "--from", Iso(today.AddDays(-3)), "--to", Iso(today), "--add-tags", "x"], // the ids come from the cache
            ["sync"],
            ["delete", id],
        ];
        foreach (var command in commands)
        {
            Sandbox.ClearRequestLog();
            var dry = await RunOkAsync([.. command, "--dry-run", "--output", "json"]);
            Assert.Empty(Requests);
            var planned = dry.Json.GetProperty("requests").EnumerateArray()
                .Select(r => $"{r.GetProperty("method").GetString()} /api/v9/{r.GetProperty("path").GetString()}")
                .ToList();
            Assert.Equal(planned.Count, dry.Json.GetProperty("count").GetInt32());

            await RunOkAsync(command);
            Assert.Equal(planned, Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ToList());
        }
    }

    [Fact]
    public async Task A_dry_run_prints_what_the_cache_answers_and_the_follow_ups_not_only_the_requests()
    {
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var current = await RunOkAsync("current", "--dry-run");
        Assert.Contains("cache: synced, cursor", current.Out);
        Assert.Contains("the cache answers", current.Out);
        Assert.Contains("dry run: 0 requests would be sent; nothing was sent.", current.Out);

        var start = await RunOkAsync("start", "Planned", "--dry-run", "--output", "json");
        var steps = start.Json.GetProperty("steps").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("kind").GetString() == "cache_read");
        var post = Assert.Single(steps, s => s.GetProperty("kind").GetString() == "request");
        Assert.Equal("POST", post.GetProperty("request").GetProperty("method").GetString());
        Assert.Contains(steps, s => s.GetProperty("kind").GetString() == "follow_up" && s.GetProperty("text").GetString()!.Contains("unanswered", StringComparison.Ordinal));
        Assert.Empty(Requests); // the dry runs sent nothing
    }

    [Fact]
    public async Task A_dry_run_that_needs_an_answer_only_Toggl_has_prints_the_plan_so_far_and_says_what_it_waits_for()
    {
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-30), null, "Running");
        var run = await RunOkAsync("stop", "--dry-run");
        Assert.Contains("GET me/time_entries?start_date=", run.Out);
        Assert.Contains("dry run: 1 request would be sent, then what follows depends on Toggl's answer (the running entry); nothing was sent.", run.Out);

        var json = await RunOkAsync("stop", "--dry-run", "--output", "json");
        Assert.Equal("the running entry", json.Json.GetProperty("waits_for").GetString());
        Assert.Empty(Requests);
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
        Assert.Equal(2, run.Json.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "request"));
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
