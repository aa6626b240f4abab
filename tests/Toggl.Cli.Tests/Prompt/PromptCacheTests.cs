using Toggl.Cli.Configuration;
using Toggl.Cli.Prompt;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Prompt;

/// <summary>The prompt's read of the synced cache: running, idle, missing, corrupt; never a request.</summary>
public sealed class PromptCacheTests : CliTest
{
    private TogglPaths Paths => TogglPaths.Resolve(Home, name => Environment.GetValueOrDefault(name));

    [Fact]
    public async Task The_running_entry_comes_with_its_project_and_client_names_and_no_request()
    {
        var client = Sandbox.AddClient("Acme");
        var project = Sandbox.AddProject("Website", client.Id);
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-83), null, "Writing docs", project.Id, ["docs"]);
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();

        var running = PromptCache.Running(Paths, name => Environment.GetValueOrDefault(name));

        Assert.NotNull(running);
        Assert.Equal(("Writing docs", "Website", "Acme"), (running.Description, running.Project, running.Client));
        Assert.Equal(["docs"], running.Tags);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Without_a_running_entry_there_is_none()
    {
        AddEntry(hoursAgo: 2, minutes: 30, "Done");
        await RunOkAsync("sync");
        Assert.Null(PromptCache.Running(Paths, name => Environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Without_a_cache_the_problem_says_to_sync_and_no_file_is_made()
    {
        var problem = Assert.Throws<PromptProblem>(() => PromptCache.Running(Paths, name => Environment.GetValueOrDefault(name)));
        Assert.Contains("toggl sync", problem.Message);
        Assert.False(File.Exists(CacheFile));
    }

    [Fact]
    public void A_corrupt_cache_is_a_problem_naming_the_file()
    {
        Directory.CreateDirectory(CacheFolder);
        File.WriteAllText(CacheFile, "this is not a database, it is long enough to have a header that is wrong........");
        var problem = Assert.Throws<PromptProblem>(() => PromptCache.Running(Paths, name => Environment.GetValueOrDefault(name)));
        Assert.Contains(CacheFile, problem.Message);
    }

    [Fact]
    public async Task Without_a_workspace_set_every_cache_is_read_and_the_latest_running_entry_wins()
    {
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-5), null, "Now");
        await RunOkAsync("sync");
        Environment.Remove("TOGGL_WORKSPACE_ID");
        Assert.Equal("Now", PromptCache.Running(Paths, name => Environment.GetValueOrDefault(name))?.Description);
    }
}
