namespace Toggl.Sandbox.Tests;

/// <summary>
/// The organization answers Toggl has not recorded (docs/toggl-api.md §8.7), each a <see cref="SandboxOptions"/> setting
/// whose default is one candidate and whose other value is the other: clients must tolerate both.
/// </summary>
public sealed class OrganizationAnswerOptionsTests
{
    [Fact]
    public async Task get_of_an_organization_the_user_is_not_in_answers_403_by_default()
    {
        await using var h = await Harness.Start();
        var reply = await h.Get($"organizations/{h.Sandbox.OrganizationId + 1}");
        Assert.Equal("403 \"User does not have access to this resource\"", reply.ToString());
    }

    [Fact]
    public async Task get_of_an_organization_the_user_is_not_in_answers_404_when_set()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, ForeignOrganizationGet = ForeignOrganizationAnswer.NotFound });
        var reply = await h.Get($"organizations/{h.Sandbox.OrganizationId + 1}");
        Assert.Equal("404 \"Resource can not be found\"", reply.ToString());
        Assert.Equal(200, (await h.Get($"organizations/{h.Sandbox.OrganizationId}")).Status);
        // The setting is about GET only: the other routes keep their 403.
        Assert.Equal(403, (await h.Put($"organizations/{h.Sandbox.OrganizationId + 1}", """{"name":"x"}""")).Status);
    }

    [Fact]
    public async Task put_of_an_organization_answers_the_renamed_organization_by_default()
    {
        await using var h = await Harness.Start();
        var reply = await h.Put($"organizations/{h.Sandbox.OrganizationId}", """{"name":"Renamed"}""");
        Assert.Equal(200, reply.Status);
        Assert.Equal("Renamed", reply.Json.GetProperty("name").GetString());
        Assert.Equal(reply.Body, (await h.Get($"organizations/{h.Sandbox.OrganizationId}")).Body);
    }

    [Fact]
    public async Task put_of_an_organization_answers_null_when_set_and_still_renames()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, OrganizationPutAnswer = OrganizationPutAnswer.Null });
        var reply = await h.Put($"organizations/{h.Sandbox.OrganizationId}", """{"name":"Renamed"}""");
        Assert.Equal("200 null", reply.ToString());
        Assert.Equal("Renamed", (await h.Get($"organizations/{h.Sandbox.OrganizationId}")).Json.GetProperty("name").GetString());
        // Errors are unchanged by the setting.
        Assert.Equal(400, (await h.Put($"organizations/{h.Sandbox.OrganizationId}", """{"name":" "}""")).Status);
    }
}
