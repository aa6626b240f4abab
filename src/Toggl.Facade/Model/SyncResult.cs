namespace Toggl;

/// <summary>What <see cref="TrackerEndpoint.SyncAsync"/> did to the cache.</summary>
/// <param name="Full"><see langword="true"/> when the cache had no usable cursor and Toggl's whole window was loaded.</param>
/// <param name="Upserted">Trackers new or changed against what the cache held (the overlap read again is not counted).</param>
/// <param name="Deleted">Trackers the cache held that were removed because they were deleted on Toggl.</param>
/// <param name="Cursor">The cursor stored for the next sync.</param>
public sealed record SyncResult(bool Full, int Upserted, int Deleted, DateTimeOffset Cursor);
