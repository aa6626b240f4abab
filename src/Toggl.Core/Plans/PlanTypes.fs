namespace Toggl.Core

open System

/// A read of the cache a plan needs before it is compiled. Reads cost no request and change nothing.
[<RequireQualifiedAccess>]
type internal CacheRead =
    /// The sync cursor.
    | Cursor
    /// The trackers that claim to run.
    | Running
    /// The cached copy of one tracker.
    | Find of trackerId: int64
    /// The trackers matching a query.
    | Matching of queries: TogglQuery list
    /// The cached objects of a kind matching the queries.
    | Resources of kind: ResourceKind * queries: ResourceQuery list
    /// When a kind was last synced in a scope (a workspace's id; 0 for the user's own kinds).
    | ResourceSynced of kind: ResourceKind * scope: int64
    /// The months the archive holds.
    | ArchivedMonths
    /// The archived entries of the months from the first to the last (first days).
    | Archived of firstMonth: DateOnly * lastMonth: DateOnly

/// What the cache answered to a plan's reads: the input of a pure `compile`. A read not asked for is empty.
type internal CacheAnswers =
    {
        /// Whether the endpoint has a cache at all.
        HasCache: bool
        /// The sync cursor (`CacheRead.Cursor`).
        Cursor: DateTimeOffset option
        /// The trackers that claim to run (`CacheRead.Running`).
        Running: TogglTracker list
        /// The cached copy of the tracker asked for (`CacheRead.Find`).
        Found: TogglTracker option
        /// The trackers matching the query (`CacheRead.Matching`).
        Matching: TogglTracker list
        /// The cached objects of each kind read (`CacheRead.Resources`).
        Resources: Map<ResourceKind, CachedResource list>
        /// When each kind read was synced, per scope (`CacheRead.ResourceSynced`); absent: never.
        ResourceSyncs: Map<ResourceKind * int64, DateTimeOffset>
        /// The months the archive holds (`CacheRead.ArchivedMonths`).
        ArchivedMonths: DateOnly list
        /// The archived entries read (`CacheRead.Archived`).
        Archived: TogglTracker list
    }

/// Cache answers.
[<RequireQualifiedAccess>]
module internal CacheAnswers =

    /// What an endpoint without a cache "reads": nothing.
    let none =
        {
            HasCache = false
            Cursor = None
            Running = []
            Found = None
            Matching = []
            Resources = Map.empty
            ResourceSyncs = Map.empty
            ArchivedMonths = []
            Archived = []
        }

/// How a created tracker is recognised in a listing after its create went unanswered.
type internal CreatedMatch =
    {
        /// The description the body set (`None`: the entry has none).
        Description: string option
        /// The start the body set, compared in whole seconds.
        Start: DateTimeOffset option
    }

/// What a sync commits with Toggl's answer.
type internal SyncCommit =
    {
        /// `false`: Toggl's whole window was loaded, and cached entries in it that Toggl does not list were
        /// deleted while the cache had no cursor.
        Incremental: bool
        /// The cache queries of the window (a full load), to find what vanished.
        Window: TogglQuery list
        /// The client's clock when the plan was made: the next cursor when Toggl's answer has no `Date`.
        Now: DateTimeOffset
    }

/// What the answer to a request is used for: data, interpreted by `PlanRunner` and printed by `PlanPrinter`.
[<RequireQualifiedAccess>]
type internal OnAnswer =
    /// `current`: the running entry (or none) is cached; each cached running entry Toggl does not name is
    /// fetched (GET) and cached, or dropped when Toggl has none.
    | Current of cachedRunning: TogglTracker list
    /// A list of trackers, cached.
    | Trackers
    /// One tracker, cached.
    | Tracker
    /// A created tracker: its tag ids fetched when the answer lacks them, then cached with the cached running
    /// entries it stopped (stopped when it was created).
    | Created of body: TrackerBody
    /// An edited tracker: its tag ids fetched when the answer lacks them, then cached.
    | Edited of body: TrackerBody
    /// A stopped tracker, cached.
    | Stopped
    /// A deleted tracker: it leaves the cache.
    | Deleted of trackerId: int64
    /// A chunk of a bulk edit: the successes are edited in the cache locally; `handled` ids are reported done.
    | BulkEdited of body: TrackerBody * handled: int
    /// A sync's listing: committed with the next cursor.
    | Synced of SyncCommit
    /// An answer about Toggl's other objects: decoded by its shape, committed by its rule.
    | Resource of ResourceAnswer
    /// An answer of the Reports API: decoded by its kind, its next pages followed when it says.
    | Report of ReportAnswer

/// What a failed request leads to.
[<RequireQualifiedAccess>]
type internal OnFailure =
    /// The error is the operation's.
    | Fail
    /// 404/405 on `current` mean nothing runs (unless ReRaise).
    | IdleIsNone
    /// 404: the tracker leaves the cache, and is "none" (unless ReRaise).
    | NotFoundIsNone of trackerId: int64
    /// A create that went unanswered: this listing looks for the entry before the create is reported failed.
    | RecoverCreate of listing: HttpRequest * matching: CreatedMatch
    /// A delete: 404 is gone already (unless ReRaise); unanswered, this GET tells whether Toggl deleted it.
    | RecheckDelete of trackerId: int64 * recheck: HttpRequest
    /// A stop: a 409 to a retry after an unanswered attempt is this stop (Toggl's copy from the GET, else
    /// the cached copy stopped at `sentAt`); a plain 409 is "already stopped" (the GET corrects a cached copy
    /// that still runs); unanswered, the GET tells what Toggl holds; 404 drops it from the cache.
    | StopFailures of trackerId: int64 * cached: TogglTracker option * sentAt: DateTimeOffset * recheck: HttpRequest
    /// A later chunk of a bulk edit: its ids and those after it are reported failed with the error; the
    /// operation is cancelled before it when cancellation was asked.
    | LaterChunk of unsent: int64 list
    /// A tolerated status of a request on Toggl's other objects: the answer is "none" of its shape (no
    /// object, done, `false`).
    | Tolerate of ToleratedFailure

