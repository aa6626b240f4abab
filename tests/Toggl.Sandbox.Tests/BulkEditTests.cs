namespace Toggl.Sandbox.Tests;

/// <summary>PATCH /workspaces/{wid}/time_entries/{ids} (docs/toggl-api.md §6.6, §12.14).</summary>
public sealed class BulkEditTests
{
    [Fact]
    public async Task bulk_patch_applies_to_found_ids_and_reports_missing_ones()
    {
        await using var h = await Harness.Start();
        var a = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        var b = await h.Create("""{"start":"2024-12-15T11:00:00Z","duration":60}""");
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{a},202793182,{b}", """[{"op":"replace","path":"/description","value":"bulk"}]""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(
            $$"""{"success":[{{a}},{{b}}],"failure":[{"id":202793182,"message":"Time entry with ID: 202793182 was not found/is not accessible"}]}""",
            reply.Body);
        Assert.All(h.Sandbox.TimeEntries, e => Assert.Equal("bulk", e.Description));
    }

    [Fact]
    public async Task bulk_patch_with_more_than_100_ids_returns_400()
    {
        await using var h = await Harness.Start();
        var ids = string.Join(",", Enumerable.Range(1, 101));
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{ids}", """[{"op":"replace","path":"/billable","value":true}]""");
        Assert.Equal(400, reply.Status);
    }

    [Fact]
    public async Task bulk_patch_with_exactly_100_ids_returns_200()
    {
        await using var h = await Harness.Start();
        var ids = string.Join(",", Enumerable.Range(1, 100));
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{ids}", """[{"op":"replace","path":"/billable","value":true}]""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(100, reply.Json.GetProperty("failure").GetArrayLength());
    }

    [Fact]
    public async Task bulk_patch_add_and_remove_on_tags_append_and_remove_elements()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60,"tags":["keep","drop"]}""");
        await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", """[{"op":"add","path":"/tags","value":["new"]},{"op":"remove","path":"/tags","value":["drop"]}]""");
        var entry = (await h.Get($"me/time_entries/{id}")).Json;
        Assert.Equal("[\"keep\",\"new\"]", entry.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task bulk_patch_replace_tag_ids_and_remove_project()
    {
        await using var h = await Harness.Start();
        var project = h.Sandbox.AddProject("P");
        var tag = h.Sandbox.AddTag("only");
        var id = await h.Create($$"""{"start":"2024-12-15T10:00:00Z","duration":60,"project_id":{{project.Id}},"tags":["x"]}""");
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", $$"""[{"op":"replace","path":"/tag_ids","value":[{{tag.Id}}]},{"op":"remove","path":"/project_id"}]""");
        Assert.Equal(1, reply.Json.GetProperty("success").GetArrayLength());
        var entry = h.Sandbox.GetTimeEntry(id)!;
        Assert.Null(entry.ProjectId);
        Assert.Equal(new[] { tag.Id }, entry.TagIds);
    }

    [Fact]
    public async Task bulk_patch_reports_per_entry_validation_failures()
    {
        await using var h = await Harness.Start();
        var a = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/{a}", """[{"op":"replace","path":"/project_id","value":31337}]""");
        Assert.Equal("""{"success":[],"failure":[{"id":""" + a + ""","message":"User cannot access the selected project"}]}""", reply.Body);
    }

    [Fact]
    public async Task bulk_patch_duration_sets_stop()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", """[{"op":"replace","path":"/duration","value":120}]""");
        Assert.Equal(new DateTimeOffset(2024, 12, 15, 10, 2, 0, TimeSpan.Zero), h.Sandbox.GetTimeEntry(id)!.Stop);
    }

    [Fact]
    public async Task bulk_patch_date_only_start_moves_entries_to_that_day_keeping_time_and_duration()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:30:00Z","duration":600}""");
        await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", """[{"op":"replace","path":"/start","value":"2024-12-12"}]""");
        var entry = h.Sandbox.GetTimeEntry(id)!;
        Assert.Equal(new DateTimeOffset(2024, 12, 12, 10, 30, 0, TimeSpan.Zero), entry.Start);
        Assert.Equal(600, entry.Duration);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("""[{"op":"move","path":"/description","value":"x"}]""")]
    [InlineData("""[{"op":"replace","path":"/nope","value":"x"}]""")]
    [InlineData("""[{"op":"replace","path":"/billable","value":"yes"}]""")]
    public async Task bulk_patch_with_malformed_operations_returns_400(string body)
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        Assert.Equal(400, (await h.Patch($"workspaces/{h.Wid}/time_entries/{id}", body)).Status);
    }
}
