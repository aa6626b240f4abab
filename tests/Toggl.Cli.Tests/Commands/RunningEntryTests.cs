using System.Globalization;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// What runs, as the cache tells it: after starts from several processes, after a stop applied and answered
/// 500, after a delete whose answer was lost; and a start whose outcome is unknown.
/// </summary>
public sealed class RunningEntryTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<int> RunningInListAsync()
    {
        var listed = (await RunOkAsync("list", "--today", "--output", "json")).Json.EnumerateArray();
        return listed.Count(e => e.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task Starts_from_two_processes_sharing_the_home_leave_one_running_in_list_and_current()
    {
        await RunOkAsync("start", "First", "--at", "30m ago");
        // Another process on the same home: its own endpoint and cache object on the tool's cache file.
        var cachePath = TogglPaths.Resolve(null, name => Environment.GetValueOrDefault(name))
            .TrackerCache(Sandbox.WorkspaceId);
        using (var cache = new SqliteCache(cachePath))
        using (var other = new TrackerEndpoint(
            Sandbox.WorkspaceId, BasicAuth.FromApiToken(Sandbox.ApiToken), cache,
            options: new TogglClientOptions { BaseAddress = Sandbox.BaseAddress }))
        {
            await other.AddAsync(new TrackerBody { Description = "Elsewhere" });
        }

        await RunOkAsync("start", "Third");

        Assert.Equal(1, await RunningInListAsync());
        var current = (await RunOkAsync("current", "--output", "json")).Json;
        Assert.Equal("Third", current.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Stop_applied_then_answered_500_says_it_stopped_and_exits_0()
    {
        await RunOkAsync("start", "Working");
        Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "PATCH");

        var run = await RunOkAsync("stop");

        Assert.Contains("Stopped Working", run.Out + run.Error);
        Assert.Null(Sandbox.RunningTimeEntry);
        Assert.Equal(0, await RunningInListAsync());
    }

    [Fact]
    public async Task Delete_whose_answer_was_lost_is_done_and_current_does_not_show_it()
    {
        await RunOkAsync("start", "Doomed");
        var id = Sandbox.RunningTimeEntry!.Id;
        var drop = Sandbox.Faults.Always(Fault.AbortConnection(afterApplying: true), "DELETE");

        await RunOkAsync("delete", Id(id));
        Sandbox.Faults.Remove(drop);

        var current = await RunOkAsync("current", "--output", "json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, current.Json.ValueKind);
    }

    [Fact]
    public async Task Delete_of_unknown_outcome_fails_and_current_does_not_show_it_running()
    {
        await RunOkAsync("start", "Doomed");
        var id = Sandbox.RunningTimeEntry!.Id;
        var drop = Sandbox.Faults.Always(Fault.AbortConnection(afterApplying: true), "DELETE");
        var gets = Sandbox.Faults.Always(Fault.InternalServerError, "GET");

        // Online-only: with the outbox on (the default), an unknown outcome is queued instead (OutboxCommandTests).
        var run = await RunAsync("delete", Id(id), "--online-only");
        Sandbox.Faults.Remove(drop);
        Sandbox.Faults.Remove(gets);

        Assert.NotEqual(ExitCodes.Ok, run.ExitCode);
        Sandbox.ClearRequestLog();
        var current = await RunOkAsync("current", "--output", "json");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, current.Json.ValueKind);
        // The cache is no longer trusted: the read loads Toggl's whole window again, however recent the last sync.
        var reload = Assert.Single(Requests);
        Assert.Contains("start_date=", reload.Query);
        Sandbox.ClearRequestLog();
        await RunOkAsync("current");
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Start_of_unknown_outcome_exits_8_and_says_how_to_check()
    {
        await RunOkAsync("sync");
        Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");
        // The listing that looks for it fails at once (402 is never retried).
        Sandbox.Faults.Next(1, Fault.QuotaExhausted, "GET");

        // Online-only: with the outbox on (the default), the start is queued as "unknown" instead (OutboxCommandTests).
        var run = await RunAsync("start", "Maybe", "--online-only");

        Assert.Equal(ExitCodes.OutcomeUnknown, run.ExitCode);
        Assert.Contains("may have created it", run.Error);
        Assert.Contains("toggl sync", run.Error);
    }
}
