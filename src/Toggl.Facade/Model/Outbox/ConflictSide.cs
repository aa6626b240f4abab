namespace Toggl;

/// <summary>Which side a conflicting field takes when a conflict is merged field by field.</summary>
public enum ConflictSide
{
    /// <summary>The value the queued write sets.</summary>
    Mine,

    /// <summary>The value Toggl holds.</summary>
    Theirs,
}
