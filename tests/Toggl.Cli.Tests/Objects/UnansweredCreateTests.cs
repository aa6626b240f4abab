using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Objects;

/// <summary>
/// A create of an object Toggl did not answer may have been applied: the tool looks for it before it says the
/// create failed, and when it cannot tell, says so (exit code 8) with the listing to check.
/// </summary>
public sealed class UnansweredCreateTests : CliTest
{
    [Fact]
    public async Task Projects_add_Toggl_applied_but_did_not_answer_succeeds_with_Toggls_project()
    {
        Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");

        var added = (await RunOkAsync("projects", "add", "Website", "--output", "json")).Json;

        Assert.Equal(Sandbox.Project("Website").Id, added.GetProperty("id").GetInt64());
        Assert.Single(Sandbox.Projects, p => p.Name == "Website");
    }

    [Theory]
    [InlineData("projects", "project", "Website")]
    [InlineData("clients", "client", "Acme")]
    [InlineData("tags", "tag", "draft")]
    public async Task An_add_whose_outcome_is_unknown_exits_8_naming_the_object_and_the_listing_to_check(string branch, string kind, string name)
    {
        Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");
        // The listing that looks for it fails at once (402 is never retried).
        Sandbox.Faults.Next(1, Fault.QuotaExhausted, "GET");

        var run = await RunAsync(branch, "add", name);

        Assert.Equal(ExitCodes.OutcomeUnknown, run.ExitCode);
        Assert.Contains($"the {kind} '{name}' may have been created", run.Error);
        Assert.Contains($"run `toggl {branch} list --refresh` before trying again", run.Error);
    }

    [Fact]
    public async Task An_organization_add_unanswered_exits_8_at_once()
    {
        Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST");

        var run = await RunAsync("orgs", "add", "Acme Ltd", "--workspace-name", "Acme");

        Assert.Equal(ExitCodes.OutcomeUnknown, run.ExitCode);
        Assert.Contains("the organization 'Acme Ltd' may have been created", run.Error);
        Assert.Contains("toggl orgs list --refresh", run.Error);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task A_create_Toggl_never_answers_is_not_told_about_the_reads_timeout()
    {
        Sandbox.Faults.Always(Fault.Delay(TimeSpan.FromMinutes(5)), "POST");

        var run = await RunAsync("projects", "add", "Slow");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("toggl: Toggl did not answer within 10 s (1 attempt); the change was not confirmed", run.Error);
        Assert.DoesNotContain("a read may wait", run.Error);
        // It was looked for (one listing) and is not there: nothing was created.
        Assert.Single(Requests, r => r.Method == "GET");
        Assert.DoesNotContain(Sandbox.Projects, p => p.Name == "Slow");
    }
}
