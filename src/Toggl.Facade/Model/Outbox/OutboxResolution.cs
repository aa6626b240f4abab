namespace Toggl;

/// <summary>How <see cref="TogglOutbox.ResolveAsync"/> settles a conflict.</summary>
public sealed class OutboxResolution
{
    private OutboxResolution(OutboxResolutionKind kind, IReadOnlyDictionary<TrackerField, ConflictSide> choices)
    {
        Kind = kind;
        Choices = choices;
    }

    /// <summary>Send my write as it is, over Toggl's changes, at the next <see cref="TogglOutbox.SendAsync"/>.</summary>
    public static OutboxResolution KeepMine { get; } = new(OutboxResolutionKind.KeepMine, new Dictionary<TrackerField, ConflictSide>());

    /// <summary>Drop my write; the cache shows Toggl's copy.</summary>
    public static OutboxResolution KeepTheirs { get; } = new(OutboxResolutionKind.KeepTheirs, new Dictionary<TrackerField, ConflictSide>());

    /// <summary>
    /// Merge field by field: each of <see cref="OutboxConflict.Conflicting"/> takes the side named here (every one must
    /// be named); the fields only I changed go along, those only Toggl changed stay.
    /// </summary>
    /// <param name="choices">The side of each conflicting field.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public static OutboxResolution Merge(IReadOnlyDictionary<TrackerField, ConflictSide> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(OutboxResolutionKind.Merge, new Dictionary<TrackerField, ConflictSide>(choices));
    }

    /// <summary>Which resolution this is.</summary>
    public OutboxResolutionKind Kind { get; }

    /// <summary>The side of each conflicting field, for <see cref="OutboxResolutionKind.Merge"/>; empty otherwise.</summary>
    public IReadOnlyDictionary<TrackerField, ConflictSide> Choices { get; }

    /// <summary><c>keep mine</c>, <c>keep theirs</c> or <c>merge description=mine, …</c>.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        Kind switch
        {
            OutboxResolutionKind.KeepMine => "keep mine",
            OutboxResolutionKind.KeepTheirs => "keep theirs",
            _ => "merge " + string.Join(", ", Choices.Select(c => $"{c.Key}={c.Value}".ToLowerInvariant())),
        };
}

/// <summary>The kinds of <see cref="OutboxResolution"/>.</summary>
public enum OutboxResolutionKind
{
    /// <summary><see cref="OutboxResolution.KeepMine"/>.</summary>
    KeepMine,

    /// <summary><see cref="OutboxResolution.KeepTheirs"/>.</summary>
    KeepTheirs,

    /// <summary><see cref="OutboxResolution.Merge"/>.</summary>
    Merge,
}
