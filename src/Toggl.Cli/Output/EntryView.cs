namespace Toggl.Cli.Output;

/// <summary>
/// A time entry as the tool shows it: the project named, the duration worked out (a running entry counts
/// up to now). Table, JSON and CSV output and the reports are all made from this one shape.
/// </summary>
/// <param name="Id">The entry's id.</param>
/// <param name="WorkspaceId">Its workspace.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="ProjectId">Its project's id, or null.</param>
/// <param name="Project">Its project's name when known, or null.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Billable">Whether it is billable.</param>
/// <param name="Start">When it started.</param>
/// <param name="Stop">When it stopped; null while running.</param>
/// <param name="Duration">Its length; for a running entry, the time elapsed so far.</param>
/// <param name="Running">Whether it is running.</param>
internal sealed record EntryView(
    long Id,
    long WorkspaceId,
    string? Description,
    long? ProjectId,
    string? Project,
    IReadOnlyList<string> Tags,
    bool Billable,
    DateTimeOffset Start,
    DateTimeOffset? Stop,
    TimeSpan Duration,
    bool Running)
{
    /// <summary>The project's name, or its id when the name is unknown, or null without a project.</summary>
    public string? ProjectLabel => Project ?? ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
