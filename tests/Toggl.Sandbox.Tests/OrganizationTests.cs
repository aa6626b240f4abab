using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>Organizations (docs/toggl-api.md §8.7): list, get, create, rename, leave, and a workspace created under one.</summary>
public sealed class OrganizationTests
{
    private static readonly string[] OrganizationKeys =
    [
        "id", "name", "pricing_plan_id", "created_at", "at", "server_deleted_at", "is_multi_workspace_enabled", "suspended_at",
        "user_count", "trial_info", "is_unified", "max_workspaces", "permissions", "admin", "owner", "pricing_plan_name",
        "pricing_plan_enterprise",
    ];

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task the_seeded_user_has_one_organization_owning_the_seeded_workspace()
    {
        await using var h = await Harness.Start();
        var list = await h.Get("me/organizations");
        Assert.Equal(200, list.Status);
        var org = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal(h.Sandbox.OrganizationId, org.GetProperty("id").GetInt64());
        Assert.Equal(OrganizationKeys, Keys(org));
        var ws = (await h.Get($"workspaces/{h.Wid}")).Json;
        Assert.Equal(h.Sandbox.OrganizationId, ws.GetProperty("organization_id").GetInt64());
    }

    [Fact]
    public async Task get_answers_the_organization_with_the_recorded_keys()
    {
        await using var h = await Harness.Start();
        var one = await h.Get($"organizations/{h.Sandbox.OrganizationId}");
        Assert.Equal(200, one.Status);
        Assert.Equal(OrganizationKeys, Keys(one.Json));
        Assert.Equal(1, one.Json.GetProperty("user_count").GetInt32());
    }

    [Fact]
    public async Task another_users_organization_answers_403_on_every_route()
    {
        await using var h = await Harness.Start();
        var other = h.Sandbox.OrganizationId + 1;
        var replies = new[]
        {
            await h.Get($"organizations/{other}"),
            await h.Put($"organizations/{other}", """{"name":"Mine now"}"""),
            await h.Delete($"organizations/{other}/users/leave"),
            await h.Post($"organizations/{other}/workspaces", """{"name":"Sneaky"}"""),
        };
        Assert.All(replies, r => Assert.Equal("403 \"User does not have access to this resource\"", r.ToString()));
    }

    [Fact]
    public async Task an_id_that_is_not_a_number_answers_400()
    {
        await using var h = await Harness.Start();
        Assert.Equal(400, (await h.Get("organizations/abc")).Status);
    }

    [Fact]
    public async Task create_answers_the_recorded_shape_and_makes_a_workspace_usable_at_once()
    {
        await using var h = await Harness.Start();
        var created = await h.Post("organizations", """{"name":"Acme Org","workspace_name":"Acme Work"}""");
        Assert.Equal(200, created.Status);
        Assert.Equal(["id", "name", "workspace_id", "workspace_name"], Keys(created.Json));
        Assert.Equal("Acme Org", created.Json.GetProperty("name").GetString());
        Assert.Equal("Acme Work", created.Json.GetProperty("workspace_name").GetString());
        var orgId = created.Json.GetProperty("id").GetInt64();
        var wid = created.Json.GetProperty("workspace_id").GetInt64();

        Assert.Equal(2, (await h.Get("me/organizations")).Json.GetArrayLength());
        var ws = await h.Get($"workspaces/{wid}");
        Assert.Equal(orgId, ws.Json.GetProperty("organization_id").GetInt64());
        Assert.Contains(wid, (await h.Get("me/workspaces")).Json.EnumerateArray().Select(w => w.GetProperty("id").GetInt64()));
        // The new workspace is the user's: its resources answer.
        Assert.Equal(200, (await h.Post($"workspaces/{wid}/projects", """{"name":"There"}""")).Status);
    }

