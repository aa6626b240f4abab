namespace Toggl.Core

open System

/// The body of `PUT /me` (docs/toggl-api.md §8.1): only the fields set are sent. Password changes are left out
/// on purpose: a library holding a password in a record invites it into logs.
type MeBody =
    {
        /// The full name.
        Fullname: Field<string>
        /// The e-mail address.
        Email: Field<string>
        /// The IANA time zone.
        Timezone: Field<string>
        /// 0 = Sunday … 6 = Saturday.
        BeginningOfWeek: Field<int>
        /// The default workspace.
        DefaultWorkspaceId: Field<int64>
    }

/// The body of a workspace's create or update (docs/toggl-api.md §8.3, `workspace.Payload`).
type WorkspaceBody =
    {
        /// The name.
        Name: Field<string>
        /// The default currency.
        DefaultCurrency: Field<string>
        /// The default hourly rate.
        DefaultHourlyRate: Field<decimal>
        /// 0 nearest, 1 up, −1 down.
        Rounding: Field<int>
        /// The rounding step in minutes.
        RoundingMinutes: Field<int>
        /// Whether only admins may create projects.
        OnlyAdminsMayCreateProjects: Field<bool>
        /// Whether only admins may create tags.
        OnlyAdminsMayCreateTags: Field<bool>
        /// Whether new projects are billable by default.
        ProjectsBillableByDefault: Field<bool>
    }

/// The body of an organization's rename (`PUT /organizations/{id}`).
type OrganizationBody =
    {
        /// The name.
        Name: Field<string>
    }

/// The body of a project's create or update (docs/toggl-api.md §8.4, `project.Payload`).
type ProjectBody =
    {
        /// The name (required on create).
        Name: Field<string>
        /// The client.
        ClientId: Field<int64>
        /// The colour, `#rrggbb` (`ProjectColor` names Toggl's 14 basic ones).
        Color: Field<string>
        /// Active (`false` archives it).
        Active: Field<bool>
        /// Private to its members.
        IsPrivate: Field<bool>
        /// Billable by default.
        Billable: Field<bool>
        /// The hourly rate.
        Rate: Field<decimal>
        /// The rate's currency.
        Currency: Field<string>
        /// The estimate in hours.
        EstimatedHours: Field<int64>
        /// The first day.
        StartDate: Field<DateOnly>
        /// The last day.
        EndDate: Field<DateOnly>
        /// A template.
        Template: Field<bool>
    }

/// The body of a task's create or update.
type TaskBody =
    {
        /// The name (required on create).
        Name: Field<string>
        /// Active (`false`: done).
        Active: Field<bool>
        /// The estimate in seconds.
        EstimatedSeconds: Field<int64>
        /// The user it is assigned to.
        UserId: Field<int64>
    }

/// The body of a tag's create or rename: `{"name": …}` (docs/toggl-api.md §8.5).
type TagBody =
    {
        /// The name.
        Name: Field<string>
    }

/// The body of a client's create or update: `{name, notes, wid}` (docs/toggl-api.md §8.6).
type ClientBody =
    {
        /// The name (required on create).
        Name: Field<string>
        /// Notes.
        Notes: Field<string>
    }

/// Which clients a listing returns (Toggl's `status`).
[<RequireQualifiedAccess>]
type ClientStatus =
    /// Active clients.
    | Active
    /// Archived clients.
    | Archived
    /// Both (Toggl's default).
    | Both

/// Filters of `GET /workspaces/{wid}/projects` (docs/toggl-api.md §8.4), sent as a query string (the Python
/// library puts them in a GET body, where Toggl ignores them: docs/python-endpoints.md).
type ProjectFilter =
    {
        /// `Some true` active only, `Some false` archived only, `None` both.
        Active: bool option
        /// Projects changed since this instant, deleted ones included (UNIX seconds).
        Since: DateTimeOffset option
        /// Projects of these clients (empty: no filter).
        ClientIds: int64 list
        /// Name contains this text.
        Name: string option
        /// Billable only (`Some true`) or not billable only (`Some false`).
        Billable: bool option
    }

/// Filters of a workspace's task listing.
type TaskFilter =
    {
        /// Tasks of this project only.
        ProjectId: int64 option
        /// `Some true` active only, `Some false` done only, `None` both.
        Active: bool option
        /// Tasks changed since this instant (UNIX seconds).
        Since: DateTimeOffset option
    }

/// Filters of `GET /workspaces/{wid}/clients` (docs/toggl-api.md §8.6).
type ClientFilter =
    {
        /// Which clients.
        Status: ClientStatus
        /// Name contains this text (case-insensitive).
        Name: string option
    }

/// Empty bodies and filters: every field `Unset`, no filter.
[<RequireQualifiedAccess>]
module ResourceBody =

    /// A `PUT /me` body with nothing set.
    let me: MeBody =
        {
            Fullname = Field.Unset
            Email = Field.Unset
            Timezone = Field.Unset
            BeginningOfWeek = Field.Unset
            DefaultWorkspaceId = Field.Unset
        }

    /// A workspace body with nothing set.
    let workspace: WorkspaceBody =
        {
            Name = Field.Unset
            DefaultCurrency = Field.Unset
            DefaultHourlyRate = Field.Unset
            Rounding = Field.Unset
            RoundingMinutes = Field.Unset
            OnlyAdminsMayCreateProjects = Field.Unset
            OnlyAdminsMayCreateTags = Field.Unset
            ProjectsBillableByDefault = Field.Unset
        }

    /// A project body with nothing set.
    let project: ProjectBody =
        {
            Name = Field.Unset
            ClientId = Field.Unset
            Color = Field.Unset
            Active = Field.Unset
            IsPrivate = Field.Unset
            Billable = Field.Unset
            Rate = Field.Unset
            Currency = Field.Unset
            EstimatedHours = Field.Unset
            StartDate = Field.Unset
            EndDate = Field.Unset
            Template = Field.Unset
        }

    /// A task body with nothing set.
    let task: TaskBody =
        {
            Name = Field.Unset
            Active = Field.Unset
            EstimatedSeconds = Field.Unset
            UserId = Field.Unset
        }

    /// A client body with nothing set.
    let client: ClientBody =
        {
            Name = Field.Unset
            Notes = Field.Unset
        }

    /// No project filter: every project, active or not.
    let allProjects: ProjectFilter =
        {
            Active = None
            Since = None
            ClientIds = []
            Name = None
            Billable = None
        }

    /// No task filter.
    let allTasks: TaskFilter =
        {
            ProjectId = None
            Active = None
            Since = None
        }

    /// No client filter: active and archived.
    let allClients: ClientFilter =
        {
            Status = ClientStatus.Both
            Name = None
        }
