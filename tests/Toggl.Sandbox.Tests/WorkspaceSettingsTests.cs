using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>A workspace's settings, statistics and time-entry constraints (docs/toggl-api.md §8.2, §8.3).</summary>
public sealed class WorkspaceSettingsTests
{
    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task put_changes_name_and_settings_and_answers_the_workspace_as_get_shows_it()
    {
        await using var h = await Harness.Start();
        var before = (await h.Get($"workspaces/{h.Wid}")).Json;
        var reply = await h.Put($"workspaces/{h.Wid}", """
            {"name":"Team","default_hourly_rate":42.5,"default_currency":"EUR","rounding":0,"rounding_minutes":15,
             "only_admins_may_create_projects":true,"only_admins_may_create_tags":true,"only_admins_see_billable_rates":true,
             "only_admins_see_team_dashboard":true,"projects_billable_by_default":false,"projects_private_by_default":false,
             "projects_enforce_billable":true,"reports_collapse":false,"rate_change_mode":"override-all","admins":[1]}
            """);
        Assert.Equal(200, reply.Status);
        var ws = reply.Json;
        Assert.Equal(Keys(before), Keys(ws));
        Assert.Equal("Team", ws.GetProperty("name").GetString());
        Assert.Equal(42.5m, ws.GetProperty("default_hourly_rate").GetDecimal());
        Assert.Equal("EUR", ws.GetProperty("default_currency").GetString());
        Assert.Equal(0, ws.GetProperty("rounding").GetInt32());
        Assert.Equal(15, ws.GetProperty("rounding_minutes").GetInt32());
        foreach (var on in new[] { "only_admins_may_create_projects", "only_admins_may_create_tags", "only_admins_see_billable_rates", "only_admins_see_team_dashboard", "projects_enforce_billable" })
        {
            Assert.True(ws.GetProperty(on).GetBoolean(), on);
        }

        foreach (var off in new[] { "projects_billable_by_default", "projects_private_by_default", "reports_collapse" })
        {
            Assert.False(ws.GetProperty(off).GetBoolean(), off);
        }

        Assert.NotEqual(JsonValueKind.Null, ws.GetProperty("rate_last_updated").ValueKind);
        Assert.Equal(ws.ToString(), (await h.Get($"workspaces/{h.Wid}")).Json.ToString());
        Assert.Equal("Team", (await h.Get("me/workspaces")).Json[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task put_keeps_the_fields_the_body_leaves_out()
    {
        await using var h = await Harness.Start();
        var before = (await h.Get($"workspaces/{h.Wid}")).Json;
        var after = (await h.Put($"workspaces/{h.Wid}", """{"rounding_minutes":6}""")).Json;
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("rounding").GetInt32(), after.GetProperty("rounding").GetInt32());
        Assert.Equal(6, after.GetProperty("rounding_minutes").GetInt32());
    }

    [Theory]
    [InlineData("{", "\"Invalid JSON input\"")]
    [InlineData("""{"name":7}""", "\"Invalid JSON input\"")]
    [InlineData("""{"rounding":"up"}""", "\"Invalid JSON input\"")]
    [InlineData("""{"name":"  "}""", "\"Workspace name can not be empty\"")]
    [InlineData("""{"rounding":2}""", "\"rounding must be -1, 0 or 1\"")]
    [InlineData("""{"rate_change_mode":"sometimes"}""", "\"rate_change_mode must be one of start-today, override-current, override-all\"")]
    public async Task put_refuses_bad_bodies_with_400_and_changes_nothing(string body, string text)
    {
        await using var h = await Harness.Start();
        var before = (await h.Get($"workspaces/{h.Wid}")).Body;
        Assert.Equal($"400 {text}", (await h.Put($"workspaces/{h.Wid}", body)).ToString());
        Assert.Equal(before, (await h.Get($"workspaces/{h.Wid}")).Body);
    }

    [Fact]
    public async Task another_users_workspace_answers_403()
    {
        await using var h = await Harness.Start();
        var other = h.Wid + 1;
        var replies = new[]
        {
            await h.Put($"workspaces/{other}", """{"name":"Mine"}"""),
            await h.Get($"workspaces/{other}/statistics"),
            await h.Get($"workspaces/{other}/time_entry_constraints"),
        };
        Assert.All(replies, r => Assert.Equal("403 \"User does not have access to this resource\"", r.ToString()));
        Assert.Equal(400, (await h.Get("workspaces/x/statistics")).Status);
    }

    [Fact]
    public async Task statistics_names_the_user_as_the_one_admin_and_member()
    {
        await using var h = await Harness.Start();
        var stats = await h.Get($"workspaces/{h.Wid}/statistics");
        Assert.Equal(200, stats.Status);
        Assert.Equal(["admins", "groups_count", "members_count"], Keys(stats.Json));
        var admin = Assert.Single(stats.Json.GetProperty("admins").EnumerateArray());
        Assert.Equal(["user_id", "name"], Keys(admin));
        Assert.Equal(h.Sandbox.UserId, admin.GetProperty("user_id").GetInt64());
        Assert.Equal(0, stats.Json.GetProperty("groups_count").GetInt32());
        Assert.Equal(1, stats.Json.GetProperty("members_count").GetInt32());
    }

    [Fact]
    public async Task time_entry_constraints_is_the_workspaces_te_constraints_object()
    {
        await using var h = await Harness.Start();
        var constraints = await h.Get($"workspaces/{h.Wid}/time_entry_constraints");
        Assert.Equal(200, constraints.Status);
        Assert.Equal(
            ["description_present", "project_present", "tag_present", "task_present", "time_entry_constraints_enabled"],
            Keys(constraints.Json));
        var ws = (await h.Get($"workspaces/{h.Wid}")).Json;
        Assert.Equal(ws.GetProperty("te_constraints").ToString(), constraints.Json.ToString());
    }
}
