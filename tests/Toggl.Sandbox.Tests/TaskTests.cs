using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>Tasks of a project, on the shared workspace-resource shape with a parent project.</summary>
public sealed class TaskTests
{
    private static readonly string[] TaskKeys =
        ["id", "name", "workspace_id", "project_id", "user_id", "active", "estimated_seconds", "tracked_seconds", "at", "server_deleted_at"];

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task create_get_list_update_delete()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        var path = $"workspaces/{h.Wid}/projects/{p.Id}/tasks";
        var created = await h.Post(path, """{"name":"Design","estimated_seconds":7200}""");
        Assert.Equal(200, created.Status);
        Assert.Equal(TaskKeys, Keys(created.Json));
        var id = created.Json.GetProperty("id").GetInt64();
        Assert.Equal(p.Id, created.Json.GetProperty("project_id").GetInt64());
        Assert.Equal(h.Wid, created.Json.GetProperty("workspace_id").GetInt64());
        Assert.True(created.Json.GetProperty("active").GetBoolean());
        Assert.Equal(7200, created.Json.GetProperty("estimated_seconds").GetInt64());

        Assert.Equal(created.Body, (await h.Get($"{path}/{id}")).Body);
        Assert.Equal(id, Assert.Single((await h.Get(path)).Json.EnumerateArray()).GetProperty("id").GetInt64());

        var updated = await h.Put($"{path}/{id}", """{"name":"Design v2","active":false}""");
        Assert.Equal("Design v2", updated.Json.GetProperty("name").GetString());
        Assert.False(updated.Json.GetProperty("active").GetBoolean());
        Assert.Equal(7200, updated.Json.GetProperty("estimated_seconds").GetInt64());
        Assert.Empty((await h.Get($"{path}?active=true")).Json.EnumerateArray());

