using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests;

/// <summary>Files holding personal data are readable by their owner only (mode 0600, folders 0700).</summary>
public sealed class OwnerOnlyFilesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "toggl-cli-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_new_file_and_its_new_folder_are_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(folder, "cache", "trackers.sqlite");
        OwnerOnlyFiles.EnsureFile(path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void An_existing_file_readable_by_others_is_narrowed_and_kept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "config.ini");
        File.WriteAllText(path, "[auth]\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        OwnerOnlyFiles.EnsureFile(path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("[auth]\n", File.ReadAllText(path));
    }

    [Fact]
    public void Writing_text_replaces_the_file_whole_and_leaves_it_owner_only()
    {
        var path = Path.Combine(folder, "state.json");
        OwnerOnlyFiles.WriteAllText(path, "first, and longer");
        OwnerOnlyFiles.WriteAllText(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void The_state_file_survives_a_round_trip_and_a_corrupt_one_reads_as_empty()
    {
        var path = Path.Combine(folder, "state.json");
        var state = new CliState { QuotaResetsAt = DateTimeOffset.UnixEpoch, QuotaRemaining = 17, Projects = { [5] = "Website" } };
        state.Save(path);
        var loaded = CliState.Load(path);
        Assert.Equal((DateTimeOffset.UnixEpoch, 17, "Website"), (loaded.QuotaResetsAt!.Value, loaded.QuotaRemaining!.Value, loaded.Projects[5]));

        File.WriteAllText(path, "{ not json");
        Assert.Null(CliState.Load(path).QuotaResetsAt);
    }

    [Fact]
    public void The_state_file_keeps_its_keys_and_no_sync_cursor_of_its_own()
    {
        // Written by an earlier version, with the sync cursor that shadowed the cache's.
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "state.json");
        File.WriteAllText(path, """{"last_sync": "2026-01-01T00:00:00+00:00", "quota_remaining": 3, "projects": {"5": "Website"}}""");
        var loaded = CliState.Load(path);
        Assert.Equal((3, "Website"), (loaded.QuotaRemaining!.Value, loaded.Projects[5]));

        loaded.Save(path);
        var text = File.ReadAllText(path);
        Assert.Contains("\"quota_remaining\": 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("last_sync", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_that_fails_leaves_no_temp_file_behind()
    {
        var path = Path.Combine(folder, "state.json");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<IOException>(() => OwnerOnlyFiles.WriteAllText(path, "{}"));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Probing_a_folder_changes_nothing_and_fails_where_a_write_would()
    {
        var path = Path.Combine(folder, "state.json");
        Directory.CreateDirectory(folder);
        OwnerOnlyFiles.ProbeFolder(path);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.ThrowsAny<IOException>(() => OwnerOnlyFiles.ProbeFolder(Path.Combine(folder, "missing", "state.json")));
    }

    [Fact]
    public void A_read_only_file_readable_by_others_is_narrowed_but_stays_read_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "trackers.sqlite");
        File.WriteAllText(path, "");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        OwnerOnlyFiles.EnsureFile(path);
        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(path));
        Assert.False(OwnerOnlyFiles.OwnerMayWrite(path));
    }
}
