using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>POST /workspaces/{wid}/time_entries (docs/toggl-api.md §6.4, §7, §12.7–§12.9, §12.11, §12.16).</summary>
public sealed class CreateTests
{
    private static string Path(Harness h) => $"workspaces/{h.Wid}/time_entries";

    [Fact]
    public async Task create_without_start_returns_400_start_required()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"duration":-1,"created_with":"tests"}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"start is required for time entry creation\"", reply.Body);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2005-12-31T23:59:59Z")]
    [InlineData("2031-01-01T00:00:00Z")]
    public async Task create_with_start_year_outside_2006_2030_returns_400(string start)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), $$"""{"start":"{{start}}","duration":60}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"Start time year must be between 2006 and 2030\"", reply.Body);
    }

    [Fact]
    public async Task create_converts_offset_input_to_utc_and_truncates_fraction()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T02:55:24.999999999+01:00","duration":-1}""");
        Assert.Equal("2024-12-16T01:55:24Z", reply.Json.GetProperty("start").GetString());
    }

    [Fact]
    public async Task create_with_duration_and_no_stop_sets_stop_to_start_plus_duration()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":3600}""");
        Assert.Equal("2024-12-16T02:00:00Z", reply.Json.GetProperty("stop").GetString());
        Assert.Equal(3600, reply.Json.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task create_with_stop_derives_duration()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","stop":"2024-12-16T01:30:15.9Z"}""");
        Assert.Equal("2024-12-16T01:30:15Z", reply.Json.GetProperty("stop").GetString());
        Assert.Equal(1815, reply.Json.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task create_with_stop_before_start_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","stop":"2024-12-16T00:59:59Z"}""");
        Assert.Equal(400, reply.Status);
    }

    [Fact]
    public async Task create_without_duration_or_stop_answers_null_stop_zero_but_stores_stopped()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z"}""");
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("stop").ValueKind);
        Assert.Equal(0, reply.Json.GetProperty("duration").GetInt64());
        var id = reply.Json.GetProperty("id").GetInt64();

        Assert.Equal("null", (await h.Get("me/time_entries/current")).Body);
        var stored = await h.Get($"me/time_entries/{id}");
        Assert.Equal("2024-12-16T01:00:00+00:00", stored.Json.GetProperty("stop").GetString());
        Assert.Equal(0, stored.Json.GetProperty("duration").GetInt64());
    }

    [Fact]
    public async Task create_running_entry_stops_previous_at_server_now_not_new_start()
    {
        await using var h = await Harness.Start();
        var first = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await h.Create("""{"start":"2024-12-16T01:30:00Z","duration":-1}""");

        var previous = (await h.Get($"me/time_entries/{first}")).Json;
        Assert.Equal("2024-12-16T02:29:56+00:00", previous.GetProperty("stop").GetString());
        Assert.Equal(5396, previous.GetProperty("duration").GetInt64());
        Assert.Equal(second, (await h.Get("me/time_entries/current")).Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task create_stopped_entry_leaves_running_entry_running()
    {
        await using var h = await Harness.Start();
        var running = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":-1}""");
        await h.Create("""{"start":"2024-12-15T01:00:00Z","duration":600}""");
        Assert.Equal(running, (await h.Get("me/time_entries/current")).Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task create_with_unknown_tag_names_creates_tags_and_echoes_names()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":["alpha","beta"]}""");
        Assert.Equal("[\"alpha\",\"beta\"]", reply.Json.GetProperty("tags").GetRawText());
        // TagIdsInWriteAnswers.Filled, the default: the ids of the tags named (TagIdsInWriteAnswersTests).
        Assert.Equal(h.Sandbox.Tags.Select(t => t.Id), reply.Json.GetProperty("tag_ids").EnumerateArray().Select(x => x.GetInt64()));
        Assert.Equal(new[] { "alpha", "beta" }, h.Sandbox.Tags.Select(t => t.Name));
        var listed = (await h.Get("me/time_entries")).Json[0];
        Assert.Equal(h.Sandbox.Tags.Select(t => t.Id), listed.GetProperty("tag_ids").EnumerateArray().Select(x => x.GetInt64()));
    }

    [Fact]
    public async Task create_with_empty_tags_echoes_empty_tags_and_null_tag_ids()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":[]}""");
        Assert.Equal("[]", reply.Json.GetProperty("tags").GetRawText());
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("tag_ids").ValueKind);
    }

    [Fact]
    public async Task create_with_existing_tag_id_uses_it()
    {
        await using var h = await Harness.Start();
        var tag = h.Sandbox.AddTag("deep work");
        var id = await h.Create($$"""{"start":"2024-12-16T01:00:00Z","duration":60,"tag_ids":[{{tag.Id}}]}""");
        var entry = (await h.Get($"me/time_entries/{id}")).Json;
        Assert.Equal("[\"deep work\"]", entry.GetProperty("tags").GetRawText());
    }

    [Fact]
    public async Task create_with_unknown_tag_id_returns_400_and_creates_nothing()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":60,"tags":["new"],"tag_ids":[42]}""");
        Assert.Equal(400, reply.Status);
        Assert.Empty(h.Sandbox.Tags);
        Assert.Empty(h.Sandbox.TimeEntries);
    }

    [Fact]
    public async Task create_in_foreign_workspace_returns_403()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post("workspaces/1/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60}""");
        Assert.Equal(403, reply.Status);
        Assert.Equal("\"User does not have access to this resource\"", reply.Body);
    }

    [Fact]
    public async Task create_with_unknown_project_returns_400()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":60,"project_id":12345}""");
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"User cannot access the selected project\"", reply.Body);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"start":"yesterday"}""")]
    [InlineData("""{"start":"2024-12-16T01:00:00Z","duration":"long"}""")]
    public async Task create_with_malformed_body_returns_400_invalid_json(string body)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), body);
        Assert.Equal(400, reply.Status);
        Assert.Equal("\"Invalid JSON input\"", reply.Body);
    }

    [Fact]
    public async Task create_assigns_ids_beyond_int32()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:00:00Z","duration":60}""");
        Assert.True(id > int.MaxValue);
    }

    [Fact]
    public async Task create_accepts_missing_created_with_by_default_and_refuses_it_when_required()
    {
        await using var lenient = await Harness.Start();
        Assert.Equal(200, (await lenient.Post(Path(lenient), """{"start":"2024-12-16T01:00:00Z","duration":60}""")).Status);

        await using var strict = await Harness.Start(c => new SandboxOptions { TimeProvider = c, RequireCreatedWith = true });
        var refused = await strict.Post(Path(strict), """{"start":"2024-12-16T01:00:00Z","duration":60}""");
        Assert.Equal(400, refused.Status);
        Assert.Equal(200, (await strict.Post(Path(strict), """{"start":"2024-12-16T01:00:00Z","duration":60,"created_with":""}""")).Status);
    }

    [Fact]
    public async Task create_with_start_date_overrides_date_of_start()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T08:30:00Z","start_date":"2024-12-10","duration":60}""");
        Assert.Equal("2024-12-10T08:30:00Z", reply.Json.GetProperty("start").GetString());
    }

    [Fact]
    public async Task create_with_legacy_pid_sets_project()
    {
        await using var h = await Harness.Start();
        var project = h.Sandbox.AddProject("Legacy");
        var reply = await h.Post(Path(h), $$"""{"start":"2024-12-16T08:30:00Z","duration":60,"pid":{{project.Id}}}""");
        Assert.Equal(project.Id, reply.Json.GetProperty("project_id").GetInt64());
        Assert.Equal(project.Id, reply.Json.GetProperty("pid").GetInt64());
    }

    [Fact]
    public async Task create_with_meta_true_answers_meta_fields()
    {
        await using var h = await Harness.Start();
        var project = h.Sandbox.AddProject("Meta", color: "#2da608");
        var reply = await h.Post(Path(h) + "?meta=true", $$"""{"start":"2024-12-16T01:00:00Z","duration":60,"project_id":{{project.Id}}}""");
        Assert.Equal("Meta", reply.Json.GetProperty("project_name").GetString());
        Assert.Equal("#2da608", reply.Json.GetProperty("project_color").GetString());
        Assert.Equal("Sandbox User", reply.Json.GetProperty("user_name").GetString());
    }

    [Fact]
    public async Task create_for_another_user_returns_403()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(Path(h), """{"start":"2024-12-16T01:00:00Z","duration":60,"user_id":1}""");
        Assert.Equal(403, reply.Status);
        Assert.Empty(h.Sandbox.TimeEntries);
    }
}
