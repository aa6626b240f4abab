namespace Toggl.Cli.Reports;

/// <summary>What a report groups time by (<c>toggl report --by</c>).</summary>
internal enum ReportGrouping
{
    /// <summary>By project; entries without one go to "(no project)".</summary>
    Project,

    /// <summary>By tag; an entry counts under each of its tags, untagged ones under "(no tag)".</summary>
    Tag,

    /// <summary>By local day of the entry's start.</summary>
    Day,

    /// <summary>By description; entries without one go to "(no description)".</summary>
    Description,
}
