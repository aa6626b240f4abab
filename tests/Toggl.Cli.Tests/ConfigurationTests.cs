using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests;

/// <summary>
/// Where the account comes from: flags, environment, config.ini, ~/.togglrc, defaults, read by the façade's one
/// configuration reader (real files in a temporary folder).
/// </summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("toggl-config-test-").FullName;

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Togglrc => File(".togglrc", """
        # written by togglCli
        [auth]
        api_token = rc-token
        [options]
        default_wid = 111
        """);

    private string Absent => Path.Combine(folder, "absent.ini");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Togglrc_alone_configures_the_account_with_Toggls_address()
    {
        var account = AccountResolver.Resolve(AccountFlags.None, Env(), Absent, Togglrc);
        Assert.True(account.Credentials.IsApiToken);
        Assert.Equal(111, account.WorkspaceId);
        Assert.Equal(TogglClientOptions.DefaultBaseAddress, account.BaseAddress);
    }

    [Fact]
    public void The_environment_beats_the_files_and_flags_beat_the_environment()
    {
        var env = Env(("TOGGL_API_TOKEN", "env-token"), ("TOGGL_WORKSPACE_ID", "222"), ("TOGGL_BASE_URL", "http://127.0.0.1:9/api/v9"));
        var fromEnv = AccountResolver.Resolve(AccountFlags.None, env, Absent, Togglrc);
        Assert.Equal(222L, fromEnv.WorkspaceId);
        Assert.Equal("http://127.0.0.1:9/api/v9/", fromEnv.BaseAddress.AbsoluteUri);

        var fromFlags = AccountResolver.Resolve(new AccountFlags("flag-token", "333", null), env, Absent, Togglrc);
        Assert.Equal(333L, fromFlags.WorkspaceId);
        Assert.Equal("http://127.0.0.1:9/api/v9/", fromFlags.BaseAddress.AbsoluteUri);
    }

    [Fact]
    public void The_tools_config_file_beats_togglrc_value_by_value()
    {
        var config = File("config.ini", "[options]\ndefault_wid = 444\n");
        var account = AccountResolver.Resolve(AccountFlags.None, Env(), config, Togglrc);
        Assert.Equal(444, account.WorkspaceId);
        Assert.True(account.Credentials.IsApiToken);
    }

    [Fact]
    public void Email_and_password_work_from_the_environment_and_from_togglrc()
    {
        var env = AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "me@example.com"), ("TOGGL_PASSWORD", "pw"), ("TOGGL_WORKSPACE_ID", "1")), null, null);
        Assert.Equal("me@example.com", env.Credentials.Email);

        var rc = AccountResolver.Resolve(AccountFlags.None, Env(), null, File(".togglrc", "[auth]\nemail: a@b.c\npassword: 'secret'\n[options]\ndefault_wid: 5"));
        Assert.Equal(("a@b.c", 5L), (rc.Credentials.Email, rc.WorkspaceId));
    }

    [Fact]
    public void Without_an_account_the_error_says_how_to_configure_one_and_mentions_the_demo()
    {
        var error = Assert.Throws<CliException>(() => AccountResolver.Resolve(AccountFlags.None, Env(), Absent, Absent));
        Assert.Equal(ExitCodes.NotConfigured, error.ExitCode);
        Assert.Contains("TOGGL_API_TOKEN", error.Message);
        Assert.Contains("toggl demo", error.Message);
        Assert.Contains("toggl sandbox", error.Message);
    }

    [Fact]
    public void A_token_without_a_workspace_is_an_account_whose_workspace_is_asked_of_toggl()
    {
        // The session asks for the user's default workspace (GET me) once: see DefaultWorkspaceTests.
        var account = AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "t")), null, null);
        Assert.Null(account.WorkspaceId);
        Assert.True(account.Credentials.IsApiToken);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-4")]
    [InlineData("0")]
    public void A_workspace_id_that_is_not_a_positive_number_is_a_bad_argument_naming_its_source(string workspace)
    {
        var error = Assert.Throws<CliException>(() =>
            AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "t"), ("TOGGL_WORKSPACE_ID", workspace)), null, null));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("TOGGL_WORKSPACE_ID", error.Message);
    }

    [Theory]
    [InlineData("ftp://example.com")]
    // The core's rule: credentials go over plain http only to this machine (this one was accepted before).
    [InlineData("http://example.com/api/v9/")]
    [InlineData("not an address")]
    public void A_base_url_the_core_refuses_is_a_bad_argument_naming_the_flag(string baseUrl)
    {
        var error = Assert.Throws<CliException>(() =>
            AccountResolver.Resolve(new AccountFlags("t", "1", baseUrl), Env(), null, null));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("--base-url", error.Message);
    }

    [Fact]
    public void A_malformed_line_in_a_configuration_file_is_a_bad_argument_naming_the_file_and_the_line()
    {
        // Was skipped silently: a typo in the token line then left the tool with no token, or another file's.
        var config = File("config.ini", "[auth]\napi_token rc-token-typo\n");
        var error = Assert.Throws<CliException>(() => AccountResolver.Resolve(AccountFlags.None, Env(), config, Togglrc));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains(config, error.Message);
        Assert.Contains("line 2", error.Message);
        Assert.DoesNotContain("rc-token-typo", error.Message);
    }

    [Theory]
    // The Python library's convention: TOGGL_PASSWORD set means TOGGL_API_TOKEN is the login's e-mail, whatever it looks like.
    [InlineData("me@example.com", "pw")]
    [InlineData("not-an-email", "pw")]
    [InlineData("5e3c7a1f0b9d42e68c1a7f3e5d2b9c04", null)]
    [InlineData("5e3c7a1f0b9d42e68c1a7f3e5d2b9c04", "pw")]
    public void The_library_and_the_tool_resolve_the_same_environment_to_the_same_login(string token, string? password)
    {
        var env = Env(("TOGGL_API_TOKEN", token), ("TOGGL_PASSWORD", password!), ("TOGGL_WORKSPACE_ID", "7"));

        var library = TogglConfiguration.Load(new TogglConfigurationSources { Environment = env, TogglrcFile = null });
        var tool = AccountResolver.Resolve(AccountFlags.None, env, null, null);

        Assert.Equal((library.Auth?.IsApiToken, library.Auth?.Email), (tool.Credentials.IsApiToken, tool.Credentials.Email));
        Assert.Equal(password is null, tool.Credentials.IsApiToken);
    }

    [Fact]
    public void Credentials_never_show_the_secret()
    {
        var account = AccountResolver.Resolve(new AccountFlags("sekrit-token", "1", null), Env(), null, null);
        Assert.DoesNotContain("sekrit-token", account.Credentials.ToString());
        Assert.DoesNotContain("sekrit-token", account.ToString());
        var email = AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "a@b.c"), ("TOGGL_PASSWORD", "hunter2"), ("TOGGL_WORKSPACE_ID", "1")), null, null);
        Assert.DoesNotContain("hunter2", email.ToString());
    }

    [Fact]
    public void A_home_override_is_a_whole_pretend_home_and_xdg_folders_are_followed_otherwise()
    {
        var home = Path.Combine(Path.GetTempPath(), "toggl-home");
        var overridden = TogglPaths.Resolve(home, Env(("XDG_CONFIG_HOME", "/elsewhere")));
        Assert.Equal(Path.Combine(home, ".togglrc"), overridden.Togglrc);
        Assert.Equal(Path.Combine(home, ".config", "togglfun"), overridden.ConfigFolder);
        Assert.Equal(Path.Combine(home, ".cache", "togglfun"), overridden.CacheFolder);

        var fromEnv = TogglPaths.Resolve(null, Env(("TOGGL_HOME", home)));
        Assert.Equal(overridden, fromEnv);

        var xdg = TogglPaths.Resolve(null, Env(("HOME", "/home/u"), ("XDG_CONFIG_HOME", "/cfg"), ("XDG_CACHE_HOME", "/cch")));
        Assert.Equal(("/home/u/.togglrc", "/cfg/togglfun", "/cch/togglfun"), (xdg.Togglrc, xdg.ConfigFolder, xdg.CacheFolder));
    }
}
