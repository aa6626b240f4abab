namespace Toggl.Core

/// Syncing every object (user, workspaces, organizations, projects, tasks, tags, clients) with the fewest requests.
[<RequireQualifiedAccess>]
module ResourceSync =

    /// The newest quota figures of a bucket the endpoint's sender knows (the HTTP interpreter keeps them).
    let internal quotaOf (endpoint: TrackerEndpoint) : QuotaScope -> Quota option =
        match endpoint.Send with
        | :? IQuotaKnowledge as knowledge -> knowledge.QuotaOf
        | _ -> fun _ -> None

    /// Syncs what is due; chooses between one related-data request and per-kind listings (docs/architecture.md).
    /// `refresh` makes every kind due. Needs a cache.
    let all (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<ResourceSyncResult> =
        TogglCall.over endpoint (fun context -> ResourceSyncPlan.plan context refresh (quotaOf endpoint))
