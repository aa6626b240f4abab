namespace Toggl.Core

open System

/// A read of Toggl's objects as data, whatever the kind: the request, what its answer is, what the cache
/// answers instead when it is fresh, and the typed result.
type internal ResourceRead<'T> =
    {
        /// The kind read (its sync instant decides whether the cache answers).
        Kind: ResourceKind
        /// The request (the first page of a paged listing).
        Request: ResourceRequest
        /// What its answer is.
        Shape: ResourceShape
        /// The cached objects that would answer it.
        Cached: ResourceQuery list
        /// Whether the cached objects found are enough to answer (a get needs its object).
        Enough: TogglResource list -> bool
        /// The answer lists the kind in full in its scope: it replaces the cached kind there and marks it synced.
        Full: bool
        /// A tolerated failure (404 on a get), if any.
        Tolerate: ToleratedFailure option
        /// The result from the objects (cached or answered).
        Finish: TogglResource list -> Result<'T, TogglError>
    }

/// Operations on Toggl's objects (not time entries) as plans: pure functions from their arguments, the
/// clock's now and what the cache holds to the steps they take, generic over kinds. `PlanRunner` runs them,
/// `PlanPrinter` prints them.
[<RequireQualifiedAccess>]
module internal ResourcePlans =

    /// The step sending a request, with the rules for its answer and failure.
    let send (request: ResourceRequest) (answer: ResourceAnswer) (failure: OnFailure) =
        Step.Send
            {
                Request = ResourceRequests.toHttp request
                OnAnswer = OnAnswer.Resource answer
                OnFailure = failure
            }

    /// The objects the steps gave, in order.
    let objects (outcomes: Outcome list) =
        outcomes
        |> List.collect (fun o ->
            match o with
            | Outcome.Resources tally -> tally.Objects
            | _ -> [])

    /// The objects cached rows hold.
    let ofRows (rows: CachedResource list) : Result<TogglResource list, TogglError> =
        let folder (row: CachedResource) (rest: Result<TogglResource list, TogglError>) =
            match ResourceJson.ofCached row, rest with
            | Ok resource, Ok rest -> Ok(resource :: rest)
            | Error error, _ -> Error(TogglError.Decode error)
            | _, Error error -> Error error

        List.foldBack folder rows (Ok [])

    /// A tolerated 404 (a get or delete): none, and the object leaves the cache, unless `ReRaise`.
    let notFound (kind: ResourceKind) (id: int64) =
        {
            Statuses = [ 404 ]
            Always = false
            Drop = Some(kind, id)
        }

    /// The cache query of a kind's objects in the endpoint's scope.
    let scopeQuery (workspaceId: int64) (kind: ResourceKind) =
        if ResourceRules.isUserKind kind then
            []
        else
            ResourceRules.inWorkspace workspaceId

    /// What a fetch commits: a full listing replaces the kind in its scope and marks it synced.
    let fetchCommit (context: PlanContext) (kind: ResourceKind) (full: bool) =
        let scope = ResourceRules.scopeOf context.WorkspaceId kind

        if full then
            { ResourceCommit.upsert context.Now with
                Replace = [ kind, (if ResourceRules.isUserKind kind then None else Some scope) ]
                Synced = [ kind, scope ]
            }
        else
            ResourceCommit.upsert context.Now

    /// A validated request's operation.
    let private validated (request: ResourceRequest) (operation: Operation<'T>) =
        ResourceValidation.validate request |> Result.map (fun () -> operation)

    /// A read: from the cache when the kind was synced within `MaxAge` (not `refresh`) and the cache holds
    /// enough, otherwise from Toggl (and cached).
    let read (context: PlanContext) (refresh: bool) (spec: ResourceRead<'T>) : Result<Operation<'T>, TogglError> =
        let scope = ResourceRules.scopeOf context.WorkspaceId spec.Kind

        let reads =
            if context.HasCache && not refresh then
                [
                    CacheRead.ResourceSynced(spec.Kind, scope)
                    CacheRead.Resources(spec.Kind, spec.Cached)
                ]
            else
                []

        let fetch answers =
            Ok
                {
                    Answers = answers
                    Steps =
                        [
                            send
                                spec.Request
                                {
                                    Shape = spec.Shape
                                    Commit = fetchCommit context spec.Kind spec.Full
                                }
                                (match spec.Tolerate with
                                 | Some tolerated -> OnFailure.Tolerate tolerated
                                 | None -> OnFailure.Fail)
                        ]
                    Finish = objects >> spec.Finish
                }

        validated
            spec.Request
            {
                Reads = reads
                Compile =
                    fun answers ->
                        if ResourceRules.cacheAnswers context answers refresh spec.Kind then
                            let rows = answers.Resources |> Map.tryFind spec.Kind |> Option.defaultValue []

                            match ofRows rows with
                            | Error error -> Error error
                            | Ok cached when spec.Enough cached ->
                                Ok
                                    {
                                        Answers = answers
                                        Steps =
                                            [
                                                Step.Answer(
                                                    Outcome.Resources
                                                        {
                                                            Objects = cached
                                                            Requests = 0
                                                            Upserted = 0
                                                            Deleted = 0
                                                        },
                                                    "cache: synced within the maximum age, answers"
                                                )
                                            ]
                                        Finish = objects >> spec.Finish
                                    }
                            | Ok _ -> fetch answers
                        else
                            fetch answers
            }

    /// A listing: every object of the kind the filter keeps, from the cache or Toggl.
    let list context refresh kind request shape full (pick: TogglResource -> 'T option) =
        read
            context
            refresh
            {
                Kind = kind
                Request = request
                Shape = shape
                Cached = scopeQuery context.WorkspaceId kind
                Enough = fun _ -> true
                Full = full
                Tolerate = None
                Finish =
                    fun resources ->
                        resources
                        |> List.filter (ResourceRules.isDeleted >> not)
                        |> List.choose pick
                        |> Ok
            }

    /// One object by id: from the cache when it holds it fresh, else Toggl; 404 → `None` unless `ReRaise`.
    let get context refresh kind (id: int64) request (tolerated: ToleratedFailure) (pick: TogglResource -> 'T option) =
        read
            context
            refresh
            {
                Kind = kind
                Request = request
                Shape = ResourceShape.One kind
                Cached = ResourceRules.byId id
                Enough = List.exists (fun r -> ResourceJson.idOf r = id)
                Full = false
                Tolerate = Some tolerated
                Finish = fun resources -> resources |> List.tryPick pick |> Ok
            }

    /// The one object a plan must give, typed.
    let private theOne (what: string) (pick: TogglResource -> 'T option) (resources: TogglResource list) =
        match resources |> List.tryPick pick with
        | Some value -> Ok value
        | None ->
            Error(
                TogglError.Decode
                    {
                        Path = "$"
                        Message = $"the answer has no {what}"
                    }
            )

    /// A request with no cache read and its rules; the result from its outcomes.
    let private oneRequest request answer failure finish =
        validated
            request
            {
                Reads = []
                Compile =
                    fun answers ->
                        Ok
                            {
                                Answers = answers
                                Steps = [ send request answer failure ]
                                Finish = finish
                            }
            }

    /// A create or update: validated, sent, and the object answered cached.
    let write (context: PlanContext) (kind: ResourceKind) request (pick: TogglResource -> 'T option) =
        oneRequest
            request
            {
                Shape = ResourceShape.One kind
                Commit = ResourceCommit.applied context.Now
            }
            OnFailure.Fail
            (objects >> theOne (string kind) pick)

    /// How an unanswered create of `kind` named `name` is looked for: `listing` (`None`: no reliable look-up).
    let lookup (context: PlanContext) (kind: ResourceKind) (name: Field<string>) projectId listing =
        {
            Kind = kind
            Name =
                match name with
                | Field.Set name -> name
                | Field.Unset
                | Field.Clear -> ""
            ProjectId = projectId
            Listing = listing
            Now = context.Now
        }

    /// Whether a listed object is the one an unanswered create asked for: its name as Toggl compares names
    /// for duplicates (trimmed, case-insensitive), not deleted, and a task in the project asked for.
    let isCreated (lookup: CreatedLookup) (resource: TogglResource) =
        let name, projectId =
            match resource with
            | TogglResource.Project project -> Some project.Name, None
            | TogglResource.Client client -> Some client.Name, None
            | TogglResource.Tag tag -> Some tag.Name, None
            | TogglResource.Task task -> Some task.Name, Some task.ProjectId
            | TogglResource.Workspace workspace -> Some workspace.Name, None
            | TogglResource.Organization organization -> Some organization.Name, None
            | TogglResource.Me _ -> None, None

        ResourceJson.kindOf resource = lookup.Kind
        && not (ResourceRules.isDeleted resource)
        && projectId = lookup.ProjectId
        && name
           |> Option.exists (fun name ->
               String.Equals(name.Trim(), lookup.Name.Trim(), StringComparison.OrdinalIgnoreCase))

    /// A create: as `write`, and when it goes unanswered (5xx, timeout, dropped connection) `lookup`'s listing
    /// looks for the object before the create is reported failed (it may have been created: sending it again
    /// would make a duplicate, or meet Toggl's "already exists").
    let create (context: PlanContext) (lookup: CreatedLookup) request (pick: TogglResource -> 'T option) =
        oneRequest
            request
            {
                Shape = ResourceShape.One lookup.Kind
                Commit = ResourceCommit.applied context.Now
            }
            (OnFailure.RecoverResource lookup)
            (objects >> theOne (string lookup.Kind) pick)

    /// A delete: validated, sent, the object leaves the cache; 404 is done (gone already) unless `ReRaise`.
    let delete (context: PlanContext) (kind: ResourceKind) (id: int64) request =
        oneRequest
            request
            {
                Shape = ResourceShape.Empty
                Commit =
                    { ResourceCommit.applied context.Now with
                        Remove = [ kind, id ]
                    }
            }
            (OnFailure.Tolerate(notFound kind id))
            (fun _ -> Ok())

    /// A request whose answer is not an object Toggl lists (quota, statistics, …): nothing cached.
    let answer (context: PlanContext) request shape failure (pick: Outcome -> 'T option) =
        oneRequest
            request
            {
                Shape = shape
                Commit = ResourceCommit.upsert context.Now
            }
            failure
            (fun outcomes ->
                match outcomes |> List.tryPick pick with
                | Some value -> Ok value
                | None ->
                    Error(
                        TogglError.Decode
                            {
                                Path = "$"
                                Message = "the answer is missing"
                            }
                    ))

    /// A client's archive: the client marked archived and its projects inactive in the cache, locally.
    let archiveClient (context: PlanContext) (clientId: int64) request =
        oneRequest
            request
            {
                Shape = ResourceShape.ArchivedProjectIds
                Commit =
                    { ResourceCommit.applied context.Now with
                        ArchivedClient = Some clientId
                    }
            }
            OnFailure.Fail
            (fun outcomes ->
                outcomes
                |> List.tryPick (fun o ->
                    match o with
                    | Outcome.ArchivedProjectIds ids -> Some ids
                    | _ -> None)
                |> Option.defaultValue []
                |> Ok)

    /// The user's default workspace: the cached user's, else one `GET /me`, cached.
    let defaultWorkspace (context: PlanContext) : Result<Operation<int64>, TogglError> =
        let request = ResourceRequest.Me false

        let pick resource =
            match resource with
            | TogglResource.Me me -> me.DefaultWorkspaceId
            | _ -> None

        let finish resources =
            match resources |> List.tryPick pick with
            | Some workspaceId -> Ok workspaceId
            | None ->
                Error(
                    TogglError.Validation(
                        ValidationError.InvalidArgument("default_workspace_id", "the user has no default workspace")
                    )
                )

        Ok
            {
                Reads =
                    if context.HasCache then
                        [ CacheRead.Resources(ResourceKind.Me, []) ]
                    else
                        []
                Compile =
                    fun answers ->
                        let cached =
                            answers.Resources
                            |> Map.tryFind ResourceKind.Me
                            |> Option.defaultValue []
                            |> ofRows

                        match cached with
                        | Error error -> Error error
                        | Ok cached when cached |> List.exists (pick >> Option.isSome) ->
                            Ok
                                {
                                    Answers = answers
                                    Steps =
                                        [
                                            Step.Answer(
                                                Outcome.Resources
                                                    {
                                                        Objects = cached
                                                        Requests = 0
                                                        Upserted = 0
                                                        Deleted = 0
                                                    },
                                                "cache: the user's default workspace"
                                            )
                                        ]
                                    Finish = objects >> finish
                                }
                        | Ok _ ->
                            Ok
                                {
                                    Answers = answers
                                    Steps =
                                        [
                                            send
                                                request
                                                {
                                                    Shape = ResourceShape.One ResourceKind.Me
                                                    Commit = fetchCommit context ResourceKind.Me true
                                                }
                                                OnFailure.Fail
                                        ]
                                    Finish = objects >> finish
                                }
            }
