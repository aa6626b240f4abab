namespace Toggl.Sandbox.Tests;

/// <summary>/me, /me/workspaces, /workspaces/{wid}, /me/logged (docs/toggl-api.md §2, §8.1–§8.3).</summary>
public sealed class MeTests
{
    [Fact]
    public async Task me_returns_user_fields_in_recorded_order()
    {
        await using var h = await Harness.Start();
        var me = (await h.Get("me")).Json;
        var keys = me.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            new[] { "id", "api_token", "email", "fullname", "timezone", "toggl_accounts_id", "default_workspace_id", "beginning_of_week", "image_url", "created_at", "updated_at", "openid_email", "openid_enabled", "country_id", "has_password", "at", "intercom_hash", "oauth_providers", "authorization_updated_at" },
            keys);
        Assert.Equal(h.Wid, me.GetProperty("default_workspace_id").GetInt64());
        Assert.Equal("2024-12-16T02:24:56.5667Z", me.GetProperty("at").GetString());
    }

    [Fact]
    public async Task me_with_related_data_adds_related_arrays()
    {
        await using var h = await Harness.Start();
        h.Sandbox.AddTag("t");
        h.Sandbox.AddProject("p");
        await h.Create("""{"start":"2024-12-15T10:00:00Z","duration":60}""");
        var me = (await h.Get("me?with_related_data=true")).Json;
        Assert.Equal(1, me.GetProperty("tags").GetArrayLength());
        Assert.Equal(1, me.GetProperty("projects").GetArrayLength());
        Assert.Equal(0, me.GetProperty("clients").GetArrayLength());
        Assert.Equal(1, me.GetProperty("workspaces").GetArrayLength());
        Assert.Equal(1, me.GetProperty("time_entries").GetArrayLength());
    }

    [Fact]
    public async Task me_workspaces_returns_the_workspace_with_active_project_count()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, Plan = SandboxPlan.Starter });
        h.Sandbox.AddProject("p");
        var ws = (await h.Get("me/workspaces")).Json[0];
        Assert.Equal(h.Wid, ws.GetProperty("id").GetInt64());
        Assert.Equal(h.Sandbox.OrganizationId, ws.GetProperty("organization_id").GetInt64());
        Assert.Equal(1, ws.GetProperty("active_project_count").GetInt32());
        Assert.True(ws.GetProperty("premium").GetBoolean());
    }

    [Fact]
    public async Task workspace_by_id_returns_200_and_unknown_returns_404()
    {
        await using var h = await Harness.Start();
        Assert.Equal(h.Wid, (await h.Get($"workspaces/{h.Wid}")).Json.GetProperty("id").GetInt64());
        var unknown = await h.Get("workspaces/1");
        Assert.Equal(404, unknown.Status);
        Assert.Equal("\"Workspace not found\"", unknown.Body);
    }

    [Fact]
    public async Task me_logged_returns_200()
    {
        await using var h = await Harness.Start();
        Assert.Equal(200, (await h.Get("me/logged")).Status);
    }
}
