namespace Toggl.Sandbox.Tests;

/// <summary>docs/toggl-api.md §2 and §12.1.</summary>
public sealed class AuthTests
{
    [Fact]
    public async Task me_without_authorization_returns_401_empty_with_missing_header()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "me", noAuth: true);
        Assert.Equal(401, reply.Status);
        Assert.Equal("", reply.Body);
        Assert.Equal("true", reply.Header("X-Authorization-Missing"));
    }

    [Fact]
    public async Task me_with_api_token_returns_200_with_user()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic(h.Sandbox.ApiToken, "api_token"));
        Assert.Equal(200, reply.Status);
        Assert.Equal(h.Sandbox.UserId, reply.Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task me_with_email_and_password_returns_200()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic(h.Sandbox.Email, h.Sandbox.Password));
        Assert.Equal(200, reply.Status);
        Assert.Equal(h.Sandbox.Email, reply.Json.GetProperty("email").GetString());
    }

    [Fact]
    public async Task me_with_wrong_token_returns_403_with_json_string()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic("0123456789abcdef0123456789abcdef", "api_token"));
        Assert.Equal(403, reply.Status);
        Assert.Equal("\"Incorrect username and/or password\"", reply.Body);
        Assert.Equal("application/json; charset=utf-8", reply.ContentType);
        Assert.Null(reply.Header("X-Authorization-Missing"));
    }

    [Fact]
    public async Task me_with_wrong_password_returns_403()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic(h.Sandbox.Email, "not-the-password"));
        Assert.Equal(403, reply.Status);
    }

    [Theory]
    [InlineData("Basic not-base64!")]
    [InlineData("Bearer abc")]
    [InlineData("Basic bm9jb2xvbg==")]
    public async Task me_with_malformed_authorization_returns_403(string header)
    {
        await using var h = await Harness.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "me");
        request.Headers.TryAddWithoutValidation("Authorization", header);
        using var bare = new HttpClient { BaseAddress = h.Sandbox.BaseAddress };
        using var response = await bare.SendAsync(request);
        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task bad_credentials_status_is_configurable_to_401_with_empty_body()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, BadCredentialsStatus = 401 });
        var reply = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic("nobody", "api_token"));
        Assert.Equal(401, reply.Status);
        Assert.Equal("", reply.Body);
    }

    [Fact]
    public async Task status_without_auth_returns_200_ok()
    {
        await using var h = await Harness.Start();
        var reply = await h.Send(HttpMethod.Get, "status", noAuth: true);
        Assert.Equal(200, reply.Status);
        Assert.Equal("{\"status\":\"OK\"}", reply.Body);
    }

    [Fact]
    public async Task given_api_token_is_the_one_accepted()
    {
        await using var h = await Harness.Start(c => new SandboxOptions { TimeProvider = c, ApiToken = "cafebabecafebabecafebabecafebabe" });
        Assert.Equal("cafebabecafebabecafebabecafebabe", h.Sandbox.ApiToken);
        var reply = await h.Send(HttpMethod.Get, "me/logged", auth: Harness.Basic("cafebabecafebabecafebabecafebabe", "api_token"));
        Assert.Equal(200, reply.Status);
    }
}
