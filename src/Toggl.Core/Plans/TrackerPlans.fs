namespace Toggl.Core

open System

/// The tracker operations as plans: pure functions from their arguments, the clock's now and what the cache
/// holds to the steps they take. `PlanRunner` runs them against HTTP and the cache; `PlanPrinter` prints them.
[<RequireQualifiedAccess>]
module internal TrackerPlans =

    let private send (context: PlanContext) request onAnswer onFailure =
        Step.Send
            {
                Request = Request.toHttp context.WorkspaceId request
                OnAnswer = onAnswer
                OnFailure = onFailure
            }

    let private plan answers steps finish =
        Ok
            {
                Answers = answers
                Steps = steps
                Finish = finish
            }

    let private validationError result =
        result |> Result.mapError TogglError.Validation

    /// An operation that reads nothing from the cache and sends one request.
    let private oneRequest context request onAnswer onFailure finish =
        {
            Reads = []
            Compile = fun answers -> plan answers [ send context request onAnswer onFailure ] finish
        }

    /// The last outcome that is one tracker (a plan that syncs first has the sync's outcome before it).
    let private lastTracker (outcomes: Outcome list) =
        outcomes
        |> List.rev
        |> List.tryPick (fun o ->
            match o with
            | Outcome.Tracker tracker -> Some tracker
            | _ -> None)
        |> Option.flatten
        |> Ok

    let private lastTrackers (outcomes: Outcome list) =
        outcomes
        |> List.rev
        |> List.tryPick (fun o ->
            match o with
            | Outcome.Trackers trackers -> Some trackers
            | _ -> None)
        |> Option.defaultValue []
        |> Ok

    let private theTracker (outcomes: Outcome list) =
        match lastTracker outcomes with
        | Ok(Some tracker) -> Ok tracker
        | _ ->
            Error(
                TogglError.Decode
                    {
                        Path = "$"
                        Message = "the plan gave no tracker"
                    }
            )

    /// The sync step: one listing, committed with the next cursor.
    let private syncStep (context: PlanContext) (cursor: DateTimeOffset option) =
        let filter = TrackerRules.syncFilter context.Now cursor
        let incremental = filter.Since.IsSome

        send
            context
            (TrackerRequest.Collect filter)
            (OnAnswer.Synced
                {
                    Incremental = incremental
                    Window = (if incremental then [] else TrackerRules.queriesOf filter)
                    Now = context.Now
                })
            OnFailure.Fail

    /// A read the cache answers: at once when synced recently enough, after a sync when a `MaxAge` asks for
    /// one, or `None` when Toggl must answer.
    let private fromCache
        (context: PlanContext)
        (answers: CacheAnswers)
        (reads: CacheRead list)
        (answer: CacheAnswers -> Outcome)
        (why: string)
        =
        if TrackerRules.needsSync context answers then
            Some
                [
                    syncStep context answers.Cursor
                    Step.ReadAgain(reads, answer, why + " (after the sync)")
                ]
        elif TrackerRules.synced answers then
            Some [ Step.Answer(answer answers, why) ]
        else
            None

    /// `current`: the running tracker, or none.
    let current (context: PlanContext) (refresh: bool) : Result<Operation<TogglTracker option>, TogglError> =
        let reads =
            if refresh then
                [ CacheRead.Running ]
            else
                [ CacheRead.Cursor; CacheRead.Running ]

        let compile (answers: CacheAnswers) =
            let fromToggl () =
                [
                    send context TrackerRequest.Current (OnAnswer.Current answers.Running) OnFailure.IdleIsNone
                ]

            let steps =
                if refresh then
                    fromToggl ()
                else
                    // Several claim to run when writers raced: Toggl keeps only the newest.
                    fromCache
                        context
                        answers
                        [ CacheRead.Running ]
                        (fun a -> Outcome.Tracker(Running.newest a.Running))
                        "the cache answers: the newest entry that claims to run"
                    |> Option.defaultWith fromToggl

            plan answers steps lastTracker

        Ok { Reads = reads; Compile = compile }

    /// `collect`: trackers matching the filter, newest start first.
    let collect
        (context: PlanContext)
        (filter: CollectFilter)
        (refresh: bool)
        : Result<Operation<TogglTracker list>, TogglError> =
        Validation.collect context.Now filter
        |> validationError
        |> Result.map (fun filter ->
            let queries = TrackerRules.queriesOf filter

            let cacheReads = [ CacheRead.Matching queries; CacheRead.Running ]

            let answerFrom (answers: CacheAnswers) =
                // Entries that still claim to run after a newer one started (writers raced) are shown as
                // Toggl has them: stopped at the next one's start.
                answers.Matching
                |> Running.apply (Running.settle answers.Running)
                |> List.sortByDescending (fun t -> t.Start)
                |> Outcome.Trackers

            let compile (answers: CacheAnswers) =
                let fromToggl () =
                    [
                        send context (TrackerRequest.Collect filter) OnAnswer.Trackers OnFailure.Fail
                    ]

                let steps =
                    if refresh then
                        fromToggl ()
                    else
                        fromCache context answers cacheReads answerFrom "the cache answers: the entries matching"
                        |> Option.defaultWith fromToggl

                plan answers steps lastTrackers

            {
                Reads = (if refresh then [] else CacheRead.Cursor :: cacheReads)
                Compile = compile
            })

    /// `get`: one tracker by id; a cached copy answers unless `refresh`.
    let get
        (context: PlanContext)
        (trackerId: int64)
        (refresh: bool)
        : Result<Operation<TogglTracker option>, TogglError> =
        Validation.trackerId trackerId
        |> validationError
        |> Result.map (fun trackerId ->
            let compile (answers: CacheAnswers) =
                let steps =
                    match answers.Found with
                    | Some tracker when not refresh ->
                        [
                            Step.Answer(Outcome.Tracker(Some tracker), "the cache answers: its cached copy")
                        ]
                    | _ ->
                        [
                            send
                                context
                                (TrackerRequest.Get(trackerId, false))
                                OnAnswer.Tracker
                                (OnFailure.NotFoundIsNone trackerId)
                        ]

                plan answers steps lastTracker

            {
                Reads = (if refresh then [] else [ CacheRead.Find trackerId ])
                Compile = compile
            })

    /// `add`: creates a tracker (no start: now; no stop and no duration: running).
    let add (context: PlanContext) (body: TrackerBody) : Result<Operation<TogglTracker>, TogglError> =
        Validation.add body
        |> validationError
        |> Result.map (fun body ->
            let body = Body.forAdd context.Now body

            let listing =
                TrackerRequest.Collect
                    { CollectFilter.none with
                        Since = Some(context.Now - TrackerRules.syncOverlap)
                    }

            let matching =
                {
                    Description =
                        (match body.Description with
                         | Field.Set description -> Some description
                         | Field.Unset
                         | Field.Clear -> None)
                    Start =
                        (match body.Start with
                         | Field.Set start -> Some start
                         | Field.Unset
                         | Field.Clear -> None)
                }

            oneRequest
                context
                (TrackerRequest.Add body)
                (OnAnswer.Created body)
                (OnFailure.RecoverCreate(Request.toHttp context.WorkspaceId listing, matching))
                theTracker)

    /// `edit`: changes the fields the body sets, and only those.
    let edit
        (context: PlanContext)
        (trackerId: int64)
        (body: TrackerBody)
        (meta: bool)
        : Result<Operation<TogglTracker>, TogglError> =
        Validation.trackerId trackerId
        |> validationError
        |> Result.map (fun trackerId ->
            oneRequest
                context
                (TrackerRequest.Edit(trackerId, body, meta))
                (OnAnswer.Edited body)
                OnFailure.Fail
                theTracker)

    /// `bulkEdit`: one body applied to many trackers, a request per 100 ids. No ids: no request, no change.
    let bulkEdit
        (context: PlanContext)
        (trackerIds: int64 list)
        (body: TrackerBody)
        : Result<Operation<Edits>, TogglError> =
        let finish (outcomes: Outcome list) =
            outcomes
            |> List.fold
                (fun edits outcome ->
                    match outcome with
                    | Outcome.Edits chunk -> Edits.combine edits chunk
                    | _ -> edits)
                Edits.empty
            |> Ok

        let validated =
            if trackerIds.IsEmpty then
                // As the Python library: an empty edit is an empty result, not an error.
                Ok []
            else
                Validation.bulkEdit trackerIds body
                |> validationError
                |> Result.map (fun _ -> Request.chunk trackerIds)

        validated
        |> Result.map (fun chunks ->
            let steps =
                chunks
                |> List.mapi (fun index chunk ->
                    let handled = chunks |> List.take (index + 1) |> List.sumBy List.length

                    send
                        context
                        (TrackerRequest.BulkEdit(chunk, body))
                        (OnAnswer.BulkEdited(body, handled))
                        (if index = 0 then
                             OnFailure.Fail
                         else
                             OnFailure.LaterChunk(chunks |> List.skip index |> List.concat)))

            {
                Reads = []
                Compile = fun answers -> plan answers steps finish
            })

    /// `delete`: deletes a tracker; gone already is fine unless ReRaise.
    let delete (context: PlanContext) (trackerId: int64) : Result<Operation<unit>, TogglError> =
        Validation.trackerId trackerId
        |> validationError
        |> Result.map (fun trackerId ->
            let recheck =
                Request.toHttp context.WorkspaceId (TrackerRequest.Get(trackerId, false))

            oneRequest
                context
                (TrackerRequest.Delete trackerId)
                (OnAnswer.Deleted trackerId)
                (OnFailure.RecheckDelete(trackerId, recheck))
                (fun _ -> Ok()))

    /// `stop`: stops a running tracker; already stopped is none unless ReRaise.
    let stop (context: PlanContext) (trackerId: int64) : Result<Operation<TogglTracker option>, TogglError> =
        Validation.trackerId trackerId
        |> validationError
        |> Result.map (fun trackerId ->
            let recheck =
                Request.toHttp context.WorkspaceId (TrackerRequest.Get(trackerId, false))

            {
                Reads = [ CacheRead.Find trackerId ]
                Compile =
                    fun answers ->
                        plan
                            answers
                            [
                                send
                                    context
                                    (TrackerRequest.Stop trackerId)
                                    OnAnswer.Stopped
                                    (OnFailure.StopFailures(trackerId, answers.Found, context.Now, recheck))
                            ]
                            lastTracker
            })

    /// `sync`: brings the cache up to date in one request. Needs a cache.
    let sync (context: PlanContext) : Result<Operation<SyncResult>, TogglError> =
        if not context.HasCache then
            Error(TogglError.Validation ValidationError.NoCache)
        else
            let finish (outcomes: Outcome list) =
                outcomes
                |> List.tryPick (fun o ->
                    match o with
                    | Outcome.Synced result -> Some result
                    | _ -> None)
                |> Option.map Ok
                |> Option.defaultValue (
                    Error(
                        TogglError.Decode
                            {
                                Path = "$"
                                Message = "the plan gave no sync"
                            }
                    )
                )

            Ok
                {
                    Reads = [ CacheRead.Cursor ]
                    Compile = fun answers -> plan answers [ syncStep context answers.Cursor ] finish
                }
