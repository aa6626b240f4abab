namespace Toggl.Facade.Tests;

/// <summary>Credentials and workspace from the environment and from a togglCli ~/.togglrc.</summary>
public sealed class ConfigurationTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_environment_gives_an_API_token_workspace_and_base_address()
    {
        var config = TogglConfiguration.FromVariables(Variables(
            ("TOGGL_API_TOKEN", Canary.Token),
            ("TOGGL_WORKSPACE_ID", "2230580"),
            ("TOGGL_BASE_URL", "http://127.0.0.1:9555/api/v9/")));

        Assert.True(config.Auth?.IsApiToken);
        Assert.Equal(2230580, config.WorkspaceId);
        Assert.Equal(new Uri("http://127.0.0.1:9555/api/v9/"), config.BaseAddress);
        Canary.AssertAbsent(config.ToString(), "TogglConfiguration.ToString()");
    }

    [Fact]
    public void An_email_in_TOGGL_API_TOKEN_is_used_with_TOGGL_PASSWORD()
    {
        var config = TogglConfiguration.FromVariables(Variables(
            ("TOGGL_API_TOKEN", "me@example.com"),
            ("TOGGL_PASSWORD", Canary.Password)));

        Assert.False(config.Auth?.IsApiToken);
        Assert.Equal("me@example.com", config.Auth?.Email);
        Assert.Null(config.WorkspaceId);
    }

    [Fact]
    public void TOGGL_API_TOKEN_with_TOGGL_PASSWORD_is_an_email_login_whatever_the_token_looks_like()
    {
        var config = TogglConfiguration.FromVariables(Variables(
            ("TOGGL_API_TOKEN", "ada-login"),
            ("TOGGL_PASSWORD", Canary.Password)));

        Assert.False(config.Auth?.IsApiToken);
        Assert.Equal("ada-login", config.Auth?.Email);
    }

    [Fact]
    public void An_email_without_a_password_is_a_configuration_error()
    {
        var error = Assert.Throws<TogglConfigurationException>(
            () => TogglConfiguration.FromVariables(Variables(("TOGGL_API_TOKEN", "me@example.com"))));

        Assert.Contains("TOGGL_PASSWORD", error.Message);
    }

    [Theory]
    [InlineData("TOGGL_WORKSPACE_ID", "abc")]
    [InlineData("TOGGL_WORKSPACE_ID", "-4")]
    [InlineData("TOGGL_BASE_URL", "not a url")]
    [InlineData("TOGGL_BASE_URL", "http://user:pass@example.com/")]
    [InlineData("TOGGL_BASE_URL", "http://example.com/api/v9/")]
    [InlineData("TOGGL_BASE_URL", "https://example.com/api/v9/?x=1")]
    public void A_malformed_variable_is_named_in_the_error(string name, string value)
    {
        var error = Assert.Throws<TogglConfigurationException>(() => TogglConfiguration.FromVariables(Variables((name, value))));

        Assert.Contains(name, error.Message);
        Assert.DoesNotContain("pass@", error.Message);
    }

    [Fact]
    public void A_token_pasted_into_the_workspace_variable_is_not_repeated_in_the_error()
    {
        var error = Assert.Throws<TogglConfigurationException>(
            () => TogglConfiguration.FromVariables(Variables(("TOGGL_WORKSPACE_ID", "1971800d4d82861d8f2c1651fea4d212"))));
        Assert.Contains("TOGGL_WORKSPACE_ID", error.Message);
        Assert.DoesNotContain("1971800d4d82861d8f2c1651fea4d212", error.Message);
    }

    [Fact]
    public void A_malformed_token_is_reported_without_its_value()
    {
        var error = Assert.Throws<TogglConfigurationException>(
            () => TogglConfiguration.FromVariables(Variables(("TOGGL_API_TOKEN", Canary.Token + " x"))));

        Canary.AssertAbsent(error);
        Assert.Contains("TOGGL_API_TOKEN", error.Message);
    }

    [Fact]
    public void A_togglrc_with_an_api_token_and_default_workspace_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, ".togglrc");
        File.WriteAllLines(path,
        [
            "[auth]",
            $"api_token = {Canary.Token}",
            "",
            "; written by togglCli",
            "[options]",
            "default_wid: 42",
            "tz = Europe/Berlin",
        ]);

        var config = TogglConfiguration.FromTogglrc(path);

        Assert.True(config.Auth?.IsApiToken);
        Assert.Equal(42, config.WorkspaceId);
        Assert.Null(config.BaseAddress);
    }

    [Fact]
    public void A_togglrc_with_email_and_password_is_read()
    {
        var config = TogglConfiguration.FromTogglrcLines(
            ["[AUTH]", "Email = me@example.com", $"password = {Canary.Password}"],
            "test");

        Assert.Equal("me@example.com", config.Auth?.Email);
    }

    [Fact]
    public void A_malformed_togglrc_names_the_line()
    {
        var error = Assert.Throws<TogglConfigurationException>(
            () => TogglConfiguration.FromTogglrcLines(["api_token = x"], "rc"));

        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void A_missing_explicit_togglrc_is_an_error()
    {
        using var folder = new TempFolder();

        Assert.Throws<FileNotFoundException>(() => TogglConfiguration.FromTogglrc(Path.Combine(folder.Path, "absent")));
    }

    [Fact]
    public void Or_fills_in_only_what_is_missing()
    {
        var fromEnvironment = new TogglConfiguration(null, 7, null);
        var fromFile = new TogglConfiguration(BasicAuth.FromApiToken("abc"), 9, new Uri("https://example.com/api/v9/"));

        var combined = fromEnvironment.Or(fromFile);

        Assert.Same(fromFile.Auth, combined.Auth);
        Assert.Equal(7, combined.WorkspaceId);
        Assert.Equal(fromFile.BaseAddress, combined.BaseAddress);
    }
}
