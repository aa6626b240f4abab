namespace Toggl.Sandbox.Reports;

/// <summary>
/// One id filter of the Reports API (docs/toggl-api.md §9): absent or <c>[]</c> filters nothing; <c>null</c> in the
/// list matches an entry without the thing (no project, no task, no client, no tags); a number matches that id.
/// </summary>
internal sealed class IdFilter
{
    private readonly HashSet<long> ids;
    private readonly bool without;

    private IdFilter(IReadOnlyCollection<long?> values)
    {
        ids = values.OfType<long>().ToHashSet();
        without = values.Any(v => v is null);
    }

    /// <summary>The filter of a field as read, or null for "no filter" (absent, null or an empty list).</summary>
    public static IdFilter? Of(List<long?>? values) => values is { Count: > 0 } ? new IdFilter(values) : null;

    /// <summary>Whether an entry holding <paramref name="id"/> (null: none) passes.</summary>
    public bool Matches(long? id) => id is { } v ? ids.Contains(v) : without;

    /// <summary>Whether an entry holding these ids (a tag list) passes: none and "without", or any of them listed.</summary>
    public bool MatchesAny(IReadOnlyCollection<long> held) => held.Count == 0 ? without : held.Any(ids.Contains);
}
