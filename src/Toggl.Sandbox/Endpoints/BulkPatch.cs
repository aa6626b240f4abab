using System.Text.Json;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The body of the bulk edit (docs/toggl-api.md §6.6): RFC 6902-style operations, read into one
/// <see cref="EntryEdit"/> that is then applied to each id. add/remove on <c>/tags</c> and
/// <c>/tag_ids</c> append or remove elements; replace sets; remove on a scalar clears it.
/// </summary>
internal static class BulkPatch
{
    public const int MaxIds = 100;

    public static Outcome<EntryEdit> Parse(byte[] body)
    {
        if (JsonInput.TryParse(body) is not { } doc)
        {
            return ApiError.BadJson;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ApiError.BadJson;
            }

            var edit = new EntryEdit();
            foreach (var op in doc.RootElement.EnumerateArray())
            {
                if (op.ValueKind != JsonValueKind.Object
                    || !op.TryGetProperty("op", out var opValue) || opValue.ValueKind != JsonValueKind.String
                    || !op.TryGetProperty("path", out var pathValue) || pathValue.ValueKind != JsonValueKind.String)
                {
                    return ApiError.BadJson;
                }

                var kind = opValue.GetString();
                if (kind is not ("add" or "remove" or "replace"))
                {
                    return ApiError.BadRequest(TogglTexts.InvalidParameter("op"));
                }

                var hasValue = op.TryGetProperty("value", out var value);
                if (!hasValue && kind != "remove")
                {
                    return ApiError.BadJson;
                }

                var remove = kind == "remove";
                var ok = pathValue.GetString() switch
                {
                    "/description" => remove ? Set(() => edit.Description = Field<string?>.Of(null)) : Str(value, v => edit.Description = Field<string?>.Of(v)),
                    "/billable" => remove ? Set(() => edit.Billable = Field<bool>.Of(false)) : Bool(value, v => edit.Billable = Field<bool>.Of(v)),
                    "/project_id" or "/pid" => remove ? Set(() => edit.ProjectId = Field<long?>.Of(null)) : Long(value, v => edit.ProjectId = Field<long?>.Of(v)),
                    "/task_id" or "/tid" => remove ? Set(() => edit.TaskId = Field<long?>.Of(null)) : Long(value, v => edit.TaskId = Field<long?>.Of(v)),
                    // A date-only /start moves the entry to that day, keeping its time (docs/toggl-api.md §6.6: "the date is only used").
                    "/start" => !remove && (Time(value, v => edit.Start = Field<DateTimeOffset?>.Of(v))
                        || Date(value, d => edit.StartDate = Field<DateOnly?>.Of(d))),
                    "/stop" => remove ? Set(() => edit.Stop = Field<DateTimeOffset?>.Of(null)) : Time(value, v => edit.Stop = Field<DateTimeOffset?>.Of(v)),
                    "/duration" => !remove && Long(value, v => edit.Duration = Field<long?>.Of(v)),
                    "/user_id" => !remove && Long(value, v => edit.UserId = Field<long?>.Of(v)),
                    "/shared_with_user_ids" => remove ? Set(() => edit.SharedWithUserIds = Field<List<long>?>.Of([])) : Longs(value, v => edit.SharedWithUserIds = Field<List<long>?>.Of(v)),
                    "/tags" => Tags(kind, hasValue, value, edit, byName: true),
                    "/tag_ids" => Tags(kind, hasValue, value, edit, byName: false),
                    _ => false,
                };
                if (!ok)
                {
                    return ApiError.BadRequest(TogglTexts.InvalidParameter(pathValue.GetString()!));
                }
            }

            return Outcome<EntryEdit>.Ok(edit);
        }
    }

    private static bool Tags(string kind, bool hasValue, JsonElement value, EntryEdit edit, bool byName)
    {
        if (kind == "remove" && !hasValue)
        {
            // Removing the whole array clears the tags.
            edit.TagChanges.Add(new TagChange(TagMode.Replace, [], []));
            return true;
        }

        var mode = kind switch
        {
            "add" => TagMode.Add,
            "remove" => TagMode.Remove,
            _ => TagMode.Replace,
        };
        if (byName)
        {
            return Strings(value, names => edit.TagChanges.Add(new TagChange(mode, names, [])));
        }

        return Longs(value, ids => edit.TagChanges.Add(new TagChange(mode, [], ids)));
    }

    private static bool Set(Action apply)
    {
        apply();
        return true;
    }

    private static bool Str(JsonElement v, Action<string?> set) => v.ValueKind switch
    {
        JsonValueKind.Null => Set(() => set(null)),
        JsonValueKind.String => Set(() => set(v.GetString())),
        _ => false,
    };

    private static bool Bool(JsonElement v, Action<bool> set) => v.ValueKind switch
    {
        JsonValueKind.True => Set(() => set(true)),
        JsonValueKind.False => Set(() => set(false)),
        _ => false,
    };

    private static bool Long(JsonElement v, Action<long?> set) => v.ValueKind switch
    {
        JsonValueKind.Null => Set(() => set(null)),
        JsonValueKind.Number when v.TryGetInt64(out var n) => Set(() => set(n)),
        _ => false,
    };

    private static bool Time(JsonElement v, Action<DateTimeOffset> set) =>
        v.ValueKind == JsonValueKind.String && TogglTime.TryParseRfc3339(v.GetString(), out var t) && Set(() => set(t));

    private static bool Date(JsonElement v, Action<DateOnly> set) =>
        v.ValueKind == JsonValueKind.String && TogglTime.TryParseDate(v.GetString(), out var d) && Set(() => set(d));

    private static bool Strings(JsonElement v, Action<List<string>> set)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            // A single value adds or removes one element, as JSON Patch on an array member.
            set([v.GetString()!]);
            return true;
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            return false;
        }

        set(v.EnumerateArray().Select(x => x.GetString()!).ToList());
        return true;
    }

    private static bool Longs(JsonElement v, Action<List<long>> set)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var one))
        {
            set([one]);
            return true;
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number || !x.TryGetInt64(out _)))
        {
            return false;
        }

        set(v.EnumerateArray().Select(x => x.GetInt64()).ToList());
        return true;
    }
}
