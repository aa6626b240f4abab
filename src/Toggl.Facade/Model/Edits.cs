namespace Toggl;

/// <summary>One entry a bulk edit could not change, with Toggl's reason.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Message">Toggl's message, e.g. "Time entry with ID: 1 was not found/is not accessible".</param>
public sealed record EditFailure(long Id, string Message);

/// <summary>
/// The result of a bulk edit. Toggl applies it entry by entry, without a transaction (docs/toggl-api.md §6.6),
/// so some entries can fail while others change.
/// </summary>
/// <param name="Successes">Ids of the entries changed.</param>
/// <param name="Failures">Entries not changed, with Toggl's message.</param>
public sealed record Edits(IReadOnlyList<long> Successes, IReadOnlyList<EditFailure> Failures)
{
    /// <inheritdoc />
    public bool Equals(Edits? other) =>
        other is not null && Successes.SequenceEqual(other.Successes) && Failures.SequenceEqual(other.Failures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Successes.Count, Failures.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The compiler's version prints a list as its type name ("System.Int64[]"): print the items.
        builder.Append($"Successes = {Items.Show(Successes)}, Failures = {Items.Show(Failures)}");
        return true;
    }
}