    [Theory]
    [InlineData("""{"name":"  ","workspace_name":"W"}""", "\"Organization name can not be empty\"")]
    [InlineData("""{"name":"O"}""", "\"Workspace name can not be empty\"")]
    [InlineData("""{"name":5,"workspace_name":"W"}""", "\"Invalid JSON input\"")]
    [InlineData("{", "\"Invalid JSON input\"")]
    [InlineData("[]", "\"Invalid JSON input\"")]
    public async Task create_refuses_bad_bodies_with_400(string body, string text)
    {
        await using var h = await Harness.Start();
        var reply = await h.Post("organizations", body);
        Assert.Equal($"400 {text}", reply.ToString());
        Assert.Single((await h.Get("me/organizations")).Json.EnumerateArray());
    }

    [Fact]
    public async Task rename_answers_the_organization_and_get_shows_the_new_name()
    {
        await using var h = await Harness.Start();
        var org = h.Sandbox.OrganizationId;
        var renamed = await h.Put($"organizations/{org}", """{"name":"Renamed"}""");
        Assert.Equal(200, renamed.Status);
        Assert.Equal("Renamed", renamed.Json.GetProperty("name").GetString());
        Assert.Equal("Renamed", (await h.Get($"organizations/{org}")).Json.GetProperty("name").GetString());
        Assert.Equal("400 \"Organization name can not be empty\"", (await h.Put($"organizations/{org}", """{"name":""}""")).ToString());
        Assert.Equal("400 \"Invalid JSON input\"", (await h.Put($"organizations/{org}", "{")).ToString());
    }

    [Fact]
    public async Task leaving_the_last_user_removes_the_organization_and_its_workspaces()
    {
        await using var h = await Harness.Start();
        var created = (await h.Post("organizations", """{"name":"Brief","workspace_name":"Brief WS"}""")).Json;
        var orgId = created.GetProperty("id").GetInt64();
        var wid = created.GetProperty("workspace_id").GetInt64();
        var left = await h.Delete($"organizations/{orgId}/users/leave");
        Assert.Equal(200, left.Status);
        Assert.Equal("", left.Body);
        Assert.Equal(403, (await h.Get($"organizations/{orgId}")).Status);
        Assert.Equal(404, (await h.Get($"workspaces/{wid}")).Status);
        Assert.Equal(403, (await h.Get($"workspaces/{wid}/projects")).Status);
        Assert.Single((await h.Get("me/organizations")).Json.EnumerateArray());
    }

    [Fact]
    public async Task a_workspace_created_under_an_organization_takes_the_body_settings()
    {
        await using var h = await Harness.Start();
        var org = h.Sandbox.OrganizationId;
        var ws = await h.Post($"organizations/{org}/workspaces", """{"name":"Second","rounding":-1,"rounding_minutes":15,"projects_private_by_default":false}""");
        Assert.Equal(200, ws.Status);
        Assert.Equal("Second", ws.Json.GetProperty("name").GetString());
        Assert.Equal(org, ws.Json.GetProperty("organization_id").GetInt64());
        Assert.Equal(-1, ws.Json.GetProperty("rounding").GetInt32());
        Assert.Equal(15, ws.Json.GetProperty("rounding_minutes").GetInt32());
        Assert.False(ws.Json.GetProperty("projects_private_by_default").GetBoolean());
        Assert.Equal(2, (await h.Get("me/workspaces")).Json.GetArrayLength());
        Assert.Equal("400 \"Workspace name can not be empty\"", (await h.Post($"organizations/{org}/workspaces", "{}")).ToString());
        Assert.Equal("400 \"Invalid JSON input\"", (await h.Post($"organizations/{org}/workspaces", """{"name":true}""")).ToString());
    }

    [Fact]
    public async Task unrouted_methods_answer_405_empty()
    {
        await using var h = await Harness.Start();
        var reply = await h.Patch($"organizations/{h.Sandbox.OrganizationId}", "{}");
        Assert.Equal(405, reply.Status);
        Assert.Equal("", reply.Body);
    }
}
