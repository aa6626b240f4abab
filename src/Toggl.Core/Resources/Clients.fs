namespace Toggl.Core

/// Clients of the endpoint's workspace (the Python library's ClientEndpoint).
[<RequireQualifiedAccess>]
module Clients =

    /// Clients matching the filter; from the cache when synced within `MaxAge` and not `refresh`. The
    /// listing without a filter (active and archived) replaces the cached clients and marks them synced.
    let list (endpoint: TrackerEndpoint) (filter: ClientFilter) (refresh: bool) : TogglCall<TogglClient list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.list
                context
                refresh
                ResourceKind.Client
                (ResourceRequest.ClientList(context.WorkspaceId, filter))
                (ResourceShape.Many ResourceKind.Client)
                (filter = ResourceBody.allClients)
                (Pick.client >> Option.filter (ResourceRules.matchesClient filter)))

    /// One client; 404 → `None` unless `ReRaise`.
    let get (endpoint: TrackerEndpoint) (clientId: int64) (refresh: bool) : TogglCall<TogglClient option> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.get
                context
                refresh
                ResourceKind.Client
                clientId
                (ResourceRequest.Client(context.WorkspaceId, clientId))
                (ResourcePlans.notFound ResourceKind.Client clientId)
                Pick.client)

    /// Creates a client. Unanswered, one listing by name looks for it: found, it is the result; not listed,
    /// the error; the listing fails too, `OutcomeUnknown`.
    let create (endpoint: TrackerEndpoint) (body: ClientBody) : TogglCall<TogglClient> =
        TogglCall.over endpoint (fun context ->
            let byName =
                { ResourceBody.allClients with
                    Name =
                        match body.Name with
                        | Field.Set name -> Some name
                        | _ -> None
                }

            ResourcePlans.create
                context
                (ResourcePlans.lookup
                    context
                    ResourceKind.Client
                    body.Name
                    None
                    (Some(ResourceRequest.ClientList(context.WorkspaceId, byName))))
                (ResourceRequest.ClientCreate(context.WorkspaceId, body))
                Pick.client)

    /// Updates a client.
    let update (endpoint: TrackerEndpoint) (clientId: int64) (body: ClientBody) : TogglCall<TogglClient> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Client
                (ResourceRequest.ClientUpdate(context.WorkspaceId, clientId, body))
                Pick.client)

    /// Archives a client and its projects; answers the ids of the projects archived. The cache marks the
    /// client archived and its projects inactive without another request.
    let archive (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<int64 list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.archiveClient context clientId (ResourceRequest.ClientArchive(context.WorkspaceId, clientId)))

    /// Restores an archived client.
    let restore (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<TogglClient> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Client
                (ResourceRequest.ClientRestore(context.WorkspaceId, clientId))
                Pick.client)

    /// Deletes a client; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (clientId: int64) : TogglCall<unit> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.delete
                context
                ResourceKind.Client
                clientId
                (ResourceRequest.ClientDelete(context.WorkspaceId, clientId)))
