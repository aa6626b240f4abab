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

    /// The route: nothing due → `Fresh`. When a user kind is due, the user bucket is spent either way; then the
    /// related request is taken when it costs no more user requests than the per-kind route would (the cold case:
    /// 2 instead of 3), since its one answer also brings every workspace kind, and the user bucket has room.
    /// Otherwise `PerResource` — never the user bucket for workspace kinds while the workspace bucket has room —
    /// and the related request only when the workspace bucket has none and the user's has.
    let choose (situation: SyncSituation) : SyncRoute =
        if situation.Due.IsEmpty then
            SyncRoute.Fresh
        else
            let workspaceCost, userCost = perResourceCost situation.Due
            let related = relatedCost situation.Due
            let userHasRoom = hasRoom situation.UserRemaining related

            if userCost > 0 && related <= userCost && userHasRoom then
                SyncRoute.Related
            elif hasRoom situation.WorkspaceRemaining workspaceCost then
                SyncRoute.PerResource
            elif userHasRoom then
                SyncRoute.Related
            else
                SyncRoute.PerResource
