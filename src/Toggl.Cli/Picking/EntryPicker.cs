using Spectre.Console;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Picking;

/// <summary>
/// The interactive picker of <c>--pick</c>: the recent distinct entries in Spectre.Console's selection prompt with
/// type-to-search, on a terminal only. Without one (input redirected, a script, CI) it is an error with exit code 2
/// before anything is sent: a script says which entry it means.
/// </summary>
internal static class EntryPicker
{
    /// <summary>
    /// Refuses to pick without a terminal (exit code 2), naming what to run instead: checked before the entries are
    /// read, so a refused pick sends nothing.
    /// </summary>
    public static void EnsureTerminal(IAnsiConsole console, string instead)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            throw CliException.BadArguments($"--pick needs a terminal to pick on (input is redirected); {instead}");
        }
    }

    /// <summary>The entry the person picked.</summary>
    /// <param name="console">The console the prompt reads keys from and draws on.</param>
    /// <param name="choices">What can be picked, newest first.</param>
    /// <param name="instead">What a script runs instead, for the error without a terminal.</param>
    public static TogglTracker Pick(IAnsiConsole console, IReadOnlyList<PickChoice> choices, string instead)
    {
        EnsureTerminal(console, instead);
        if (choices.Count == 0)
        {
            throw CliException.NotFound("there is no recent entry to pick from; run `toggl sync`, or start one with `toggl start`");
        }

        var prompt = new SelectionPrompt<PickChoice>()
            .Title("Pick an entry [grey](type to search, ↑/↓ to move, Enter to pick)[/]")
            .PageSize(15)
            .EnableSearch()
            .UseConverter(choice => Markup.Escape(choice.Label))
            .AddChoices(choices);
        return console.Prompt(prompt).Source;
    }
}
