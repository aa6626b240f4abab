using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// A small typed reader over a JSON object body for the workspace resources (<see cref="WorkspaceResource{T, TPayload}"/>):
/// each getter answers "absent", "null" or a value, and records a type error instead of throwing.
/// </summary>
internal sealed class JsonBody
{
    private readonly Dictionary<string, JsonElement> fields;

    private JsonBody(Dictionary<string, JsonElement> fields) => this.fields = fields;

    /// <summary>True once a field had the wrong JSON type.</summary>
    public bool Invalid { get; private set; }

    /// <summary>Reads the request body as a JSON object, or answers 400 "Invalid JSON input" for anything else.</summary>
    public static async Task<Outcome<JsonBody>> Read(HttpContext ctx) =>
        Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));

    /// <summary>
    /// Reads the request body as a JSON object and the payload from it: a 400 error when the body is not an
    /// object or a field has the wrong type, as every write route answers.
    /// </summary>
    public static async Task<Outcome<TPayload>> ReadPayload<TPayload>(HttpContext ctx, Func<JsonBody, TPayload> read)
    {
        var parsed = await Read(ctx).ConfigureAwait(false);
        if (parsed.Error is { } error)
        {
            return error;
        }

        var payload = read(parsed.Value!);
        return parsed.Value!.Invalid ? ApiError.BadJson : Outcome<TPayload>.Ok(payload);
    }

    public static Outcome<JsonBody> Parse(byte[] body)
    {
        if (JsonInput.TryParse(body) is not { } parsed)
        {
            return ApiError.BadJson;
        }

        using (var doc = parsed)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ApiError.BadJson;
            }

            var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields[p.Name] = p.Value.Clone();
            }

            return Outcome<JsonBody>.Ok(new JsonBody(fields));
        }
    }

    public bool Has(string name) => fields.ContainsKey(name);

    public Field<string?> String(string name) => Read(name, v => v.ValueKind == JsonValueKind.String ? (true, v.GetString()) : (false, null));

    public Field<bool?> Bool(string name) => Read<bool?>(name, v => v.ValueKind is JsonValueKind.True or JsonValueKind.False ? (true, v.GetBoolean()) : (false, null));

    public Field<long?> Long(string name) => Read<long?>(name, v => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? (true, n) : (false, null));

    public Field<decimal?> Decimal(string name) => Read<decimal?>(name, v => v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? (true, n) : (false, null));

    public Field<List<long>?> Longs(string name) => Read<List<long>?>(name, v =>
        v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Number && x.TryGetInt64(out _))
            ? (true, v.EnumerateArray().Select(x => x.GetInt64()).ToList())
            : (false, null));

    /// <summary>
    /// An id list that may hold <c>null</c>: the Reports API's filters read <c>[null]</c> as "without" (an entry with no
    /// project, task, client or tags), docs/toggl-api.md §9.
    /// </summary>
    public Field<List<long?>?> NullableLongs(string name) => Read<List<long?>?>(name, v =>
        v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Null || (x.ValueKind == JsonValueKind.Number && x.TryGetInt64(out _)))
            ? (true, v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? (long?)null : x.GetInt64()).ToList())
            : (false, null));

    /// <summary>How many fields the body has.</summary>
    public int Count => fields.Count;

    public Field<DateOnly?> Date(string name) => Read<DateOnly?>(name, v =>
        v.ValueKind == JsonValueKind.String && (TogglTime.TryParseDate(v.GetString(), out var d) || TryDateOfTimestamp(v.GetString(), out d))
            ? (true, d)
            : (false, null));

    private static bool TryDateOfTimestamp(string? s, out DateOnly d)
    {
        d = default;
        if (!TogglTime.TryParseRfc3339(s, out var t))
        {
            return false;
        }

        d = DateOnly.FromDateTime(t.UtcDateTime);
        return true;
    }

    private Field<T> Read<T>(string name, Func<JsonElement, (bool Ok, T Value)> read)
    {
        if (!fields.TryGetValue(name, out var v))
        {
            return Field<T>.Absent;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            return Field<T>.Of(default!);
        }

        var (ok, value) = read(v);
        if (!ok)
        {
            Invalid = true;
            return Field<T>.Absent;
        }

        return Field<T>.Of(value);
    }
}
