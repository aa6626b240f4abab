using System.Net.Http.Json;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>
/// The outbox through the façade, against the sandbox with its network and quota switched: writes that cannot be
/// sent are queued (local ids, the cache showing them), sent later exactly once, conflicts reported and resolved.
/// </summary>
public sealed class OutboxTests
{
    private static TogglClient OutboxClient(Harness h, SqliteCache cache) =>
        h.Client(cache, options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, Logger = h.Logger, Outbox = true });

    [Fact]
    public async Task The_outbox_option_without_a_SQLite_cache_is_refused_naming_it()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var json = new JsonCache(folder.Path);
        var options = new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, Outbox = true };

        var withJson = Assert.Throws<ArgumentException>(() => h.Client(json, options: options));
        var withNone = Assert.Throws<ArgumentException>(() => h.Client(options: options));

        Assert.Contains("Outbox", withJson.Message);
        Assert.Contains("SqliteCache", withNone.Message);
        using var plain = h.Client(json);
        Assert.False(plain.Outbox.IsEnabled);
        await Assert.ThrowsAsync<InvalidOperationException>(() => plain.Outbox.CountAsync());
    }

    [Fact]
    public async Task Offline_writes_are_queued_shown_by_the_cache_and_sent_once_when_the_network_is_back()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"));
        using var toggl = OutboxClient(h, cache);
        await toggl.SyncAsync();
        var notices = new List<OutboxQueuedEventArgs>();
        toggl.Outbox.Queued += (_, e) => notices.Add(e);
        h.Sandbox.TurnNetworkOff();

        var started = await toggl.Trackers.AddAsync(new TrackerBody { Description = "On the train", Start = h.Sandbox.Now.AddMinutes(-30) });
        Assert.True(started.IsQueued);
        Assert.True(started.IsLocal);
        Assert.Equal(started.Id, (await toggl.Trackers.CurrentAsync(refresh: false))?.Id);
        var renamed = await toggl.Trackers.EditAsync(started.Id, new TrackerBody { Description = "On the train to Lyon" });
        Assert.True(renamed.IsQueued);
        var stopped = await toggl.Trackers.StopAsync(started.Id);
        Assert.True(stopped is { IsQueued: true, IsRunning: false });
        Assert.Null(await toggl.Trackers.CurrentAsync(refresh: false));
        var local = await toggl.Trackers.GetAsync(started.Id);
        Assert.Equal(("On the train to Lyon", true), (local?.Description, local?.IsQueued));

        Assert.Equal(3, await toggl.Outbox.CountAsync());
        Assert.Equal(3, notices.Count);
        // A create that went unanswered may have reached Toggl: the core says "unknown" (settled by the replay's listing).
        Assert.True(notices[0].Reason is TogglTransportException or TogglOutcomeUnknownException, notices[0].Reason?.GetType().Name);
        Assert.Equal(3, notices[^1].Pending);
        var items = await toggl.Outbox.ListAsync();
        Assert.Equal([OutboxOperation.Create, OutboxOperation.Edit, OutboxOperation.Stop], items.Select(i => i.Operation));
        Assert.All(items, i => Assert.Equal(started.Id, i.TrackerId));
        var plan = await toggl.Outbox.PlanAsync();
        Assert.Equal((3, 1), (plan.Queued.Count, plan.CompactedRequests));
        Assert.Empty(h.Sandbox.TimeEntries);

        h.Sandbox.TurnNetworkOn();
        h.Sandbox.ClearRequestLog();
        var results = new List<OutboxResult>();
        await foreach (var result in toggl.Outbox.SendAsync())
            results.Add(result);

        var sent = Assert.Single(results, r => r.Kind == OutboxResultKind.Sent);
        // The edit and the stop went with the create: the result says into which item.
        var folded = Assert.Single(results, r => r.Kind == OutboxResultKind.Folded);
        Assert.Equal((items[0].Id, "folded #" + items[1].Id + " #" + items[2].Id + " into #" + items[0].Id), (folded.FoldedInto, folded.ToString()));
        var entry = Assert.Single(h.Sandbox.TimeEntries);
        Assert.Equal(("On the train to Lyon", false), (entry.Description, entry.Stop is null));
        Assert.Equal(entry.Id, sent.Tracker?.Id);
        Assert.Equal(entry.Id, await toggl.Outbox.RealIdAsync(started.Id));
        Assert.Equal(entry.Id, (await toggl.Trackers.GetAsync(started.Id))?.Id);
        Assert.Equal(0, await toggl.Outbox.CountAsync());
        Assert.Single(h.Sandbox.RequestLog, r => r.Method == "POST");
        Assert.DoesNotContain(h.Sandbox.RequestLog, r => r.Method is "PUT" or "PATCH");
        var cached = await cache.LoadAsync();
        Assert.Equal([entry.Id], cached.Select(t => t.Id));
    }

    [Fact]
    public async Task A_write_refused_by_the_spent_quota_is_queued_with_the_reset_time_and_sent_after_it()
    {
        // One clock for Toggl and the client: the client's quota gate waits for the reset on it.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        await using var h = await Harness.StartAsync(new SandboxOptions { TimeProvider = clock });
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"), timeProvider: clock);
        using var toggl = h.Client(cache, options: new TogglClientOptions { BaseAddress = h.Sandbox.BaseAddress, Logger = h.Logger, TimeProvider = clock, Outbox = true });
        await toggl.SyncAsync();
        OutboxQueuedEventArgs? notice = null;
        toggl.Outbox.Queued += (_, e) => notice = e;
        h.Sandbox.ExhaustQuota();

        var added = await toggl.Trackers.AddAsync(new TrackerBody { Description = "Spent", Start = h.Sandbox.Now.AddHours(-1), Stop = h.Sandbox.Now });

        Assert.True(added.IsQueued);
        Assert.NotNull(notice);
        Assert.IsType<TogglQuotaException>(notice.Reason);
        Assert.NotNull(notice.ResetsAt);
        Assert.InRange(notice.ResetsAt.Value - h.Sandbox.Now, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));

        var early = new List<OutboxResult>();
        await foreach (var result in toggl.Outbox.SendAsync())
            early.Add(result);
        Assert.Contains(early, r => r.Kind == OutboxResultKind.StillQueued);
        Assert.Empty(h.Sandbox.TimeEntries);

        clock.Advance(h.Sandbox.QuotaResetsIn);
        var sync = await toggl.SyncAsync();
        Assert.Contains(sync.Outbox, r => r.Kind == OutboxResultKind.Sent);
        Assert.Equal("Spent", Assert.Single(h.Sandbox.TimeEntries).Description);
    }

    [Fact]
    public async Task An_edit_on_another_device_while_offline_is_a_conflict_resolved_keeping_theirs()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"));
        using var toggl = OutboxClient(h, cache);
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "Review");
        await toggl.SyncAsync();

        h.Sandbox.TurnNetworkOff();
        await toggl.Trackers.EditAsync(entry.Id, new TrackerBody { Description = "Review (laptop)" });
        h.Sandbox.TurnNetworkOn();
        h.Sandbox.AdvanceClock(TimeSpan.FromMinutes(1));
        using (var phone = h.Sandbox.CreateClient())
        {
            using var answer = await phone.PutAsJsonAsync($"workspaces/{h.Sandbox.WorkspaceId}/time_entries/{entry.Id}", new { description = "Review (phone)" });
            answer.EnsureSuccessStatusCode();
        }

        var results = new List<OutboxResult>();
        await foreach (var result in toggl.Outbox.SendAsync())
            results.Add(result);

        var conflicted = Assert.Single(results, r => r.Kind == OutboxResultKind.Conflicted);
        Assert.Equal("Review (phone)", h.Sandbox.GetTimeEntry(entry.Id)!.Description);
        var conflict = Assert.Single(await toggl.Outbox.ConflictsAsync());
        Assert.Equal((conflicted.ItemIds[0], OutboxItemState.Conflict), (conflict.Item.Id, conflict.Item.State));
        Assert.Equal([TrackerField.Description], conflict.Conflicting);
        Assert.Equal(("Review (laptop)", "Review (phone)"), (conflict.Mine.Description, conflict.Theirs.Description));

        await toggl.Outbox.ResolveAsync(conflict.Item.Id, OutboxResolution.KeepTheirs);

        Assert.Equal(0, await toggl.Outbox.CountAsync());
        Assert.Equal("Review (phone)", (await toggl.Trackers.GetAsync(entry.Id))?.Description);
        Assert.Equal("Review (phone)", h.Sandbox.GetTimeEntry(entry.Id)!.Description);
    }

    [Fact]
    public async Task A_conflict_resolved_keeping_mine_or_merging_sends_the_chosen_fields()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"));
        using var toggl = OutboxClient(h, cache);
        var mine = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-4), h.Sandbox.Now.AddHours(-3), "Mine wins");
        var merged = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "Merge");
        await toggl.SyncAsync();

        h.Sandbox.TurnNetworkOff();
        await toggl.Trackers.EditAsync(mine.Id, new TrackerBody { Description = "Mine wins (laptop)" });
        await toggl.Trackers.EditAsync(merged.Id, new TrackerBody { Description = "Merge (laptop)", Billable = true });
        h.Sandbox.TurnNetworkOn();
        h.Sandbox.AdvanceClock(TimeSpan.FromMinutes(1));
        using (var phone = h.Sandbox.CreateClient())
        {
            (await phone.PutAsJsonAsync($"workspaces/{h.Sandbox.WorkspaceId}/time_entries/{mine.Id}", new { description = "Mine wins (phone)" })).EnsureSuccessStatusCode();
            (await phone.PutAsJsonAsync($"workspaces/{h.Sandbox.WorkspaceId}/time_entries/{merged.Id}", new { description = "Merge (phone)" })).EnsureSuccessStatusCode();
        }

        await foreach (var _ in toggl.Outbox.SendAsync())
        {
        }

        var conflicts = await toggl.Outbox.ConflictsAsync();
        Assert.Equal(2, conflicts.Count);
        var onMine = Assert.Single(conflicts, c => c.Item.TrackerId == mine.Id);
        var onMerged = Assert.Single(conflicts, c => c.Item.TrackerId == merged.Id);
        Assert.Contains(TrackerField.Billable, onMerged.MergedAutomatically);
        await Assert.ThrowsAsync<ArgumentException>(() => toggl.Outbox.ResolveAsync(onMerged.Item.Id, OutboxResolution.Merge(new Dictionary<TrackerField, ConflictSide>())));

        await toggl.Outbox.ResolveAsync(onMine.Item.Id, OutboxResolution.KeepMine);
        await toggl.Outbox.ResolveAsync(onMerged.Item.Id, OutboxResolution.Merge(new Dictionary<TrackerField, ConflictSide> { [TrackerField.Description] = ConflictSide.Theirs }));
        await foreach (var _ in toggl.Outbox.SendAsync())
        {
        }

        Assert.Equal(0, await toggl.Outbox.CountAsync());
        Assert.Equal("Mine wins (laptop)", h.Sandbox.GetTimeEntry(mine.Id)!.Description);
        var both = h.Sandbox.GetTimeEntry(merged.Id)!;
        Assert.Equal(("Merge (phone)", true), (both.Description, both.Billable));
    }

    [Fact]
    public async Task Dropping_a_queued_create_takes_its_entry_out_of_the_cache_and_nothing_is_sent()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"));
        using var toggl = OutboxClient(h, cache);
        await toggl.SyncAsync();
        h.Sandbox.TurnNetworkOff();
        var added = await toggl.Trackers.AddAsync(new TrackerBody { Description = "Never mind", Start = h.Sandbox.Now.AddMinutes(-5) });
        var item = Assert.Single(await toggl.Outbox.ListAsync());

        var dropped = await toggl.Outbox.DropAsync(item.Id);

        Assert.Equal([item.Id], dropped);
        Assert.Null(await toggl.Trackers.CurrentAsync(refresh: false));
        Assert.DoesNotContain(await cache.LoadAsync(), t => t.Id == added.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => toggl.Outbox.DropAsync(item.Id));
        h.Sandbox.TurnNetworkOn();
        await foreach (var _ in toggl.Outbox.SendAsync())
        {
        }

        Assert.Empty(h.Sandbox.TimeEntries);
    }

    [Fact]
    public async Task Stopping_the_enumeration_of_a_send_early_stops_the_replay_and_a_later_send_finishes_it()
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = new SqliteCache(Path.Combine(folder.Path, "cache.sqlite"));
        using var toggl = OutboxClient(h, cache);
        await toggl.SyncAsync();
        h.Sandbox.TurnNetworkOff();
        for (var i = 0; i < 3; i++)
            await toggl.Trackers.AddAsync(new TrackerBody { Description = $"Entry {i}", Start = h.Sandbox.Now.AddHours(i - 5), Stop = h.Sandbox.Now.AddHours(i - 4.5) });
        h.Sandbox.TurnNetworkOn();

        await foreach (var first in toggl.Outbox.SendAsync())
        {
            Assert.Equal(OutboxResultKind.Sent, first.Kind);
            break;
        }

        // However far the replay got before the caller stopped, what is on Toggl and what waits add up, and a later
        // send finishes the rest with no duplicate.
        var sentSoFar = h.Sandbox.TimeEntries.Count;
        Assert.InRange(sentSoFar, 1, 3);
        // A create in flight when the caller stopped stays "sending": it may or may not have reached Toggl (the next
        // send's listing settles it, never sending it twice), so it may be counted on both sides.
        var waiting = await toggl.Outbox.ListAsync();
        var inFlight = waiting.Count(i => i.State == OutboxItemState.Sending);
        Assert.InRange(inFlight, 0, 1);
        Assert.InRange(3 - sentSoFar, waiting.Count - inFlight, waiting.Count);
        await foreach (var _ in toggl.Outbox.SendAsync())
        {
        }

        Assert.Equal(["Entry 0", "Entry 1", "Entry 2"], h.Sandbox.TimeEntries.Select(e => e.Description!).Order());
        Assert.Equal(0, await toggl.Outbox.CountAsync());
    }
}
