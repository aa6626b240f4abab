using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary><c>TOGGL_TIMEOUT</c>: how many seconds a read may wait for Toggl, all attempts together.</summary>
public sealed class TimeoutVariableTests : CliTest
{
    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("NaN")]
    [InlineData("100000")]
    public async Task A_bad_TOGGL_TIMEOUT_is_a_usage_error_naming_the_variable(string value)
    {
        Environment["TOGGL_TIMEOUT"] = value;

        var run = await RunAsync("current");

        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("TOGGL_TIMEOUT", run.Error);
        Assert.Empty(Sandbox.RequestLog);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("2.5")]
    public async Task A_TOGGL_TIMEOUT_in_seconds_is_accepted(string value)
    {
        Environment["TOGGL_TIMEOUT"] = value;

        await RunOkAsync("current");
    }
}
