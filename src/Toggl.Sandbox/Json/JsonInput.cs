using System.Text.Json;
using System.Text.Unicode;

namespace Toggl.Sandbox.Json;

/// <summary>
/// Parses a request body as JSON, the one way every endpoint does. Bytes that are not UTF-8 are refused
/// up front: JsonDocument accepts them inside strings and only throws (a non-JSON exception, hence a 500)
/// when the string is read, whereas Toggl answers such a body as malformed JSON.
/// </summary>
internal static class JsonInput
{
    /// <summary>The parsed document, or null when the body is not UTF-8 or not JSON.</summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
