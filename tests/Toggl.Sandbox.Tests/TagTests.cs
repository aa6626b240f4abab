namespace Toggl.Sandbox.Tests;

/// <summary>Tags (docs/toggl-api.md §8.5, §12.16).</summary>
public sealed class TagTests
{
    [Fact]
    public async Task tags_post_returns_200_single_object()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/tags", """{"name":"focus"}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, reply.Json.ValueKind);
        Assert.Equal("focus", reply.Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task tags_post_can_answer_an_array_as_swagger_says()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, TagWriteReturnsArray = true });
        var reply = await h.Post($"workspaces/{h.Wid}/tags", """{"name":"focus"}""");
        Assert.Equal("focus", reply.Json[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task tags_post_duplicate_name_returns_400_with_name()
    {
        await using var h = await Harness.Start();
        h.Sandbox.AddTag("focus");
        var reply = await h.Post($"workspaces/{h.Wid}/tags", """{"name":"focus"}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"a tag with the name 'focus' already exists\"", reply.Body);
    }

    [Theory]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"   "}""")]
    [InlineData("{}")]
    public async Task tags_post_blank_name_returns_400(string body)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/tags", body);
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"tag name can't be blank\"", reply.Body);
    }

    [Fact]
    public async Task tags_post_invalid_json_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post($"workspaces/{h.Wid}/tags", "{\"name\":");
        Assert.Equal("\"Invalid JSON input\"", reply.Body);
    }

    [Fact]
    public async Task tags_put_renames_and_entries_show_the_new_name()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60,"tags":["old"]}""");
        var tag = h.Sandbox.Tags.Single();
        var reply = await h.Put($"workspaces/{h.Wid}/tags/{tag.Id}", """{"name":"renamed"}""");
        Assert.Equal("renamed", reply.Json.GetProperty("name").GetString());
        Assert.Equal("[\"renamed\"]", (await h.Get($"me/time_entries/{id}")).Json.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task tags_put_unknown_returns_404()
    {
        await using var h = await Harness.Start();
        var reply = await h.Put($"workspaces/{h.Wid}/tags/5", """{"name":"x"}""");
        Assert.Equal(404, reply.Status);
        Assert.Equal("\"Tag was not found\"", reply.Body);
    }

    [Fact]
    public async Task tags_delete_returns_200_and_removes_tag_from_entries()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60,"tags":["gone","stays"]}""");
        var gone = h.Sandbox.Tags.First(t => t.Name == "gone");
        Assert.Equal(200, (await h.Delete($"workspaces/{h.Wid}/tags/{gone.Id}")).Status);
        Assert.Equal("[\"stays\"]", (await h.Get($"me/time_entries/{id}")).Json.GetProperty("tags").GetRawText());
        Assert.Equal(404, (await h.Delete($"workspaces/{h.Wid}/tags/{gone.Id}")).Status);
    }

    [Fact]
    public async Task tags_get_lists_workspace_tags_by_name()
    {
        await using var h = await Harness.Start();
        h.Sandbox.AddTag("zeta");
        h.Sandbox.AddTag("Alpha");
        var names = (await h.Get($"workspaces/{h.Wid}/tags")).Json.EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Equal(new[] { "Alpha", "zeta" }, names);
    }

    [Fact]
    public async Task tags_in_foreign_workspace_returns_403()
    {
        await using var h = await Harness.Start();
        Assert.Equal(403, (await h.Get("workspaces/7/tags")).Status);
    }
}