/// One request of a plan, with the rules for its answer and its failure.
type internal Exchange =
    {
        /// The request.
        Request: HttpRequest
        /// What its answer leads to.
        OnAnswer: OnAnswer
        /// What its failure leads to.
        OnFailure: OnFailure
    }

/// What a step of a plan gives: the finish of a plan turns these into the operation's result.
[<RequireQualifiedAccess>]
type internal Outcome =
    /// One tracker, or none.
    | Tracker of TogglTracker option
    /// Trackers.
    | Trackers of TogglTracker list
    /// What a chunk of a bulk edit did.
    | Edits of Edits
    /// What a sync did.
    | Synced of SyncResult
    /// Toggl's other objects answered (none for a tolerated failure), and what committing them did.
    | Resources of ResourceTally
    /// The user's quota buckets.
    | Quota of QuotaBucket list
    /// A workspace's statistics.
    | Statistics of WorkspaceStatistics
    /// A workspace's time-entry constraints.
    | Constraints of TimeEntryConstraints
    /// A new organization.
    | CreatedOrganization of CreatedOrganization
    /// The projects a client's archive archived.
    | ArchivedProjectIds of int64 list
    /// Whether the credentials are good.
    | Logged of bool
    /// A report (or a month of the archive).
    | Report of ReportOutcome
    /// Entries read from the cache and the archive.
    | Archived of TogglTracker list
    /// Done, nothing to give.
    | Done

/// One step of a plan.
[<RequireQualifiedAccess>]
type internal Step =
    /// The cache answers (from the reads made before the plan was compiled): no request.
    | Answer of Outcome * why: string
    /// One request, with the rules for its answer and failure.
    | Send of Exchange
    /// After the steps before it (a sync), the cache is read again and answers.
    | ReadAgain of reads: CacheRead list * answer: (CacheAnswers -> Outcome) * why: string

/// An operation as data: the steps it takes, in order, and the pure finish from their outcomes to the result.
type internal Plan<'T> =
    {
        /// What the cache answered before the plan was made (printed by the dry run).
        Answers: CacheAnswers
        /// The steps; a failing step ends the plan (unless its rule says otherwise).
        Steps: Step list
        /// The result from the steps' outcomes, in order.
        Finish: Outcome list -> Result<'T, TogglError>
    }

/// What kind of step a printed plan line is.
[<RequireQualifiedAccess>]
type PlannedStepKind =
    /// What the cache answers (no request).
    | CacheRead
    /// A request sent whenever the plan runs to its end.
    | Request
    /// A change committed to the cache.
    | CacheCommit
    /// A request or change that depends on an answer (a failure, a missing field, a full page).
    | FollowUp

/// One printed line of a plan.
type PlannedStep =
    {
        /// The kind of step.
        Kind: PlannedStepKind
        /// The line, as the dry run prints it.
        Text: string
        /// The request, for `Request` steps and follow-ups that are one request.
        Request: HttpRequest option
    }

/// A plan as the dry run shows it.
type PrintedPlan =
    {
        /// The steps, in order.
        Steps: PlannedStep list
    }

    /// The requests sent whenever the plan runs to its end, in order (follow-ups are not among them).
    member plan.Requests =
        plan.Steps
        |> List.filter (fun s -> s.Kind = PlannedStepKind.Request)
        |> List.choose (fun s -> s.Request)

    /// The printed lines.
    member plan.Lines = plan.Steps |> List.map (fun s -> s.Text)

    /// The lines, one a line.
    override plan.ToString() = String.Join("\n", plan.Lines)

/// What a plan is made from besides its arguments: the endpoint's settings and the clock's now.
type internal PlanContext =
    {
        /// The workspace the trackers belong to.
        WorkspaceId: int64
        /// The clock's now when the plan is made.
        Now: DateTimeOffset
        /// How old the last sync may be for the cache to answer (`TrackerEndpoint.MaxAge`).
        MaxAge: TimeSpan option
        /// Whether the endpoint has a cache.
        HasCache: bool
    }

/// An operation, validated: the cache reads it needs, and the pure compile from their answers to its plan.
type internal Operation<'T> =
    {
        /// The reads, made before the plan is compiled (none without a cache).
        Reads: CacheRead list
        /// The plan from what the cache answered.
        Compile: CacheAnswers -> Result<Plan<'T>, TogglError>
    }

/// Plan contexts.
[<RequireQualifiedAccess>]
module internal PlanContext =

    /// The context of an endpoint, now.
    let ofEndpoint (endpoint: TrackerEndpoint) =
        {
            WorkspaceId = endpoint.WorkspaceId
            Now = endpoint.Clock.GetUtcNow()
            MaxAge = endpoint.MaxAge
            HasCache = endpoint.Cache.IsSome
        }
