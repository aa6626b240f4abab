namespace Toggl.Sandbox.Store;

/// <summary>How a tag change combines with the entry's tags (<c>tag_action</c>, JSON Patch add/remove/replace).</summary>
internal enum TagMode
{
    Replace,
    Add,
    Remove,
}

/// <summary>One change to an entry's tags, by names (which may create tags) and/or ids.</summary>
internal sealed record TagChange(TagMode Mode, IReadOnlyList<string> Names, IReadOnlyList<long> Ids);

/// <summary>
/// The changes one PUT or one bulk PATCH makes to an entry: only fields that were sent are
/// present (docs/toggl-api.md §1 "update requests carry only changed fields").
/// </summary>
internal sealed class EntryEdit
{
    public Field<string?> Description { get; set; }

    public Field<bool> Billable { get; set; }

    public Field<long?> ProjectId { get; set; }

    public Field<long?> TaskId { get; set; }

    public Field<DateTimeOffset?> Start { get; set; }

    public Field<DateTimeOffset?> Stop { get; set; }

    public Field<long?> Duration { get; set; }

    public Field<DateOnly?> StartDate { get; set; }

    public Field<long?> UserId { get; set; }

    public Field<List<long>?> SharedWithUserIds { get; set; }

    public List<TagChange> TagChanges { get; } = new();

    /// <summary>The edit a PUT body asks for; <c>tags</c>/<c>tag_ids</c> replace unless <c>tag_action</c> says add or delete (docs/toggl-api.md §6.5).</summary>
    public static Outcome<EntryEdit> FromPayload(TimeEntryPayload p)
    {
        var mode = p.TagAction switch
        {
            null => TagMode.Replace,
            "add" => TagMode.Add,
            "delete" or "remove" => TagMode.Remove,
            _ => (TagMode?)null,
        };
        if (mode is null)
        {
            return ApiError.BadRequest(TogglTexts.InvalidParameter("tag_action"));
        }

        var edit = new EntryEdit
        {
            Description = p.Description,
            Billable = p.Billable,
            ProjectId = p.ProjectId,
            TaskId = p.TaskId,
            Start = p.Start,
            Stop = p.Stop,
            Duration = p.Duration,
            StartDate = p.StartDate,
            UserId = p.UserId,
            SharedWithUserIds = p.SharedWithUserIds,
        };
        if (p.Tags.Present || p.TagIds.Present)
        {
            edit.TagChanges.Add(new TagChange(
                mode.Value,
                (IReadOnlyList<string>?)p.Tags.Value ?? [],
                (IReadOnlyList<long>?)p.TagIds.Value ?? []));
        }

        return Outcome<EntryEdit>.Ok(edit);
    }
}
