using Core = Toggl.Core;

namespace Toggl;

/// <summary>What a <see cref="LocalReport"/> groups time by.</summary>
public enum LocalGrouping
{
    /// <summary>By project; entries without one under <see cref="LocalReport.NoProject"/>.</summary>
    Project,

    /// <summary>By the project's client; entries without one under <see cref="LocalReport.NoClient"/>.</summary>
    Client,

    /// <summary>By tag: an entry counts under each of its tags, untagged ones under <see cref="LocalReport.NoTag"/>.</summary>
    Tag,

    /// <summary>By description; entries without one under <see cref="LocalReport.NoDescription"/>.</summary>
    Description,

    /// <summary>By the day of the start in the user's time zone (<c>yyyy-MM-dd</c>).</summary>
    Day,

    /// <summary>By the ISO week of the start in the user's time zone (<c>yyyy-Www</c>).</summary>
    Week,

    /// <summary>By the month of the start in the user's time zone (<c>yyyy-MM</c>).</summary>
    Month,
}

/// <summary>One group of a <see cref="LocalReport"/>.</summary>
/// <param name="Key">The group's label: a name, a day, a week, a month or a description.</param>
/// <param name="Id">The project's, client's or tag's id when the group is one; <see langword="null"/> for "without" and dates.</param>
/// <param name="Seconds">Seconds tracked in the group.</param>
/// <param name="Entries">Entries in the group.</param>
public sealed record LocalReportRow(string Key, long? Id, long Seconds, int Entries);

/// <summary>
/// A report computed from the cache and the archive (no report request): <see cref="LocalReportEndpoint.ComputeAsync"/>.
/// Seconds are exact (running entries count up to now), so it agrees with Toggl's reports on the same entries.
/// </summary>
/// <param name="By">The grouping.</param>
/// <param name="Rows">The groups: largest first (days, weeks and months in calendar order).</param>
/// <param name="TotalSeconds">Every second tracked; with tags an entry counts once here and once per tag in the rows.</param>
/// <param name="Entries">How many entries.</param>
/// <param name="FetchedMonths">Months the archive lacked and fetched now (empty the second time).</param>
/// <param name="Requests">Requests sent to fetch them.</param>
public sealed record LocalReport(
    LocalGrouping By,
    IReadOnlyList<LocalReportRow> Rows,
    long TotalSeconds,
    int Entries,
    IReadOnlyList<DateOnly> FetchedMonths,
    int Requests)
{
    /// <summary>Label of the group of entries without a project.</summary>
    public const string NoProject = Core.LocalReports.NoProject;

    /// <summary>Label of the group of entries without a client.</summary>
    public const string NoClient = Core.LocalReports.NoClient;

    /// <summary>Label of the group of entries without tags.</summary>
    public const string NoTag = Core.LocalReports.NoTag;

    /// <summary>Label of the group of entries without a description.</summary>
    public const string NoDescription = Core.LocalReports.NoDescription;
}

/// <summary>What <see cref="ArchiveEndpoint.FetchAsync"/> did.</summary>
/// <param name="Months">The months fetched (their first days).</param>
/// <param name="Entries">Entries stored as archived.</param>
/// <param name="Requests">Requests sent (detailed report pages).</param>
public sealed record ArchiveFetchResult(IReadOnlyList<DateOnly> Months, int Entries, int Requests);

/// <summary>Entries over a range of days (<see cref="ArchiveEndpoint.RangeAsync"/>): the cache inside Toggl's window, the archive beyond it.</summary>
/// <param name="Trackers">The entries, newest start first.</param>
/// <param name="FetchedMonths">Months the archive lacked and fetched now (empty the second time).</param>
/// <param name="Requests">Requests sent.</param>
public sealed record ArchivedEntries(IReadOnlyList<TogglTracker> Trackers, IReadOnlyList<DateOnly> FetchedMonths, int Requests);
