using Microsoft.Extensions.Time.Testing;

namespace Toggl.Facade.Tests;

public enum CacheKind
{
    Json,
    Sqlite,
}

/// <summary>A temporary folder deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("toggl-facade-tests-").FullName;

    public static ITogglCache Cache(CacheKind kind, string folder, TimeSpan? expireAfter = null, TimeProvider? clock = null) =>
        kind == CacheKind.Json
            ? new JsonCache(folder, expireAfter, clock)
            : new SqliteCache(System.IO.Path.Combine(folder, "trackers.sqlite"), expireAfter, clock);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a crashed test: the OS's temp cleanup takes it.
        }
    }
}

/// <summary>Both caches, real files in temporary folders, behind a real endpoint on the sandbox.</summary>
public sealed class CacheTests
{
    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task After_a_sync_reads_are_answered_with_no_request(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var done = h.Sandbox.AddTimeEntry(now.AddHours(-5), now.AddHours(-4), "done", tags: ["x"]);
        var running = h.Sandbox.AddTimeEntry(now.AddMinutes(-20), description: "running");
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);

        var sync = await trackers.SyncAsync();
        h.Sandbox.ClearRequestLog();

        Assert.True(sync.Full);
        Assert.Equal(2, sync.Upserted);
        Assert.Equal(running.Id, (await trackers.CurrentAsync(refresh: false))?.Id);
        Assert.Equal([running.Id, done.Id], (await trackers.CollectAsync(startDate: now.AddDays(-1), endDate: now.AddMinutes(1))).Select(t => t.Id));
        Assert.Equal("done", (await trackers.GetAsync(done.Id))?.Description);
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task A_second_sync_reads_only_changes_and_removes_deleted_trackers(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var doomed = h.Sandbox.AddTimeEntry(now.AddHours(-5), now.AddHours(-4), "doomed");
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);
        await trackers.SyncAsync();
        Assert.NotNull(await cache.LastSyncAsync());

        using (var elsewhere = h.Endpoint())
            await elsewhere.DeleteAsync(doomed.Id);
        h.Sandbox.ClearRequestLog();
        var sync = await trackers.SyncAsync();

        Assert.False(sync.Full);
        Assert.Equal(1, sync.Deleted);
        Assert.Contains("since=", Assert.Single(h.Sandbox.RequestLog).Query);
        Assert.Null(await cache.FindAsync(doomed.Id));
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task Writes_reach_the_cache(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);
        var other = h.Sandbox.AddTimeEntry(now.AddHours(-3), now.AddHours(-2), "other");
        await trackers.SyncAsync();

        var added = await trackers.AddAsync(new TrackerBody { Description = "new" });
        Assert.True((await cache.FindAsync(added.Id))?.IsRunning);

        await trackers.StopAsync(added);
        Assert.False((await cache.FindAsync(added.Id))?.IsRunning);

        await trackers.BulkEditAsync([added.Id, other.Id], new TrackerBody { Tags = ["billed"], TagAction = TagAction.Add });
        Assert.Equal(["billed"], (await cache.FindAsync(other.Id))?.Tags);

        await trackers.DeleteAsync(added);
        Assert.Null(await cache.FindAsync(added.Id));
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task QueryAsync_filters_with_TogglQuery(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var project = h.Sandbox.AddProject("P");
        var a = h.Sandbox.AddTimeEntry(now.AddHours(-6), now.AddHours(-5), "alpha", project.Id, ["x"]);
        var b = h.Sandbox.AddTimeEntry(now.AddHours(-4), now.AddHours(-3), "beta", tags: ["y"]);
        var c = h.Sandbox.AddTimeEntry(now.AddMinutes(-10), description: "gamma");
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using (var trackers = h.Endpoint(cache))
            await trackers.SyncAsync();

        Assert.Equal([c.Id], (await cache.QueryAsync([new TogglQuery("stop", null)])).Select(t => t.Id));
        Assert.Equal([a.Id], (await cache.QueryAsync([new TogglQuery(TrackerField.Tags, "x")])).Select(t => t.Id));
        Assert.Equal([a.Id], (await cache.QueryAsync([new TogglQuery("project_id", project.Id)])).Select(t => t.Id));
        Assert.Equal([b.Id, a.Id], (await cache.QueryAsync([new TogglQuery("description", new[] { "alpha", "beta" })])).Select(t => t.Id));
        Assert.Equal(
            [b.Id, a.Id],
            (await cache.QueryAsync([new TogglQuery(TrackerField.Start, now.AddHours(-1), Comparison.LessThan)])).Select(t => t.Id));
        Assert.Equal(
            [a.Id],
            (await cache.QueryAsync(
                [
                    new TogglQuery("start", now.AddHours(-1), Comparison.LessThan),
                    new TogglQuery("ProjectId", project.Id),
                ])).Select(t => t.Id));
        Assert.Equal(3, (await cache.LoadAsync()).Count);
        Assert.Equal(3, (await cache.QueryAsync([])).Count);
        // The core's rule: null on a list field finds the trackers without any.
        Assert.Equal([c.Id], (await cache.QueryAsync([new TogglQuery("tags", null)])).Select(t => t.Id));
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task Expired_trackers_are_invisible(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var now = h.Sandbox.Now;
        var entry = h.Sandbox.AddTimeEntry(now.AddHours(-2), now.AddHours(-1), "short-lived");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path, TimeSpan.FromMinutes(30), clock);
        using (var trackers = h.Endpoint(cache))
            await trackers.SyncAsync();
        Assert.NotNull(await cache.FindAsync(entry.Id));
        Assert.Equal(TimeSpan.FromMinutes(30), cache.ExpireAfter);

        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await cache.FindAsync(entry.Id));
        Assert.Empty(await cache.LoadAsync());
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task The_cache_keeps_trackers_across_instances(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "kept \"123\"");
        using var folder = new TempFolder();
        using (var cache = TempFolder.Cache(kind, folder.Path))
        using (var trackers = h.Endpoint(cache))
            await trackers.SyncAsync();

