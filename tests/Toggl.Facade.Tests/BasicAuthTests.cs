namespace Toggl.Facade.Tests;

/// <summary>Credentials never show their secret.</summary>
public sealed class BasicAuthTests
{
    [Fact]
    public void An_API_token_is_hidden_from_ToString()
    {
        var auth = BasicAuth.FromApiToken(Canary.Token);

        Canary.AssertAbsent(auth.ToString(), "BasicAuth.ToString()");
        Assert.True(auth.IsApiToken);
        Assert.Null(auth.Email);
    }

    [Fact]
    public void A_password_is_hidden_from_ToString_but_the_email_is_shown()
    {
        var auth = BasicAuth.FromEmailPassword("me@example.com", Canary.Password);

        Canary.AssertAbsent(auth.ToString(), "BasicAuth.ToString()");
        Assert.Contains("me@example.com", auth.ToString());
        Assert.False(auth.IsApiToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has:colon")]
    public void A_malformed_token_is_refused_without_repeating_it(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => BasicAuth.FromApiToken(token));

        Assert.Equal("apiToken", error.ParamName);
        if (token.Trim().Length > 0)
            Assert.DoesNotContain(token, error.Message);
    }

    [Fact]
    public void Malformed_email_credentials_name_the_part_at_fault()
    {
        Assert.Equal("email", Assert.Throws<ArgumentException>(() => BasicAuth.FromEmailPassword(" ", "pw")).ParamName);
        Assert.Equal("password", Assert.Throws<ArgumentException>(() => BasicAuth.FromEmailPassword("me@example.com", "")).ParamName);
        Assert.Throws<ArgumentNullException>(() => BasicAuth.FromApiToken(null!));
        Assert.Throws<ArgumentNullException>(() => BasicAuth.FromEmailPassword("me@example.com", null!));
    }

    [Fact]
    public async Task The_endpoint_ToString_names_the_workspace_and_never_the_token()
    {
        await using var h = await Harness.StartAsync();
        using var trackers = h.Endpoint();

        var text = trackers.ToString();

        Assert.Contains(h.Sandbox.WorkspaceId.ToString(), text);
        Canary.AssertAbsent(text, "TrackerEndpoint.ToString()");
    }
}
