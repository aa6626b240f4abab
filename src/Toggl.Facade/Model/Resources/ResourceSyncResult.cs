namespace Toggl;

/// <summary>Which way a sync of every object went.</summary>
public enum ResourceSyncRoute
{
    /// <summary>Nothing was due (every kind synced within <see cref="TogglClientOptions.CacheMaxAge"/>): no request.</summary>
    Fresh,

    /// <summary>One <c>GET me?with_related_data=true</c> (the user bucket).</summary>
    Related,

    /// <summary>One listing per kind, on the workspace bucket.</summary>
    PerResource,
}

/// <summary>What a sync of every object (user, workspaces, organizations, projects, tasks, tags, clients) did.</summary>
/// <param name="Route">Which way it went.</param>
/// <param name="Requests">Requests sent.</param>
/// <param name="Upserted">Objects new or changed against what the cache held.</param>
/// <param name="Deleted">Objects removed because they were deleted on Toggl.</param>
public sealed record ResourceSyncResult(ResourceSyncRoute Route, int Requests, int Upserted, int Deleted);

/// <summary>What <see cref="TogglClient.SyncAsync"/> did: the outbox sent, then the objects, then the trackers.</summary>
/// <param name="Resources">The sync of every object but trackers.</param>
/// <param name="Trackers">The sync of the trackers.</param>
public sealed record TogglSyncResult(ResourceSyncResult Resources, SyncResult Trackers)
{
    /// <summary>What sending the outbox first did (<see cref="TogglClientOptions.Outbox"/>); empty when it is off or held nothing.</summary>
    public IReadOnlyList<OutboxResult> Outbox { get; init; } = [];
}
