namespace Toggl.Core

open System.Text.Json

/// Writers of the resource models in Toggl's field names (what a cache stores, read back by `ResourceDecoders`)
/// and of the request bodies (only the fields the caller set: `Clear` as `null`, `Unset` not at all).
[<RequireQualifiedAccess>]
module internal ResourceEncoders =

    /// Writes the user; never an API token, which the model does not hold.
    let writeMe (writer: Utf8JsonWriter) (me: TogglMe) =
        writer.WriteStartObject()
        Encode.int64 writer "id" me.Id
        Encode.string writer "email" me.Email
        Encode.nullable Encode.string writer "fullname" me.Fullname
        Encode.nullable Encode.string writer "timezone" me.Timezone
        Encode.nullable Encode.int64 writer "default_workspace_id" me.DefaultWorkspaceId
        Encode.int writer "beginning_of_week" me.BeginningOfWeek
        Encode.nullable Encode.string writer "image_url" me.ImageUrl
        Encode.nullable Encode.fullTime writer "at" me.At
        writer.WriteEndObject()

    /// Writes a workspace.
    let writeWorkspace (writer: Utf8JsonWriter) (workspace: TogglWorkspace) =
        writer.WriteStartObject()
        Encode.int64 writer "id" workspace.Id
        Encode.nullable Encode.int64 writer "organization_id" workspace.OrganizationId
        Encode.string writer "name" workspace.Name
        Encode.bool writer "premium" workspace.Premium
        Encode.bool writer "admin" workspace.Admin
        Encode.nullable Encode.string writer "role" workspace.Role
        Encode.nullable Encode.decimal writer "default_hourly_rate" workspace.DefaultHourlyRate
        Encode.nullable Encode.string writer "default_currency" workspace.DefaultCurrency
        Encode.int writer "rounding" workspace.Rounding
        Encode.int writer "rounding_minutes" workspace.RoundingMinutes
        Encode.bool writer "only_admins_may_create_projects" workspace.OnlyAdminsMayCreateProjects
        Encode.bool writer "only_admins_may_create_tags" workspace.OnlyAdminsMayCreateTags
        Encode.bool writer "projects_billable_by_default" workspace.ProjectsBillableByDefault

        match workspace.TimeEntryConstraints with
        | Some constraints ->
            writer.WriteStartObject "te_constraints"
            Encode.bool writer "description_present" constraints.DescriptionPresent
            Encode.bool writer "project_present" constraints.ProjectPresent
            Encode.bool writer "tag_present" constraints.TagPresent
            Encode.bool writer "task_present" constraints.TaskPresent
            Encode.bool writer "time_entry_constraints_enabled" constraints.Enabled
            writer.WriteEndObject()
        | None -> ()

        Encode.nullable Encode.fullTime writer "at" workspace.At
        writer.WriteEndObject()

    /// Writes an organization.
    let writeOrganization (writer: Utf8JsonWriter) (organization: TogglOrganization) =
        writer.WriteStartObject()
        Encode.int64 writer "id" organization.Id
        Encode.string writer "name" organization.Name
        Encode.nullable Encode.int64 writer "pricing_plan_id" organization.PricingPlanId
        Encode.nullable Encode.string writer "pricing_plan_name" organization.PricingPlanName
        Encode.bool writer "admin" organization.Admin
        Encode.bool writer "owner" organization.Owner
        Encode.nullable Encode.int writer "user_count" organization.UserCount
        Encode.nullable Encode.fullTime writer "at" organization.At
        Encode.nullable Encode.fullTime writer "server_deleted_at" organization.ServerDeletedAt
        writer.WriteEndObject()

    /// Writes a project.
    let writeProject (writer: Utf8JsonWriter) (project: TogglProject) =
        writer.WriteStartObject()
        Encode.int64 writer "id" project.Id
        Encode.int64 writer "workspace_id" project.WorkspaceId
        Encode.string writer "name" project.Name
        Encode.nullable Encode.int64 writer "client_id" project.ClientId
        Encode.nullable Encode.string writer "color" project.Color
        Encode.bool writer "active" project.Active
        Encode.bool writer "is_private" project.IsPrivate
        Encode.nullable Encode.bool writer "billable" project.Billable
        Encode.bool writer "template" project.Template
        Encode.nullable Encode.int64 writer "estimated_hours" project.EstimatedHours
        Encode.nullable Encode.int64 writer "actual_seconds" project.ActualSeconds
        Encode.nullable Encode.decimal writer "rate" project.Rate
        Encode.nullable Encode.string writer "currency" project.Currency
        Encode.nullable Encode.date writer "start_date" project.StartDate
        Encode.nullable Encode.date writer "end_date" project.EndDate
        Encode.nullable Encode.fullTime writer "at" project.At
        Encode.nullable Encode.fullTime writer "server_deleted_at" project.ServerDeletedAt
        writer.WriteEndObject()

    /// Writes a task.
    let writeTask (writer: Utf8JsonWriter) (task: TogglTask) =
        writer.WriteStartObject()
        Encode.int64 writer "id" task.Id
        Encode.int64 writer "workspace_id" task.WorkspaceId
        Encode.int64 writer "project_id" task.ProjectId
        Encode.string writer "name" task.Name
        Encode.bool writer "active" task.Active
        Encode.nullable Encode.int64 writer "estimated_seconds" task.EstimatedSeconds
        Encode.int64 writer "tracked_seconds" task.TrackedSeconds
        Encode.nullable Encode.int64 writer "user_id" task.UserId
        Encode.nullable Encode.fullTime writer "at" task.At
        Encode.nullable Encode.fullTime writer "server_deleted_at" task.ServerDeletedAt
        writer.WriteEndObject()

    /// Writes a tag.
    let writeTag (writer: Utf8JsonWriter) (tag: TogglTag) =
        writer.WriteStartObject()
        Encode.int64 writer "id" tag.Id
        Encode.int64 writer "workspace_id" tag.WorkspaceId
        Encode.string writer "name" tag.Name
        Encode.nullable Encode.int64 writer "creator_id" tag.CreatorId
        Encode.nullable Encode.fullTime writer "at" tag.At
        Encode.nullable Encode.fullTime writer "deleted_at" tag.DeletedAt
        writer.WriteEndObject()

    /// Writes a client (`wid`, as Toggl names a client's workspace).
    let writeClient (writer: Utf8JsonWriter) (client: TogglClient) =
        writer.WriteStartObject()
        Encode.int64 writer "id" client.Id
        Encode.int64 writer "wid" client.WorkspaceId
        Encode.string writer "name" client.Name
        Encode.bool writer "archived" client.Archived
        Encode.nullable Encode.string writer "notes" client.Notes
        Encode.nullable Encode.int64 writer "creator_id" client.CreatorId
        Encode.nullable Encode.fullTime writer "at" client.At
        writer.WriteEndObject()

    /// Writes one object of any kind.
    let writeResource (writer: Utf8JsonWriter) (resource: TogglResource) =
        match resource with
        | TogglResource.Me me -> writeMe writer me
        | TogglResource.Workspace workspace -> writeWorkspace writer workspace
        | TogglResource.Organization organization -> writeOrganization writer organization
        | TogglResource.Project project -> writeProject writer project
        | TogglResource.Task task -> writeTask writer task
        | TogglResource.Tag tag -> writeTag writer tag
        | TogglResource.Client client -> writeClient writer client

    /// Writes a body object with `fields`.
    let private body (fields: Utf8JsonWriter -> unit) =
        Encode.toText (fun writer ->
            writer.WriteStartObject()
            fields writer
            writer.WriteEndObject())

    /// `PUT /me` (docs/toggl-api.md §8.1).
    let meBody (me: MeBody) =
        body (fun writer ->
            Encode.field Encode.string writer "fullname" me.Fullname
            Encode.field Encode.string writer "email" me.Email
            Encode.field Encode.string writer "timezone" me.Timezone
            Encode.field Encode.int writer "beginning_of_week" me.BeginningOfWeek
            Encode.field Encode.int64 writer "default_workspace_id" me.DefaultWorkspaceId)

    /// A workspace's create or update (docs/toggl-api.md §8.3, `workspace.Payload`).
    let workspaceBody (workspace: WorkspaceBody) =
        body (fun writer ->
            Encode.field Encode.string writer "name" workspace.Name
            Encode.field Encode.string writer "default_currency" workspace.DefaultCurrency
            Encode.field Encode.decimal writer "default_hourly_rate" workspace.DefaultHourlyRate
            Encode.field Encode.int writer "rounding" workspace.Rounding
            Encode.field Encode.int writer "rounding_minutes" workspace.RoundingMinutes
            Encode.field Encode.bool writer "only_admins_may_create_projects" workspace.OnlyAdminsMayCreateProjects
            Encode.field Encode.bool writer "only_admins_may_create_tags" workspace.OnlyAdminsMayCreateTags
            Encode.field Encode.bool writer "projects_billable_by_default" workspace.ProjectsBillableByDefault)

    /// An organization's rename.
    let organizationBody (organization: OrganizationBody) =
        body (fun writer -> Encode.field Encode.string writer "name" organization.Name)

    /// `POST /organizations` `{name, workspace_name}` (docs/toggl-api.md §8.7).
    let organizationCreateBody (name: string) (workspaceName: string) =
        body (fun writer ->
            Encode.string writer "name" name
            Encode.string writer "workspace_name" workspaceName)

    /// A project's create or update (docs/toggl-api.md §8.4, `project.Payload`); the colour as given.
    let projectBody (project: ProjectBody) =
        body (fun writer ->
            Encode.field Encode.string writer "name" project.Name
            Encode.field Encode.int64 writer "client_id" project.ClientId
            Encode.field Encode.string writer "color" project.Color
            Encode.field Encode.bool writer "active" project.Active
            Encode.field Encode.bool writer "is_private" project.IsPrivate
            Encode.field Encode.bool writer "billable" project.Billable
            Encode.field Encode.decimal writer "rate" project.Rate
            Encode.field Encode.string writer "currency" project.Currency
            Encode.field Encode.int64 writer "estimated_hours" project.EstimatedHours
            Encode.field Encode.date writer "start_date" project.StartDate
            Encode.field Encode.date writer "end_date" project.EndDate
            Encode.field Encode.bool writer "template" project.Template)

    /// A task's create or update.
    let taskBody (task: TaskBody) =
        body (fun writer ->
            Encode.field Encode.string writer "name" task.Name
            Encode.field Encode.bool writer "active" task.Active
            Encode.field Encode.int64 writer "estimated_seconds" task.EstimatedSeconds
            Encode.field Encode.int64 writer "user_id" task.UserId)

    /// A tag's create or rename `{"name": …}` (docs/toggl-api.md §8.5).
    let tagBody (tag: TagBody) =
        body (fun writer -> Encode.field Encode.string writer "name" tag.Name)

    /// A client's create or update `{name, notes, wid}` (docs/toggl-api.md §8.6): the workspace is always sent.
    let clientBody (workspaceId: int64) (client: ClientBody) =
        body (fun writer ->
            Encode.field Encode.string writer "name" client.Name
            Encode.field Encode.string writer "notes" client.Notes
            Encode.int64 writer "wid" workspaceId)
