namespace Toggl.Cli.Tests.Commands;

/// <summary>The README's first command.</summary>
public sealed class DemoTests : CliTest
{
    [Fact]
    public async Task The_demo_runs_a_whole_session_against_its_own_sandbox_and_ends_with_requests_and_quota()
    {
        Environment = new Dictionary<string, string?>();
        var run = await RunOkAsync("demo");
        Assert.True(run.Out.Contains("Changed 250 entries", StringComparison.Ordinal), run.ToString());
        Assert.Contains("$ toggl start", run.Out);
        Assert.Contains("Started Reviewing pull requests", run.Out);
        Assert.Contains("Stopped Reviewing pull requests", run.Out);
        Assert.Contains("Changed 250 entries", run.Out);
        Assert.Contains("Time by project", run.Out);
        var last = run.Out.Trim().Split('\n')[^2];
        Assert.Matches(@"\d+ requests made to the sandbox .*; \d+ of 30 requests left this hour", last);
        Assert.Empty(Requests);
    }
}
