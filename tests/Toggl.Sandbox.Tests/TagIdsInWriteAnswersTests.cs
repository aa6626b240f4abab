using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// <see cref="SandboxOptions.TagIdsInWriteAnswers"/>: whether create/update answers carry the ids of tags
/// named by name (Toggl's answer is not recorded; one create with <c>tags: []</c> answered <c>tag_ids: null</c>).
/// </summary>
public sealed class TagIdsInWriteAnswersTests
{
    private static long[] Ids(JsonElement array) => array.EnumerateArray().Select(x => x.GetInt64()).ToArray();

    [Fact]
    public async Task filled_by_default_create_answer_carries_the_ids_of_tags_named_by_name()
    {
        await using var h = await Harness.Start();
        var known = h.Sandbox.AddTag("known");
        var reply = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":["known","fresh"]}""");
        Assert.Equal(200, reply.Status);
        var fresh = h.Sandbox.Tags.Single(t => t.Name == "fresh");
        Assert.Equal(new[] { known.Id, fresh.Id }, Ids(reply.Json.GetProperty("tag_ids")));
        Assert.Equal("[\"known\",\"fresh\"]", reply.Json.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task filled_keeps_the_recorded_null_for_empty_or_absent_tags()
    {
        await using var h = await Harness.Start();
        var empty = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":[]}""");
        Assert.Equal(JsonValueKind.Null, empty.Json.GetProperty("tag_ids").ValueKind);
        var absent = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T02:00:00Z","duration":60}""");
        Assert.Equal(JsonValueKind.Null, absent.Json.GetProperty("tag_ids").ValueKind);
    }

    [Fact]
    public async Task filled_update_answer_carries_the_ids_of_tags_named_by_name()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":60}""");
        var reply = await h.Put($"workspaces/{h.Wid}/time_entries/{id}", """{"tags":["fresh"]}""");
        Assert.Equal(new[] { h.Sandbox.Tags.Single().Id }, Ids(reply.Json.GetProperty("tag_ids")));
    }

    [Fact]
    public async Task null_create_and_update_answers_carry_null_tag_ids_while_reads_carry_the_ids()
    {
        await using var h = await Harness.Start(clock => new SandboxOptions { TimeProvider = clock, TagIdsInWriteAnswers = TagIdsInWriteAnswers.Null });
        var created = await h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":["fresh"]}""");
        Assert.Equal(200, created.Status);
        Assert.Equal(JsonValueKind.Null, created.Json.GetProperty("tag_ids").ValueKind);
        Assert.Equal("[\"fresh\"]", created.Json.GetProperty("tags").GetRawText());
        var id = created.Json.GetProperty("id").GetInt64();

        var updated = await h.Put($"workspaces/{h.Wid}/time_entries/{id}", """{"tags":["other"],"tag_action":"add"}""");
        Assert.Equal(200, updated.Status);
        Assert.Equal(JsonValueKind.Null, updated.Json.GetProperty("tag_ids").ValueKind);

        var read = (await h.Get($"me/time_entries/{id}")).Json;
        Assert.Equal(h.Sandbox.Tags.Select(t => t.Id).ToArray(), Ids(read.GetProperty("tag_ids")));
    }
}
