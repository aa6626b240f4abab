using Spectre.Console.Testing;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Picking;

namespace Toggl.Cli.Tests.Picking;

/// <summary>The --pick picker: distinct recent entries, type-to-search on a terminal, an error without one.</summary>
public sealed class EntryPickerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static TogglTracker Entry(long id, string? description, long? projectId = null, params string[] tags) => new()
    {
        Id = id,
        WorkspaceId = 1,
        Description = description,
        Start = Now.AddHours(-id),
        Stop = Now.AddHours(-id).AddMinutes(30),
        Duration = TimeSpan.FromMinutes(30),
        ProjectId = projectId,
        Tags = tags,
    };

    private static string? Project(long id) => id == 7 ? "Website" : null;

    [Fact]
    public void Recent_choices_are_distinct_by_description_project_and_tags_newest_first()
    {
        var choices = PickChoice.Recent(
            [Entry(1, "Review", 7, "b", "a"), Entry(2, "Review", 7, "a", "b"), Entry(3, "Review"), Entry(4, "Docs", 9), Entry(5, null)],
            Project);

        Assert.Equal([1L, 3L, 4L, 5L], choices.Select(c => c.Source.Id));
        Assert.Equal(["Review · Website · #a #b", "Review", "Docs · project 9", "(no description)"], choices.Select(c => c.Label));
    }

    [Fact]
    public void At_most_fifty_choices_are_offered()
    {
        var many = Enumerable.Range(1, 80).Select(i => Entry(i, $"Task {i}")).ToList();
        Assert.Equal(PickChoice.MostChoices, PickChoice.Recent(many, Project).Count);
    }

    [Fact]
    public void Typing_narrows_the_list_and_enter_picks_the_match()
    {
        var console = new TestConsole().Interactive();
        console.Input.PushText("docs");
        console.Input.PushKey(ConsoleKey.Enter);

        var picked = EntryPicker.Pick(console, PickChoice.Recent([Entry(1, "Review", 7), Entry(2, "Docs", 7), Entry(3, "Mail")], Project), "give an id");

        Assert.Equal(2, picked.Id);
    }

    [Fact]
    public void Arrow_keys_move_and_enter_picks()
    {
        var console = new TestConsole().Interactive();
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Enter);

        var picked = EntryPicker.Pick(console, PickChoice.Recent([Entry(1, "Review"), Entry(2, "Docs"), Entry(3, "Mail")], Project), "give an id");

        Assert.Equal(3, picked.Id);
    }

    [Fact]
    public void Without_a_terminal_picking_is_an_error_with_exit_code_2_saying_what_to_do()
    {
        var console = new TestConsole();
        var error = Assert.Throws<CliException>(() => EntryPicker.Pick(console, PickChoice.Recent([Entry(1, "Review")], Project), "give the entry's id: toggl continue ID"));
        Assert.Equal(ExitCodes.BadArguments, error.ExitCode);
        Assert.Contains("terminal", error.Message);
        Assert.Contains("toggl continue ID", error.Message);
    }
}
