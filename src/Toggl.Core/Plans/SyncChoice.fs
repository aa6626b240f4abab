namespace Toggl.Core

open System

/// What a sync of every object knows when it chooses its route.
type internal SyncSituation =
    {
        /// The kinds due: workspace kinds not synced within `MaxAge`, the user's kinds never synced (every
        /// kind with `refresh`).
        Due: ResourceKind list
        /// Nothing was ever synced.
        Cold: bool
        /// Requests left in the user-scoped bucket, if an answer told.
        UserRemaining: int option
        /// Requests left in the workspace's bucket, if an answer told.
        WorkspaceRemaining: int option
    }

/// The choice between one related-data request and per-kind listings (docs/architecture.md, "Syncing every
/// object"), pure.
[<RequireQualifiedAccess>]
module internal SyncChoice =

    /// The kinds due for a sync: with `refresh`, every kind; otherwise the workspace kinds not synced within
    /// `MaxAge` and the user's kinds never synced (they change rarely: their own reads refresh them).
    let due (context: PlanContext) (answers: CacheAnswers) (refresh: bool) =
        ResourceRules.allKinds
        |> List.filter (fun kind ->
            let synced =
                ResourceRules.syncedAt answers kind (ResourceRules.scopeOf context.WorkspaceId kind)

            refresh
            || (if ResourceRules.isUserKind kind then
                    synced.IsNone
                else
                    not (ResourceRules.isFresh context.MaxAge context.Now synced)))

    /// Whether nothing was ever synced.
    let cold (context: PlanContext) (answers: CacheAnswers) =
        ResourceRules.allKinds
        |> List.forall (fun kind ->
            (ResourceRules.syncedAt answers kind (ResourceRules.scopeOf context.WorkspaceId kind)).IsNone)

    /// Whether a bucket has room for `cost` requests; unknown figures are taken as room (the first request
    /// tells).
    let hasRoom (remaining: int option) (cost: int) =
        remaining |> Option.forall (fun left -> left >= cost)

    /// The requests per-kind listings send to each bucket: (workspace, user).
    let perResourceCost (due: ResourceKind list) =
        let user, workspace = due |> List.partition ResourceRules.isUserKind
        workspace.Length, user.Length

    /// The requests the related route sends to the user bucket: one, and one more for organizations when
    /// they are due (the related answer does not carry them).
    let relatedCost (due: ResourceKind list) =
        if List.contains ResourceKind.Organization due then 2 else 1

    /// The route: nothing due → `Fresh`; warm → `PerResource` (never the user bucket while the workspace
    /// bucket has room; the related request only when the workspace bucket has none and the user's has);
    /// cold → `Related` when the user bucket has room (one request instead of one per kind), else `PerResource`.
    let choose (situation: SyncSituation) : SyncRoute =
        if situation.Due.IsEmpty then
            SyncRoute.Fresh
        else
            let workspaceCost, _ = perResourceCost situation.Due
            let userHasRoom = hasRoom situation.UserRemaining (relatedCost situation.Due)

            if situation.Cold then
                if userHasRoom then
                    SyncRoute.Related
                else
                    SyncRoute.PerResource
            elif hasRoom situation.WorkspaceRemaining workspaceCost then
                SyncRoute.PerResource
            elif userHasRoom then
                SyncRoute.Related
            else
                SyncRoute.PerResource
