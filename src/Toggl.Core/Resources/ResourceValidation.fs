namespace Toggl.Core

open System

/// Pure checks of a resource request before anything is sent (docs/toggl-api.md §8): what Toggl would refuse with
/// a 400, refused here with a typed error naming the argument, and what it would accept but the caller cannot mean
/// (an update that changes nothing).
[<RequireQualifiedAccess>]
module internal ResourceValidation =

    let private ok: Result<unit, ValidationError> = Ok()

    /// The first error of `checks`, in order, or `Ok ()`.
    let private all (checks: Result<unit, ValidationError> list) =
        checks
        |> List.tryPick (fun check ->
            match check with
            | Error e -> Some e
            | Ok() -> None)
        |> Option.map Error
        |> Option.defaultValue ok

    /// An id must be positive; `name` is the argument (`workspace_id`, `project_id`, …).
    let id (name: string) (value: int64) =
        if value > 0L then
            ok
        else
            Error(ValidationError.OutOfRange(name, $"ids are positive, got {string value}"))

    /// A required name: set and not blank.
    let private requiredName (name: string) (what: string) (value: Field<string>) =
        match value with
        | Field.Set text when not (String.IsNullOrWhiteSpace text) -> ok
        | _ -> Error(ValidationError.MissingName(name, what))

    /// A name that may be left alone, but not blanked or cleared.
    let private optionalName (name: string) (what: string) (value: Field<string>) =
        match value with
        | Field.Unset -> ok
        | _ -> requiredName name what value

    /// A text that, when set, is not blank (a currency: cleared is Toggl's `null`, blank is no currency code).
    let private notBlank (name: string) (value: Field<string>) =
        match value with
        | Field.Set text when String.IsNullOrWhiteSpace text ->
            Error(ValidationError.InvalidArgument(name, "must not be blank"))
        | _ -> ok

    /// A text the user always has (an e-mail address, a time zone): not blanked, not cleared.
    let private required (name: string) (value: Field<string>) =
        match value with
        | Field.Clear -> Error(ValidationError.InvalidArgument(name, "cannot be cleared"))
        | _ -> notBlank name value

    /// A set number within `low..high`.
    let private within (name: string) (low: 'T) (high: 'T) (value: Field<'T>) =
        match value with
        | Field.Set number when number < low || number > high ->
            Error(
                ValidationError.OutOfRange(
                    name,
                    ("must be between "
                     + (string low)
                     + " and "
                     + (string high)
                     + ", got "
                     + (string number))
                )
            )
        | _ -> ok

    /// A set number that is not negative.
    let private notNegative (name: string) (zero: 'T) (value: Field<'T>) =
        match value with
        | Field.Set number when number < zero ->
            Error(ValidationError.OutOfRange(name, $"must not be negative, got {string number}"))
        | _ -> ok

    /// A set id that is positive.
    let private idField (name: string) (value: Field<int64>) =
        match value with
        | Field.Set number -> id name number
        | _ -> ok

    /// A set colour is `#rrggbb`; a basic colour's name is pointed at its hex (`ProjectColor.tryParse`).
    let color (value: Field<string>) =
        match value with
        | Field.Set text when ProjectColor.isHex text -> ok
        | Field.Set text ->
            let hint =
                match ProjectColor.tryParse text with
                | Some hex -> $"use {hex} for {text.Trim()}"
                | None ->
                    let names = ProjectColor.all |> List.map fst |> String.concat ", "
                    $"give #rrggbb or the hex of a basic colour ({names})"

            Error(ValidationError.InvalidArgument("color", $"\"{text}\" is not a colour #rrggbb: {hint}"))
        | _ -> ok

    /// A page of a listing counts from 1.
    let page (value: int) =
        if value >= 1 then
            ok
        else
            Error(ValidationError.OutOfRange("page", $"pages count from 1, got {string value}"))

    /// Whether an update sets or clears at least one field.
    let private sends (fields: bool list) = List.contains true fields

    let private nothingToEdit (fields: bool list) =
        if sends fields then
            ok
        else
            Error ValidationError.NothingToEdit

    let private meFields (body: MeBody) =
        [
            Field.isSent body.Fullname
            Field.isSent body.Email
            Field.isSent body.Timezone
            Field.isSent body.BeginningOfWeek
            Field.isSent body.DefaultWorkspaceId
        ]

    let private workspaceFields (body: WorkspaceBody) =
        [
            Field.isSent body.Name
            Field.isSent body.DefaultCurrency
            Field.isSent body.DefaultHourlyRate
            Field.isSent body.Rounding
            Field.isSent body.RoundingMinutes
            Field.isSent body.OnlyAdminsMayCreateProjects
            Field.isSent body.OnlyAdminsMayCreateTags
            Field.isSent body.ProjectsBillableByDefault
        ]

    let private projectFields (body: ProjectBody) =
        [
            Field.isSent body.Name
            Field.isSent body.ClientId
            Field.isSent body.Color
            Field.isSent body.Active
            Field.isSent body.IsPrivate
            Field.isSent body.Billable
            Field.isSent body.Rate
            Field.isSent body.Currency
            Field.isSent body.EstimatedHours
            Field.isSent body.StartDate
            Field.isSent body.EndDate
            Field.isSent body.Template
        ]

    let private taskFields (body: TaskBody) =
        [
            Field.isSent body.Name
            Field.isSent body.Active
            Field.isSent body.EstimatedSeconds
            Field.isSent body.UserId
        ]

    /// `PUT /me`: a week starts on a day 0..6, a set default workspace is an id, e-mail and time zone not blank.
    let me (body: MeBody) =
        all
            [
                nothingToEdit (meFields body)
                required "email" body.Email
                required "timezone" body.Timezone
                within "beginning_of_week" 0 6 body.BeginningOfWeek
                idField "default_workspace_id" body.DefaultWorkspaceId
            ]

    /// A workspace body: rounding −1..1, rate and rounding step not negative; a name on create.
    let workspace (create: bool) (body: WorkspaceBody) =
        all
            [
                (if create then ok else nothingToEdit (workspaceFields body))
                (if create then requiredName else optionalName) "name" "A workspace" body.Name
                notBlank "default_currency" body.DefaultCurrency
                notNegative "default_hourly_rate" 0m body.DefaultHourlyRate
                within "rounding" -1 1 body.Rounding
                notNegative "rounding_minutes" 0 body.RoundingMinutes
            ]

    /// A project body: a name on create, a colour `#rrggbb`, an end not before the start, estimate and rate
    /// not negative, a client that is an id.
    let project (create: bool) (body: ProjectBody) =
        let dates =
            match body.StartDate, body.EndDate with
            | Field.Set start, Field.Set finish when finish < start ->
                Error(ValidationError.EndBeforeStart(DateBound.Day start, DateBound.Day finish))
            | _ -> ok

        all
            [
                (if create then ok else nothingToEdit (projectFields body))
                (if create then requiredName else optionalName) "name" "A project" body.Name
                idField "client_id" body.ClientId
                color body.Color
                notBlank "currency" body.Currency
                notNegative "rate" 0m body.Rate
                notNegative "estimated_hours" 0L body.EstimatedHours
                dates
            ]

    /// A task body: a name on create, an estimate not negative, an assignee that is an id.
    let task (create: bool) (body: TaskBody) =
        all
            [
                (if create then ok else nothingToEdit (taskFields body))
                (if create then requiredName else optionalName) "name" "A task" body.Name
                notNegative "estimated_seconds" 0L body.EstimatedSeconds
                idField "user_id" body.UserId
            ]

    /// A tag body: always a name (a tag has nothing else to set).
    let tag (body: TagBody) = requiredName "name" "A tag" body.Name

    /// A client body: a name on create; an update sets something and does not blank the name.
    let client (create: bool) (body: ClientBody) =
        all
            [
                (if create then
                     ok
                 else
                     nothingToEdit [ Field.isSent body.Name; Field.isSent body.Notes ])
                (if create then requiredName else optionalName) "name" "A client" body.Name
            ]

    /// A project listing's filters: client ids are ids.
    let projectFilter (filter: ProjectFilter) =
        all (filter.ClientIds |> List.map (id "client_ids"))

    /// A task listing's filters: a project that is an id.
    let taskFilter (filter: TaskFilter) =
        match filter.ProjectId with
        | Some projectId -> id "project_id" projectId
        | None -> ok

    /// Every check of a request, in the order its arguments are written; the first failure is the answer.
    let check (request: ResourceRequest) : Result<unit, ValidationError> =
        match request with
        | ResourceRequest.Me _
        | ResourceRequest.MeLogged
        | ResourceRequest.MeQuota
        | ResourceRequest.WorkspaceList
        | ResourceRequest.OrganizationList -> ok
        | ResourceRequest.MeUpdate body -> me body
        | ResourceRequest.Workspace workspaceId
        | ResourceRequest.WorkspaceStatistics workspaceId
        | ResourceRequest.WorkspaceConstraints workspaceId
        | ResourceRequest.TagList workspaceId -> id "workspace_id" workspaceId
        | ResourceRequest.WorkspaceCreate(organizationId, body) ->
            all [ id "organization_id" organizationId; workspace true body ]
        | ResourceRequest.WorkspaceUpdate(workspaceId, body) ->
            all [ id "workspace_id" workspaceId; workspace false body ]
        | ResourceRequest.Organization organizationId
        | ResourceRequest.OrganizationLeave organizationId -> id "organization_id" organizationId
        | ResourceRequest.OrganizationCreate(name, workspaceName) ->
            all
                [
                    requiredName "name" "An organization" (Field.Set name)
                    requiredName "workspace_name" "An organization's first workspace" (Field.Set workspaceName)
                ]
        | ResourceRequest.OrganizationUpdate(organizationId, body) ->
            all
                [
                    id "organization_id" organizationId
                    nothingToEdit [ Field.isSent body.Name ]
                    optionalName "name" "An organization" body.Name
                ]
        | ResourceRequest.ProjectList(workspaceId, filter, pageNumber) ->
            all [ id "workspace_id" workspaceId; projectFilter filter; page pageNumber ]
        | ResourceRequest.Project(workspaceId, projectId)
        | ResourceRequest.ProjectDelete(workspaceId, projectId) ->
            all [ id "workspace_id" workspaceId; id "project_id" projectId ]
        | ResourceRequest.ProjectCreate(workspaceId, body) -> all [ id "workspace_id" workspaceId; project true body ]
        | ResourceRequest.ProjectUpdate(workspaceId, projectId, body) ->
            all [ id "workspace_id" workspaceId; id "project_id" projectId; project false body ]
        | ResourceRequest.TaskList(workspaceId, filter, pageNumber) ->
            all [ id "workspace_id" workspaceId; taskFilter filter; page pageNumber ]
        | ResourceRequest.Task(workspaceId, projectId, taskId)
        | ResourceRequest.TaskDelete(workspaceId, projectId, taskId) ->
            all
                [
                    id "workspace_id" workspaceId
                    id "project_id" projectId
                    id "task_id" taskId
                ]
        | ResourceRequest.TaskCreate(workspaceId, projectId, body) ->
            all [ id "workspace_id" workspaceId; id "project_id" projectId; task true body ]
        | ResourceRequest.TaskUpdate(workspaceId, projectId, taskId, body) ->
            all
                [
                    id "workspace_id" workspaceId
                    id "project_id" projectId
                    id "task_id" taskId
                    task false body
                ]
        | ResourceRequest.TagCreate(workspaceId, body) -> all [ id "workspace_id" workspaceId; tag body ]
        | ResourceRequest.TagUpdate(workspaceId, tagId, body) ->
            all [ id "workspace_id" workspaceId; id "tag_id" tagId; tag body ]
        | ResourceRequest.TagDelete(workspaceId, tagId) -> all [ id "workspace_id" workspaceId; id "tag_id" tagId ]
        | ResourceRequest.ClientList(workspaceId, _) -> id "workspace_id" workspaceId
        | ResourceRequest.Client(workspaceId, clientId)
        | ResourceRequest.ClientArchive(workspaceId, clientId)
        | ResourceRequest.ClientRestore(workspaceId, clientId)
        | ResourceRequest.ClientDelete(workspaceId, clientId) ->
            all [ id "workspace_id" workspaceId; id "client_id" clientId ]
        | ResourceRequest.ClientCreate(workspaceId, body) -> all [ id "workspace_id" workspaceId; client true body ]
        | ResourceRequest.ClientUpdate(workspaceId, clientId, body) ->
            all [ id "workspace_id" workspaceId; id "client_id" clientId; client false body ]

    /// `check`, as the library's error: `TogglError.Validation`.
    let validate (request: ResourceRequest) : Result<unit, TogglError> =
        check request |> Result.mapError TogglError.Validation
