namespace Toggl.Core

open System

/// What the answer to a request on Toggl's objects (not time entries) is: read by `ResourceJson`'s decoders.
[<RequireQualifiedAccess>]
type internal ResourceShape =
    /// One object of a kind.
    | One of ResourceKind
    /// A list of one kind (`null` is none).
    | Many of ResourceKind
    /// The first page of a paged listing (`ProjectList`, `TaskList`): the next page is asked while a page is full.
    | Pages of kind: ResourceKind * first: ResourceRequest
    /// `GET /me?with_related_data=true`: the user and every object of theirs.
    | Related
    /// The user's quota buckets.
    | Quota
    /// A workspace's statistics.
    | Statistics
    /// A workspace's time-entry constraints.
    | Constraints
    /// A new organization and its first workspace.
    | CreatedOrganization
    /// The ids of the projects a client's archive archived.
    | ArchivedProjectIds
    /// `me/logged`: any 2xx means the credentials are good.
    | Logged
    /// Nothing of interest (a delete, a leave).
    | Empty

/// What the cache does with an answer: the decoded objects are upserted (deleted ones leave), and then this.
type internal ResourceCommit =
    {
        /// Kinds the answer lists in full in a scope (a workspace's id; `None`: every workspace; 0: the user's
        /// own kinds): cached objects of the kind there that the answer does not list leave the cache.
        Replace: (ResourceKind * int64 option) list
        /// Kinds marked synced in a scope (0 for the user's own kinds) once committed.
        Synced: (ResourceKind * int64) list
        /// Objects that leave the cache whatever the answer (a delete).
        Remove: (ResourceKind * int64) list
        /// A client's archive: the client is marked archived and its projects inactive, locally (no request).
        ArchivedClient: int64 option
        /// A write Toggl applied: a cache failure is `AppliedButNotCached`, not a plain cache error.
        Applied: bool
        /// The client's clock when the plan was made: the sync instant when the answer carries no `Date`.
        Now: DateTimeOffset
    }

/// What an answer to a request on Toggl's objects is and what the cache does with it.
type internal ResourceAnswer =
    {
        /// What the answer is.
        Shape: ResourceShape
        /// What the cache does with it.
        Commit: ResourceCommit
    }

/// A failure that is an answer (the Python library's tolerated statuses).
type internal ToleratedFailure =
    {
        /// The statuses tolerated (404, and 403 for an organization).
        Statuses: int list
        /// `false`: tolerated unless the endpoint's `ReRaise` (a get, a delete); `true`: always (`me/logged`'s 403).
        Always: bool
        /// An object Toggl does not have: it leaves the cache.
        Drop: (ResourceKind * int64) option
    }

/// How an object whose create went unanswered is looked for: Toggl may have created it. Names are unique in
/// their scope (a workspace; a project for tasks): Toggl answers 400 "already exists" to a duplicate, so the
/// one listing that shows the name tells whether the create was applied.
type internal CreatedLookup =
    {
        /// The kind created.
        Kind: ResourceKind
        /// The name the body set.
        Name: string
        /// The project a task was created in (`None` for the other kinds).
        ProjectId: int64 option
        /// The one listing that would show it; `None` (organizations, workspaces): no reliable look-up, so an
        /// unanswered create's outcome is unknown.
        Listing: ResourceRequest option
        /// The client's clock when the plan was made (the cache's instant for the object found).
        Now: DateTimeOffset
    }

/// What the answers to resource requests gave, and what committing them did.
type internal ResourceTally =
    {
        /// The objects answered (every page), in Toggl's order; deleted ones included.
        Objects: TogglResource list
        /// Requests sent (pages included).
        Requests: int
        /// Objects new or changed against what the cache held.
        Upserted: int
        /// Objects removed from the cache.
        Deleted: int
    }

/// Resource commits and tallies.
[<RequireQualifiedAccess>]
module internal ResourceCommit =

    /// Upsert what is answered, nothing more.
    let upsert (now: DateTimeOffset) =
        {
            Replace = []
            Synced = []
            Remove = []
            ArchivedClient = None
            Applied = false
            Now = now
        }

    /// A write Toggl applied: its answer upserted.
    let applied (now: DateTimeOffset) = { upsert now with Applied = true }