        Assert.Equal(200, (await h.Delete($"{path}/{id}")).Status);
        Assert.Equal("404 \"Task not found\"", (await h.Get($"{path}/{id}")).ToString());
        Assert.Empty((await h.Get(path)).Json.EnumerateArray());
    }

    [Fact]
    public async Task an_unknown_project_answers_404_on_every_route()
    {
        await using var h = await Harness.Start();
        var path = $"workspaces/{h.Wid}/projects/999/tasks";
        var replies = new[]
        {
            await h.Get(path),
            await h.Post(path, """{"name":"X"}"""),
            await h.Get($"{path}/1"),
            await h.Put($"{path}/1", """{"name":"X"}"""),
            await h.Delete($"{path}/1"),
        };
        Assert.All(replies, r => Assert.Equal("404 \"Project not found\"", r.ToString()));
    }

    [Fact]
    public async Task a_task_is_found_only_below_its_own_project()
    {
        await using var h = await Harness.Start();
        var a = h.Sandbox.AddProject("A");
        var b = h.Sandbox.AddProject("B");
        var id = (await h.Post($"workspaces/{h.Wid}/projects/{a.Id}/tasks", """{"name":"Only A"}""")).Json.GetProperty("id").GetInt64();
        Assert.Equal(404, (await h.Get($"workspaces/{h.Wid}/projects/{b.Id}/tasks/{id}")).Status);
        Assert.Equal(404, (await h.Put($"workspaces/{h.Wid}/projects/{b.Id}/tasks/{id}", """{"name":"Moved"}""")).Status);
        Assert.Empty((await h.Get($"workspaces/{h.Wid}/projects/{b.Id}/tasks")).Json.EnumerateArray());
    }

    [Fact]
    public async Task another_users_workspace_answers_403()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        var path = $"workspaces/{h.Wid + 1}/projects/{p.Id}/tasks";
        Assert.Equal("403 \"User does not have access to this resource\"", (await h.Get(path)).ToString());
        Assert.Equal("403 \"User does not have access to this resource\"", (await h.Post(path, """{"name":"X"}""")).ToString());
    }

    [Theory]
    [InlineData("{", "\"Invalid JSON input\"")]
    [InlineData("[]", "\"Invalid JSON input\"")]
    [InlineData("""{"name":5}""", "\"Invalid JSON input\"")]
    [InlineData("""{"name":" "}""", "\"Task name can not be empty\"")]
    [InlineData("""{"name":"design"}""", "\"Task name has already been taken\"")]
    [InlineData("""{"name":"New","estimated_seconds":-1}""", "\"estimated_seconds must not be negative\"")]
    public async Task bad_bodies_answer_400(string body, string text)
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        var path = $"workspaces/{h.Wid}/projects/{p.Id}/tasks";
        await h.Post(path, """{"name":"Design"}""");
        Assert.Equal($"400 {text}", (await h.Post(path, body)).ToString());
    }

    [Fact]
    public async Task ids_that_are_not_numbers_answer_400()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        Assert.Equal("400 \"Invalid task_id\"", (await h.Get($"workspaces/{h.Wid}/projects/{p.Id}/tasks/abc")).ToString());
        Assert.Equal("400 \"Invalid project_id\"", (await h.Get($"workspaces/{h.Wid}/projects/abc/tasks")).ToString());
    }

    [Fact]
    public async Task tracked_seconds_sum_the_tasks_entries_and_deleting_unassigns_them()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        var path = $"workspaces/{h.Wid}/projects/{p.Id}/tasks";
        var id = (await h.Post(path, """{"name":"Build"}""")).Json.GetProperty("id").GetInt64();
        var entry = await h.Create($$"""{"start":"2024-12-16T00:00:00Z","duration":1800,"project_id":{{p.Id}},"task_id":{{id}},"created_with":"t"}""");
        Assert.Equal(1800, (await h.Get($"{path}/{id}")).Json.GetProperty("tracked_seconds").GetInt64());
        var related = (await h.Get("me?with_related_data=true")).Json.GetProperty("tasks");
        Assert.Equal(id, Assert.Single(related.EnumerateArray()).GetProperty("id").GetInt64());
        await h.Delete($"{path}/{id}");
        Assert.Null(h.Sandbox.GetTimeEntry(entry)!.TaskId);
    }

    [Fact]
    public async Task deleting_the_project_removes_its_tasks()
    {
        await using var h = await Harness.Start();
        var p = h.Sandbox.AddProject("Site");
        var id = (await h.Post($"workspaces/{h.Wid}/projects/{p.Id}/tasks", """{"name":"Build"}""")).Json.GetProperty("id").GetInt64();
        await h.Delete($"workspaces/{h.Wid}/projects/{p.Id}");
        Assert.Empty((await h.Get("me?with_related_data=true")).Json.GetProperty("tasks").EnumerateArray());
        var again = h.Sandbox.AddProject("Site");
        Assert.Equal(404, (await h.Get($"workspaces/{h.Wid}/projects/{again.Id}/tasks/{id}")).Status);
    }

    [Fact]
    public async Task the_workspace_lists_every_projects_tasks_filtered_by_project_active_and_since_and_paged()
    {
        await using var h = await Harness.Start();
        var a = h.Sandbox.AddProject("A");
        var b = h.Sandbox.AddProject("B");
        var first = (await h.Post($"workspaces/{h.Wid}/projects/{a.Id}/tasks", """{"name":"Alpha"}""")).Json.GetProperty("id").GetInt64();
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = (await h.Post($"workspaces/{h.Wid}/projects/{b.Id}/tasks", """{"name":"Beta","active":false}""")).Json.GetProperty("id").GetInt64();
        var path = $"workspaces/{h.Wid}/tasks";

        static long[] Ids(Reply r) => r.Json.EnumerateArray().Select(t => t.GetProperty("id").GetInt64()).ToArray();

        var all = await h.Get(path);
        Assert.Equal(200, all.Status);
        Assert.Equal(TaskKeys, Keys(all.Json[0]));
        Assert.Equal([first, second], Ids(all));
        Assert.Equal([second], Ids(await h.Get($"{path}?project_id={b.Id}")));
        Assert.Equal([first], Ids(await h.Get($"{path}?active=true")));
        Assert.Equal([second], Ids(await h.Get($"{path}?active=false")));
        Assert.Equal([first, second], Ids(await h.Get($"{path}?active=both")));
        var since = Harness.Epoch.AddMinutes(5).ToUnixTimeSeconds();
        Assert.Equal([second], Ids(await h.Get($"{path}?since={since}")));
        Assert.Equal([first], Ids(await h.Get($"{path}?page=1&per_page=1")));
        Assert.Equal([second], Ids(await h.Get($"{path}?page=2&per_page=1")));
        Assert.Empty(Ids(await h.Get($"{path}?page=3&per_page=1")));
        Assert.Equal("403 \"User does not have access to this resource\"", (await h.Get($"workspaces/{h.Wid + 1}/tasks")).ToString());
    }
}
