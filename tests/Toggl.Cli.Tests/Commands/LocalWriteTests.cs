using System.Globalization;
using Microsoft.Data.Sqlite;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// A write Toggl accepted must never be reported as a plain failure (a retry would do it twice): the tool
/// checks its cache and state file can be written before it sends a write, and when the local record still
/// fails afterwards it says what Toggl has, with exit code 7. No temporary file is left behind.
/// </summary>
public sealed class LocalWriteTests : CliTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Write commands, with what they need: a finished entry (<c>{id}</c>) and a running one.</summary>
    public static TheoryData<string[]> WriteCommands => new()
    {
        new[] { "start", "Fresh" },
        new[] { "stop" },
        new[] { "continue", "{id}" },
        new[] { "edit", "{id}", "--description", "Changed" },
        new[] { "delete", "{id}" },
        new[] { "bulk-edit", "{id}", "--add-tags", "x" },
        new[] { "sync" },
    };

    private string[] Prepare(string[] command)
    {
        var finished = AddEntry(hoursAgo: 3, minutes: 30, "Finished");
        Sandbox.AddTimeEntry(Sandbox.Now.AddMinutes(-20), null, "Running");
        return command.Select(word => word == "{id}" ? Id(finished.Id) : word).ToArray();
    }

    private IReadOnlyList<string> TempFiles() =>
        Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder, "*.tmp*", SearchOption.AllDirectories) : [];

    /// <summary>The error is one line, the last on standard error (progress lines of a bulk edit come before it).</summary>
    private static void AssertOneLine(CliRun run)
    {
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines, line => line.StartsWith("toggl:", StringComparison.Ordinal));
        Assert.StartsWith("toggl:", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WriteCommands))]
    public async Task A_state_file_that_is_a_folder_stops_a_write_before_anything_is_sent(string[] command)
    {
        var args = Prepare(command);
        await RunOkAsync("sync");
        var before = Sandbox.TimeEntries;
        File.Delete(StateFile);
        Directory.CreateDirectory(StateFile);
        Sandbox.ClearRequestLog();

        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCodes.Error, run.ToString());
        Assert.Contains(StateFile, run.Error);
        Assert.Contains("nothing was sent", run.Error);
        AssertOneLine(run);
        Assert.Empty(Requests);
        Assert.Equal(before, Sandbox.TimeEntries);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task A_read_only_cache_file_stops_a_start_before_anything_is_sent()
    {
        await RunOkAsync("sync");
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(CacheFile, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(CacheFile, UnixFileMode.UserRead);
        }

        Sandbox.ClearRequestLog();
        var run = await RunAsync("start", "Twice?");
        Assert.True(run.ExitCode == ExitCodes.Error, run.ToString());
        Assert.Contains(CacheFile, run.Error);
        Assert.Contains("nothing was sent", run.Error);
        AssertOneLine(run);
        Assert.Empty(Requests);
        Assert.Empty(Sandbox.LiveEntries());
    }

    [Fact]
    public async Task When_the_state_file_cannot_be_saved_after_toggl_started_the_entry_the_tool_says_so_with_its_id_and_exit_code_7()
    {
        await RunOkAsync("sync");
        AfterWriteCheck = () =>
        {
            File.Delete(StateFile);
            Directory.CreateDirectory(StateFile);
        };

        var run = await RunAsync("start", "Only once");
        var entry = Assert.Single(Sandbox.LiveEntries());
        Assert.True(run.ExitCode == ExitCodes.LocalWriteFailed, run.ToString());
        Assert.StartsWith($"toggl: Started \"Only once\" (id {entry.Id}) on Toggl, but the local state file {StateFile} could not be updated: ", run.Error);
        Assert.Contains("Run `toggl sync`", run.Error);
        AssertOneLine(run);
        Assert.Empty(TempFiles());
    }

    [Theory]
    [MemberData(nameof(WriteCommands))]
    public async Task Every_write_toggl_accepted_is_exit_code_7_when_the_state_file_fails_afterwards(string[] command)
    {
        var args = Prepare(command);
        await RunOkAsync("sync");
        AfterWriteCheck = () =>
        {
            File.Delete(StateFile);
            Directory.CreateDirectory(StateFile);
        };

        var run = await RunAsync(args);
        // A sync changes nothing on Toggl: running it again is the remedy, so it stays a plain failure.
        var expected = command[0] == "sync" ? ExitCodes.Error : ExitCodes.LocalWriteFailed;
        Assert.True(run.ExitCode == expected, run.ToString());
        Assert.Contains(StateFile, run.Error);
        Assert.Contains("toggl sync", run.Error);
        AssertOneLine(run);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task When_the_cache_cannot_commit_after_toggl_started_the_entry_the_tool_says_so_and_exits_7()
    {
        await RunOkAsync("sync");
        SqliteConnection? holder = null;
        // Another process holding the cache's write lock past SQLite's busy timeout: the commit fails after the POST.
        AfterWriteCheck = () =>
        {
            holder = new SqliteConnection($"Data Source={CacheFile};Pooling=False");
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        };

        try
        {
            // Online-only: the outbox reads its queue in the cache's database before sending, so a locked cache stops
            // an outbox write before anything is sent (the cache's busy timeout); this is the online path's rule.
            var run = await RunAsync("start", "Only once", "--online-only");
            Assert.Single(Sandbox.LiveEntries());
            Assert.True(run.ExitCode == ExitCodes.LocalWriteFailed, run.ToString());
            var id = Assert.Single(Sandbox.LiveEntries()).Id;
            Assert.StartsWith($"toggl: Started \"Only once\" (id {id}) on Toggl, but the local cache could not be updated: ", run.Error);
            Assert.Contains("Run `toggl sync`", run.Error);
            AssertOneLine(run);
        }
        finally
        {
            holder?.Dispose();
        }

        Assert.Empty(TempFiles());
        // The next sync brings the entry the cache missed.
        var current = await RunOkAsync("current", "--refresh", "--output", "json");
        Assert.Equal("Only once", current.Json.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_project_name_toggl_refuses_after_the_start_it_accepted_does_not_turn_the_start_into_a_failure()
    {
        var project = Sandbox.AddProject("Backend");
        var old = AddEntry(hoursAgo: 2, minutes: 30, "Fix the build", project.Id);
        await RunOkAsync("sync");
        Sandbox.Faults.Always(Toggl.Sandbox.Fault.QuotaExhausted, "GET", "/workspaces/{workspace_id}/projects");
        // A synced cache names the project with no request; with a max age of 0 only Toggl's list can, and it fails.
        Environment["TOGGL_CACHE_MAX_AGE"] = "0";

        var run = await RunAsync("continue", Id(old.Id));
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains($"on {project.Id}", run.Out);
        Assert.Single(Sandbox.LiveEntries(), e => e.IsRunning);
    }
}
