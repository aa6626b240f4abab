using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Completion;

/// <summary>
/// The candidates the shell scripts ask the tool for (<c>toggl __complete INDEX WORD...</c>): commands and options
/// from the command tree, names from the cache a sync filled, never a request, nothing at all without a cache.
/// </summary>
public sealed class CompletionTests : CliTest
{
    /// <summary>The candidates for the last word of <paramref name="words"/>, one a line, as the scripts read them.</summary>
    private async Task<IReadOnlyList<string>> CandidatesAsync(params string[] words)
    {
        var run = await RunAsync(["__complete", (words.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. words]);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Equal("", run.Error);
        return run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A workspace with names to complete, synced into the cache; the request log cleared after.</summary>
    private async Task SyncNamesAsync()
    {
        var acme = Sandbox.AddClient("Acme");
        Sandbox.AddProject("Website", acme.Id);
        Sandbox.AddProject("Web shop");
        Sandbox.AddProject("Internal");
        Sandbox.AddTag("writing");
        Sandbox.AddTag("draft");
        Sandbox.AddTag("review");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
    }

    [Fact]
    public async Task Commands_subcommands_and_options_come_from_the_command_tree()
    {
        Assert.Equal(["sandbox", "show", "start", "stop", "sync"], (await CandidatesAsync("s")).Order());
        Assert.Contains("projects", await CandidatesAsync("pro"));
        Assert.Equal(["add", "delete", "edit", "list"], (await CandidatesAsync("projects", "")).Order());
        var options = await CandidatesAsync("start", "Writing", "--");
        Assert.Contains("--project", options);
        Assert.Contains("--create-project", options);
        Assert.DoesNotContain("--since", options);
        Assert.Equal(["--project"], await CandidatesAsync("start", "Writing", "--pro"));
        Assert.Equal(["csv", "json", "table"], (await CandidatesAsync("list", "--output", "")).Order());
        Assert.Equal(["bash", "fish", "pwsh", "zsh"], (await CandidatesAsync("completion", "")).Order());
        // A bare word wants a command or a value: options only once '-' is typed.
        Assert.DoesNotContain(await CandidatesAsync(""), c => c.StartsWith('-'));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Names_complete_from_the_cache_a_sync_filled_without_a_request()
    {
        await SyncNamesAsync();
        Assert.Equal(["Web shop", "Website"], await CandidatesAsync("start", "Writing", "--project", "We"));
        Assert.Equal(["Acme"], await CandidatesAsync("projects", "add", "Blog", "--client", ""));
        Assert.Equal(["Internal", "Web shop", "Website"], await CandidatesAsync("projects", "edit", ""));
        Assert.Equal(["draft", "review", "writing"], await CandidatesAsync("tags", "rename", ""));
        Assert.Equal(["Acme"], await CandidatesAsync("clients", "archive", "a"));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Tags_complete_the_part_after_the_last_comma_leaving_out_those_already_given()
    {
        await SyncNamesAsync();
        Assert.Equal(["writing,draft"], await CandidatesAsync("start", "Writing", "--tags", "writing,d"));
        Assert.Equal(["writing,draft", "writing,review"], await CandidatesAsync("add", "X", "-t", "writing,"));
        Assert.Equal(["draft,review", "draft,writing"], await CandidatesAsync("bulk-edit", "1", "--add-tags", "draft,"));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Without_a_token_or_a_cache_names_have_no_candidates_no_error_and_no_file_is_made()
    {
        Assert.Empty(await CandidatesAsync("start", "Writing", "--project", ""));
        Assert.False(File.Exists(CacheFile));
        Assert.False(Directory.Exists(Home));

        await SyncNamesAsync();
        Environment.Remove("TOGGL_API_TOKEN");
        Assert.Empty(await CandidatesAsync("start", "Writing", "--project", ""));
        Environment.Remove("TOGGL_WORKSPACE_ID");
        Assert.Empty(await CandidatesAsync("tags", "delete", ""));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task The_completion_command_prints_each_shell_s_script_and_names_an_unknown_shell()
    {
        Assert.Contains("complete -F _toggl_complete toggl", (await RunOkAsync("completion", "bash")).Out);
        Assert.Contains("#compdef toggl", (await RunOkAsync("completion", "zsh")).Out);
        Assert.Contains("complete -c toggl", (await RunOkAsync("completion", "fish")).Out);
        Assert.Contains("Register-ArgumentCompleter -Native -CommandName toggl", (await RunOkAsync("completion", "pwsh")).Out);
        var run = await RunAsync("completion", "tcsh");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("no completion script for 'tcsh': give bash, zsh, fish or pwsh", run.Error);
        Assert.Empty(Requests);
    }
}
