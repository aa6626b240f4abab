using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Picking;

/// <summary>
/// <c>--pick</c> in a command: the entries of the last 30 days (from the cache, which the core syncs first when it is
/// stale), with their projects' names, offered in the <see cref="EntryPicker"/>.
/// </summary>
internal static class RecentPick
{
    /// <summary>How far back the picker looks.</summary>
    private const int Days = 30;

    /// <summary>The entry picked; without a terminal an error (exit code 2) naming <paramref name="instead"/>, before anything is read or sent.</summary>
    public static async Task<TogglTracker> PickAsync(TogglSession session, string instead, CancellationToken cancellationToken)
    {
        var context = session.Context;
        EntryPicker.EnsureTerminal(context.Out, instead);
        var range = new DateRange(context.Today.AddDays(-Days), context.Today);
        var recent = await session.AskAsync(
            session.Operations.Collect(range.StartIn(context.TimeZone), range.EndIn(context.TimeZone), refresh: false), cancellationToken);
        var names = (await session.ViewsAsync(recent, cancellationToken))
            .Where(v => v.ProjectId is not null && v.Project is not null)
            .GroupBy(v => v.ProjectId!.Value)
            .ToDictionary(g => g.Key, g => g.First().Project);
        return EntryPicker.Pick(context.Out, PickChoice.Recent(recent, id => names.GetValueOrDefault(id)), instead);
    }
}
