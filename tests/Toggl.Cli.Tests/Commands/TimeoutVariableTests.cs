using Toggl.Cli.Infrastructure;
using Toggl.Sandbox;

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

    [Fact]
    public async Task A_read_Toggl_never_answers_ends_at_TOGGL_TIMEOUT_with_one_line_saying_so()
    {
        await RunOkAsync("sync");
        Environment["TOGGL_TIMEOUT"] = "0.5";
        Sandbox.Faults.Always(Fault.Delay(TimeSpan.FromMinutes(5)), "GET");

        var run = await RunAsync("current", "--refresh");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal(
            "toggl: Toggl did not answer within 0.5 s (1 attempt); TOGGL_TIMEOUT (seconds) sets how long a read may wait",
            run.Error.TrimEnd('\n'));
    }
}
