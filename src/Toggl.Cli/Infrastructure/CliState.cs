using System.Text.Json;
using System.Text.Json.Serialization;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// What the tool remembers between runs for one workspace, next to the cache: when it last synced, the
/// last quota Toggl reported, and project names (so tables and reports name projects without a request).
/// Stored as JSON, owner-only, rewritten atomically; a missing or unreadable file is an empty state.
/// </summary>
internal sealed class CliState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>When the last sync finished.</summary>
    public DateTimeOffset? LastSync { get; set; }

    /// <summary>Requests left in Toggl's hourly window when it was last reported.</summary>
    public int? QuotaRemaining { get; set; }

    /// <summary>When that window resets.</summary>
    public DateTimeOffset? QuotaResetsAt { get; set; }

    /// <summary>When project names were last fetched.</summary>
    public DateTimeOffset? ProjectsFetched { get; set; }

    /// <summary>Project names by id.</summary>
    public Dictionary<long, string> Projects { get; set; } = [];

    /// <summary>Reads the state, or an empty one when the file is missing or unreadable (it is only a cache).</summary>
    public static CliState Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<CliState>(File.ReadAllText(path), Json) ?? new CliState() : new CliState();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new CliState();
        }
    }

    /// <summary>Writes the state, owner-only and atomically.</summary>
    public void Save(string path) => OwnerOnlyFiles.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}
