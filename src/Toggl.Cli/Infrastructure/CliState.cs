using System.Text.Json;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// What the tool remembers between runs for one workspace, next to the cache: the last quota Toggl
/// reported, and project names as last listed: the fallback when the cache's projects are stale, so tables and
/// reports name projects without a request. It is UI state
/// only: when the cache last synced is the cache's own cursor (<see cref="ITogglCache.LastSyncAsync"/>).
/// Stored as JSON, owner-only, rewritten atomically; a missing or unreadable file is an empty state.
/// </summary>
internal sealed class CliState
{
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
            // A file written before the state lost its sync cursor still reads: unknown keys are skipped.
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), CliStateJson.Default.CliState) ?? new CliState() : new CliState();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new CliState();
        }
    }

    /// <summary>Writes the state, owner-only and atomically.</summary>
    public void Save(string path) => OwnerOnlyFiles.WriteAllText(path, JsonSerializer.Serialize(this, CliStateJson.Default.CliState));
}
