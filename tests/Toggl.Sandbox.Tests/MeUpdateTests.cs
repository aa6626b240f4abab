using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary><c>PUT /me</c> (docs/toggl-api.md §8.1).</summary>
public sealed class MeUpdateTests
{
    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task put_changes_the_user_and_answers_it_as_get_shows_it()
    {
        await using var h = await Harness.Start();
        var before = (await h.Get("me")).Json;
        var second = (await h.Post($"organizations/{h.Sandbox.OrganizationId}/workspaces", """{"name":"Second"}""")).Json.GetProperty("id").GetInt64();
        var reply = await h.Put("me", $$"""{"fullname":"Ada Lovelace","email":"ada@example.com","timezone":"Europe/Berlin","beginning_of_week":0,"default_workspace_id":{{second}},"country_id":null}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal(Keys(before), Keys(reply.Json));
        Assert.Equal("Ada Lovelace", reply.Json.GetProperty("fullname").GetString());
        Assert.Equal("ada@example.com", reply.Json.GetProperty("email").GetString());
        Assert.Equal("Europe/Berlin", reply.Json.GetProperty("timezone").GetString());
        Assert.Equal(0, reply.Json.GetProperty("beginning_of_week").GetInt32());
        Assert.Equal(second, reply.Json.GetProperty("default_workspace_id").GetInt64());
        Assert.Equal(reply.Body, (await h.Get("me")).Body);
        Assert.Equal("ada@example.com", h.Sandbox.Email);
    }

    [Fact]
    public async Task a_new_password_needs_the_current_one()
    {
        await using var h = await Harness.Start();
        Assert.Equal("400 \"Current password is not valid\"", (await h.Put("me", """{"password":"n3w-Secret","current_password":"wrong"}""")).ToString());
        var ok = await h.Put("me", $$"""{"password":"n3w-Secret","current_password":"{{h.Sandbox.Password}}"}""");
        Assert.Equal(200, ok.Status);
        Assert.Equal("n3w-Secret", h.Sandbox.Password);
    }

    [Theory]
    [InlineData("{", "\"Invalid JSON input\"")]
    [InlineData("[]", "\"Invalid JSON input\"")]
    [InlineData("""{"beginning_of_week":"monday"}""", "\"Invalid JSON input\"")]
    [InlineData("""{"fullname":" "}""", "\"fullname can not be empty\"")]
    [InlineData("""{"email":"nobody"}""", "\"Invalid email\"")]
    [InlineData("""{"beginning_of_week":7}""", "\"beginning_of_week must be between 0 and 6\"")]
    [InlineData("""{"timezone":"Mars/Olympus"}""", "\"Invalid timezone\"")]
    public async Task bad_bodies_answer_400_and_change_nothing(string body, string text)
    {
        await using var h = await Harness.Start();
        var before = (await h.Get("me")).Body;
        Assert.Equal($"400 {text}", (await h.Put("me", body)).ToString());
        Assert.Equal(before, (await h.Get("me")).Body);
    }

    [Fact]
    public async Task another_users_workspace_as_default_answers_403()
    {
        await using var h = await Harness.Start();
        var reply = await h.Put("me", $$"""{"default_workspace_id":{{h.Wid + 1}}}""");
        Assert.Equal("403 \"User does not have access to this resource\"", reply.ToString());
    }
}
