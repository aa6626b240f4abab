namespace Toggl.Cli.Picking;

/// <summary>One line of the picker: an entry to start again, and how it reads (what type-to-search matches).</summary>
/// <param name="Source">The newest entry with this description, project and tags.</param>
/// <param name="Label">Description · project · #tags, control characters shown, not obeyed.</param>
internal sealed record PickChoice(TogglTracker Source, string Label)
{
    /// <summary>The most lines the picker offers: the recent past, not the whole cache.</summary>
    public const int MostChoices = 50;

    /// <summary>
    /// The distinct entries of <paramref name="newestFirst"/> — one per description, project and set of tags — newest
    /// first, at most <see cref="MostChoices"/>; deleted ones left out.
    /// </summary>
    public static IReadOnlyList<PickChoice> Recent(IEnumerable<TogglTracker> newestFirst, Func<long, string?> projectName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var choices = new List<PickChoice>();
        foreach (var tracker in newestFirst)
        {
            if (tracker.IsDeleted)
            {
                continue;
            }

            var tags = tracker.Tags.Order(StringComparer.Ordinal).ToList();
            // Text parts joined with a character no description holds after TerminalText: a key, not a label.
            var key = string.Join('\u0000', [tracker.Description ?? "", tracker.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", .. tags]);
            if (!seen.Add(key))
            {
                continue;
            }

            choices.Add(new PickChoice(tracker, Labelled(tracker, tags, projectName)));
            if (choices.Count == MostChoices)
            {
                break;
            }
        }

        return choices;
    }

    private static string Labelled(TogglTracker tracker, IReadOnlyList<string> tags, Func<long, string?> projectName)
    {
        var parts = new List<string> { Output.TerminalText.Visible(tracker.Description ?? "(no description)") };
        if (tracker.ProjectId is { } projectId)
        {
            parts.Add(Output.TerminalText.Visible(projectName(projectId) ?? $"project {projectId}"));
        }

        if (tags.Count > 0)
        {
            parts.Add(string.Join(" ", tags.Select(t => "#" + Output.TerminalText.Visible(t))));
        }

        return string.Join(" · ", parts);
    }
}
