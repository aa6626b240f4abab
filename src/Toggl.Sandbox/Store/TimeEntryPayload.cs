using System.Text.Json;
using Toggl.Sandbox.Json;

namespace Toggl.Sandbox.Store;

/// <summary>The body of POST/PUT time entry (<c>timeentry.Payload</c>, docs/toggl-api.md §6.4), field by field.</summary>
internal sealed class TimeEntryPayload
{
    public Field<string?> Description { get; private set; }

    public Field<bool> Billable { get; private set; }

    public Field<long?> ProjectId { get; private set; }

    public Field<long?> TaskId { get; private set; }

    public Field<DateTimeOffset?> Start { get; private set; }

    public Field<DateTimeOffset?> Stop { get; private set; }

    public Field<long?> Duration { get; private set; }

    public Field<List<string>?> Tags { get; private set; }

    public Field<List<long>?> TagIds { get; private set; }

    public string? TagAction { get; private set; }

    public Field<DateOnly?> StartDate { get; private set; }

    public Field<string?> CreatedWith { get; private set; }

    public Field<long?> UserId { get; private set; }

    public Field<List<long>?> SharedWithUserIds { get; private set; }

    /// <summary>Reads a body; a wrong JSON type or an unparseable timestamp is an error, unknown fields are ignored.</summary>
    public static Outcome<TimeEntryPayload> Parse(ReadOnlyMemory<byte> body)
    {
        if (JsonInput.TryParse(body) is not { } doc)
        {
            return ApiError.BadJson;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ApiError.BadJson;
            }

            var p = new TimeEntryPayload();
            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                var v = prop.Value;
                var ok = prop.Name switch
                {
                    "description" => Str(v, x => p.Description = x),
                    "billable" => Bool(v, x => p.Billable = x),
                    "project_id" => Long(v, x => p.ProjectId = x),
                    "pid" => !p.ProjectId.Present ? Long(v, x => p.ProjectId = x) : true,
                    "task_id" => Long(v, x => p.TaskId = x),
                    "tid" => !p.TaskId.Present ? Long(v, x => p.TaskId = x) : true,
                    "start" => Time(v, x => p.Start = x),
                    "stop" => Time(v, x => p.Stop = x),
                    "duration" => Long(v, x => p.Duration = x),
                    "tags" => Strings(v, x => p.Tags = x),
                    "tag_ids" => Longs(v, x => p.TagIds = x),
                    "tag_action" => Str(v, x => p.TagAction = x.Value),
                    "start_date" => Date(v, x => p.StartDate = x),
                    "created_with" => Str(v, x => p.CreatedWith = x),
                    "user_id" => Long(v, x => p.UserId = x),
                    "uid" => !p.UserId.Present ? Long(v, x => p.UserId = x) : true,
                    "shared_with_user_ids" => Longs(v, x => p.SharedWithUserIds = x),
                    _ => true,
                };
                if (!ok)
                {
                    return ApiError.BadJson;
                }
            }

            // project_id wins over the legacy pid whatever the order of the keys.
            if (doc.RootElement.TryGetProperty("project_id", out var pidValue))
            {
                Long(pidValue, x => p.ProjectId = x);
            }

            return Outcome<TimeEntryPayload>.Ok(p);
        }
    }

    private static bool Str(JsonElement v, Action<Field<string?>> set)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                set(Field<string?>.Of(null));
                return true;
            case JsonValueKind.String:
                set(Field<string?>.Of(v.GetString()));
                return true;
            default:
                return false;
        }
    }

    private static bool Bool(JsonElement v, Action<Field<bool>> set)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                set(Field<bool>.Of(v.GetBoolean()));
                return true;
            case JsonValueKind.Null:
                // Go decodes null into a bool as "leave unchanged".
                return true;
            default:
                return false;
        }
    }

    private static bool Long(JsonElement v, Action<Field<long?>> set)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                set(Field<long?>.Of(null));
                return true;
            case JsonValueKind.Number when v.TryGetInt64(out var n):
                set(Field<long?>.Of(n));
                return true;
            default:
                return false;
        }
    }

    private static bool Time(JsonElement v, Action<Field<DateTimeOffset?>> set)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                set(Field<DateTimeOffset?>.Of(null));
                return true;
            case JsonValueKind.String when TogglTime.TryParseRfc3339(v.GetString(), out var t):
                set(Field<DateTimeOffset?>.Of(t));
                return true;
            default:
                return false;
        }
    }

    private static bool Date(JsonElement v, Action<Field<DateOnly?>> set)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                set(Field<DateOnly?>.Of(null));
                return true;
            case JsonValueKind.String when TogglTime.TryParseDate(v.GetString(), out var d):
                set(Field<DateOnly?>.Of(d));
                return true;
            default:
                return false;
        }
    }

    private static bool Strings(JsonElement v, Action<Field<List<string>?>> set)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            set(Field<List<string>?>.Of(null));
            return true;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = new List<string>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            list.Add(item.GetString()!);
        }

        set(Field<List<string>?>.Of(list));
        return true;
    }

    private static bool Longs(JsonElement v, Action<Field<List<long>?>> set)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            set(Field<List<long>?>.Of(null));
            return true;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = new List<long>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var n))
            {
                return false;
            }

            list.Add(n);
        }

        set(Field<List<long>?>.Of(list));
        return true;
    }
}
