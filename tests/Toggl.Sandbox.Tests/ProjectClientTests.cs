namespace Toggl.Sandbox.Tests;

/// <summary>Projects and clients (docs/toggl-api.md §8.4, §8.6).</summary>
public sealed class ProjectClientTests
{
    [Fact]
    public async Task projects_create_then_get_and_list_return_it()
    {
        await using var h = await Harness.Start();
        var created = await h.Post($"workspaces/{h.Wid}/projects", """{"name":"Apollo","billable":true,"active":true}""");
        Assert.Equal(200, created.Status);
        var id = created.Json.GetProperty("id").GetInt64();
        var one = await h.Get($"workspaces/{h.Wid}/projects/{id}");
        Assert.Equal("Apollo", one.Json.GetProperty("name").GetString());
        Assert.True(one.Json.GetProperty("billable").GetBoolean());
        var list = await h.Get($"workspaces/{h.Wid}/projects");
        Assert.Equal(id, list.Json[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task projects_actual_seconds_sum_tracked_time()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Tracked");
        h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 15, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 15, 10, 30, 0, TimeSpan.Zero), projectId: p.Id);
        h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 15, 11, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 15, 12, 0, 0, TimeSpan.Zero), projectId: p.Id);
        var one = (await h.Get($"workspaces/{h.Wid}/projects/{p.Id}")).Json;
        Assert.Equal(9000, one.GetProperty("actual_seconds").GetInt64());
        Assert.Equal(2, one.GetProperty("actual_hours").GetInt64());
    }

    [Fact]
    public async Task projects_duplicate_name_returns_400()
    {
        await using var h = await Harness.Start();
        h.Sandbox.AddProject("Apollo");
        Assert.Equal(400, (await h.Post($"workspaces/{h.Wid}/projects", """{"name":"apollo"}""")).Status);
    }

    [Fact]
    public async Task projects_bad_color_returns_400_with_toggl_text()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/projects", """{"name":"Colour","color":"red"}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"color must be a hex value in the form of #[0-9a-f]{6}\"", reply.Body);
    }

    [Fact]
    public async Task projects_unknown_client_returns_400_naming_client_and_workspace()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/projects", """{"name":"Orphan","client_id":5}""");
        Assert.Equal($"\"Client with the ID 5 isn't present in workspace {h.Wid}\"", reply.Body);
    }

    [Fact]
    public async Task projects_update_archives_and_list_filters_active()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Old");
        h.Sandbox.AddProject("Current");
        var reply = await h.Put($"workspaces/{h.Wid}/projects/{p.Id}", """{"active":false}""");
        Assert.Equal("archived", reply.Json.GetProperty("status").GetString());
        var active = (await h.Get($"workspaces/{h.Wid}/projects?active=true")).Json;
        Assert.Equal(new[] { "Current" }, active.EnumerateArray().Select(x => x.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task projects_delete_unassigns_entries_by_default()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Doomed");
        var e = h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 15, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 15, 10, 0, 0, TimeSpan.Zero), projectId: p.Id);
        Assert.Equal(200, (await h.Delete($"workspaces/{h.Wid}/projects/{p.Id}")).Status);
        Assert.Null(h.Sandbox.GetTimeEntry(e.Id)!.ProjectId);
        Assert.Equal(404, (await h.Get($"workspaces/{h.Wid}/projects/{p.Id}")).Status);
    }

    [Fact]
    public async Task projects_delete_with_te_deletion_mode_delete_deletes_entries()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Doomed");
        var e = h.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 15, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 15, 10, 0, 0, TimeSpan.Zero), projectId: p.Id);
        await h.Delete($"workspaces/{h.Wid}/projects/{p.Id}?teDeletionMode=delete");
        Assert.NotNull(h.Sandbox.GetTimeEntry(e.Id)!.ServerDeletedAt);
    }

    [Fact]
    public async Task clients_create_update_get_and_delete()
    {
        await using var h = await Harness.Start();
        var created = await h.Post($"workspaces/{h.Wid}/clients", """{"name":"Acme","notes":"n","wid":2230580}""");
        var id = created.Json.GetProperty("id").GetInt64();
        var updated = await h.Put($"workspaces/{h.Wid}/clients/{id}", """{"name":"Acme Corp"}""");
        Assert.Equal("Acme Corp", updated.Json.GetProperty("name").GetString());
        Assert.Equal("n", updated.Json.GetProperty("notes").GetString());
        Assert.Equal("Acme Corp", (await h.Get($"workspaces/{h.Wid}/clients/{id}")).Json.GetProperty("name").GetString());
        Assert.Equal(200, (await h.Delete($"workspaces/{h.Wid}/clients/{id}")).Status);
        var gone = await h.Get($"workspaces/{h.Wid}/clients/{id}");
        Assert.Equal(404, gone.Status);
        Assert.Equal($"\"No client with ID {id} was found\"", gone.Body);
    }

    [Fact]
    public async Task clients_blank_name_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/clients", """{"name":" "}""");
        Assert.Equal("\"Client name cannot be empty\"", reply.Body);
    }

    [Fact]
    public async Task clients_too_long_name_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/clients", $$"""{"name":"{{new string('x', 101)}}"}""");
        Assert.Equal("\"Client name maximum length is 100\"", reply.Body);
    }

    [Fact]
    public async Task clients_list_filters_status_and_name_and_refuses_bad_status()
    {
        await using var h = await Harness.Start();
        var archived = h.Sandbox.AddClient("Old Corp");
        h.Sandbox.AddClient("New Corp");
        await h.Post($"workspaces/{h.Wid}/clients/{archived.Id}/archive");
        var active = (await h.Get($"workspaces/{h.Wid}/clients?status=active")).Json;
        Assert.Equal(new[] { "New Corp" }, active.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var named = (await h.Get($"workspaces/{h.Wid}/clients?name=old")).Json;
        Assert.Equal(new[] { "Old Corp" }, named.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var bad = await h.Get($"workspaces/{h.Wid}/clients?status=sleeping");
        Assert.Equal("\"Client status is invalid\"", bad.Body);
    }
}
