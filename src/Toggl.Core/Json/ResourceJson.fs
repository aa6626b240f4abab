namespace Toggl.Core

open System

/// The JSON of Toggl's objects besides time entries: Toggl's answers decoded (`ResourceDecoders`), and the
/// objects as a cache stores them (`toCached`/`ofCached`, read back by the same decoders). Never throws.
[<RequireQualifiedAccess>]
module internal ResourceJson =

    /// The kind of an object.
    let kindOf (resource: TogglResource) =
        match resource with
        | TogglResource.Me _ -> ResourceKind.Me
        | TogglResource.Workspace _ -> ResourceKind.Workspace
        | TogglResource.Organization _ -> ResourceKind.Organization
        | TogglResource.Project _ -> ResourceKind.Project
        | TogglResource.Task _ -> ResourceKind.Task
        | TogglResource.Tag _ -> ResourceKind.Tag
        | TogglResource.Client _ -> ResourceKind.Client

    /// The id of an object (the user's id for `Me`).
    let idOf (resource: TogglResource) =
        match resource with
        | TogglResource.Me me -> me.Id
        | TogglResource.Workspace workspace -> workspace.Id
        | TogglResource.Organization organization -> organization.Id
        | TogglResource.Project project -> project.Id
        | TogglResource.Task task -> task.Id
        | TogglResource.Tag tag -> tag.Id
        | TogglResource.Client client -> client.Id

    /// Decodes one object of `kind` (a get, a create's or an update's answer).
    let decodeOne (kind: ResourceKind) (text: string) : Result<TogglResource, DecodeError> =
        Decode.fromString (ResourceDecoders.resource kind) text

    /// Decodes a listing of `kind`; Toggl's `null` for "none" is an empty list.
    let decodeList (kind: ResourceKind) (text: string) : Result<TogglResource list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf (ResourceDecoders.resource kind)) text

    /// Decodes a listing of projects (`GET /workspaces/{wid}/projects`).
    let decodeProjects (text: string) : Result<TogglProject list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.project) text

    /// Decodes a listing of tasks.
    let decodeTasks (text: string) : Result<TogglTask list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.task) text

    /// Decodes a listing of tags.
    let decodeTags (text: string) : Result<TogglTag list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.tag) text

    /// Decodes a listing of clients.
    let decodeClients (text: string) : Result<TogglClient list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.client) text

    /// Decodes a listing of workspaces.
    let decodeWorkspaces (text: string) : Result<TogglWorkspace list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.workspace) text

    /// Decodes a listing of organizations.
    let decodeOrganizations (text: string) : Result<TogglOrganization list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.organization) text

    /// Decodes `GET /me?with_related_data=true`: absent or `null` arrays are empty.
    let decodeRelated (text: string) : Result<RelatedData, DecodeError> =
        Decode.fromString ResourceDecoders.related text

    /// Decodes `GET /me/quota` (docs/toggl-api.md §4.2); `null` is no bucket.
    let decodeQuota (text: string) : Result<QuotaBucket list, DecodeError> =
        Decode.fromString (ResourceDecoders.listOf ResourceDecoders.quotaBucket) text

    /// Decodes `GET /workspaces/{wid}/statistics`.
    let decodeStatistics (text: string) : Result<WorkspaceStatistics, DecodeError> =
        Decode.fromString ResourceDecoders.statistics text

    /// Decodes `GET /workspaces/{wid}/time_entry_constraints`.
    let decodeConstraints (text: string) : Result<TimeEntryConstraints, DecodeError> =
        Decode.fromString ResourceDecoders.constraints text

    /// Decodes `POST /organizations`'s answer.
    let decodeCreatedOrganization (text: string) : Result<CreatedOrganization, DecodeError> =
        Decode.fromString ResourceDecoders.createdOrganization text

    /// Decodes a client archive's answer, the ids of the projects it archived (docs/toggl-api.md §8.6); an empty
    /// body or `null` is none.
    let decodeArchivedProjectIds (text: string) : Result<int64 list, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Ok []
        else
            Decode.fromString (ResourceDecoders.listOf Decode.int64) text

    /// An object in Toggl's field names.
    let encode (resource: TogglResource) : string =
        Encode.toText (fun writer -> ResourceEncoders.writeResource writer resource)

    /// The object as a cache stores it: the fields queries name, and the object as JSON.
    let toCached (resource: TogglResource) : CachedResource =
        let cached kind id workspaceId parentId name active at =
            {
                Kind = kind
                Id = id
                WorkspaceId = workspaceId
                ParentId = parentId
                Name = name
                Active = active
                At = at
                Json = encode resource
            }

        match resource with
        | TogglResource.Me me -> cached ResourceKind.Me me.Id None None me.Email true me.At
        | TogglResource.Workspace w -> cached ResourceKind.Workspace w.Id None w.OrganizationId w.Name true w.At
        | TogglResource.Organization o ->
            cached ResourceKind.Organization o.Id None None o.Name o.ServerDeletedAt.IsNone o.At
        | TogglResource.Project p ->
            cached ResourceKind.Project p.Id (Some p.WorkspaceId) p.ClientId p.Name p.Active p.At
        | TogglResource.Task t ->
            cached ResourceKind.Task t.Id (Some t.WorkspaceId) (Some t.ProjectId) t.Name t.Active t.At
        | TogglResource.Tag t -> cached ResourceKind.Tag t.Id (Some t.WorkspaceId) None t.Name t.DeletedAt.IsNone t.At
        | TogglResource.Client c ->
            cached ResourceKind.Client c.Id (Some c.WorkspaceId) None c.Name (not c.Archived) c.At

    /// The object a cache stored, read back from its JSON with the decoder of its kind.
    let ofCached (cached: CachedResource) : Result<TogglResource, DecodeError> = decodeOne cached.Kind cached.Json
