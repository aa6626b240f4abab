using System.Globalization;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// The tool and the library read one environment the same way, against the sandbox: with <c>TOGGL_PASSWORD</c> set,
/// <c>TOGGL_API_TOKEN</c> is the login's e-mail whatever it looks like (here a login without an '@', which the
/// library used to send as an API token while the tool sent it as an e-mail).
/// </summary>
public sealed class LoginTests : CliTest
{
    protected override SandboxOptions Options => new() { Timezone = Zone.Id, Email = "ada-login", Password = "hunter2-pw" };

    [Fact]
    public async Task The_tool_and_the_library_log_in_with_the_same_email_and_password_from_the_environment()
    {
        Environment = new Dictionary<string, string?>
        {
            ["TOGGL_HOME"] = Home,
            ["TOGGL_API_TOKEN"] = Sandbox.Email,
            ["TOGGL_PASSWORD"] = Sandbox.Password,
            ["TOGGL_WORKSPACE_ID"] = Sandbox.WorkspaceId.ToString(CultureInfo.InvariantCulture),
            ["TOGGL_BASE_URL"] = Sandbox.BaseAddress.AbsoluteUri,
        };

        await RunOkAsync("start", "From the tool");

        var environment = Environment;
        var config = TogglConfiguration.Load(new TogglConfigurationSources { Environment = environment.GetValueOrDefault, TogglrcFile = null });
        using var trackers = config.CreateTrackerEndpoint();
        var running = await trackers.CurrentAsync(refresh: true);

        Assert.Equal("From the tool", running?.Description);
        var shown = await RunOkAsync("config", "show");
        Assert.Contains("email ada-login (password hidden)", shown.Out);
        Assert.DoesNotContain(Sandbox.Password, shown.Out);
    }
}
