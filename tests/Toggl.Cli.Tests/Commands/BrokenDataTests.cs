using Microsoft.Data.Sqlite;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary>
/// Data the tool did not write and must survive: entries with durations Toggl would refuse today, and a
/// cache file that lost part of its schema.
/// </summary>
public sealed class BrokenDataTests : CliTest
{
    public static TheoryData<long> AbsurdDurations => new() { long.MinValue, long.MaxValue, -2, 9_223_372_036L, long.MinValue + 1 };

    [Theory]
    [MemberData(nameof(AbsurdDurations))]
    public async Task A_running_entry_with_an_absurd_duration_is_shown_and_stopped(long duration)
    {
        var start = Sandbox.Now.AddMinutes(-30);
        var entry = Sandbox.AddTimeEntry(start, description: "Absurd");
        Sandbox.PutTimeEntry(entry with { Duration = duration });

        var current = await RunOkAsync("current");
        Assert.Contains("Absurd", current.Out);
        // The sandbox runs on the real clock here: a second or two may pass between the commands.
        Assert.Matches(@"\b0:30:0\d\b", current.Out);
        await RunOkAsync("list");
        await RunOkAsync("list", "--output", "json");
        await RunOkAsync("show", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stopped = await RunOkAsync("stop");
        Assert.Matches(@"\b0:30:0\d\b", stopped.Out);
    }

    /// <summary>Durations that reach past the calendar's end from the start: they cannot be true.</summary>
    public static TheoryData<long> ImpossibleDurations => new() { long.MaxValue, long.MaxValue / 2, 315_537_897_600L };

    [Theory]
    [MemberData(nameof(ImpossibleDurations))]
    public async Task A_stopped_entry_with_an_impossible_duration_shows_the_time_between_start_and_stop(long duration)
    {
        var start = Sandbox.Now.AddHours(-3);
        var entry = Sandbox.AddTimeEntry(start, start.AddMinutes(45), "Absurd stopped");
        Sandbox.PutTimeEntry(entry with { Duration = duration });

        var list = await RunOkAsync("list");
        Assert.Contains("Absurd stopped", list.Out);
        var shown = await RunOkAsync("show", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", "json");
        Assert.Equal(45 * 60, shown.Json.GetProperty("duration_seconds").GetInt64());
        await RunOkAsync("current");
    }

    [Fact]
    public async Task An_entry_at_the_ends_of_the_calendar_is_listed()
    {
        var entry = Sandbox.AddTimeEntry(Sandbox.Now.AddHours(-2), Sandbox.Now.AddHours(-1), "Far stop");
        Sandbox.PutTimeEntry(entry with { Stop = DateTimeOffset.MaxValue, Duration = long.MaxValue });
        await RunOkAsync("list");
        await RunOkAsync("list", "--output", "json");
        await RunOkAsync("show", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string> BrokenSchemas => new()
    {
        "DROP TABLE trackers",
        "DROP TABLE meta",
        "DROP TABLE trackers; DROP TABLE meta",
    };

    [Theory]
    [MemberData(nameof(BrokenSchemas))]
    public async Task List_works_after_the_cache_lost_a_table(string damage)
    {
        AddEntry(hoursAgo: 2, minutes: 20, "Kept on Toggl");
        await RunOkAsync("list");
        var file = Assert.Single(Directory.GetFiles(Home, "trackers-*.sqlite", SearchOption.AllDirectories));
        Damage(file, damage);

        var list = await RunAsync("list");
        Assert.True(list.ExitCode == ExitCodes.Ok, list.ToString());
        Assert.Contains("Kept on Toggl", list.Out);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.corrupt"));
        await RunOkAsync("sync");
        await RunOkAsync("list");
    }

    [Fact]
    public async Task A_file_in_place_of_the_cache_folder_is_named_with_what_to_do_and_left_alone()
    {
        AddEntry(hoursAgo: 2, minutes: 20, "Kept on Toggl");
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFolder)!);
        File.WriteAllText(CacheFolder, "a file of the user's");

        var list = await RunAsync("list");

        Assert.True(list.ExitCode == ExitCodes.Error, list.ToString());
        Assert.Equal($"toggl: {CacheFolder} is a file, but the tool keeps a folder there: move or rename the file", list.Error.TrimEnd('\n'));
        Assert.Equal("a file of the user's", File.ReadAllText(CacheFolder));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_folder_in_place_of_the_cache_file_is_named_with_what_to_do_and_left_alone()
    {
        AddEntry(hoursAgo: 2, minutes: 20, "Kept on Toggl");
        await RunOkAsync("list");
        var file = Assert.Single(Directory.GetFiles(Home, "trackers-*.sqlite", SearchOption.AllDirectories));
        File.Delete(file);
        Directory.CreateDirectory(Path.Combine(file, "something of the user's"));
        Sandbox.ClearRequestLog();

        var list = await RunAsync("list");

        Assert.True(list.ExitCode == ExitCodes.Error, list.ToString());
        Assert.Equal($"toggl: the cache file {file} is a folder: move or delete it, and the tool rebuilds its cache from Toggl (one request)", list.Error.TrimEnd('\n'));
        Assert.True(Directory.Exists(Path.Combine(file, "something of the user's")));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task List_works_with_a_cache_file_holding_only_schema_version()
    {
        AddEntry(hoursAgo: 2, minutes: 20, "Kept on Toggl");
        await RunOkAsync("list");
        var file = Assert.Single(Directory.GetFiles(Home, "trackers-*.sqlite", SearchOption.AllDirectories));
        File.Delete(file);
        Damage(file, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);");

        var list = await RunAsync("list");
        Assert.True(list.ExitCode == ExitCodes.Ok, list.ToString());
        Assert.Contains("Kept on Toggl", list.Out);
    }

    private static void Damage(string file, string sql)
    {
        using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
