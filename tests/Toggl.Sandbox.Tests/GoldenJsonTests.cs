namespace Toggl.Sandbox.Tests;

/// <summary>
/// Byte-exact shapes (docs/toggl-api.md §1.1, §5, §12.5–§12.6, §12.11): key order, nullability,
/// legacy fields, timestamp formats per endpoint. The clock is fixed, so ids and <c>at</c> are known.
/// </summary>
public sealed class GoldenJsonTests
{
    private const string Running =
        """{"id":3730000000,"workspace_id":2230580,"project_id":null,"task_id":null,"billable":false,"start":"2024-12-16T01:55:24{0}","stop":null,"duration":-1,"description":"Inbox Zero","tags":{1},"tag_ids":{1},"duronly":true,"at":"2024-12-16T02:24:56.5667Z","server_deleted_at":null,"user_id":2166261,"uid":2166261,"wid":2230580}""";

    private static string Expect(string zone, string arrays) => Running.Replace("{0}", zone).Replace("{1}", arrays);

    [Fact]
    public async Task post_running_entry_answers_z_times_null_arrays_in_toggl_key_order()
    {
        await using var h = await Harness.Start();
        var reply = await h.Post(
            $"workspaces/{h.Wid}/time_entries",
            """{"created_with":"tests","description":"Inbox Zero","start":"2024-12-16T02:55:24.837112+01:00","duration":-1,"workspace_id":2230580}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(Expect("Z", "null"), reply.Body);
    }

    [Fact]
    public async Task get_current_answers_offset_times_and_empty_arrays()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"description":"Inbox Zero","start":"2024-12-16T01:55:24Z","duration":-1}""");
        Assert.Equal(Expect("+00:00", "[]"), (await h.Get("me/time_entries/current")).Body);
        Assert.Equal("[" + Expect("+00:00", "[]") + "]", (await h.Get("me/time_entries")).Body);
        Assert.Equal(Expect("+00:00", "[]"), (await h.Get("me/time_entries/3730000000")).Body);
    }

    [Fact]
    public async Task stop_answers_z_times_empty_arrays_and_duration()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"description":"Inbox Zero","start":"2024-12-16T01:55:24Z","duration":-1}""");
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        var reply = await h.Patch($"workspaces/{h.Wid}/time_entries/3730000000/stop");
        Assert.Equal(
            """{"id":3730000000,"workspace_id":2230580,"project_id":null,"task_id":null,"billable":false,"start":"2024-12-16T01:55:24Z","stop":"2024-12-16T02:25:06Z","duration":1782,"description":"Inbox Zero","tags":[],"tag_ids":[],"duronly":true,"at":"2024-12-16T02:25:06.5667Z","server_deleted_at":null,"user_id":2166261,"uid":2166261,"wid":2230580}""",
            reply.Body);
    }

    [Fact]
    public async Task get_with_meta_adds_pid_and_project_client_user_fields()
    {
        await using var h = await Harness.Start();
        var client = h.Sandbox.AddClient("AGL");
        var project = h.Sandbox.AddProject("AGL Social Media", client.Id, "#d92b2b", billable: false);
        await h.Create($$"""{"description":"Inbox Zero","start":"2024-12-16T01:05:25Z","stop":"2024-12-16T02:07:05Z","project_id":{{project.Id}},"tags":["social"]}""");
        var reply = await h.Get("me/time_entries?meta=true");
        Assert.Equal(
            "[" + $$"""{"id":3730000000,"workspace_id":2230580,"project_id":{{project.Id}},"task_id":null,"billable":false,"start":"2024-12-16T01:05:25+00:00","stop":"2024-12-16T02:07:05+00:00","duration":3700,"description":"Inbox Zero","tags":["social"],"tag_ids":[{{h.Sandbox.Tags.Single().Id}}],"duronly":true,"at":"2024-12-16T02:24:56.5667Z","server_deleted_at":null,"user_id":2166261,"uid":2166261,"wid":2230580,"pid":{{project.Id}},"client_name":"AGL","project_name":"AGL Social Media","project_color":"#d92b2b","project_active":true,"project_billable":false,"user_name":"Sandbox User","user_avatar_url":""}""" + "]",
            reply.Body);
    }

    [Fact]
    public async Task get_without_meta_has_no_meta_fields_and_no_pid_without_project()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"start":"2024-12-16T01:05:25Z","duration":60}""");
        var entry = (await h.Get("me/time_entries")).Json[0];
        Assert.False(entry.TryGetProperty("pid", out _));
        Assert.False(entry.TryGetProperty("project_name", out _));
        Assert.False(entry.TryGetProperty("user_name", out _));
        Assert.True(entry.TryGetProperty("uid", out _));
        Assert.True(entry.TryGetProperty("wid", out _));
    }

    [Fact]
    public async Task deleted_entry_shows_server_deleted_at_with_offset_seconds()
    {
        await using var h = await Harness.Start();
        var id = await h.Create("""{"start":"2024-12-16T01:05:25Z","duration":60}""");
        await h.Delete($"workspaces/{h.Wid}/time_entries/{id}");
        var entry = (await h.Get("me/time_entries?since=1734300000")).Json[0];
        Assert.Equal("2024-12-16T02:24:56+00:00", entry.GetProperty("server_deleted_at").GetString());
        Assert.Equal("2024-12-16T02:24:56.5667Z", entry.GetProperty("at").GetString());
    }

    [Fact]
    public async Task tag_client_and_project_shapes_follow_section_8()
    {
        await using var h = await Harness.Start();
        var tag = await h.Post($"workspaces/{h.Wid}/tags", """{"name":"focus"}""");
        Assert.Equal(
            $$"""{"id":16000000,"workspace_id":2230580,"name":"focus","at":"2024-12-16T02:24:56.5667Z","creator_id":2166261}""",
            tag.Body);
        var client = await h.Post($"workspaces/{h.Wid}/clients", """{"name":"Acme","wid":2230580}""");
        Assert.Equal(
            """{"id":63000000,"wid":2230580,"archived":false,"name":"Acme","at":"2024-12-16T02:24:56+00:00","creator_id":2166261,"notes":null,"permissions":null}""",
            client.Body);
        var project = await h.Post($"workspaces/{h.Wid}/projects", """{"name":"Site","client_id":63000000,"color":"#D92B2B"}""");
        Assert.Equal(
            """{"id":206000000,"workspace_id":2230580,"client_id":63000000,"name":"Site","is_private":true,"active":true,"at":"2024-12-16T02:24:56+00:00","created_at":"2024-12-16T02:24:56+00:00","server_deleted_at":null,"color":"#d92b2b","billable":null,"template":null,"auto_estimates":null,"estimated_hours":null,"estimated_seconds":null,"rate":null,"rate_last_updated":null,"currency":null,"recurring":false,"template_id":null,"recurring_parameters":null,"current_period":null,"fixed_fee":null,"actual_hours":0,"actual_seconds":0,"start_date":"2024-12-16","end_date":null,"status":"active","wid":2230580,"cid":63000000,"pinned":false,"can_track_time":true,"permissions":null}""",
            project.Body);
    }

    [Fact]
    public async Task non_ascii_description_is_sent_unescaped()
    {
        await using var h = await Harness.Start();
        await h.Create("""{"start":"2024-12-16T01:05:25Z","duration":60,"description":"Café – 東京 <b>&"}""");
        var body = (await h.Get("me/time_entries")).Body;
        Assert.Contains("\"description\":\"Café – 東京 <b>&\"", body);
    }
}
