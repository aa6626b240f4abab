namespace Toggl;

/// <summary>How the tags of a <see cref="TrackerBody"/> combine with an entry's existing tags (Toggl's <c>tag_action</c>).</summary>
public enum TagAction
{
    /// <summary>Add the given tags to the entry's tags.</summary>
    Add,

    /// <summary>Remove the given tags from the entry's tags.</summary>
    Remove,
}
