namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks
open Microsoft.Extensions.Logging

/// The rules for answers about Toggl's other objects (`OnAnswer.Resource`), interpreted: decoding by shape
/// with `ResourceJson`, the next pages of a paged listing, and commits through `IResourceCache`.
[<RequireQualifiedAccess>]
module internal ResourceAnswerRules =

    open RunnerEffects

    let private decodeBy (decoder: string -> Result<'T, DecodeError>) (response: HttpResponse) =
        decoder response.Body |> Result.mapError TogglError.Decode

    let private loadAll (cache: IResourceCache) (loads: (ResourceKind * ResourceQuery list) list) ct =
        taskResult {
            let mutable rows = []

            for kind, queries in loads do
                let! found = cache.LoadResources(kind, queries, ct)
                rows <- rows @ found

            return rows
        }

    /// The client marked archived and its projects (those answered, and those the cache has under it)
    /// inactive: the cache follows Toggl's archive without fetching anything.
    let private archivedLocally (cache: IResourceCache) (clientId: int64) (projectIds: int64 list) ct =
        taskResult {
            let underClient: ResourceQuery list =
                [
                    {
                        Key = ResourceField.ParentId
                        Value = QueryValue.Int clientId
                        Comparison = Comparison.Equal
                    }
                ]

            let answered: ResourceQuery list =
                [
                    {
                        Key = ResourceField.Id
                        Value = QueryValue.AnyOf(projectIds |> List.map QueryValue.Int)
                        Comparison = Comparison.Equal
                    }
                ]

            let! rows =
                loadAll
                    cache
                    ([
                        ResourceKind.Client, ResourceRules.byId clientId
                        ResourceKind.Project, underClient
                     ]
                     @ (if projectIds.IsEmpty then
                            []
                        else
                            [ ResourceKind.Project, answered ]))
                    ct

            let! resources = ResourcePlans.ofRows rows

            return
                resources
                |> List.choose (fun resource ->
                    match resource with
                    | TogglResource.Client client when client.Id = clientId ->
                        Some(TogglResource.Client { client with Archived = true })
                    | TogglResource.Project project -> Some(TogglResource.Project { project with Active = false })
                    | _ -> None)
                |> List.distinctBy (fun r -> ResourceJson.kindOf r, ResourceJson.idOf r)
        }

    /// Commits the objects answered by the commit's rule; `extraSynced` are further (kind, scope) synced.
    /// Returns (upserted: new or changed against the cache, deleted: removed from it).
    let commit
        endpoint
        (rule: ResourceCommit)
        (answered: TogglResource list)
        (extraSynced: (ResourceKind * int64) list)
        (date: DateTimeOffset option)
        ct
        : Task<Result<int * int, TogglError>> =
        let work (cache: IResourceCache) =
            taskResult {
                let! archived =
                    match rule.ArchivedClient with
                    | Some clientId ->
                        let projectIds =
                            answered
                            |> List.choose (fun r ->
                                match r with
                                | TogglResource.Project p -> Some p.Id
                                | _ -> None)

                        archivedLocally cache clientId projectIds ct
                    | None -> ok []

                let answered =
                    match rule.ArchivedClient with
                    | Some _ -> archived
                    | None -> answered

                let deleted, live = answered |> List.partition ResourceRules.isDeleted
                let liveRows = live |> List.map ResourceJson.toCached
                let byKind = answered |> List.groupBy ResourceJson.kindOf

                // What the cache holds of the objects answered, and of the scopes a full listing replaces.
                let! known =
                    loadAll
                        cache
                        (byKind
                         |> List.map (fun (kind, resources) ->
                             kind,
                             [
                                 {
                                     Key = ResourceField.Id
                                     Value =
                                         QueryValue.AnyOf(resources |> List.map (ResourceJson.idOf >> QueryValue.Int))
                                     Comparison = Comparison.Equal
                                 }
                             ]))
                        ct

                let! inScopes =
                    loadAll
                        cache
                        (rule.Replace
                         |> List.map (fun (kind, scope) ->
                             kind,
                             match scope with
                             | Some workspaceId when not (ResourceRules.isUserKind kind) ->
                                 ResourceRules.inWorkspace workspaceId
                             | _ -> []))
                        ct

                let knownJson =
                    known |> List.map (fun row -> (row.Kind, row.Id), row.Json) |> Map.ofList

                let listed =
                    live
                    |> List.map (fun r -> ResourceJson.kindOf r, ResourceJson.idOf r)
                    |> Set.ofList

                // Toggl's clock, not the client's, dates the sync: a client clock ahead cannot skip a change.
                let at = date |> Option.defaultValue rule.Now

                // An object changed within the overlap before the answer (created by another process while the
                // listing was on its way) may be missing from it without being deleted: it stays until a later
                // listing speaks for it.
                let vanished =
                    inScopes
                    |> List.filter (fun row ->
                        row.At |> Option.forall (fun changed -> changed < at - TrackerRules.syncOverlap))
                    |> List.map (fun row -> row.Kind, row.Id)
                    |> List.filter (fun key -> not (listed.Contains key))

                let removals =
                    (deleted |> List.map (fun r -> ResourceJson.kindOf r, ResourceJson.idOf r))
                    @ vanished
                    @ rule.Remove
                    |> List.distinct

                let cachedKeys =
                    (known @ inScopes) |> List.map (fun row -> row.Kind, row.Id) |> Set.ofList

                let removedCount =
                    removals
                    |> List.filter cachedKeys.Contains
                    |> List.length
                    // A delete's object counts whether or not the cache held it: Toggl removed it.
                    |> max rule.Remove.Length

                let changed =
                    liveRows
                    |> List.filter (fun row -> knownJson |> Map.tryFind (row.Kind, row.Id) <> Some row.Json)
                    |> List.length

                do!
                    cache.CommitResources(
                        {
                            Upserts = liveRows
                            Deletes = removals
                            Synced =
                                (rule.Synced @ extraSynced)
                                |> List.distinct
                                |> List.map (fun (k, s) -> k, s, at)
                        },
                        ct
                    )

                return changed, removedCount
            }

        task {
            match endpoint.Cache with
            | None ->
                let deleted = answered |> List.filter ResourceRules.isDeleted |> List.length
                return Ok(answered.Length - deleted, deleted + rule.Remove.Length)
            | Some cache ->
                let! result = work cache

                return
                    result
                    |> Result.mapError (fun cause ->
                        match cause with
                        | TogglError.Cancelled -> cause
                        | _ when rule.Applied ->
                            let ids =
                                (answered |> List.map ResourceJson.idOf)
                                @ (rule.Remove |> List.map snd)
                                @ Option.toList rule.ArchivedClient

                            TogglError.AppliedButNotCached(List.distinct ids, None, cause)
                        | _ -> cause)
        }

    /// Every page of a paged listing from the first answer on, until a short page (or one with nothing new:
    /// the server ignores paging). Returns the objects and the requests sent.
    let private pages endpoint (first: ResourceRequest) (kind: ResourceKind) (response: HttpResponse) ct =
        task {
            let mutable request = first
            let mutable response = Ok response
            let mutable requests = 1
            let mutable seen = Set.empty
            let mutable found = []
            let mutable date = None
            let mutable outcome = None

            while outcome.IsNone do
                match
                    response
                    |> Result.bind (fun r -> decodeBy (ResourceJson.decodeList kind) r |> Result.map (fun d -> r, d))
                with
                | Error error -> outcome <- Some(Error error)
                | Ok(answer, page) ->
                    if date.IsNone then
                        date <- answer.Date

                    let fresh = page |> List.filter (fun r -> not (seen.Contains(ResourceJson.idOf r)))

                    found <- found @ fresh
                    seen <- fresh |> List.fold (fun known r -> Set.add (ResourceJson.idOf r) known) seen

                    match ResourceRules.nextPage request with
                    | Some next when page.Length >= ResourceRules.PageSize && not fresh.IsEmpty ->
                        request <- next
                        requests <- requests + 1
                        let! answer = sendHttp endpoint (ResourceRequests.toHttp next) ct
                        response <- answer
                    | _ -> outcome <- Some(Ok(found, requests, date))

            return outcome.Value
        }

    let private tallied endpoint rule objects extraSynced requests date ct =
        taskResult {
            let! upserted, deleted = commit endpoint rule objects extraSynced date ct

            return
                Outcome.Resources
                    {
                        Objects = objects
                        Requests = requests
                        Upserted = upserted
                        Deleted = deleted
                    }
        }

    /// What an answer about Toggl's other objects leads to.
    let answered endpoint (answer: ResourceAnswer) (response: HttpResponse) ct : Task<Result<Outcome, TogglError>> =
        let rule = answer.Commit

        let simple (decoder: string -> Result<'T, DecodeError>) (outcome: 'T -> Outcome) =
            Task.FromResult(decodeBy decoder response |> Result.map outcome)

        match answer.Shape with
        | ResourceShape.One kind ->
            taskResult {
                let! resource = decodeBy (ResourceJson.decodeOne kind) response
                return! tallied endpoint rule [ resource ] [] 1 response.Date ct
            }
        | ResourceShape.Many kind ->
            taskResult {
                let! resources = decodeBy (ResourceJson.decodeList kind) response
                return! tallied endpoint rule resources [] 1 response.Date ct
            }
        | ResourceShape.Pages(kind, first) ->
            taskResult {
                let! resources, requests, date = pages endpoint first kind response ct
                return! tallied endpoint rule resources [] requests date ct
            }
        | ResourceShape.Related ->
            taskResult {
                let! related = decodeBy ResourceJson.decodeRelated response

                let resources =
                    [ TogglResource.Me related.Me ]
                    @ (related.Workspaces |> List.map TogglResource.Workspace)
                    @ (related.Clients |> List.map TogglResource.Client)
                    @ (related.Projects |> List.map TogglResource.Project)
                    @ (related.Tasks |> List.map TogglResource.Task)
                    @ (related.Tags |> List.map TogglResource.Tag)

                // The answer covers every workspace of the user: each is synced for the workspace kinds.
                let perWorkspace =
                    [
                        for workspace in related.Workspaces do
                            for kind in
                                [
                                    ResourceKind.Client
                                    ResourceKind.Project
                                    ResourceKind.Task
                                    ResourceKind.Tag
                                ] -> kind, workspace.Id
                    ]

                return! tallied endpoint rule resources perWorkspace 1 response.Date ct
            }
        | ResourceShape.ArchivedProjectIds ->
            taskResult {
                let! ids = decodeBy ResourceJson.decodeArchivedProjectIds response

                // The ids ride along as projects to mark inactive; the commit reads the cached copies.
                let projects =
                    ids
                    |> List.map (fun id ->
                        TogglResource.Project
                            {
                                Id = id
                                WorkspaceId = 0L
                                Name = ""
                                ClientId = None
                                Color = None
                                Active = false
                                IsPrivate = false
                                Billable = None
                                Template = false
                                EstimatedHours = None
                                ActualSeconds = None
                                Rate = None
                                Currency = None
                                StartDate = None
                                EndDate = None
                                At = None
                                ServerDeletedAt = None
                            })

                let! _ = commit endpoint rule projects [] response.Date ct
                return Outcome.ArchivedProjectIds ids
            }
        | ResourceShape.Empty ->
            taskResult {
                let! _ = commit endpoint rule [] [] response.Date ct
                return Outcome.Done
            }
        | ResourceShape.Quota -> simple ResourceJson.decodeQuota Outcome.Quota
        | ResourceShape.Statistics -> simple ResourceJson.decodeStatistics Outcome.Statistics
        | ResourceShape.Constraints -> simple ResourceJson.decodeConstraints Outcome.Constraints
        | ResourceShape.CreatedOrganization ->
            taskResult {
                let! created = decodeBy ResourceJson.decodeCreatedOrganization response

                // The new organization is cached as far as the answer tells (its creator owns and administers
                // it), so a cached organization list does not lack it.
                let organization =
                    TogglResource.Organization
                        {
                            Id = created.Id
                            Name = created.Name
                            PricingPlanId = None
                            PricingPlanName = None
                            Admin = true
                            Owner = true
                            UserCount = Some 1
                            At = response.Date
                            ServerDeletedAt = None
                        }

                let! _ = commit endpoint { rule with Applied = true } [ organization ] [] response.Date ct
                return Outcome.CreatedOrganization created
            }
        | ResourceShape.Logged -> Task.FromResult(Ok(Outcome.Logged true))

    /// The "none" a tolerated failure gives, by the shape of the answer it stands for.
    let none (rule: OnAnswer) =
        match rule with
        | OnAnswer.Resource { Shape = ResourceShape.Logged } -> Outcome.Logged false
        | OnAnswer.Resource { Shape = ResourceShape.One _ } ->
            Outcome.Resources
                {
                    Objects = []
                    Requests = 1
                    Upserted = 0
                    Deleted = 0
                }
        | _ -> Outcome.Done
