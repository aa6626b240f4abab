using System.Globalization;
using System.Net.Http.Json;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// The outbox from the command line, against the sandbox with its network switched off and on: writes queued with
/// exit 0 and one line saying so, local ids typed as L1, <c>toggl outbox</c> list/send/drop/resolve, <c>--dry-run</c>
/// plans, <c>toggl sync</c> sending the outbox first, <c>--online-only</c> failing as before.
/// </summary>
public sealed class OutboxCommandTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_offline_start_is_queued_with_exit_0_a_local_id_and_one_line_on_stderr()
    {
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();

        var start = await RunAsync("start", "On the train");

        Assert.True(start.ExitCode == ExitCodes.Ok, start.ToString());
        Assert.Contains("(id L1)", start.Out);
        Assert.StartsWith("queued: 1 change, ", start.Error);
        Assert.Contains("toggl outbox send", start.Error);
        var current = await RunOkAsync("current", "--output", "json");
        Assert.Equal(("On the train", -1), (current.Json.GetProperty("description").GetString(), current.Json.GetProperty("id").GetInt32()));
        var edit = await RunOkAsync("edit", "L1", "--description", "On the train to Lyon");
        Assert.Contains("queued: 2 changes", edit.Error);
        Assert.Contains("waiting behind", edit.Error);
        Assert.Empty(Sandbox.LiveEntries());
    }

    [Fact]
    public async Task Sending_says_which_changes_were_folded_into_which_and_which_cancelled_out()
    {
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();
        await RunOkAsync("start", "Kept", "--at", At(-2));
        await RunOkAsync("stop", "--at", At(-1));
        await RunOkAsync("add", "Dropped", "--start", At(-1), "--stop", At(-0.5));
        await RunOkAsync("delete", "L2");
        Sandbox.TurnNetworkOn();

        var sent = await RunOkAsync("outbox", "send");

        // #1 start and #2 stop (its stop) go as one create; #3 add and #4 delete of the same local entry cancel out.
        Assert.Contains("#2 folded into #1", sent.Out);
        Assert.Contains("#3 #4 (created and deleted while queued)", sent.Out);
        Assert.DoesNotContain("#2 (created and deleted", sent.Out);
        Assert.Equal("Kept", Assert.Single(Sandbox.LiveEntries()).Description);
    }

    [Fact]
    public async Task A_write_that_could_not_connect_is_queued_to_be_sent_when_Toggl_can_be_reached_and_sent_once_later()
    {
        await RunOkAsync("sync");
        var sandbox = Environment["TOGGL_BASE_URL"];
        // A port nothing listens on: the connection is refused, as with no network; nothing reaches Toggl.
        Environment["TOGGL_BASE_URL"] = $"http://127.0.0.1:{ClosedPort()}/api/v9/";

        var add = await RunAsync("add", "No connection", "--start", At(-2), "--stop", At(-1));
        var online = await RunAsync("add", "Online only", "--start", At(-3), "--stop", At(-2.5), "--online-only");

        Assert.True(add.ExitCode == ExitCodes.Ok, add.ToString());
        Assert.Equal("queued: 1 change, sent when Toggl can be reached (toggl outbox send)", add.Error.Trim());
        Assert.Equal(ExitCodes.Error, online.ExitCode);
        Assert.Contains("cannot reach Toggl", online.Error);
        Assert.DoesNotContain(Sandbox.RequestLog, r => r.Method == "POST");
        Environment["TOGGL_BASE_URL"] = sandbox;
        await RunOkAsync("outbox", "send");
        Assert.Equal("No connection", Assert.Single(Sandbox.LiveEntries()).Description);
        Assert.Single(Sandbox.RequestLog, r => r.Method == "POST");
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task A_write_refused_by_the_spent_quota_says_when_it_resets_and_outbox_send_exits_4_until_then()
    {
        await RunOkAsync("sync");
        Sandbox.ExhaustQuota();

        var add = await RunAsync("add", "Spent", "--start", At(-2), "--stop", At(-1));

        Assert.True(add.ExitCode == ExitCodes.Ok, add.ToString());
        Assert.Contains("(id L1)", add.Out);
        var resets = TimeZoneInfo.ConvertTime(Sandbox.Now + Sandbox.QuotaResetsIn, Zone);
        Assert.Contains("queued: 1 change, sent when the quota resets at ", add.Error);
        Assert.Contains(resets.ToString("HH:mm", CultureInfo.InvariantCulture), add.Error);
        var early = await RunAsync("outbox", "send");
        Assert.Equal(ExitCodes.QuotaExhausted, early.ExitCode);
        Assert.Contains("still queued", early.Out);
        Assert.Empty(Sandbox.LiveEntries());

        Sandbox.AdvanceClockToQuotaReset();
        var sent = await RunOkAsync("outbox", "send");

        Assert.Contains("sent #", sent.Out);
        Assert.Equal("Spent", Assert.Single(Sandbox.LiveEntries()).Description);
        var shown = await RunOkAsync("show", "L1", "--output", "json");
        Assert.Equal(Sandbox.LiveEntries()[0].Id, shown.Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Online_only_fails_as_before_and_queues_nothing()
    {
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();

        var start = await RunAsync("start", "Not queued", "--online-only");
        Environment["TOGGL_OUTBOX"] = "off";
        var add = await RunAsync("add", "Not queued either", "--start", "09:00", "--stop", "10:00");
        Environment["TOGGL_OUTBOX"] = "sometimes";
        var bad = await RunAsync("outbox");

        Assert.NotEqual(ExitCodes.Ok, start.ExitCode);
        Assert.NotEqual(ExitCodes.Ok, add.ExitCode);
        Assert.DoesNotContain("queued", start.Error + add.Error);
        Assert.Equal(ExitCodes.BadArguments, bad.ExitCode);
        Assert.Contains("TOGGL_OUTBOX 'sometimes' is not on or off", bad.Error);
        Environment.Remove("TOGGL_OUTBOX");
        Assert.Contains("empty", (await RunOkAsync("outbox")).Out);
    }

    [Fact]
    public async Task Config_outbox_off_turns_the_outbox_off()
    {
        await RunOkAsync("sync");
        // The tool's config.ini under the pretend home (TOGGL_HOME), as `toggl config set` writes it.
        var folder = Path.Combine(Home, ".config", "togglfun");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.ini"), "[options]\noutbox = off\n");
        Sandbox.TurnNetworkOff();

        var start = await RunAsync("start", "Not queued");

        Assert.NotEqual(ExitCodes.Ok, start.ExitCode);
        Assert.DoesNotContain("queued", start.Error);
    }

    [Fact]
    public async Task A_day_offline_is_replayed_by_toggl_sync_and_Toggl_then_holds_what_the_user_did()
    {
        var morning = AddEntry(hoursAgo: 5, minutes: 60, "Morning standup");
        var mistake = AddEntry(hoursAgo: 4, minutes: 30, "Mistake");
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();

        var writes = new[]
        {
            new[] { "start", "Offline design", "--at", At(-3) },
            ["edit", "L1", "--description", "Offline design review"],
            ["stop", "--at", At(-2)],
            ["add", "Offline notes", "--start", At(-2), "--stop", At(-1.5)],
            ["edit", Id(morning.Id), "--description", "Morning standup (long)"],
            ["delete", Id(mistake.Id)],
            ["start", "Offline writing", "--at", At(-1)],
        };
        foreach (var write in writes)
        {
            var run = await RunAsync(write);
            Assert.True(run.ExitCode == ExitCodes.Ok, $"toggl {string.Join(' ', write)}: {run}");
            Assert.StartsWith("queued: ", run.Error);
        }

        // The local view is right while offline: list and current from the cache.
        var list = (await RunOkAsync("list", "--today", "--output", "json")).Json.EnumerateArray()
            .Select(e => e.GetProperty("description").GetString()).ToHashSet();
        Assert.Equal(["Morning standup (long)", "Offline design review", "Offline notes", "Offline writing"], list.Order());
        Assert.Equal("Offline writing", (await RunOkAsync("current", "--output", "json")).Json.GetProperty("description").GetString());
        var queued = (await RunOkAsync("outbox", "--output", "json")).Json.GetArrayLength();
        Assert.True(queued >= writes.Length, $"{queued} items");
        var plan = await RunOkAsync("outbox", "--dry-run");
        Assert.Contains("queued, as written", plan.Out);
        Assert.Contains("compacted", plan.Out);
        Assert.Contains("nothing was sent", plan.Out);
        Assert.DoesNotContain(Sandbox.LiveEntries(), e => e.Description!.StartsWith("Offline", StringComparison.Ordinal));

        Sandbox.TurnNetworkOn();
        var sync = await RunAsync("sync");

        Assert.True(sync.ExitCode == ExitCodes.Ok, sync.ToString());
        Assert.Contains("sent", sync.Out);
        var live = Sandbox.LiveEntries().OrderBy(e => e.Start).ToList();
        Assert.Equal(["Morning standup (long)", "Offline design review", "Offline notes", "Offline writing"], live.Select(e => e.Description));
        Assert.Equal(1, live.Count(e => e.Stop is null));
        Assert.Null(Sandbox.GetTimeEntry(mistake.Id)?.ServerDeletedAt is null ? Sandbox.GetTimeEntry(mistake.Id) : null);
        var design = live.Single(e => e.Description == "Offline design review");
        Assert.Equal(Local(-3), design.Start);
        Assert.Equal(Local(-2), design.Stop);
        Assert.Contains("empty", (await RunOkAsync("outbox")).Out);
        var current = await RunOkAsync("current", "--output", "json");
        Assert.True(current.Json.GetProperty("id").GetInt64() > 0);
    }

    [Fact]
    public async Task An_edit_on_the_phone_while_the_laptop_was_offline_is_a_reported_conflict_resolved_each_way()
    {
        var review = AddEntry(hoursAgo: 3, minutes: 45, "Review");
        var plan = AddEntry(hoursAgo: 2, minutes: 30, "Plan");
        var notes = AddEntry(hoursAgo: 1, minutes: 20, "Notes");
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();
        await RunOkAsync("edit", Id(review.Id), "--description", "Review (laptop)");
        await RunOkAsync("edit", Id(plan.Id), "--description", "Plan (laptop)");
        await RunOkAsync("edit", Id(notes.Id), "--description", "Notes (laptop)", "--billable", "true");
        Sandbox.TurnNetworkOn();
        Sandbox.AdvanceClock(TimeSpan.FromMinutes(1));
        using (var phone = Sandbox.CreateClient())
        {
            foreach (var (id, text) in new[] { (review.Id, "Review (phone)"), (plan.Id, "Plan (phone)"), (notes.Id, "Notes (phone)") })
            {
                (await phone.PutAsJsonAsync($"workspaces/{Sandbox.WorkspaceId}/time_entries/{id}", new { description = text })).EnsureSuccessStatusCode();
            }
        }

        var send = await RunAsync("outbox", "send");

        Assert.Equal(ExitCodes.Error, send.ExitCode);
        Assert.Contains("conflict #", send.Out);
        Assert.Contains("nothing was overwritten", send.Out);
        Assert.Contains("description: mine \"Review (laptop)\", theirs \"Review (phone)\"", send.Out);
        Assert.Contains("--mine | --theirs | --take description=mine", send.Out);
        Assert.Equal(["Notes (phone)", "Plan (phone)", "Review (phone)"], Sandbox.LiveEntries().Select(e => e.Description!).Order());
        var items = (await RunOkAsync("outbox", "--output", "json")).Json.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal("conflict", i.GetProperty("state").GetString()));
        string Item(long entry) => items.Single(i => i.GetProperty("entry_id").GetInt64() == entry).GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        await RunOkAsync("outbox", "resolve", Item(review.Id), "--theirs");
        await RunOkAsync("outbox", "resolve", Item(plan.Id), "--mine");
        await RunOkAsync("outbox", "resolve", "#" + Item(notes.Id), "--take", "description=theirs");
        var bad = await RunAsync("outbox", "resolve", Item(review.Id), "--mine");
        Assert.Equal(ExitCodes.BadArguments, bad.ExitCode);
        await RunOkAsync("outbox", "send");

        Assert.Equal("Review (phone)", Sandbox.GetTimeEntry(review.Id)!.Description);
        Assert.Equal("Plan (laptop)", Sandbox.GetTimeEntry(plan.Id)!.Description);
        var merged = Sandbox.GetTimeEntry(notes.Id)!;
        Assert.Equal(("Notes (phone)", true), (merged.Description, merged.Billable));
        Assert.Contains("empty", (await RunOkAsync("outbox")).Out);
    }

    [Fact]
    public async Task Outbox_drop_undoes_a_queued_change_and_bad_ids_are_typed_errors()
    {
        await RunOkAsync("sync");
        Sandbox.TurnNetworkOff();
        await RunOkAsync("start", "Never mind");
        var item = (await RunOkAsync("outbox", "--output", "json")).Json.EnumerateArray().Single().GetProperty("id").GetInt64();

        var drop = await RunOkAsync("outbox", "drop", Id(item));

        Assert.Contains($"Dropped #{item}", drop.Out);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await RunOkAsync("current", "--output", "json")).Json.ValueKind);
        Assert.Equal(ExitCodes.BadArguments, (await RunAsync("outbox", "drop", Id(item))).ExitCode);
        Assert.Equal(ExitCodes.BadArguments, (await RunAsync("outbox", "drop", "first")).ExitCode);
        Assert.Equal(ExitCodes.BadArguments, (await RunAsync("show", "L")).ExitCode);
        Assert.Equal(ExitCodes.BadArguments, (await RunAsync("outbox", "resolve", "1")).ExitCode);
        Assert.Equal(ExitCodes.BadArguments, (await RunAsync("outbox", "resolve", "1", "--take", "colour=mine")).ExitCode);
    }

    private string At(double hours) => Display(Local(hours));

    private DateTimeOffset Local(double hours)
    {
        var now = Sandbox.Now;
        var whole = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        return whole.AddHours(hours);
    }

    private static string Display(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
