namespace Toggl.Core

open System

/// Syncing every object as a plan: the route chosen by `SyncChoice` from what the cache says was synced and
/// what is known of each bucket's quota, then the requests of that route.
[<RequireQualifiedAccess>]
module internal ResourceSyncPlan =

    /// The reads: when each kind was synced in its scope.
    let reads (workspaceId: int64) =
        ResourceRules.allKinds
        |> List.map (fun kind -> CacheRead.ResourceSynced(kind, ResourceRules.scopeOf workspaceId kind))

    /// The step of one kind's per-kind listing: `since` the last sync (less an overlap) for projects and
    /// tasks once synced (deleted ones come back marked, and leave); full listings otherwise.
    let private perKind (context: PlanContext) (answers: CacheAnswers) (kind: ResourceKind) =
        let workspaceId = context.WorkspaceId
        let scope = ResourceRules.scopeOf workspaceId kind

        let since =
            ResourceRules.syncedAt answers kind scope
            |> Option.map (fun at -> at - ResourceRules.syncOverlap)

        let full = ResourcePlans.fetchCommit context kind true

        let incremental =
            { ResourceCommit.upsert context.Now with
                Synced = [ kind, scope ]
            }

        let commit = if since.IsSome then incremental else full

        let request, shape =
            match kind with
            | ResourceKind.Project ->
                let request =
                    ResourceRequest.ProjectList(
                        workspaceId,
                        { ResourceBody.allProjects with
                            Since = since
                        },
                        1
                    )

                request, ResourceShape.Pages(kind, request)
            | ResourceKind.Task ->
                let request =
                    ResourceRequest.TaskList(
                        workspaceId,
                        { ResourceBody.allTasks with
                            Since = since
                        },
                        1
                    )

                request, ResourceShape.Pages(kind, request)
            | ResourceKind.Client ->
                ResourceRequest.ClientList(workspaceId, ResourceBody.allClients), ResourceShape.Many kind
            | ResourceKind.Tag -> ResourceRequest.TagList workspaceId, ResourceShape.Many kind
            | ResourceKind.Me -> ResourceRequest.Me false, ResourceShape.One kind
            | ResourceKind.Workspace -> ResourceRequest.WorkspaceList, ResourceShape.Many kind
            | ResourceKind.Organization -> ResourceRequest.OrganizationList, ResourceShape.Many kind

        // Only projects and tasks take `since`: the others are listed in full, which replaces the kind.
        let commit =
            match kind with
            | ResourceKind.Project
            | ResourceKind.Task -> commit
            | _ -> full

        ResourcePlans.send request { Shape = shape; Commit = commit } OnFailure.Fail

    /// The related-data request: it replaces the user, workspaces, clients, projects, tasks and tags (of
    /// every workspace) and marks them synced (workspace kinds in each workspace answered: the runner adds them).
    let private related (context: PlanContext) =
        let kinds =
            [
                ResourceKind.Me
                ResourceKind.Workspace
                ResourceKind.Client
                ResourceKind.Project
                ResourceKind.Task
                ResourceKind.Tag
            ]

        ResourcePlans.send
            (ResourceRequest.Me true)
            {
                Shape = ResourceShape.Related
                Commit =
                    { ResourceCommit.upsert context.Now with
                        Replace = kinds |> List.map (fun kind -> kind, None)
                        Synced =
                            kinds
                            |> List.map (fun kind -> kind, ResourceRules.scopeOf context.WorkspaceId kind)
                    }
            }
            OnFailure.Fail

    /// The steps of a route for the kinds due. Per kind, the user's kinds are left out while the user bucket
    /// has no room for them (they wait for a later sync rather than fail this one).
    let steps (context: PlanContext) (answers: CacheAnswers) (situation: SyncSituation) (route: SyncRoute) =
        match route with
        | SyncRoute.Fresh -> []
        | SyncRoute.Related ->
            related context
            :: (if List.contains ResourceKind.Organization situation.Due then
                    [ perKind context answers ResourceKind.Organization ]
                else
                    [])
        | SyncRoute.PerResource ->
            let userKinds, workspaceKinds =
                situation.Due |> List.partition ResourceRules.isUserKind

            let userKinds =
                if SyncChoice.hasRoom situation.UserRemaining userKinds.Length then
                    userKinds
                else
                    []

            (workspaceKinds @ userKinds) |> List.map (perKind context answers)

    /// The plan of a sync of every object; `quota` tells the newest figures of a bucket.
    let plan
        (context: PlanContext)
        (refresh: bool)
        (quota: QuotaScope -> Quota option)
        : Result<Operation<ResourceSyncResult>, TogglError> =
        if not context.HasCache then
            Error(TogglError.Validation ValidationError.NoCache)
        else
            Ok
                {
                    Reads = reads context.WorkspaceId
                    Compile =
                        fun answers ->
                            let situation =
                                {
                                    Due = SyncChoice.due context answers refresh
                                    Cold = SyncChoice.cold context answers
                                    UserRemaining = quota QuotaScope.User |> Option.map (fun q -> q.Remaining)
                                    WorkspaceRemaining =
                                        quota (QuotaScope.Workspace context.WorkspaceId)
                                        |> Option.map (fun q -> q.Remaining)
                                }

                            let route = SyncChoice.choose situation

                            Ok
                                {
                                    Answers = answers
                                    Steps = steps context answers situation route
                                    Finish =
                                        fun outcomes ->
                                            let tallies =
                                                outcomes
                                                |> List.choose (fun o ->
                                                    match o with
                                                    | Outcome.Resources tally -> Some tally
                                                    | _ -> None)

                                            Ok
                                                {
                                                    Route = route
                                                    Requests = tallies |> List.sumBy (fun t -> t.Requests)
                                                    Upserted = tallies |> List.sumBy (fun t -> t.Upserted)
                                                    Deleted = tallies |> List.sumBy (fun t -> t.Deleted)
                                                }
                                }
                }
