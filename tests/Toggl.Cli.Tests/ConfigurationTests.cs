using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests;

/// <summary>Where the account comes from: flags, environment, config.ini, ~/.togglrc, defaults.</summary>
public class ConfigurationTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    private static readonly IniFile Togglrc = IniFile.Parse("""
        # written by togglCli
        [auth]
        api_token = rc-token
        [options]
        default_wid = 111
        """);

    [Fact]
    public void Togglrc_alone_configures_the_account_with_Toggls_address()
    {
        var account = AccountResolver.Resolve(AccountFlags.None, Env(), IniFile.Empty, Togglrc);
        Assert.Equal("rc-token", account.Credentials.ApiToken);
        Assert.Equal(111, account.WorkspaceId);
        Assert.Equal(TogglAccount.TogglBaseAddress, account.BaseAddress);
    }

    [Fact]
    public void The_environment_beats_the_files_and_flags_beat_the_environment()
    {
        var env = Env(("TOGGL_API_TOKEN", "env-token"), ("TOGGL_WORKSPACE_ID", "222"), ("TOGGL_BASE_URL", "http://127.0.0.1:9/api/v9"));
        var fromEnv = AccountResolver.Resolve(AccountFlags.None, env, IniFile.Empty, Togglrc);
        Assert.Equal(("env-token", 222L), (fromEnv.Credentials.ApiToken, fromEnv.WorkspaceId));
        Assert.Equal("http://127.0.0.1:9/api/v9/", fromEnv.BaseAddress.AbsoluteUri);

        var fromFlags = AccountResolver.Resolve(new AccountFlags("flag-token", "333", null), env, IniFile.Empty, Togglrc);
        Assert.Equal(("flag-token", 333L), (fromFlags.Credentials.ApiToken, fromFlags.WorkspaceId));
        Assert.Equal("http://127.0.0.1:9/api/v9/", fromFlags.BaseAddress.AbsoluteUri);
    }

    [Fact]
    public void The_tools_config_file_beats_togglrc_value_by_value()
    {
        var config = IniFile.Parse("[options]\ndefault_wid = 444\n");
        var account = AccountResolver.Resolve(AccountFlags.None, Env(), config, Togglrc);
        Assert.Equal(444, account.WorkspaceId);
        Assert.Equal("rc-token", account.Credentials.ApiToken);
    }

    [Fact]
    public void Email_and_password_work_from_the_environment_and_from_togglrc()
    {
        var env = AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "me@example.com"), ("TOGGL_PASSWORD", "pw"), ("TOGGL_WORKSPACE_ID", "1")), IniFile.Empty, IniFile.Empty);
        Assert.Equal(("me@example.com", "pw"), (env.Credentials.Email, env.Credentials.Password));

        var rc = AccountResolver.Resolve(AccountFlags.None, Env(), IniFile.Empty, IniFile.Parse("[auth]\nemail: a@b.c\npassword: 'secret'\n[options]\ndefault_wid: 5"));
        Assert.Equal(("a@b.c", "secret", 5L), (rc.Credentials.Email, rc.Credentials.Password, rc.WorkspaceId));
    }

    [Fact]
    public void Without_an_account_the_error_says_how_to_configure_one_and_mentions_the_demo()
    {
        var error = Assert.Throws<CliException>(() => AccountResolver.Resolve(AccountFlags.None, Env(), IniFile.Empty, IniFile.Empty));
        Assert.Equal(ExitCodes.NotConfigured, error.ExitCode);
        Assert.Contains("TOGGL_API_TOKEN", error.Message);
        Assert.Contains("toggl demo", error.Message);
        Assert.Contains("toggl sandbox", error.Message);
    }

    [Fact]
    public void A_token_without_a_workspace_names_the_missing_workspace()
    {
        var error = Assert.Throws<CliException>(() => AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "t")), IniFile.Empty, IniFile.Empty));
        Assert.Equal(ExitCodes.NotConfigured, error.ExitCode);
        Assert.Contains("workspace", error.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-4")]
    [InlineData("0")]
    public void A_workspace_id_that_is_not_a_positive_number_is_a_bad_argument_naming_its_source(string workspace)
    {
        var error = Assert.Throws<CliException>(() =>
            AccountResolver.Resolve(AccountFlags.None, Env(("TOGGL_API_TOKEN", "t"), ("TOGGL_WORKSPACE_ID", workspace)), IniFile.Empty, IniFile.Empty));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("TOGGL_WORKSPACE_ID", error.Message);
    }

    [Fact]
    public void A_base_url_that_is_not_http_is_refused()
    {
        var error = Assert.Throws<CliException>(() =>
            AccountResolver.Resolve(new AccountFlags("t", "1", "ftp://example.com"), Env(), IniFile.Empty, IniFile.Empty));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("--base-url", error.Message);
    }

    [Fact]
    public void Credentials_never_show_the_secret()
    {
        Assert.DoesNotContain("sekrit-token", TogglCredentials.FromApiToken("sekrit-token").ToString());
        Assert.DoesNotContain("hunter2", TogglCredentials.FromEmailPassword("a@b.c", "hunter2").ToString());
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

    [Fact]
    public void Ini_parsing_ignores_junk_and_is_case_insensitive()
    {
        var ini = IniFile.Parse("garbage line\n[AUTH]\nAPI_TOKEN=x\n; comment\n[options]\nempty =\n");
        Assert.Equal("x", ini["auth", "api_token"]);
        Assert.Null(ini["options", "empty"]);
        Assert.Null(ini["options", "missing"]);
    }
}
