namespace Toggl;

/// <summary>
/// What to send when adding or editing trackers: the Python library's <c>TrackerBody</c>. Only what is set is sent;
/// a <see langword="null"/> property leaves Toggl's value alone. To clear a field on Toggl, name it in
/// <see cref="Clear"/>:
/// <code>
/// new TrackerBody { Description = "Review", Tags = ["deep work"], TagAction = TagAction.Add };
/// new TrackerBody { Clear = TrackerBodyFields.ProjectId | TrackerBodyFields.Description };
/// </code>
/// The body is never modified by the endpoint, so one body can be reused.
/// </summary>
public sealed record TrackerBody
{
    /// <summary>The description (required by <c>AddAsync</c>).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The duration, sent in whole seconds. A negative duration (with no <see cref="Stop"/>) makes a running
    /// tracker; on add, leaving both <see cref="Duration"/> and <see cref="Stop"/> unset does the same.
    /// </summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The project.</summary>
    public long? ProjectId { get; init; }

    /// <summary>The task.</summary>
    public long? TaskId { get; init; }

    /// <summary>The start, sent in UTC whatever its offset (on add, <see langword="null"/> means now).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The stop, sent in UTC whatever its offset.</summary>
    public DateTimeOffset? Stop { get; init; }

    /// <summary>Tag names (names Toggl does not know create tags).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Tag ids.</summary>
    public IReadOnlyList<long>? TagIds { get; init; }

    /// <summary>
    /// How <see cref="Tags"/> and <see cref="TagIds"/> combine with an entry's tags: added, removed, or
    /// (<see langword="null"/>) replacing them.
    /// </summary>
    public TagAction? TagAction { get; init; }

    /// <summary>Users to share the entry with.</summary>
    public IReadOnlyList<long>? SharedWithUserIds { get; init; }

    /// <summary>Whether the entry is billable.</summary>
    public bool? Billable { get; init; }

    /// <summary>The application name sent as <c>created_with</c> on add; <see langword="null"/> sends "TogglFun".</summary>
    public string? CreatedWith { get; init; }

    /// <summary>Fields to clear on Toggl. A field cannot be both set and cleared.</summary>
    public TrackerBodyFields Clear { get; init; }

    /// <inheritdoc />
    public bool Equals(TrackerBody? other) =>
        other is not null
        && Description == other.Description
        && Duration == other.Duration
        && ProjectId == other.ProjectId
        && TaskId == other.TaskId
        && Start == other.Start
        && Stop == other.Stop
        && SameItems(Tags, other.Tags)
        && SameItems(TagIds, other.TagIds)
        && TagAction == other.TagAction
        && SameItems(SharedWithUserIds, other.SharedWithUserIds)
        && Billable == other.Billable
        && CreatedWith == other.CreatedWith
        && Clear == other.Clear;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Description, Duration, ProjectId, Start, Stop, TagAction, Clear);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The compiler's version prints a list as its type name ("System.String[]"): print the items.
        builder.Append($"Description = {Description ?? "null"}, Duration = {Show(Duration)}, ");
        builder.Append($"ProjectId = {Show(ProjectId)}, TaskId = {Show(TaskId)}, ");
        builder.Append($"Start = {(Start is { } start ? start.ToString("O") : "null")}, Stop = {(Stop is { } stop ? stop.ToString("O") : "null")}, ");
        builder.Append($"Tags = {Items.Show(Tags)}, TagIds = {Items.Show(TagIds)}, TagAction = {Show(TagAction)}, ");
        builder.Append($"SharedWithUserIds = {Items.Show(SharedWithUserIds)}, Billable = {Show(Billable)}, ");
        builder.Append($"CreatedWith = {CreatedWith ?? "null"}, Clear = {Clear}");
        return true;
    }

    private static string Show<T>(T? value)
        where T : struct => value?.ToString() ?? "null";

    private static bool SameItems<T>(IReadOnlyList<T>? first, IReadOnlyList<T>? second) =>
        first is null ? second is null : second is not null && first.SequenceEqual(second);
}