        using var reopened = TempFolder.Cache(kind, folder.Path);

        Assert.Equal("kept \"123\"", (await reopened.FindAsync(entry.Id))?.Description);
        Assert.NotNull(await reopened.LastSyncAsync());
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task Plan_SyncAsync_asks_for_the_whole_window_first_and_for_changes_after(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        using var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);

        var first = Assert.Single((await trackers.Plan.SyncAsync()).Requests);
        await trackers.SyncAsync();
        var next = Assert.Single((await trackers.Plan.SyncAsync()).Requests);

        Assert.Contains("start_date=", first.Path);
        Assert.Contains("since=", next.Path);
        Assert.Single(h.Sandbox.RequestLog);
    }

    [Fact]
    public void Cache_files_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var folder = new TempFolder();
        using var sqlite = new SqliteCache(Path.Combine(folder.Path, "nested", "db.sqlite"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sqlite.FilePath) & ~UnixFileMode.UserExecute);
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.Combine(folder.Path, "nested")));
    }

    [Fact]
    public void SqliteCache_given_a_folder_uses_cache_sqlite_inside_it()
    {
        using var folder = new TempFolder();

        using var cache = new SqliteCache(folder.Path);

        Assert.Equal(Path.Combine(folder.Path, SqliteCache.DefaultFileName), cache.FilePath);
        Assert.Contains(SqliteCache.DefaultFileName, cache.ToString());
    }

    [Fact]
    public void Cache_constructors_check_their_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new JsonCache(null!));
        Assert.Throws<ArgumentException>(() => new SqliteCache("  "));
        using var folder = new TempFolder();
        Assert.Equal("expireAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonCache(folder.Path, TimeSpan.Zero)).ParamName);
        Assert.Equal("expireAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteCache(folder.Path, TimeSpan.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void A_refused_expiry_creates_no_folder()
    {
        using var folder = new TempFolder();
        var nested = Path.Combine(folder.Path, "not-yet");

        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteCache(Path.Combine(nested, "db.sqlite"), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonCache(nested, TimeSpan.Zero));

        Assert.False(Directory.Exists(nested), "a constructor that refuses its arguments leaves the disk alone");
    }

    [Fact]
    public void Both_caches_share_one_base_that_only_TogglFun_can_derive_from()
    {
        using var folder = new TempFolder();
        using var json = new JsonCache(folder.Path);
        using var sqlite = new SqliteCache(folder.Path);

        Assert.IsAssignableFrom<TogglCache>(json);
        Assert.IsAssignableFrom<TogglCache>(sqlite);
        Assert.Equal($"JsonCache({json.FilePath})", json.ToString());
        Assert.Equal($"SqliteCache({sqlite.FilePath})", sqlite.ToString());
        // private protected: no constructor a type in another assembly could call.
        var constructors = typeof(TogglCache).GetConstructors(
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        Assert.All(constructors, c => Assert.True(c.IsFamilyAndAssembly || c.IsAssembly || c.IsPrivate, c.ToString()));
    }

    [Fact]
    public async Task QueryAsync_refuses_a_null_query()
    {
        using var folder = new TempFolder();
        using var cache = new JsonCache(folder.Path);

        await Assert.ThrowsAsync<ArgumentNullException>(() => cache.QueryAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => cache.QueryAsync([null!]));
    }
    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task A_disposed_cache_throws_ObjectDisposedException(CacheKind kind)
    {
        using var folder = new TempFolder();
        var cache = TempFolder.Cache(kind, folder.Path);
        Assert.Empty(await cache.LoadAsync());
        cache.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => cache.LoadAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => cache.FindAsync(1));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => cache.QueryAsync([]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => cache.LastSyncAsync());
        cache.Dispose();
    }

    [Theory]
    [InlineData(CacheKind.Json)]
    [InlineData(CacheKind.Sqlite)]
    public async Task An_endpoint_over_a_disposed_cache_throws_ObjectDisposedException(CacheKind kind)
    {
        await using var h = await Harness.StartAsync();
        using var folder = new TempFolder();
        var cache = TempFolder.Cache(kind, folder.Path);
        using var trackers = h.Endpoint(cache);
        cache.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => trackers.SyncAsync());
    }
}
