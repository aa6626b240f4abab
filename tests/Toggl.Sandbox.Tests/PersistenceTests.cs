namespace Toggl.Sandbox.Tests;

/// <summary><c>--data FILE</c>: SQLite persistence across restarts, owner-only file mode.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("sandbox-data-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task data_file_keeps_entries_tags_projects_and_identity_across_restarts()
    {
        var file = Path.Combine(dir, "toggl.db");
        string token;
        long entryId;
        long projectId;
        await using (var first = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
            token = first.Sandbox.ApiToken;
            projectId = first.Sandbox.AddProject("Kept", null, "#123456").Id;
            entryId = await first.Create($$"""{"start":"2024-12-16T01:00:00Z","duration":-1,"tags":["kept"],"project_id":{{projectId}}}""");
            var deleted = await first.Create("""{"start":"2024-12-15T01:00:00Z","duration":60}""");
            await first.Delete($"workspaces/{first.Wid}/time_entries/{deleted}");
        }

        await using var second = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file });
        Assert.Equal(token, second.Sandbox.ApiToken);
        var current = (await second.Get("me/time_entries/current")).Json;
        Assert.Equal(entryId, current.GetProperty("id").GetInt64());
        Assert.Equal("[\"kept\"]", current.GetProperty("tags").GetRawText());
        Assert.Equal(projectId, current.GetProperty("project_id").GetInt64());
        Assert.Equal(2, second.Sandbox.TimeEntries.Count);
        Assert.Single(second.Sandbox.TimeEntries, e => e.IsDeleted);
        var next = await second.Create("""{"start":"2024-12-16T02:00:00Z","duration":60}""");
        Assert.True(next > entryId);
    }

    [Fact]
    public async Task data_file_is_readable_by_its_owner_only()
    {
        var file = Path.Combine(dir, "private.db");
        await using (var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
            await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":60}""");
        }

        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Unix file modes are checked on Unix only.");
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task api_token_option_overrides_the_stored_token()
    {
        var file = Path.Combine(dir, "token.db");
        await using (await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
        }

        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file, ApiToken = "feedfacefeedfacefeedfacefeedface" });
        Assert.Equal("feedfacefeedfacefeedfacefeedface", h.Sandbox.ApiToken);
        Assert.Equal(200, (await h.Get("me")).Status);
    }
}
