namespace Toggl.Core

/// How a sync of every object went.
[<RequireQualifiedAccess>]
type SyncRoute =
    /// Nothing was due (every kind synced within the endpoint's `MaxAge`): no request.
    | Fresh
    /// One `GET /me?with_related_data=true` (the user bucket).
    | Related
    /// One listing per kind, on the workspace bucket (`since` where Toggl takes it).
    | PerResource

/// What a sync of every object did.
type ResourceSyncResult =
    {
        /// Which way it went.
        Route: SyncRoute
        /// Requests sent.
        Requests: int
        /// Objects new or changed against what the cache held.
        Upserted: int
        /// Objects removed (deleted on Toggl).
        Deleted: int
    }
