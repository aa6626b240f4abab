namespace Toggl.Core

/// Tags of the endpoint's workspace (the Python library's TagEndpoint).
[<RequireQualifiedAccess>]
module Tags =

    /// Every tag; from the cache when synced within `MaxAge` and not `refresh`.
    let list (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglTag list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.list
                context
                refresh
                ResourceKind.Tag
                (ResourceRequest.TagList context.WorkspaceId)
                (ResourceShape.Many ResourceKind.Tag)
                true
                Pick.tag)

    /// Creates a tag. Unanswered, the tag listing (Toggl filters it by nothing) looks for it: found, it is
    /// the result; not listed, the error; the listing fails too, `OutcomeUnknown`.
    let create (endpoint: TrackerEndpoint) (name: string) : TogglCall<TogglTag> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.create
                context
                (ResourcePlans.lookup
                    context
                    ResourceKind.Tag
                    (Field.Set name)
                    None
                    (Some(ResourceRequest.TagList context.WorkspaceId)))
                (ResourceRequest.TagCreate(context.WorkspaceId, { Name = Field.Set name }))
                Pick.tag)

    /// Renames a tag.
    let rename (endpoint: TrackerEndpoint) (tagId: int64) (name: string) : TogglCall<TogglTag> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write
                context
                ResourceKind.Tag
                (ResourceRequest.TagUpdate(context.WorkspaceId, tagId, { Name = Field.Set name }))
                Pick.tag)

    /// Deletes a tag; 404 → done unless `ReRaise`.
    let delete (endpoint: TrackerEndpoint) (tagId: int64) : TogglCall<unit> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.delete context ResourceKind.Tag tagId (ResourceRequest.TagDelete(context.WorkspaceId, tagId)))
