namespace Toggl.Core

open System.Text.Json

/// One tolerant decoder per resource model (docs/toggl-api.md §8): `null` and absent optional fields are `None`
/// or the model's default, unknown fields are ignored, legacy names (`wid`, `cid`) are read when the current
/// one is missing, and timestamps are read in every form Toggl sends (docs/toggl-api.md §1.1).
[<RequireQualifiedAccess>]
module internal ResourceDecoders =

    /// An optional boolean field, `fallback` when absent or `null`.
    let private flag (name: string) (fallback: bool) =
        Decode.optionalField name Decode.bool |> Decode.withDefault fallback

    /// An optional timestamp field.
    let private instant (name: string) =
        Decode.optionalField name Decode.dateTimeOffset

    /// The signed-in user; the `api_token` Toggl also sends is never read.
    let me: Decoder<TogglMe> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! email = Decode.optionalField "email" Decode.string |> Decode.withDefault ""
            let! fullname = Decode.optionalField "fullname" Decode.string
            let! timezone = Decode.optionalField "timezone" Decode.string
            let! defaultWorkspaceId = Decode.optionalField "default_workspace_id" Decode.int64
            // Toggl's default week starts on Monday.
            let! beginningOfWeek = Decode.optionalField "beginning_of_week" Decode.int |> Decode.withDefault 1
            let! imageUrl = Decode.optionalField "image_url" Decode.string
            let! at = instant "at"

            return
                {
                    Id = id
                    Email = email
                    Fullname = fullname
                    Timezone = timezone
                    DefaultWorkspaceId = defaultWorkspaceId
                    BeginningOfWeek = beginningOfWeek
                    ImageUrl = imageUrl
                    At = at
                }
        }

    /// `GET /workspaces/{wid}/time_entry_constraints` (the workspace's `te_constraints`, docs/toggl-api.md §8.2).
    let constraints: Decoder<TimeEntryConstraints> =
        decodeObject {
            let! enabled = flag "time_entry_constraints_enabled" false
            let! description = flag "description_present" false
            let! project = flag "project_present" false
            let! tag = flag "tag_present" false
            let! task = flag "task_present" false

            return
                {
                    Enabled = enabled
                    DescriptionPresent = description
                    ProjectPresent = project
                    TagPresent = tag
                    TaskPresent = task
                }
        }

    /// A workspace (`GET /me/workspaces`, `GET /workspaces/{wid}`).
    let workspace: Decoder<TogglWorkspace> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! organizationId = Decode.optionalField "organization_id" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! premium = flag "premium" false
            let! admin = flag "admin" false
            let! role = Decode.optionalField "role" Decode.string
            let! rate = Decode.optionalField "default_hourly_rate" Decode.decimal
            let! currency = Decode.optionalField "default_currency" Decode.string
            let! rounding = Decode.optionalField "rounding" Decode.int |> Decode.withDefault 0
            let! roundingMinutes = Decode.optionalField "rounding_minutes" Decode.int |> Decode.withDefault 0
            let! adminsProjects = flag "only_admins_may_create_projects" false
            let! adminsTags = flag "only_admins_may_create_tags" false
            let! billableByDefault = flag "projects_billable_by_default" false
            let! constraints = Decode.optionalField "te_constraints" constraints
            let! at = instant "at"

            return
                {
                    Id = id
                    OrganizationId = organizationId
                    Name = name
                    Premium = premium
                    Admin = admin
                    Role = role
                    DefaultHourlyRate = rate
                    DefaultCurrency = currency
                    Rounding = rounding
                    RoundingMinutes = roundingMinutes
                    OnlyAdminsMayCreateProjects = adminsProjects
                    OnlyAdminsMayCreateTags = adminsTags
                    ProjectsBillableByDefault = billableByDefault
                    TimeEntryConstraints = constraints
                    At = at
                }
        }

    /// An organization (docs/toggl-api.md §8.7).
    let organization: Decoder<TogglOrganization> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! pricingPlanId = Decode.optionalField "pricing_plan_id" Decode.int64
            let! pricingPlanName = Decode.optionalField "pricing_plan_name" Decode.string
            let! admin = flag "admin" false
            let! owner = flag "owner" false
            let! userCount = Decode.optionalField "user_count" Decode.int
            let! at = instant "at"
            let! deletedAt = instant "server_deleted_at"

            return
                {
                    Id = id
                    Name = name
                    PricingPlanId = pricingPlanId
                    PricingPlanName = pricingPlanName
                    Admin = admin
                    Owner = owner
                    UserCount = userCount
                    At = at
                    ServerDeletedAt = deletedAt
                }
        }

    /// `POST /organizations`'s answer `{id, name, workspace_id, workspace_name}` (docs/toggl-api.md §8.7).
    let createdOrganization: Decoder<CreatedOrganization> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! workspaceId = Decode.field "workspace_id" Decode.int64
            let! workspaceName = Decode.optionalField "workspace_name" Decode.string |> Decode.withDefault ""

            return
                {
                    Id = id
                    Name = name
                    WorkspaceId = workspaceId
                    WorkspaceName = workspaceName
                }
        }

    /// A project (docs/toggl-api.md §8.4): `workspace_id` or legacy `wid`, `client_id` or legacy `cid`; an answer
    /// without `active` is an active project.
    let project: Decoder<TogglProject> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! workspaceId = Decode.fieldOf "workspace_id" "wid" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! clientId = Decode.optionalFieldOf "client_id" "cid" Decode.int64
            let! color = Decode.optionalField "color" Decode.string
            let! active = flag "active" true
            let! isPrivate = flag "is_private" false
            let! billable = Decode.optionalField "billable" Decode.bool
            let! template = flag "template" false
            let! estimatedHours = Decode.optionalField "estimated_hours" Decode.int64
            let! actualSeconds = Decode.optionalField "actual_seconds" Decode.int64
            let! rate = Decode.optionalField "rate" Decode.decimal
            let! currency = Decode.optionalField "currency" Decode.string
            let! startDate = Decode.optionalField "start_date" Decode.day
            let! endDate = Decode.optionalField "end_date" Decode.day
            let! at = instant "at"
            let! deletedAt = instant "server_deleted_at"

            return
                {
                    Id = id
                    WorkspaceId = workspaceId
                    Name = name
                    ClientId = clientId
                    Color = color
                    Active = active
                    IsPrivate = isPrivate
                    Billable = billable
                    Template = template
                    EstimatedHours = estimatedHours
                    ActualSeconds = actualSeconds
                    Rate = rate
                    Currency = currency
                    StartDate = startDate
                    EndDate = endDate
                    At = at
                    ServerDeletedAt = deletedAt
                }
        }

    /// A task; an answer without `active` is an active task, without `tracked_seconds` one with none tracked.
    let task: Decoder<TogglTask> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! workspaceId = Decode.fieldOf "workspace_id" "wid" Decode.int64
            let! projectId = Decode.fieldOf "project_id" "pid" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! active = flag "active" true
            let! estimatedSeconds = Decode.optionalField "estimated_seconds" Decode.int64
            let! trackedSeconds = Decode.optionalField "tracked_seconds" Decode.int64 |> Decode.withDefault 0L
            let! userId = Decode.optionalFieldOf "user_id" "uid" Decode.int64
            let! at = instant "at"
            let! deletedAt = instant "server_deleted_at"

            return
                {
                    Id = id
                    WorkspaceId = workspaceId
                    ProjectId = projectId
                    Name = name
                    Active = active
                    EstimatedSeconds = estimatedSeconds
                    TrackedSeconds = trackedSeconds
                    UserId = userId
                    At = at
                    ServerDeletedAt = deletedAt
                }
        }

    /// A tag (docs/toggl-api.md §8.5).
    let tag: Decoder<TogglTag> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! workspaceId = Decode.fieldOf "workspace_id" "wid" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! creatorId = Decode.optionalField "creator_id" Decode.int64
            let! at = instant "at"
            let! deletedAt = instant "deleted_at"

            return
                {
                    Id = id
                    WorkspaceId = workspaceId
                    Name = name
                    CreatorId = creatorId
                    At = at
                    DeletedAt = deletedAt
                }
        }

    /// A client (docs/toggl-api.md §8.6): Toggl names its workspace `wid`; `workspace_id` is read too.
    let client: Decoder<TogglClient> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! workspaceId = Decode.fieldOf "wid" "workspace_id" Decode.int64
            let! name = Decode.field "name" Decode.string
            let! archived = flag "archived" false
            let! notes = Decode.optionalField "notes" Decode.string
            let! creatorId = Decode.optionalField "creator_id" Decode.int64
            let! at = instant "at"

            return
                {
                    Id = id
                    WorkspaceId = workspaceId
                    Name = name
                    Archived = archived
                    Notes = notes
                    CreatorId = creatorId
                    At = at
                }
        }

    /// The decoder of one object of `kind`, as a `TogglResource`.
    let resource (kind: ResourceKind) : Decoder<TogglResource> =
        match kind with
        | ResourceKind.Me -> Decode.map TogglResource.Me me
        | ResourceKind.Workspace -> Decode.map TogglResource.Workspace workspace
        | ResourceKind.Organization -> Decode.map TogglResource.Organization organization
        | ResourceKind.Project -> Decode.map TogglResource.Project project
        | ResourceKind.Task -> Decode.map TogglResource.Task task
        | ResourceKind.Tag -> Decode.map TogglResource.Tag tag
        | ResourceKind.Client -> Decode.map TogglResource.Client client

    /// A listing: an array of `item`, Toggl's `null` for "none" an empty list.
    let listOf (item: Decoder<'T>) : Decoder<'T list> = Decode.nullAs [] (Decode.list item)

    /// An optional array field: absent or `null` is an empty list.
    let private arrayField (name: string) (item: Decoder<'T>) =
        Decode.optionalField name (Decode.list item) |> Decode.withDefault []

    /// `GET /me?with_related_data=true` (docs/toggl-api.md §8.1): the user with every related array, absent or
    /// `null` arrays empty.
    let related: Decoder<RelatedData> =
        decodeObject {
            let! user = me
            let! workspaces = arrayField "workspaces" workspace
            let! clients = arrayField "clients" client
            let! projects = arrayField "projects" project
            let! tasks = arrayField "tasks" task
            let! tags = arrayField "tags" tag

            return
                {
                    Me = user
                    Workspaces = workspaces
                    Clients = clients
                    Projects = projects
                    Tasks = tasks
                    Tags = tags
                }
        }

    /// One bucket of `GET /me/quota` (docs/toggl-api.md §4.2): `organization_id: null` is the user-scoped one.
    let quotaBucket: Decoder<QuotaBucket> =
        decodeObject {
            let! organizationId = Decode.optionalField "organization_id" Decode.int64
            let! remaining = Decode.field "remaining" Decode.int
            let! resetsIn = Decode.field "resets_in_secs" Decode.int
            let! total = Decode.field "total" Decode.int

            return
                {
                    OrganizationId = organizationId
                    Remaining = remaining
                    ResetsInSeconds = resetsIn
                    Total = total
                }
        }

    /// A count Toggl sends either as a number or as the array of what it counts (statistics' `admins`).
    let private count: Decoder<int> =
        fun path element ->
            if element.ValueKind = JsonValueKind.Array then
                Ok(element.GetArrayLength())
            else
                Decode.int path element

    /// `GET /workspaces/{wid}/statistics`: `{admins: [{user_id, name}], groups_count, members_count}`.
    let statistics: Decoder<WorkspaceStatistics> =
        decodeObject {
            let! admins = Decode.optionalField "admins" count |> Decode.withDefault 0
            let! groups = Decode.optionalField "groups_count" Decode.int |> Decode.withDefault 0
            let! members = Decode.optionalField "members_count" Decode.int |> Decode.withDefault 0

            return
                {
                    Admins = admins
                    Groups = groups
                    Members = members
                }
        }
