namespace Toggl.Core

open System

/// The signed-in user (`GET /me`, docs/toggl-api.md §8.1). The API token Toggl also sends is never decoded.
type TogglMe =
    {
        /// The user's id.
        Id: int64
        /// The e-mail address.
        Email: string
        /// The full name, if set.
        Fullname: string option
        /// The IANA time zone, if set.
        Timezone: string option
        /// The workspace Toggl uses when none is named.
        DefaultWorkspaceId: int64 option
        /// 0 = Sunday, 1 = Monday, …
        BeginningOfWeek: int
        /// The avatar's address, if any.
        ImageUrl: string option
        /// When the user was last changed on the server.
        At: DateTimeOffset option
    }

/// What a workspace requires of every time entry (`GET /workspaces/{wid}/time_entry_constraints`).
type TimeEntryConstraints =
    {
        /// Whether the constraints are enforced at all.
        Enabled: bool
        /// A description is required.
        DescriptionPresent: bool
        /// A project is required.
        ProjectPresent: bool
        /// A tag is required.
        TagPresent: bool
        /// A task is required.
        TaskPresent: bool
    }

/// A workspace (docs/toggl-api.md §8.2, §8.3): the settings a client needs, not every field Toggl sends.
type TogglWorkspace =
    {
        /// The workspace's id.
        Id: int64
        /// The organization it belongs to.
        OrganizationId: int64 option
        /// The name.
        Name: string
        /// Whether it is on a paid plan (`premium`).
        Premium: bool
        /// Whether the user is an admin of it (`admin`).
        Admin: bool
        /// The user's role, if Toggl says.
        Role: string option
        /// The default hourly rate, if any.
        DefaultHourlyRate: decimal option
        /// The default currency, if any.
        DefaultCurrency: string option
        /// 0 nearest, 1 up, −1 down.
        Rounding: int
        /// The rounding step in minutes.
        RoundingMinutes: int
        /// Whether only admins may create projects.
        OnlyAdminsMayCreateProjects: bool
        /// Whether only admins may create tags.
        OnlyAdminsMayCreateTags: bool
        /// Whether new projects are billable by default.
        ProjectsBillableByDefault: bool
        /// What the workspace requires of every time entry (`te_constraints`), when Toggl sent it: kept in the
        /// cache with the workspace, so a sync of workspaces tells the linter with no request of its own.
        TimeEntryConstraints: TimeEntryConstraints option
        /// When it was last changed on the server.
        At: DateTimeOffset option
    }

/// An organization (docs/toggl-api.md §8.7).
type TogglOrganization =
    {
        /// The organization's id.
        Id: int64
        /// The name.
        Name: string
        /// The pricing plan's id, if any.
        PricingPlanId: int64 option
        /// The pricing plan's name (e.g. "Free"), if Toggl sends it.
        PricingPlanName: string option
        /// Whether the user is an admin of it.
        Admin: bool
        /// Whether the user owns it.
        Owner: bool
        /// How many users it has, if Toggl says.
        UserCount: int option
        /// When it was last changed on the server.
        At: DateTimeOffset option
        /// When it was deleted, if it was.
        ServerDeletedAt: DateTimeOffset option
    }

/// What `POST /organizations` answers (docs/toggl-api.md §8.7): the organization and its first workspace.
type CreatedOrganization =
    {
        /// The new organization's id.
        Id: int64
        /// Its name.
        Name: string
        /// The workspace created with it.
        WorkspaceId: int64
        /// That workspace's name.
        WorkspaceName: string
    }

/// A project of a workspace (docs/toggl-api.md §8.4).
type TogglProject =
    {
        /// The project's id.
        Id: int64
        /// The workspace it belongs to (`workspace_id`, legacy `wid`).
        WorkspaceId: int64
        /// The name.
        Name: string
        /// The client the project belongs to (`client_id`, legacy `cid`), if any.
        ClientId: int64 option
        /// The colour as Toggl stores it (`#rrggbb`), if any.
        Color: string option
        /// Whether the project is active (not archived); an answer without `active` is taken as active.
        Active: bool
        /// Whether only its members see it.
        IsPrivate: bool
        /// Whether its entries are billable by default (`null` → `None`).
        Billable: bool option
        /// Whether it is a template.
        Template: bool
        /// The estimate in hours, if any.
        EstimatedHours: int64 option
        /// Time tracked on it in seconds, if Toggl says.
        ActualSeconds: int64 option
        /// The hourly rate, if any.
        Rate: decimal option
        /// The rate's currency, if any.
        Currency: string option
        /// The first day of the project, if set.
        StartDate: DateOnly option
        /// The last day of the project, if set.
        EndDate: DateOnly option
        /// When it was last changed on the server.
        At: DateTimeOffset option
        /// When it was deleted; only `since` listings return deleted projects.
        ServerDeletedAt: DateTimeOffset option
    }

