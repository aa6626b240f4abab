namespace Toggl.Core

/// Organizations (the Python library's OrganizationEndpoint).
[<RequireQualifiedAccess>]
module Organizations =

    /// The user's organizations.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglOrganization list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.list
                context
                refresh
                ResourceKind.Organization
                ResourceRequest.OrganizationList
                (ResourceShape.Many ResourceKind.Organization)
                true
                Pick.organization)

    /// One organization; 403 and 404 → `None` unless `ReRaise` (as the Python library).
    let get (endpoint: TrackerEndpoint) (organizationId: int64) (refresh: bool) : TogglCall<TogglOrganization option> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.get
                context
                refresh
                ResourceKind.Organization
                organizationId
                (ResourceRequest.Organization organizationId)
                { ResourcePlans.notFound ResourceKind.Organization organizationId with
                    Statuses = [ 403; 404 ]
                }
                Pick.organization)

    /// Creates an organization with its first workspace. Unanswered, its outcome is unknown (`OutcomeUnknown`):
    /// no listing tells reliably whether Toggl created it.
    let create (endpoint: TrackerEndpoint) (name: string) (workspaceName: string) : TogglCall<CreatedOrganization> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.answer
                context
                (ResourceRequest.OrganizationCreate(name, workspaceName))
                ResourceShape.CreatedOrganization
                (OnFailure.RecoverResource(
                    ResourcePlans.lookup context ResourceKind.Organization (Field.Set name) None None
                ))
                (fun o ->
                    match o with
                    | Outcome.CreatedOrganization created -> Some created
                    | _ -> None))

    /// Renames an organization.
    let update
        (endpoint: TrackerEndpoint)
        (organizationId: int64)
        (body: OrganizationBody)
        : TogglCall<TogglOrganization> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Organization
                (ResourceRequest.OrganizationUpdate(organizationId, body))
                Pick.organization)

    /// Leaves an organization (deletes it when the user is its last member); 404 → done unless `ReRaise`.
    let leave (endpoint: TrackerEndpoint) (organizationId: int64) : TogglCall<unit> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.delete
                context
                ResourceKind.Organization
                organizationId
                (ResourceRequest.OrganizationLeave organizationId))
