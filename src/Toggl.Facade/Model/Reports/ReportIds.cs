using System.Globalization;

namespace Toggl;

/// <summary>
/// An id filter of a <see cref="ReportBody"/> (docs/toggl-api.md §9): the ids to keep, and whether entries without
/// one (no project, no client, no task, no tags) are kept too. A property left <see langword="null"/> sends nothing.
/// </summary>
/// <example>
/// <code>
/// new ReportBody { ProjectIds = ReportIds.Of(1, 2) };      // "project_ids": [1, 2]
/// new ReportBody { ProjectIds = ReportIds.Without };       // "project_ids": [null] — entries without a project
/// new ReportBody { ProjectIds = ReportIds.WithoutOr(5) };  // "project_ids": [5, null] — without one, or project 5
/// new ReportBody { ProjectIds = ReportIds.Any };           // "project_ids": [] — Toggl reads it as no filter
/// </code>
/// </example>
public sealed class ReportIds : IEquatable<ReportIds>
{
    private readonly long[] _ids;

    private ReportIds(long[] ids, bool includesWithout)
    {
        _ids = ids;
        IncludesWithout = includesWithout;
    }

    /// <summary><c>[]</c>: sent, and read by Toggl as no filter.</summary>
    public static ReportIds Any { get; } = new([], includesWithout: false);

    /// <summary><c>[null]</c>: only entries without one (e.g. without a project).</summary>
    public static ReportIds Without { get; } = new([], includesWithout: true);

    /// <summary>The ids to keep; empty for <see cref="Any"/> and <see cref="Without"/>.</summary>
    public IReadOnlyList<long> Ids => _ids;

    /// <summary>Whether entries without one are kept (<c>null</c> in the list Toggl receives).</summary>
    public bool IncludesWithout { get; }

    /// <summary>Entries with one of these ids. Ids must be positive (checked when the report is asked for).</summary>
    /// <param name="ids">The ids; none is the same as <see cref="Any"/>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public static ReportIds Of(params IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new(ids.ToArray(), includesWithout: false);
    }

    /// <summary>Entries without one, or with one of these ids.</summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public static ReportIds WithoutOr(params IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new(ids.ToArray(), includesWithout: true);
    }

    /// <summary>Same ids in the same order, and the same "without".</summary>
    /// <param name="other">Another filter.</param>
    /// <returns>Whether they send the same list.</returns>
    public bool Equals(ReportIds? other) =>
        other is not null && IncludesWithout == other.IncludesWithout && _ids.AsSpan().SequenceEqual(other._ids);

    /// <summary>Same ids in the same order, and the same "without".</summary>
    /// <param name="obj">Another object.</param>
    /// <returns>Whether they are equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as ReportIds);

    /// <summary>A hash of the ids and the "without".</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var id in _ids)
            hash.Add(id);
        hash.Add(IncludesWithout);
        return hash.ToHashCode();
    }

    /// <summary>The list as Toggl receives it, e.g. <c>[5, null]</c>.</summary>
    /// <returns>The list.</returns>
    public override string ToString() =>
        "[" + string.Join(", ", _ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).Concat(IncludesWithout ? ["null"] : Array.Empty<string>())) + "]";
}