/// A task of a project (Toggl's tasks, beyond the Python library).
type TogglTask =
    {
        /// The task's id.
        Id: int64
        /// The workspace it belongs to.
        WorkspaceId: int64
        /// The project it belongs to.
        ProjectId: int64
        /// The name.
        Name: string
        /// Whether it is active (not done).
        Active: bool
        /// The estimate in seconds, if any.
        EstimatedSeconds: int64 option
        /// Time tracked on it in seconds.
        TrackedSeconds: int64
        /// The user it is assigned to, if any.
        UserId: int64 option
        /// When it was last changed on the server.
        At: DateTimeOffset option
        /// When it was deleted; only `since` listings return deleted tasks.
        ServerDeletedAt: DateTimeOffset option
    }

/// A tag of a workspace (docs/toggl-api.md §8.5).
type TogglTag =
    {
        /// The tag's id.
        Id: int64
        /// The workspace it belongs to.
        WorkspaceId: int64
        /// The name (unique in the workspace).
        Name: string
        /// Who created it, if Toggl says.
        CreatorId: int64 option
        /// When it was last changed on the server.
        At: DateTimeOffset option
        /// When it was deleted, if it was.
        DeletedAt: DateTimeOffset option
    }

/// A client of a workspace (docs/toggl-api.md §8.6; Toggl names its workspace `wid`).
type TogglClient =
    {
        /// The client's id.
        Id: int64
        /// The workspace it belongs to.
        WorkspaceId: int64
        /// The name.
        Name: string
        /// Whether it is archived.
        Archived: bool
        /// Notes, if any.
        Notes: string option
        /// Who created it, if Toggl says.
        CreatorId: int64 option
        /// When it was last changed on the server.
        At: DateTimeOffset option
    }

/// One of the user's quota buckets (`GET /me/quota`, docs/toggl-api.md §4.2).
type QuotaBucket =
    {
        /// The organization the bucket belongs to; `None` is the user-scoped bucket.
        OrganizationId: int64 option
        /// Requests left (may go negative while Toggl does not enforce it).
        Remaining: int
        /// Seconds until the window resets.
        ResetsInSeconds: int
        /// The bucket's size.
        Total: int
    }

/// A workspace's statistics (`GET /workspaces/{wid}/statistics`).
type WorkspaceStatistics =
    {
        /// How many admins it has.
        Admins: int
        /// How many groups it has.
        Groups: int
        /// How many members it has.
        Members: int
    }

/// The kinds of Toggl objects besides time entries that TogglFun reads, writes and caches.
[<RequireQualifiedAccess>]
type ResourceKind =
    /// The signed-in user.
    | Me
    /// Workspaces.
    | Workspace
    /// Organizations.
    | Organization
    /// Projects.
    | Project
    /// Tasks of projects.
    | Task
    /// Tags.
    | Tag
    /// Clients.
    | Client

    /// The kind's name, as in messages ("Project"): written out, since the core is compiled without reflection.
    override kind.ToString() =
        match kind with
        | Me -> "Me"
        | Workspace -> "Workspace"
        | Organization -> "Organization"
        | Project -> "Project"
        | Task -> "Task"
        | Tag -> "Tag"
        | Client -> "Client"

/// One Toggl object of any kind: what a plan's steps give and what a cache stores.
[<RequireQualifiedAccess>]
type TogglResource =
    /// The signed-in user.
    | Me of TogglMe
    /// A workspace.
    | Workspace of TogglWorkspace
    /// An organization.
    | Organization of TogglOrganization
    /// A project.
    | Project of TogglProject
    /// A task.
    | Task of TogglTask
    /// A tag.
    | Tag of TogglTag
    /// A client.
    | Client of TogglClient

/// `GET /me?with_related_data=true` (docs/toggl-api.md §8.1): the user and every object of theirs, in one answer.
type RelatedData =
    {
        /// The user.
        Me: TogglMe
        /// The user's workspaces.
        Workspaces: TogglWorkspace list
        /// Clients of those workspaces.
        Clients: TogglClient list
        /// Projects.
        Projects: TogglProject list
        /// Tasks.
        Tasks: TogglTask list
        /// Tags.
        Tags: TogglTag list
    }

/// One object as a cache stores it, whatever its kind: the fields queries name, and the object as JSON.
type CachedResource =
    {
        /// The kind.
        Kind: ResourceKind
        /// The id (the user's id for `Me`).
        Id: int64
        /// The workspace it belongs to (`None` for the user, organizations and workspaces themselves).
        WorkspaceId: int64 option
        /// The object it hangs from: a project's client, a task's project, a workspace's organization.
        ParentId: int64 option
        /// The name (the e-mail address for `Me`).
        Name: string
        /// Active: not archived, not done, not deleted.
        Active: bool
        /// When it was last changed on the server, if known.
        At: DateTimeOffset option
        /// The object in Toggl's JSON field names, as `ResourceJson` writes and reads it.
        Json: string
    }
