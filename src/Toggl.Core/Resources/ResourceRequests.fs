namespace Toggl.Core

open System

/// Which of Toggl's hourly quota buckets a request draws from (docs/toggl-api.md §4.2): the user's own (`me…`,
/// `organizations…`) or the one of the workspace's organization (`workspaces/{wid}…`).
[<RequireQualifiedAccess>]
type internal QuotaScope =
    /// The user-scoped bucket.
    | User
    /// The bucket of this workspace's organization.
    | Workspace of workspaceId: int64

/// Building the HTTP requests of Toggl's objects besides time entries, purely (docs/toggl-api.md §8). Paths are
/// relative to the API base without a leading slash, as `Request.toHttp` builds them; filters are a real query
/// string (the Python library sends them in a GET body, which Toggl ignores: docs/python-endpoints.md).
[<RequireQualifiedAccess>]
module internal ResourceRequests =

    /// Toggl's largest page (docs/toggl-api.md §8.4: `per_page` default 151, max 200): fewer requests from the quota.
    [<Literal>]
    let PageSize = 200

    /// `true`/`false` as Toggl reads them in a query.
    let private flag (value: bool) = if value then "true" else "false"

    /// The query parameters of a project listing, in a stable order.
    let projectParameters (filter: ProjectFilter) (page: int) =
        [
            "active",
            (match filter.Active with
             | Some active -> flag active
             | None -> "both")
            match filter.Since with
            | Some since -> "since", since.ToUnixTimeSeconds().ToString()
            | None -> ()
            if not filter.ClientIds.IsEmpty then
                "client_ids", (filter.ClientIds |> List.map string |> String.concat ",")
            match filter.Name with
            | Some name -> "name", name
            | None -> ()
            match filter.Billable with
            | Some billable -> "billable", flag billable
            | None -> ()
            "page", string page
            "per_page", string PageSize
        ]

    /// The query parameters of a workspace's task listing, in a stable order.
    let taskParameters (filter: TaskFilter) (page: int) =
        [
            match filter.ProjectId with
            | Some projectId -> "project_id", string projectId
            | None -> ()
            match filter.Active with
            | Some active -> "active", flag active
            | None -> "active", "both"
            match filter.Since with
            | Some since -> "since", since.ToUnixTimeSeconds().ToString()
            | None -> ()
            "page", string page
            "per_page", string PageSize
        ]

    /// Toggl's name of a client status.
    let clientStatusName (status: ClientStatus) =
        match status with
        | ClientStatus.Active -> "active"
        | ClientStatus.Archived -> "archived"
        | ClientStatus.Both -> "both"

    /// The query parameters of a client listing.
    let clientParameters (filter: ClientFilter) =
        [
            "status", clientStatusName filter.Status
            match filter.Name with
            | Some name -> "name", name
            | None -> ()
        ]

    let private workspace (workspaceId: int64) = $"workspaces/{string workspaceId}"

    let private projects (workspaceId: int64) =
        $"workspaces/{string workspaceId}/projects"

    let private tasks (workspaceId: int64) (projectId: int64) =
        ("workspaces/"
         + (string workspaceId)
         + "/projects/"
         + (string projectId)
         + "/tasks")

    let private tags (workspaceId: int64) = $"workspaces/{string workspaceId}/tags"

    let private clients (workspaceId: int64) =
        $"workspaces/{string workspaceId}/clients"

    /// The HTTP request of a resource request (docs/toggl-api.md §8).
    let toHttp (request: ResourceRequest) : HttpRequest =
        let http method path query body =
            {
                Api = TogglApi.Track
                Method = method
                Path = path
                Query = query
                Body = body
            }

        let get path = http HttpMethod.Get path "" None
        let delete path = http HttpMethod.Delete path "" None

        match request with
        | ResourceRequest.Me withRelatedData ->
            let query =
                if withRelatedData then
                    Request.queryString [ "with_related_data", "true" ]
                else
                    ""

            http HttpMethod.Get "me" query None
        | ResourceRequest.MeLogged -> get "me/logged"
        | ResourceRequest.MeQuota -> get "me/quota"
        | ResourceRequest.MeUpdate body -> http HttpMethod.Put "me" "" (Some(ResourceEncoders.meBody body))
        | ResourceRequest.WorkspaceList -> get "me/workspaces"
        | ResourceRequest.Workspace workspaceId -> get (workspace workspaceId)
        | ResourceRequest.WorkspaceCreate(organizationId, body) ->
            http
                HttpMethod.Post
                $"organizations/{string organizationId}/workspaces"
                ""
                (Some(ResourceEncoders.workspaceBody body))
        | ResourceRequest.WorkspaceUpdate(workspaceId, body) ->
            http HttpMethod.Put (workspace workspaceId) "" (Some(ResourceEncoders.workspaceBody body))
        | ResourceRequest.WorkspaceStatistics workspaceId -> get $"{workspace workspaceId}/statistics"
        | ResourceRequest.WorkspaceConstraints workspaceId -> get $"{workspace workspaceId}/time_entry_constraints"
        | ResourceRequest.OrganizationList -> get "me/organizations"
        | ResourceRequest.Organization organizationId -> get $"organizations/{string organizationId}"
        | ResourceRequest.OrganizationCreate(name, workspaceName) ->
            http HttpMethod.Post "organizations" "" (Some(ResourceEncoders.organizationCreateBody name workspaceName))
        | ResourceRequest.OrganizationUpdate(organizationId, body) ->
            http
                HttpMethod.Put
                $"organizations/{string organizationId}"
                ""
                (Some(ResourceEncoders.organizationBody body))
        | ResourceRequest.OrganizationLeave organizationId ->
            delete $"organizations/{string organizationId}/users/leave"
        | ResourceRequest.ProjectList(workspaceId, filter, page) ->
            http HttpMethod.Get (projects workspaceId) (Request.queryString (projectParameters filter page)) None
        | ResourceRequest.Project(workspaceId, projectId) -> get $"{projects workspaceId}/{string projectId}"
        | ResourceRequest.ProjectCreate(workspaceId, body) ->
            http HttpMethod.Post (projects workspaceId) "" (Some(ResourceEncoders.projectBody body))
        | ResourceRequest.ProjectUpdate(workspaceId, projectId, body) ->
            http
                HttpMethod.Put
                $"{projects workspaceId}/{string projectId}"
                ""
                (Some(ResourceEncoders.projectBody body))
        | ResourceRequest.ProjectDelete(workspaceId, projectId) -> delete $"{projects workspaceId}/{string projectId}"
        | ResourceRequest.TaskList(workspaceId, filter, page) ->
            http HttpMethod.Get $"{workspace workspaceId}/tasks" (Request.queryString (taskParameters filter page)) None
        | ResourceRequest.Task(workspaceId, projectId, taskId) -> get $"{tasks workspaceId projectId}/{string taskId}"
        | ResourceRequest.TaskCreate(workspaceId, projectId, body) ->
            http HttpMethod.Post (tasks workspaceId projectId) "" (Some(ResourceEncoders.taskBody body))
        | ResourceRequest.TaskUpdate(workspaceId, projectId, taskId, body) ->
            http
                HttpMethod.Put
                $"{tasks workspaceId projectId}/{string taskId}"
                ""
                (Some(ResourceEncoders.taskBody body))
        | ResourceRequest.TaskDelete(workspaceId, projectId, taskId) ->
            delete $"{tasks workspaceId projectId}/{string taskId}"
        | ResourceRequest.TagList workspaceId -> get (tags workspaceId)
        | ResourceRequest.TagCreate(workspaceId, body) ->
            http HttpMethod.Post (tags workspaceId) "" (Some(ResourceEncoders.tagBody body))
        | ResourceRequest.TagUpdate(workspaceId, tagId, body) ->
            http HttpMethod.Put $"{tags workspaceId}/{string tagId}" "" (Some(ResourceEncoders.tagBody body))
        | ResourceRequest.TagDelete(workspaceId, tagId) -> delete $"{tags workspaceId}/{string tagId}"
        | ResourceRequest.ClientList(workspaceId, filter) ->
            http HttpMethod.Get (clients workspaceId) (Request.queryString (clientParameters filter)) None
        | ResourceRequest.Client(workspaceId, clientId) -> get $"{clients workspaceId}/{string clientId}"
        | ResourceRequest.ClientCreate(workspaceId, body) ->
            http HttpMethod.Post (clients workspaceId) "" (Some(ResourceEncoders.clientBody workspaceId body))
        | ResourceRequest.ClientUpdate(workspaceId, clientId, body) ->
            http
                HttpMethod.Put
                $"{clients workspaceId}/{string clientId}"
                ""
                (Some(ResourceEncoders.clientBody workspaceId body))
        // The archive and restore routes take no body (docs/toggl-api.md §8.6).
        | ResourceRequest.ClientArchive(workspaceId, clientId) ->
            http HttpMethod.Post $"{clients workspaceId}/{string clientId}/archive" "" None
        | ResourceRequest.ClientRestore(workspaceId, clientId) ->
            http HttpMethod.Post $"{clients workspaceId}/{string clientId}/restore" "" None
        | ResourceRequest.ClientDelete(workspaceId, clientId) -> delete $"{clients workspaceId}/{string clientId}"

    /// The quota bucket an HTTP request draws from (docs/toggl-api.md §4.2): `workspaces/{wid}…` the workspace's
    /// organization's, anything else (`me…`, `organizations…`) the user's. Works on any request, time entries too.
    let scope (request: HttpRequest) : QuotaScope =
        let path = request.Path.TrimStart('/')
        let prefix = "workspaces/"

        if path.StartsWith(prefix, StringComparison.Ordinal) then
            let rest = path.Substring(prefix.Length)
            let slash = rest.IndexOf('/')
            let digits = if slash < 0 then rest else rest.Substring(0, slash)
            let mutable workspaceId = 0L

            if
                Int64.TryParse(
                    digits,
                    Globalization.NumberStyles.None,
                    Globalization.CultureInfo.InvariantCulture,
                    &workspaceId
                )
            then
                QuotaScope.Workspace workspaceId
            else
                QuotaScope.User
        else
            QuotaScope.User

    /// The quota bucket a resource request draws from.
    let scopeOf (request: ResourceRequest) : QuotaScope = scope (toHttp request)
