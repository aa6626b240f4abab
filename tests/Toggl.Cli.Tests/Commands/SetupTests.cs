using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>Configuration, credentials and the files the tool writes.</summary>
public sealed class SetupTests : CliTest
{
    [Fact]
    public async Task Without_an_account_a_command_explains_how_to_configure_one()
    {
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home };
        var run = await RunAsync("list");
        Assert.Equal(ExitCodes.NotConfigured, run.ExitCode);
        Assert.Contains("TOGGL_API_TOKEN", run.Error);
        Assert.Contains("toggl demo", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_wrong_token_is_exit_code_5()
    {
        Environment["TOGGL_API_TOKEN"] = "0123456789abcdef0123456789abcdef";
        var run = await RunAsync("sync");
        Assert.Equal(ExitCodes.Authentication, run.ExitCode);
        Assert.Contains("credentials", run.Error);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_beat_the_environment()
    {
        Environment["TOGGL_WORKSPACE_ID"] = "1";
        Environment["TOGGL_API_TOKEN"] = "wrong";
        await RunOkAsync("sync", "--api-token", Sandbox.ApiToken, "--workspace", Sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_cache_and_state_files_are_readable_by_their_owner_only()
    {
        await RunOkAsync("start", "Private");
        var files = Directory.GetFiles(Path.Combine(Home, ".cache", "togglfun"));
        Assert.Contains(files, f => f.EndsWith(".sqlite", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in files.Where(f => f.EndsWith(".sqlite", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.Combine(Home, ".cache", "togglfun")));
        }
    }

    [Fact]
    public async Task Config_set_stores_the_account_owner_only_and_later_commands_use_it()
    {
        var token = Sandbox.ApiToken;
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home };
        await RunOkAsync("config", "set", "--api-token", token, "--workspace", Sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--base-url", Sandbox.BaseAddress.AbsoluteUri);
        var file = Path.Combine(Home, ".config", "togglfun", "config.ini");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await RunOkAsync("start", "Configured");
        Assert.Equal("Configured", Sandbox.RunningTimeEntry?.Description);
        var shown = await RunOkAsync("config", "show");
        Assert.DoesNotContain(token, shown.Out, StringComparison.Ordinal);
        Assert.Contains("hidden", shown.Out);
    }

    [Fact]
    public async Task Togglrc_in_the_home_folder_configures_the_account()
    {
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home, ["TOGGL_BASE_URL"] = Sandbox.BaseAddress.AbsoluteUri };
        Directory.CreateDirectory(Home);
        await File.WriteAllTextAsync(Path.Combine(Home, ".togglrc"), $"[auth]\napi_token = {Sandbox.ApiToken}\n[options]\ndefault_wid = {Sandbox.WorkspaceId}\n");
        await RunOkAsync("start", "From togglrc");
        Assert.Equal("From togglrc", Sandbox.RunningTimeEntry?.Description);
    }

    [Fact]
    public async Task A_malformed_line_in_togglrc_stops_the_command_naming_the_file_and_the_line()
    {
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home, ["TOGGL_BASE_URL"] = Sandbox.BaseAddress.AbsoluteUri };
        Directory.CreateDirectory(Home);
        var togglrc = Path.Combine(Home, ".togglrc");
        await File.WriteAllTextAsync(togglrc, $"[auth]\napi_token {Sandbox.ApiToken}\n[options]\ndefault_wid = {Sandbox.WorkspaceId}\n");

        var run = await RunAsync("start", "Never sent");

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains($"{togglrc}, line 2", run.Error);
        Assert.DoesNotContain(Sandbox.ApiToken, run.Error + run.Out, StringComparison.Ordinal);
        Assert.Null(Sandbox.RunningTimeEntry);
    }

    [Fact]
    public async Task Config_set_over_a_malformed_config_file_names_the_line_and_leaves_the_file_alone()
    {
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home };
        var folder = Path.Combine(Home, ".config", "togglfun");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "config.ini");
        var text = "[auth]\napi_token = kept\n[options]\ndefault_wid 4\n";
        await File.WriteAllTextAsync(file, text);

        var run = await RunAsync("config", "set", "--workspace", "5");

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains($"{file}, line 4", run.Error);
        Assert.Equal(text, await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("--workspace", "abc", "--workspace must be a positive workspace id")]
    [InlineData("--base-url", "http://example.com/api/v9/", "--base-url")]
    public async Task Config_set_refuses_a_value_it_could_not_read_back_and_writes_nothing(string flag, string value, string named)
    {
        Environment = new Dictionary<string, string?> { ["TOGGL_HOME"] = Home };

        var run = await RunAsync("config", "set", flag, value);

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.False(File.Exists(Path.Combine(Home, ".config", "togglfun", "config.ini")));
    }
}
