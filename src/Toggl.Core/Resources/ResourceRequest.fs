namespace Toggl.Core

open System

/// Every request on Toggl's objects besides time entries, as data (docs/toggl-api.md §8). `ResourceRequests.toHttp`
/// turns one into its HTTP request; nothing here sends anything.
[<RequireQualifiedAccess>]
type internal ResourceRequest =
    /// `GET /me`, with every related object when asked (`with_related_data=true`).
    | Me of withRelatedData: bool
    /// `GET /me/logged`: 200 signed in, 403 bad credentials.
    | MeLogged
    /// `GET /me/quota`.
    | MeQuota
    /// `PUT /me`.
    | MeUpdate of MeBody
    /// `GET /me/workspaces`.
    | WorkspaceList
    /// `GET /workspaces/{wid}`.
    | Workspace of workspaceId: int64
    /// `POST /organizations/{id}/workspaces`.
    | WorkspaceCreate of organizationId: int64 * WorkspaceBody
    /// `PUT /workspaces/{wid}`.
    | WorkspaceUpdate of workspaceId: int64 * WorkspaceBody
    /// `GET /workspaces/{wid}/statistics`.
    | WorkspaceStatistics of workspaceId: int64
    /// `GET /workspaces/{wid}/time_entry_constraints`.
    | WorkspaceConstraints of workspaceId: int64
    /// `GET /me/organizations`.
    | OrganizationList
    /// `GET /organizations/{id}`.
    | Organization of organizationId: int64
    /// `POST /organizations` `{name, workspace_name}`.
    | OrganizationCreate of name: string * workspaceName: string
    /// `PUT /organizations/{id}`.
    | OrganizationUpdate of organizationId: int64 * OrganizationBody
    /// `DELETE /organizations/{id}/users/leave`.
    | OrganizationLeave of organizationId: int64
    /// `GET /workspaces/{wid}/projects` with filters, one page (pages count from 1).
    | ProjectList of workspaceId: int64 * ProjectFilter * page: int
    /// `GET /workspaces/{wid}/projects/{id}`.
    | Project of workspaceId: int64 * projectId: int64
    /// `POST /workspaces/{wid}/projects`.
    | ProjectCreate of workspaceId: int64 * ProjectBody
    /// `PUT /workspaces/{wid}/projects/{id}`.
    | ProjectUpdate of workspaceId: int64 * projectId: int64 * ProjectBody
    /// `DELETE /workspaces/{wid}/projects/{id}`.
    | ProjectDelete of workspaceId: int64 * projectId: int64
    /// `GET /workspaces/{wid}/tasks` with filters, one page (pages count from 1).
    | TaskList of workspaceId: int64 * TaskFilter * page: int
    /// `GET /workspaces/{wid}/projects/{pid}/tasks/{id}`.
    | Task of workspaceId: int64 * projectId: int64 * taskId: int64
    /// `POST /workspaces/{wid}/projects/{pid}/tasks`.
    | TaskCreate of workspaceId: int64 * projectId: int64 * TaskBody
    /// `PUT /workspaces/{wid}/projects/{pid}/tasks/{id}`.
    | TaskUpdate of workspaceId: int64 * projectId: int64 * taskId: int64 * TaskBody
    /// `DELETE /workspaces/{wid}/projects/{pid}/tasks/{id}`.
    | TaskDelete of workspaceId: int64 * projectId: int64 * taskId: int64
    /// `GET /workspaces/{wid}/tags`.
    | TagList of workspaceId: int64
    /// `POST /workspaces/{wid}/tags`.
    | TagCreate of workspaceId: int64 * TagBody
    /// `PUT /workspaces/{wid}/tags/{id}`.
    | TagUpdate of workspaceId: int64 * tagId: int64 * TagBody
    /// `DELETE /workspaces/{wid}/tags/{id}`.
    | TagDelete of workspaceId: int64 * tagId: int64
    /// `GET /workspaces/{wid}/clients` with filters.
    | ClientList of workspaceId: int64 * ClientFilter
    /// `GET /workspaces/{wid}/clients/{id}`.
    | Client of workspaceId: int64 * clientId: int64
    /// `POST /workspaces/{wid}/clients`.
    | ClientCreate of workspaceId: int64 * ClientBody
    /// `PUT /workspaces/{wid}/clients/{id}`.
    | ClientUpdate of workspaceId: int64 * clientId: int64 * ClientBody
    /// `POST /workspaces/{wid}/clients/{id}/archive`: answers the ids of the projects it archived.
    | ClientArchive of workspaceId: int64 * clientId: int64
    /// `POST /workspaces/{wid}/clients/{id}/restore`.
    | ClientRestore of workspaceId: int64 * clientId: int64
    /// `DELETE /workspaces/{wid}/clients/{id}`.
    | ClientDelete of workspaceId: int64 * clientId: int64
