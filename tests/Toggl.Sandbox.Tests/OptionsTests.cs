namespace Toggl.Sandbox.Tests;

/// <summary>Options the sandbox cannot honour are refused at start, naming the option.</summary>
public sealed class OptionsTests
{
    public static TheoryData<SandboxOptions, string> BadOptions => new()
    {
        { new SandboxOptions { Timezone = "Mars/Olympus" }, "Timezone" },
        { new SandboxOptions { BadCredentialsStatus = 500 }, "BadCredentialsStatus" },
        { new SandboxOptions { ApiToken = "a:b" }, "ApiToken" },
        { new SandboxOptions { Port = 70000 }, "Port" },
        { new SandboxOptions { LeakyBucketBurst = 0 }, "LeakyBucketBurst" },
        { new SandboxOptions { DefaultListWindow = TimeSpan.Zero }, "DefaultListWindow" },
        { new SandboxOptions { ForeignOrganizationGet = (ForeignOrganizationAnswer)7 }, "ForeignOrganizationGet" },
        { new SandboxOptions { OrganizationPutAnswer = (OrganizationPutAnswer)7 }, "OrganizationPutAnswer" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task start_with_bad_option_throws_argument_exception_naming_it(SandboxOptions options, string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => TogglSandbox.StartAsync(options));
        Assert.Equal(name, error.ParamName);
        Assert.Contains(name, error.Message);
    }
}
