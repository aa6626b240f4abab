using Toggl.Sandbox;
using Xunit.Abstractions;

namespace Toggl.Facade.Tests;

/// <summary>
/// Issue 11's scripted "set up a week", as a C# program writes it with the client root: a client, two projects with
/// tasks, three tags, a week of entries against them, a project renamed, the client archived, everything listed —
/// counting the sandbox's requests with a cache and without.
/// </summary>
public sealed class SetUpAWeekTests(ITestOutputHelper output)
{
    private sealed record Counts(int Sync, int Writes, int Lists, IReadOnlyList<string> SyncRequests)
    {
        public int Total => Sync + Writes + Lists;
    }

    [Theory]
    [InlineData(CacheKind.Sqlite)]
    [InlineData(CacheKind.Json)]
    public async Task Setting_up_a_week_costs_its_writes_and_with_a_synced_cache_the_listing_costs_nothing(CacheKind kind)
    {
        Counts withCache, withoutCache;
        await using (var h = await Harness.StartAsync())
        {
            using var folder = new TempFolder();
            using var cache = TempFolder.Cache(kind, folder.Path);
            using var toggl = h.Client(cache);
            withCache = await SetUpAWeekAsync(h, toggl, sync: true);
        }
        await using (var h = await Harness.StartAsync())
        {
            using var toggl = h.Client();
            withoutCache = await SetUpAWeekAsync(h, toggl, sync: false);
        }

        output.WriteLine($"set up a week, with a {kind} cache: {withCache.Total} requests (sync {withCache.Sync}, writes {withCache.Writes}, lists {withCache.Lists})");
        output.WriteLine($"  the cold sync: {string.Join("; ", withCache.SyncRequests)}");
        output.WriteLine($"set up a week, without a cache:   {withoutCache.Total} requests (writes {withoutCache.Writes}, lists {withoutCache.Lists})");
        output.WriteLine($"theoretical minimum: {Writes} requests (one per write; lists answered locally)");

        Assert.Equal(0, withCache.Lists);
        Assert.Equal(Lists, withoutCache.Lists);
        Assert.Equal(Writes, withoutCache.Writes);
        Assert.Equal(Writes, withCache.Writes);
    }

    /// <summary>1 client, 2 projects, 4 tasks, 3 tags, 10 entries, 1 rename, 1 archive.</summary>
    private const int Writes = 1 + 2 + 4 + 3 + 10 + 1 + 1;

    /// <summary>Projects, tasks, tags, clients, trackers, workspaces, the user.</summary>
    private const int Lists = 7;

    private static async Task<Counts> SetUpAWeekAsync(Harness h, TogglClient toggl, bool sync)
    {
        if (sync)
            await toggl.SyncAsync();
        var synced = h.Sandbox.RequestLog.Count;

        var acme = await toggl.Clients.CreateAsync(new ClientBody { Name = "Acme" });
        var website = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Website", ClientId = acme.Id, Color = ProjectColor.Teal });
        var backend = await toggl.Projects.CreateAsync(new ProjectBody { Name = "Backend", ClientId = acme.Id, Color = ProjectColor.DarkBlue });
        var design = await toggl.Tasks.CreateAsync(website.Id, new TaskBody { Name = "Design" });
        var build = await toggl.Tasks.CreateAsync(website.Id, new TaskBody { Name = "Build" });
        var api = await toggl.Tasks.CreateAsync(backend.Id, new TaskBody { Name = "API" });
        var tests = await toggl.Tasks.CreateAsync(backend.Id, new TaskBody { Name = "Tests", Estimate = TimeSpan.FromHours(8) });
        var billed = await toggl.Tags.CreateAsync("billed");
        var meeting = await toggl.Tags.CreateAsync("meeting");
        var deep = await toggl.Tags.CreateAsync("deep work");

        var monday = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime).AddDays(-7);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(-1);
        for (var day = 0; day < 5; day++)
        {
            var date = new DateTimeOffset(monday.AddDays(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            await toggl.Trackers.AddAsync(new TrackerBody
            {
                Description = "Front end",
                ProjectId = website.Id,
                TaskId = day < 2 ? design.Id : build.Id,
                Start = date,
                Stop = date.AddHours(3),
                TagIds = [billed.Id, deep.Id],
            });
            await toggl.Trackers.AddAsync(new TrackerBody
            {
                Description = "Service",
                ProjectId = backend.Id,
                TaskId = day % 2 == 0 ? api.Id : tests.Id,
                Start = date.AddHours(4),
                Stop = date.AddHours(8),
                TagIds = day == 4 ? [meeting.Id] : [billed.Id],
            });
        }
        await toggl.Projects.UpdateAsync(website.Id, new ProjectBody { Name = "Web site" });
        var archived = await toggl.Clients.ArchiveAsync(acme.Id);
        var written = h.Sandbox.RequestLog.Count;

        var projects = await toggl.Projects.ListAsync();
        var tasks = await toggl.Tasks.ListAsync();
        var tags = await toggl.Tags.ListAsync();
        var clients = await toggl.Clients.ListAsync();
        var entries = await toggl.Trackers.CollectAsync(monday, monday.AddDays(5));
        var workspaces = await toggl.Workspaces.ListAsync();
        var me = await toggl.Me.GetAsync();
        var listed = h.Sandbox.RequestLog.Count;

        Assert.Equal(new[] { website.Id, backend.Id }.Order(), archived.Order());
        Assert.Equal(["Backend", "Web site"], projects.Where(p => p.ClientId == acme.Id).Select(p => p.Name).Order());
        Assert.All(projects.Where(p => p.ClientId == acme.Id), p => Assert.False(p.Active));
        Assert.Equal(["API", "Build", "Design", "Tests"], tasks.Select(t => t.Name).Order());
        Assert.Equal(["billed", "deep work", "meeting"], tags.Select(t => t.Name).Order());
        Assert.True(Assert.Single(clients, c => c.Id == acme.Id).Archived);
        Assert.Equal(10, entries.Count);
        Assert.Equal(TimeSpan.FromHours(35), entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Duration!.Value));
        Assert.Contains(workspaces, w => w.Id == h.Sandbox.WorkspaceId);
        Assert.Equal(h.Sandbox.Email, me.Email);
        return new Counts(synced, written - synced, listed - written, h.Sandbox.RequestLog.Take(synced).Select(r => r.ToString()).ToArray());
    }
}
