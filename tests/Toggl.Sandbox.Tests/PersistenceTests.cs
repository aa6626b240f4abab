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

    [Fact]
    public async Task data_file_keeps_organizations_workspaces_with_settings_tasks_and_put_me_across_restarts()
    {
        var file = Path.Combine(dir, "organizations.db");
        string[] paths;
        string[] before;
        await using (var first = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
            var org = first.Sandbox.OrganizationId;
            Assert.Equal(200, (await first.Put($"organizations/{org}", """{"name":"Renamed"}""")).Status);
            var created = (await first.Post("organizations", """{"name":"Acme","workspace_name":"Acme HQ"}""")).Json;
            var acme = created.GetProperty("id").GetInt64();
            var wid = created.GetProperty("workspace_id").GetInt64();
            Assert.Equal(200, (await first.Put($"workspaces/{wid}", """{"name":"Acme Ops","default_hourly_rate":42.5,"default_currency":"EUR","rounding":-1,"rounding_minutes":15,"reports_collapse":false}""")).Status);
            var pid = (await first.Post($"workspaces/{wid}/projects", """{"name":"Launch"}""")).Json.GetProperty("id").GetInt64();
            var kept = await first.Post($"workspaces/{wid}/projects/{pid}/tasks", """{"name":"Kept","estimated_seconds":3600}""");
            Assert.Equal(200, kept.Status);
            var gone = (await first.Post($"workspaces/{wid}/projects/{pid}/tasks", """{"name":"Gone"}""")).Json.GetProperty("id").GetInt64();
            Assert.Equal(200, (await first.Delete($"workspaces/{wid}/projects/{pid}/tasks/{gone}")).Status);
            Assert.Equal(200, (await first.Put("me", $$"""{"fullname":"Ada Lovelace","email":"ada@example.com","timezone":"Europe/Berlin","beginning_of_week":0,"default_workspace_id":{{wid}}}""")).Status);
            paths =
            [
                "me", "me/organizations", "me/workspaces", $"organizations/{org}", $"organizations/{acme}", $"workspaces/{wid}",
                $"workspaces/{first.Wid}", $"workspaces/{wid}/projects/{pid}", $"workspaces/{wid}/projects/{pid}/tasks",
                $"workspaces/{wid}/projects/{pid}/tasks/{gone}",
            ];
            before = await Bodies(first, paths);
        }

        await using var second = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file });
        Assert.Equal(before, await Bodies(second, paths));
        Assert.Contains("\"Acme Ops\"", before[5]);
        Assert.Contains("\"Kept\"", before[8]);
        Assert.Equal("ada@example.com", second.Sandbox.Email);
        var nextOrg = (await second.Post("organizations", """{"name":"Next","workspace_name":"Next WS"}""")).Json;
        Assert.DoesNotContain(before, b => b.Contains($"\"id\":{nextOrg.GetProperty("id").GetInt64()},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task data_file_remembers_a_left_organization_and_its_workspace_across_restarts()
    {
        var file = Path.Combine(dir, "left.db");
        long org;
        await using (var first = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
            org = first.Sandbox.OrganizationId;
            Assert.Equal(200, (await first.Delete($"organizations/{org}/users/leave")).Status);
        }

        await using var second = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file });
        Assert.Equal("[]", (await second.Get("me/organizations")).Body);
        Assert.Equal(403, (await second.Get($"organizations/{org}")).Status);
        Assert.Equal(404, (await second.Get($"workspaces/{second.Wid}")).Status);
    }

    [Fact]
    public async Task a_data_file_from_before_organizations_were_stored_keeps_the_seeded_organization_and_workspace()
    {
        var file = Path.Combine(dir, "old.db");
        await using (await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
        }

        // What a file written before organizations and workspaces were stored holds: neither, nor the marker.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "DELETE FROM entities WHERE kind IN ('organization', 'workspace'); DELETE FROM identity WHERE key = 'organizations_stored';";
            cmd.ExecuteNonQuery();
        }

        await using (var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file }))
        {
            Assert.Equal(200, (await h.Get($"organizations/{h.Sandbox.OrganizationId}")).Status);
            Assert.Equal(200, (await h.Get($"workspaces/{h.Wid}")).Status);
            Assert.Equal(200, (await h.Delete($"organizations/{h.Sandbox.OrganizationId}/users/leave")).Status);
        }

        // Written on that start, so the leave is remembered.
        await using var again = await Harness.Start(c => new SandboxOptions { TimeProvider = c, DataFile = file });
        Assert.Equal("[]", (await again.Get("me/organizations")).Body);
    }

    private static async Task<string[]> Bodies(Harness h, string[] paths)
    {
        var bodies = new List<string>();
        foreach (var path in paths)
        {
            bodies.Add((await h.Get(path)).ToString());
        }

        return bodies.ToArray();
    }
}
